// Original file: proto/lethe/candidates/v1/recruiting_service.proto

import type { JobOrderAssignment as _lethe_candidates_v1_JobOrderAssignment, JobOrderAssignment__Output as _lethe_candidates_v1_JobOrderAssignment__Output } from '../../../lethe/candidates/v1/JobOrderAssignment';

export interface ListAssignmentsResponse {
  'assignments'?: (_lethe_candidates_v1_JobOrderAssignment)[];
}

export interface ListAssignmentsResponse__Output {
  'assignments': (_lethe_candidates_v1_JobOrderAssignment__Output)[];
}
