// Original file: proto/lethe/consent/v1/consent_service.proto

import type { ConsentSettings as _lethe_consent_v1_ConsentSettings, ConsentSettings__Output as _lethe_consent_v1_ConsentSettings__Output } from '../../../lethe/consent/v1/ConsentSettings';

export interface UpdateConsentSettingsRequest {
  'settings'?: (_lethe_consent_v1_ConsentSettings | null);
  'expectedVersion'?: (number);
}

export interface UpdateConsentSettingsRequest__Output {
  'settings': (_lethe_consent_v1_ConsentSettings__Output | null);
  'expectedVersion': (number);
}
