// Original file: proto/lethe/candidates/v1/recruiting_service.proto

import type { StatusKind as _lethe_candidates_v1_StatusKind, StatusKind__Output as _lethe_candidates_v1_StatusKind__Output } from '../../../lethe/candidates/v1/StatusKind';

export interface ListStatusesRequest {
  'kind'?: (_lethe_candidates_v1_StatusKind);
}

export interface ListStatusesRequest__Output {
  'kind': (_lethe_candidates_v1_StatusKind__Output);
}
