// Original file: proto/lethe/consent/v1/consent_service.proto

import type { ConsentKind as _lethe_consent_v1_ConsentKind, ConsentKind__Output as _lethe_consent_v1_ConsentKind__Output } from '../../../lethe/consent/v1/ConsentKind';

export interface GetConsentStatementRequest {
  'kind'?: (_lethe_consent_v1_ConsentKind);
  'language'?: (string);
  'periodMonths'?: (number);
}

export interface GetConsentStatementRequest__Output {
  'kind': (_lethe_consent_v1_ConsentKind__Output);
  'language': (string);
  'periodMonths': (number);
}
