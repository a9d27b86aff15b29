// Original file: proto/lethe/candidates/v1/candidates_service.proto

import type { CandidateInput as _lethe_candidates_v1_CandidateInput, CandidateInput__Output as _lethe_candidates_v1_CandidateInput__Output } from '../../../lethe/candidates/v1/CandidateInput';

export interface CreateCandidateRequest {
  'candidate'?: (_lethe_candidates_v1_CandidateInput | null);
  'allowDuplicates'?: (boolean);
}

export interface CreateCandidateRequest__Output {
  'candidate': (_lethe_candidates_v1_CandidateInput__Output | null);
  'allowDuplicates': (boolean);
}
