// Original file: proto/lethe/candidates/v1/candidates_service.proto

import type { Duplicate as _lethe_candidates_v1_Duplicate, Duplicate__Output as _lethe_candidates_v1_Duplicate__Output } from '../../../lethe/candidates/v1/Duplicate';

export interface CheckDuplicatesResponse {
  'duplicates'?: (_lethe_candidates_v1_Duplicate)[];
}

export interface CheckDuplicatesResponse__Output {
  'duplicates': (_lethe_candidates_v1_Duplicate__Output)[];
}
