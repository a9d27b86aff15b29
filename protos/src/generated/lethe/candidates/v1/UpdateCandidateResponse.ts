// Original file: proto/lethe/candidates/v1/candidates_service.proto

import type { Candidate as _lethe_candidates_v1_Candidate, Candidate__Output as _lethe_candidates_v1_Candidate__Output } from '../../../lethe/candidates/v1/Candidate';
import type { Duplicate as _lethe_candidates_v1_Duplicate, Duplicate__Output as _lethe_candidates_v1_Duplicate__Output } from '../../../lethe/candidates/v1/Duplicate';

export interface UpdateCandidateResponse {
  'candidate'?: (_lethe_candidates_v1_Candidate | null);
  'duplicates'?: (_lethe_candidates_v1_Duplicate)[];
}

export interface UpdateCandidateResponse__Output {
  'candidate': (_lethe_candidates_v1_Candidate__Output | null);
  'duplicates': (_lethe_candidates_v1_Duplicate__Output)[];
}
