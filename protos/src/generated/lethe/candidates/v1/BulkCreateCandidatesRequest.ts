// Original file: proto/lethe/candidates/v1/candidates_service.proto

import type { CandidateInput as _lethe_candidates_v1_CandidateInput, CandidateInput__Output as _lethe_candidates_v1_CandidateInput__Output } from '../../../lethe/candidates/v1/CandidateInput';

export interface BulkCreateCandidatesRequest {
  'candidates'?: (_lethe_candidates_v1_CandidateInput)[];
  'allowDuplicates'?: (boolean);
}

export interface BulkCreateCandidatesRequest__Output {
  'candidates': (_lethe_candidates_v1_CandidateInput__Output)[];
  'allowDuplicates': (boolean);
}
