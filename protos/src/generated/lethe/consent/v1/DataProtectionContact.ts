// Original file: proto/lethe/consent/v1/consent_service.proto

import type { PostalAddress as _lethe_consent_v1_PostalAddress, PostalAddress__Output as _lethe_consent_v1_PostalAddress__Output } from '../../../lethe/consent/v1/PostalAddress';

export interface DataProtectionContact {
  'name'?: (string);
  'email'?: (string);
  'phone'?: (string);
  'address'?: (_lethe_consent_v1_PostalAddress | null);
}

export interface DataProtectionContact__Output {
  'name': (string);
  'email': (string);
  'phone': (string);
  'address': (_lethe_consent_v1_PostalAddress__Output | null);
}
