// Original file: proto/lethe/consent/v1/consent_service.proto

import type { ConsentKind as _lethe_consent_v1_ConsentKind, ConsentKind__Output as _lethe_consent_v1_ConsentKind__Output } from '../../../lethe/consent/v1/ConsentKind';

export interface PublishConsentTextRequest {
  'kind'?: (_lethe_consent_v1_ConsentKind);
  'language'?: (string);
  'title'?: (string);
  'body'?: (string);
}

export interface PublishConsentTextRequest__Output {
  'kind': (_lethe_consent_v1_ConsentKind__Output);
  'language': (string);
  'title': (string);
  'body': (string);
}
