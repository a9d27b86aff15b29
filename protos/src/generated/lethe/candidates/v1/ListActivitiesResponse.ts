// Original file: proto/lethe/candidates/v1/candidates_service.proto

import type { Activity as _lethe_candidates_v1_Activity, Activity__Output as _lethe_candidates_v1_Activity__Output } from '../../../lethe/candidates/v1/Activity';
import type { PageResponse as _lethe_common_v1_PageResponse, PageResponse__Output as _lethe_common_v1_PageResponse__Output } from '../../../lethe/common/v1/PageResponse';

export interface ListActivitiesResponse {
  'activities'?: (_lethe_candidates_v1_Activity)[];
  'page'?: (_lethe_common_v1_PageResponse | null);
}

export interface ListActivitiesResponse__Output {
  'activities': (_lethe_candidates_v1_Activity__Output)[];
  'page': (_lethe_common_v1_PageResponse__Output | null);
}
