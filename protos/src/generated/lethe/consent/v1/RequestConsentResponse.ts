// Original file: proto/lethe/consent/v1/consent_service.proto

import type { Consent as _lethe_consent_v1_Consent, Consent__Output as _lethe_consent_v1_Consent__Output } from '../../../lethe/consent/v1/Consent';

export interface RequestConsentResponse {
  'consent'?: (_lethe_consent_v1_Consent | null);
}

export interface RequestConsentResponse__Output {
  'consent': (_lethe_consent_v1_Consent__Output | null);
}
