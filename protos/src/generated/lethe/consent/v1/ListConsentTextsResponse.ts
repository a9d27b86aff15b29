// Original file: proto/lethe/consent/v1/consent_service.proto

import type { ConsentText as _lethe_consent_v1_ConsentText, ConsentText__Output as _lethe_consent_v1_ConsentText__Output } from '../../../lethe/consent/v1/ConsentText';

export interface ListConsentTextsResponse {
  'texts'?: (_lethe_consent_v1_ConsentText)[];
}

export interface ListConsentTextsResponse__Output {
  'texts': (_lethe_consent_v1_ConsentText__Output)[];
}
