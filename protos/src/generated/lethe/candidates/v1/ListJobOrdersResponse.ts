// Original file: proto/lethe/candidates/v1/recruiting_service.proto

import type { JobOrder as _lethe_candidates_v1_JobOrder, JobOrder__Output as _lethe_candidates_v1_JobOrder__Output } from '../../../lethe/candidates/v1/JobOrder';
import type { PageResponse as _lethe_common_v1_PageResponse, PageResponse__Output as _lethe_common_v1_PageResponse__Output } from '../../../lethe/common/v1/PageResponse';

export interface ListJobOrdersResponse {
  'jobOrders'?: (_lethe_candidates_v1_JobOrder)[];
  'page'?: (_lethe_common_v1_PageResponse | null);
}

export interface ListJobOrdersResponse__Output {
  'jobOrders': (_lethe_candidates_v1_JobOrder__Output)[];
  'page': (_lethe_common_v1_PageResponse__Output | null);
}
