// Original file: proto/lethe/candidates/v1/recruiting_service.proto

import type { JobOrderMeaning as _lethe_candidates_v1_JobOrderMeaning, JobOrderMeaning__Output as _lethe_candidates_v1_JobOrderMeaning__Output } from '../../../lethe/candidates/v1/JobOrderMeaning';

export interface AssignCandidateRequest {
  'jobOrderId'?: (string);
  'candidateId'?: (string);
  'meaning'?: (_lethe_candidates_v1_JobOrderMeaning);
}

export interface AssignCandidateRequest__Output {
  'jobOrderId': (string);
  'candidateId': (string);
  'meaning': (_lethe_candidates_v1_JobOrderMeaning__Output);
}
