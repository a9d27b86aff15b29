// Original file: proto/lethe/candidates/v1/recruiting_service.proto

import type { Application as _lethe_candidates_v1_Application, Application__Output as _lethe_candidates_v1_Application__Output } from '../../../lethe/candidates/v1/Application';
import type { PageResponse as _lethe_common_v1_PageResponse, PageResponse__Output as _lethe_common_v1_PageResponse__Output } from '../../../lethe/common/v1/PageResponse';

export interface ListApplicationsResponse {
  'applications'?: (_lethe_candidates_v1_Application)[];
  'page'?: (_lethe_common_v1_PageResponse | null);
}

export interface ListApplicationsResponse__Output {
  'applications': (_lethe_candidates_v1_Application__Output)[];
  'page': (_lethe_common_v1_PageResponse__Output | null);
}
