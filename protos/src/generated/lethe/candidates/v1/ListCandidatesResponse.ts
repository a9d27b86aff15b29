// Original file: proto/lethe/candidates/v1/candidates_service.proto

import type { Candidate as _lethe_candidates_v1_Candidate, Candidate__Output as _lethe_candidates_v1_Candidate__Output } from '../../../lethe/candidates/v1/Candidate';
import type { PageResponse as _lethe_common_v1_PageResponse, PageResponse__Output as _lethe_common_v1_PageResponse__Output } from '../../../lethe/common/v1/PageResponse';

export interface ListCandidatesResponse {
  'candidates'?: (_lethe_candidates_v1_Candidate)[];
  'page'?: (_lethe_common_v1_PageResponse | null);
}

export interface ListCandidatesResponse__Output {
  'candidates': (_lethe_candidates_v1_Candidate__Output)[];
  'page': (_lethe_common_v1_PageResponse__Output | null);
}
