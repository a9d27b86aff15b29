// Original file: proto/lethe/consent/v1/consent_service.proto

import type { ConsentKind as _lethe_consent_v1_ConsentKind, ConsentKind__Output as _lethe_consent_v1_ConsentKind__Output } from '../../../lethe/consent/v1/ConsentKind';

export interface RecordFormConsentRequest {
  'subjectId'?: (string);
  'kind'?: (_lethe_consent_v1_ConsentKind);
  'periodMonths'?: (number);
  'textId'?: (string);
  'textSha256'?: (string);
  'form'?: (string);
}

export interface RecordFormConsentRequest__Output {
  'subjectId': (string);
  'kind': (_lethe_consent_v1_ConsentKind__Output);
  'periodMonths': (number);
  'textId': (string);
  'textSha256': (string);
  'form': (string);
}
