// Original file: proto/lethe/candidates/v1/recruiting_service.proto

import type { Job as _lethe_candidates_v1_Job, Job__Output as _lethe_candidates_v1_Job__Output } from '../../../lethe/candidates/v1/Job';
import type { PageResponse as _lethe_common_v1_PageResponse, PageResponse__Output as _lethe_common_v1_PageResponse__Output } from '../../../lethe/common/v1/PageResponse';

export interface ListJobsResponse {
  'jobs'?: (_lethe_candidates_v1_Job)[];
  'page'?: (_lethe_common_v1_PageResponse | null);
}

export interface ListJobsResponse__Output {
  'jobs': (_lethe_candidates_v1_Job__Output)[];
  'page': (_lethe_common_v1_PageResponse__Output | null);
}
