import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from './google/protobuf/Timestamp';
import type { ConsentDeclined as _lethe_consent_v1_ConsentDeclined, ConsentDeclined__Output as _lethe_consent_v1_ConsentDeclined__Output } from './lethe/consent/v1/ConsentDeclined';
import type { ConsentExpired as _lethe_consent_v1_ConsentExpired, ConsentExpired__Output as _lethe_consent_v1_ConsentExpired__Output } from './lethe/consent/v1/ConsentExpired';
import type { ConsentGranted as _lethe_consent_v1_ConsentGranted, ConsentGranted__Output as _lethe_consent_v1_ConsentGranted__Output } from './lethe/consent/v1/ConsentGranted';
import type { ConsentRequestCreated as _lethe_consent_v1_ConsentRequestCreated, ConsentRequestCreated__Output as _lethe_consent_v1_ConsentRequestCreated__Output } from './lethe/consent/v1/ConsentRequestCreated';
import type { ConsentWithdrawn as _lethe_consent_v1_ConsentWithdrawn, ConsentWithdrawn__Output as _lethe_consent_v1_ConsentWithdrawn__Output } from './lethe/consent/v1/ConsentWithdrawn';

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
    consent: {
      v1: {
        Channel: EnumTypeDefinition
        ConsentDeclined: MessageTypeDefinition<_lethe_consent_v1_ConsentDeclined, _lethe_consent_v1_ConsentDeclined__Output>
        ConsentExpired: MessageTypeDefinition<_lethe_consent_v1_ConsentExpired, _lethe_consent_v1_ConsentExpired__Output>
        ConsentGranted: MessageTypeDefinition<_lethe_consent_v1_ConsentGranted, _lethe_consent_v1_ConsentGranted__Output>
        ConsentKind: EnumTypeDefinition
        ConsentRequestCreated: MessageTypeDefinition<_lethe_consent_v1_ConsentRequestCreated, _lethe_consent_v1_ConsentRequestCreated__Output>
        ConsentWithdrawn: MessageTypeDefinition<_lethe_consent_v1_ConsentWithdrawn, _lethe_consent_v1_ConsentWithdrawn__Output>
        GrantMethod: EnumTypeDefinition
      }
    }
  }
}

