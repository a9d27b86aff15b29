// Original file: proto/lethe/candidates/v1/recruiting_service.proto

import type { ContactPersonInput as _lethe_candidates_v1_ContactPersonInput, ContactPersonInput__Output as _lethe_candidates_v1_ContactPersonInput__Output } from '../../../lethe/candidates/v1/ContactPersonInput';

export interface UpdateContactPersonRequest {
  'id'?: (string);
  'contact'?: (_lethe_candidates_v1_ContactPersonInput | null);
}

export interface UpdateContactPersonRequest__Output {
  'id': (string);
  'contact': (_lethe_candidates_v1_ContactPersonInput__Output | null);
}
