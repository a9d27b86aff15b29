// Original file: proto/lethe/candidates/v1/candidates_service.proto

import type { Candidate as _lethe_candidates_v1_Candidate, Candidate__Output as _lethe_candidates_v1_Candidate__Output } from '../../../lethe/candidates/v1/Candidate';

export interface MergeCandidatesResponse {
  'candidate'?: (_lethe_candidates_v1_Candidate | null);
  'filesMoved'?: (number);
  'activitiesMoved'?: (number);
  'applicationsRelinked'?: (number);
}

export interface MergeCandidatesResponse__Output {
  'candidate': (_lethe_candidates_v1_Candidate__Output | null);
  'filesMoved': (number);
  'activitiesMoved': (number);
  'applicationsRelinked': (number);
}
