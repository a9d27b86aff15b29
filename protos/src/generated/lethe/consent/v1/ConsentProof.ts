// Original file: proto/lethe/consent/v1/consent_service.proto

import type { GrantMethod as _lethe_consent_v1_GrantMethod, GrantMethod__Output as _lethe_consent_v1_GrantMethod__Output } from '../../../lethe/consent/v1/GrantMethod';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';

export interface ConsentProof {
  'method'?: (_lethe_consent_v1_GrantMethod);
  'actorId'?: (string);
  'at'?: (_google_protobuf_Timestamp | null);
  'textId'?: (string);
  'textVersion'?: (number);
  'textLanguage'?: (string);
  'textSha256'?: (string);
  'form'?: (string);
}

export interface ConsentProof__Output {
  'method': (_lethe_consent_v1_GrantMethod__Output);
  'actorId': (string);
  'at': (_google_protobuf_Timestamp__Output | null);
  'textId': (string);
  'textVersion': (number);
  'textLanguage': (string);
  'textSha256': (string);
  'form': (string);
}
