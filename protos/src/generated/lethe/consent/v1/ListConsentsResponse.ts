// Original file: proto/lethe/consent/v1/consent_service.proto

import type { Consent as _lethe_consent_v1_Consent, Consent__Output as _lethe_consent_v1_Consent__Output } from '../../../lethe/consent/v1/Consent';
import type { PageResponse as _lethe_common_v1_PageResponse, PageResponse__Output as _lethe_common_v1_PageResponse__Output } from '../../../lethe/common/v1/PageResponse';

export interface ListConsentsResponse {
  'consents'?: (_lethe_consent_v1_Consent)[];
  'page'?: (_lethe_common_v1_PageResponse | null);
}

export interface ListConsentsResponse__Output {
  'consents': (_lethe_consent_v1_Consent__Output)[];
  'page': (_lethe_common_v1_PageResponse__Output | null);
}
