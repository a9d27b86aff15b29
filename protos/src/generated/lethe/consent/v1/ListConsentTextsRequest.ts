// Original file: proto/lethe/consent/v1/consent_service.proto

import type { ConsentKind as _lethe_consent_v1_ConsentKind, ConsentKind__Output as _lethe_consent_v1_ConsentKind__Output } from '../../../lethe/consent/v1/ConsentKind';

export interface ListConsentTextsRequest {
  'kind'?: (_lethe_consent_v1_ConsentKind);
  'language'?: (string);
}

export interface ListConsentTextsRequest__Output {
  'kind': (_lethe_consent_v1_ConsentKind__Output);
  'language': (string);
}
