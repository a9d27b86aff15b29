import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from './google/protobuf/Timestamp';
import type { BadRequest as _lethe_common_v1_BadRequest, BadRequest__Output as _lethe_common_v1_BadRequest__Output } from './lethe/common/v1/BadRequest';
import type { ErrorInfo as _lethe_common_v1_ErrorInfo, ErrorInfo__Output as _lethe_common_v1_ErrorInfo__Output } from './lethe/common/v1/ErrorInfo';
import type { FieldViolation as _lethe_common_v1_FieldViolation, FieldViolation__Output as _lethe_common_v1_FieldViolation__Output } from './lethe/common/v1/FieldViolation';
import type { PageRequest as _lethe_common_v1_PageRequest, PageRequest__Output as _lethe_common_v1_PageRequest__Output } from './lethe/common/v1/PageRequest';
import type { PageResponse as _lethe_common_v1_PageResponse, PageResponse__Output as _lethe_common_v1_PageResponse__Output } from './lethe/common/v1/PageResponse';
import type { RequestContext as _lethe_common_v1_RequestContext, RequestContext__Output as _lethe_common_v1_RequestContext__Output } from './lethe/common/v1/RequestContext';
import type { ErasureAck as _lethe_erasure_v1_ErasureAck, ErasureAck__Output as _lethe_erasure_v1_ErasureAck__Output } from './lethe/erasure/v1/ErasureAck';
import type { ErasureCommand as _lethe_erasure_v1_ErasureCommand, ErasureCommand__Output as _lethe_erasure_v1_ErasureCommand__Output } from './lethe/erasure/v1/ErasureCommand';
import type { Erasure as _lethe_retention_v1_Erasure, Erasure__Output as _lethe_retention_v1_Erasure__Output } from './lethe/retention/v1/Erasure';
import type { ExplainRetentionRequest as _lethe_retention_v1_ExplainRetentionRequest, ExplainRetentionRequest__Output as _lethe_retention_v1_ExplainRetentionRequest__Output } from './lethe/retention/v1/ExplainRetentionRequest';
import type { GetErasureRequest as _lethe_retention_v1_GetErasureRequest, GetErasureRequest__Output as _lethe_retention_v1_GetErasureRequest__Output } from './lethe/retention/v1/GetErasureRequest';
import type { GetPolicyRequest as _lethe_retention_v1_GetPolicyRequest, GetPolicyRequest__Output as _lethe_retention_v1_GetPolicyRequest__Output } from './lethe/retention/v1/GetPolicyRequest';
import type { ListErasuresRequest as _lethe_retention_v1_ListErasuresRequest, ListErasuresRequest__Output as _lethe_retention_v1_ListErasuresRequest__Output } from './lethe/retention/v1/ListErasuresRequest';
import type { ListErasuresResponse as _lethe_retention_v1_ListErasuresResponse, ListErasuresResponse__Output as _lethe_retention_v1_ListErasuresResponse__Output } from './lethe/retention/v1/ListErasuresResponse';
import type { ListMarkedRequest as _lethe_retention_v1_ListMarkedRequest, ListMarkedRequest__Output as _lethe_retention_v1_ListMarkedRequest__Output } from './lethe/retention/v1/ListMarkedRequest';
import type { ListMarkedResponse as _lethe_retention_v1_ListMarkedResponse, ListMarkedResponse__Output as _lethe_retention_v1_ListMarkedResponse__Output } from './lethe/retention/v1/ListMarkedResponse';
import type { Mark as _lethe_retention_v1_Mark, Mark__Output as _lethe_retention_v1_Mark__Output } from './lethe/retention/v1/Mark';
import type { MarkForDeletionRequest as _lethe_retention_v1_MarkForDeletionRequest, MarkForDeletionRequest__Output as _lethe_retention_v1_MarkForDeletionRequest__Output } from './lethe/retention/v1/MarkForDeletionRequest';
import type { RestoreMarkedRequest as _lethe_retention_v1_RestoreMarkedRequest, RestoreMarkedRequest__Output as _lethe_retention_v1_RestoreMarkedRequest__Output } from './lethe/retention/v1/RestoreMarkedRequest';
import type { RetentionExplanation as _lethe_retention_v1_RetentionExplanation, RetentionExplanation__Output as _lethe_retention_v1_RetentionExplanation__Output } from './lethe/retention/v1/RetentionExplanation';
import type { RetentionPolicy as _lethe_retention_v1_RetentionPolicy, RetentionPolicy__Output as _lethe_retention_v1_RetentionPolicy__Output } from './lethe/retention/v1/RetentionPolicy';
import type { RetentionServiceClient as _lethe_retention_v1_RetentionServiceClient, RetentionServiceDefinition as _lethe_retention_v1_RetentionServiceDefinition } from './lethe/retention/v1/RetentionService';
import type { ScheduledStep as _lethe_retention_v1_ScheduledStep, ScheduledStep__Output as _lethe_retention_v1_ScheduledStep__Output } from './lethe/retention/v1/ScheduledStep';
import type { ServiceConfirmation as _lethe_retention_v1_ServiceConfirmation, ServiceConfirmation__Output as _lethe_retention_v1_ServiceConfirmation__Output } from './lethe/retention/v1/ServiceConfirmation';
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
    common: {
      v1: {
        ActorKind: EnumTypeDefinition
        BadRequest: MessageTypeDefinition<_lethe_common_v1_BadRequest, _lethe_common_v1_BadRequest__Output>
        ErrorInfo: MessageTypeDefinition<_lethe_common_v1_ErrorInfo, _lethe_common_v1_ErrorInfo__Output>
        FieldViolation: MessageTypeDefinition<_lethe_common_v1_FieldViolation, _lethe_common_v1_FieldViolation__Output>
        PageRequest: MessageTypeDefinition<_lethe_common_v1_PageRequest, _lethe_common_v1_PageRequest__Output>
        PageResponse: MessageTypeDefinition<_lethe_common_v1_PageResponse, _lethe_common_v1_PageResponse__Output>
        RequestContext: MessageTypeDefinition<_lethe_common_v1_RequestContext, _lethe_common_v1_RequestContext__Output>
      }
    }
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
        Erasure: MessageTypeDefinition<_lethe_retention_v1_Erasure, _lethe_retention_v1_Erasure__Output>
        ErasureState: EnumTypeDefinition
        ExplainRetentionRequest: MessageTypeDefinition<_lethe_retention_v1_ExplainRetentionRequest, _lethe_retention_v1_ExplainRetentionRequest__Output>
        GetErasureRequest: MessageTypeDefinition<_lethe_retention_v1_GetErasureRequest, _lethe_retention_v1_GetErasureRequest__Output>
        GetPolicyRequest: MessageTypeDefinition<_lethe_retention_v1_GetPolicyRequest, _lethe_retention_v1_GetPolicyRequest__Output>
        ListErasuresRequest: MessageTypeDefinition<_lethe_retention_v1_ListErasuresRequest, _lethe_retention_v1_ListErasuresRequest__Output>
        ListErasuresResponse: MessageTypeDefinition<_lethe_retention_v1_ListErasuresResponse, _lethe_retention_v1_ListErasuresResponse__Output>
        ListMarkedRequest: MessageTypeDefinition<_lethe_retention_v1_ListMarkedRequest, _lethe_retention_v1_ListMarkedRequest__Output>
        ListMarkedResponse: MessageTypeDefinition<_lethe_retention_v1_ListMarkedResponse, _lethe_retention_v1_ListMarkedResponse__Output>
        Mark: MessageTypeDefinition<_lethe_retention_v1_Mark, _lethe_retention_v1_Mark__Output>
        MarkForDeletionRequest: MessageTypeDefinition<_lethe_retention_v1_MarkForDeletionRequest, _lethe_retention_v1_MarkForDeletionRequest__Output>
        MarkState: EnumTypeDefinition
        RestoreMarkedRequest: MessageTypeDefinition<_lethe_retention_v1_RestoreMarkedRequest, _lethe_retention_v1_RestoreMarkedRequest__Output>
        RetentionExplanation: MessageTypeDefinition<_lethe_retention_v1_RetentionExplanation, _lethe_retention_v1_RetentionExplanation__Output>
        RetentionPolicy: MessageTypeDefinition<_lethe_retention_v1_RetentionPolicy, _lethe_retention_v1_RetentionPolicy__Output>
        RetentionService: SubtypeConstructor<typeof grpc.Client, _lethe_retention_v1_RetentionServiceClient> & { service: _lethe_retention_v1_RetentionServiceDefinition }
        ScheduledStep: MessageTypeDefinition<_lethe_retention_v1_ScheduledStep, _lethe_retention_v1_ScheduledStep__Output>
        ServiceConfirmation: MessageTypeDefinition<_lethe_retention_v1_ServiceConfirmation, _lethe_retention_v1_ServiceConfirmation__Output>
        UpdatePolicyRequest: MessageTypeDefinition<_lethe_retention_v1_UpdatePolicyRequest, _lethe_retention_v1_UpdatePolicyRequest__Output>
      }
    }
  }
}

