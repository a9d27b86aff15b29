import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from './google/protobuf/Timestamp';
import type { ErasureAck as _lethe_erasure_v1_ErasureAck, ErasureAck__Output as _lethe_erasure_v1_ErasureAck__Output } from './lethe/erasure/v1/ErasureAck';
import type { ErasureCommand as _lethe_erasure_v1_ErasureCommand, ErasureCommand__Output as _lethe_erasure_v1_ErasureCommand__Output } from './lethe/erasure/v1/ErasureCommand';
import type { ExplainRetentionRequest as _lethe_retention_v1_ExplainRetentionRequest, ExplainRetentionRequest__Output as _lethe_retention_v1_ExplainRetentionRequest__Output } from './lethe/retention/v1/ExplainRetentionRequest';
import type { GetPolicyRequest as _lethe_retention_v1_GetPolicyRequest, GetPolicyRequest__Output as _lethe_retention_v1_GetPolicyRequest__Output } from './lethe/retention/v1/GetPolicyRequest';
import type { RetentionExplanation as _lethe_retention_v1_RetentionExplanation, RetentionExplanation__Output as _lethe_retention_v1_RetentionExplanation__Output } from './lethe/retention/v1/RetentionExplanation';
import type { RetentionPolicy as _lethe_retention_v1_RetentionPolicy, RetentionPolicy__Output as _lethe_retention_v1_RetentionPolicy__Output } from './lethe/retention/v1/RetentionPolicy';
import type { RetentionServiceClient as _lethe_retention_v1_RetentionServiceClient, RetentionServiceDefinition as _lethe_retention_v1_RetentionServiceDefinition } from './lethe/retention/v1/RetentionService';
import type { ScheduledStep as _lethe_retention_v1_ScheduledStep, ScheduledStep__Output as _lethe_retention_v1_ScheduledStep__Output } from './lethe/retention/v1/ScheduledStep';
import type { UpdatePolicyRequest as _lethe_retention_v1_UpdatePolicyRequest, UpdatePolicyRequest__Output as _lethe_retention_v1_UpdatePolicyRequest__Output } from './lethe/retention/v1/UpdatePolicyRequest';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  google: {
    protobuf: {
      Timestamp: MessageTypeDefinition<_google_protobuf_Timestamp, _google_protobuf_Timestamp__Output>
    }
  }
  lethe: {
    erasure: {
      v1: {
        ErasureAck: MessageTypeDefinition<_lethe_erasure_v1_ErasureAck, _lethe_erasure_v1_ErasureAck__Output>
        ErasureCommand: MessageTypeDefinition<_lethe_erasure_v1_ErasureCommand, _lethe_erasure_v1_ErasureCommand__Output>
        ErasureMode: EnumTypeDefinition
        ErasureOutcome: EnumTypeDefinition
        ErasureReason: EnumTypeDefinition
      }
    }
    retention: {
      v1: {
        ClockAnchor: EnumTypeDefinition
        ExplainRetentionRequest: MessageTypeDefinition<_lethe_retention_v1_ExplainRetentionRequest, _lethe_retention_v1_ExplainRetentionRequest__Output>
        GetPolicyRequest: MessageTypeDefinition<_lethe_retention_v1_GetPolicyRequest, _lethe_retention_v1_GetPolicyRequest__Output>
        RetentionExplanation: MessageTypeDefinition<_lethe_retention_v1_RetentionExplanation, _lethe_retention_v1_RetentionExplanation__Output>
        RetentionPolicy: MessageTypeDefinition<_lethe_retention_v1_RetentionPolicy, _lethe_retention_v1_RetentionPolicy__Output>
        RetentionService: SubtypeConstructor<typeof grpc.Client, _lethe_retention_v1_RetentionServiceClient> & { service: _lethe_retention_v1_RetentionServiceDefinition }
        ScheduledStep: MessageTypeDefinition<_lethe_retention_v1_ScheduledStep, _lethe_retention_v1_ScheduledStep__Output>
        UpdatePolicyRequest: MessageTypeDefinition<_lethe_retention_v1_UpdatePolicyRequest, _lethe_retention_v1_UpdatePolicyRequest__Output>
      }
    }
  }
}

