import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from './google/protobuf/Timestamp';
import type { ErasureAck as _lethe_erasure_v1_ErasureAck, ErasureAck__Output as _lethe_erasure_v1_ErasureAck__Output } from './lethe/erasure/v1/ErasureAck';
import type { ErasureCommand as _lethe_erasure_v1_ErasureCommand, ErasureCommand__Output as _lethe_erasure_v1_ErasureCommand__Output } from './lethe/erasure/v1/ErasureCommand';

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
        AnonymisedNotes: EnumTypeDefinition
        ErasureAck: MessageTypeDefinition<_lethe_erasure_v1_ErasureAck, _lethe_erasure_v1_ErasureAck__Output>
        ErasureCommand: MessageTypeDefinition<_lethe_erasure_v1_ErasureCommand, _lethe_erasure_v1_ErasureCommand__Output>
        ErasureMode: EnumTypeDefinition
        ErasureOutcome: EnumTypeDefinition
        ErasureReason: EnumTypeDefinition
      }
    }
  }
}

