// Original file: proto/lethe/candidates/v1/recruiting_service.proto

import type { ContactPerson as _lethe_candidates_v1_ContactPerson, ContactPerson__Output as _lethe_candidates_v1_ContactPerson__Output } from '../../../lethe/candidates/v1/ContactPerson';
import type { PageResponse as _lethe_common_v1_PageResponse, PageResponse__Output as _lethe_common_v1_PageResponse__Output } from '../../../lethe/common/v1/PageResponse';

export interface ListContactPersonsResponse {
  'contactPersons'?: (_lethe_candidates_v1_ContactPerson)[];
  'page'?: (_lethe_common_v1_PageResponse | null);
}

export interface ListContactPersonsResponse__Output {
  'contactPersons': (_lethe_candidates_v1_ContactPerson__Output)[];
  'page': (_lethe_common_v1_PageResponse__Output | null);
}
