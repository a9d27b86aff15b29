import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from './google/protobuf/Timestamp';
import type { BadRequest as _lethe_common_v1_BadRequest, BadRequest__Output as _lethe_common_v1_BadRequest__Output } from './lethe/common/v1/BadRequest';
import type { ErrorInfo as _lethe_common_v1_ErrorInfo, ErrorInfo__Output as _lethe_common_v1_ErrorInfo__Output } from './lethe/common/v1/ErrorInfo';
import type { FieldViolation as _lethe_common_v1_FieldViolation, FieldViolation__Output as _lethe_common_v1_FieldViolation__Output } from './lethe/common/v1/FieldViolation';
import type { PageRequest as _lethe_common_v1_PageRequest, PageRequest__Output as _lethe_common_v1_PageRequest__Output } from './lethe/common/v1/PageRequest';
import type { PageResponse as _lethe_common_v1_PageResponse, PageResponse__Output as _lethe_common_v1_PageResponse__Output } from './lethe/common/v1/PageResponse';
import type { RequestContext as _lethe_common_v1_RequestContext, RequestContext__Output as _lethe_common_v1_RequestContext__Output } from './lethe/common/v1/RequestContext';
import type { ConsentDeclined as _lethe_consent_v1_ConsentDeclined, ConsentDeclined__Output as _lethe_consent_v1_ConsentDeclined__Output } from './lethe/consent/v1/ConsentDeclined';
import type { ConsentExpired as _lethe_consent_v1_ConsentExpired, ConsentExpired__Output as _lethe_consent_v1_ConsentExpired__Output } from './lethe/consent/v1/ConsentExpired';
import type { ConsentGranted as _lethe_consent_v1_ConsentGranted, ConsentGranted__Output as _lethe_consent_v1_ConsentGranted__Output } from './lethe/consent/v1/ConsentGranted';
import type { ConsentRequestClosed as _lethe_consent_v1_ConsentRequestClosed, ConsentRequestClosed__Output as _lethe_consent_v1_ConsentRequestClosed__Output } from './lethe/consent/v1/ConsentRequestClosed';
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
    common: {
      v1: {
        ActorKind: EnumTypeDefinition
        BadRequest: MessageTypeDefinition<_lethe_common_v1_BadRequest, _lethe_common_v1_BadRequest__Output>
        Channel: EnumTypeDefinition
        ErrorInfo: MessageTypeDefinition<_lethe_common_v1_ErrorInfo, _lethe_common_v1_ErrorInfo__Output>
        FieldViolation: MessageTypeDefinition<_lethe_common_v1_FieldViolation, _lethe_common_v1_FieldViolation__Output>
        PageRequest: MessageTypeDefinition<_lethe_common_v1_PageRequest, _lethe_common_v1_PageRequest__Output>
        PageResponse: MessageTypeDefinition<_lethe_common_v1_PageResponse, _lethe_common_v1_PageResponse__Output>
        RequestContext: MessageTypeDefinition<_lethe_common_v1_RequestContext, _lethe_common_v1_RequestContext__Output>
      }
    }
    consent: {
      v1: {
        ConsentDeclined: MessageTypeDefinition<_lethe_consent_v1_ConsentDeclined, _lethe_consent_v1_ConsentDeclined__Output>
        ConsentExpired: MessageTypeDefinition<_lethe_consent_v1_ConsentExpired, _lethe_consent_v1_ConsentExpired__Output>
        ConsentGranted: MessageTypeDefinition<_lethe_consent_v1_ConsentGranted, _lethe_consent_v1_ConsentGranted__Output>
        ConsentKind: EnumTypeDefinition
        ConsentRequestClosed: MessageTypeDefinition<_lethe_consent_v1_ConsentRequestClosed, _lethe_consent_v1_ConsentRequestClosed__Output>
        ConsentRequestCreated: MessageTypeDefinition<_lethe_consent_v1_ConsentRequestCreated, _lethe_consent_v1_ConsentRequestCreated__Output>
        ConsentWithdrawn: MessageTypeDefinition<_lethe_consent_v1_ConsentWithdrawn, _lethe_consent_v1_ConsentWithdrawn__Output>
        GrantMethod: EnumTypeDefinition
        RequestClosedBecause: EnumTypeDefinition
      }
    }
  }
}

