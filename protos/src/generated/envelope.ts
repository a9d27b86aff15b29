import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from './google/protobuf/Timestamp';
import type { EventEnvelope as _lethe_events_v1_EventEnvelope, EventEnvelope__Output as _lethe_events_v1_EventEnvelope__Output } from './lethe/events/v1/EventEnvelope';

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
    events: {
      v1: {
        EventEnvelope: MessageTypeDefinition<_lethe_events_v1_EventEnvelope, _lethe_events_v1_EventEnvelope__Output>
      }
    }
  }
}

