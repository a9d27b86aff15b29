// Original file: proto/lethe/consent/v1/consent_service.proto

import type { Consent as _lethe_consent_v1_Consent, Consent__Output as _lethe_consent_v1_Consent__Output } from '../../../lethe/consent/v1/Consent';

export interface WithdrawResponse {
  'withdrawn'?: (_lethe_consent_v1_Consent)[];
}

export interface WithdrawResponse__Output {
  'withdrawn': (_lethe_consent_v1_Consent__Output)[];
}
