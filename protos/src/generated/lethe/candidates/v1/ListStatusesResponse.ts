// Original file: proto/lethe/candidates/v1/recruiting_service.proto

import type { StatusDefinition as _lethe_candidates_v1_StatusDefinition, StatusDefinition__Output as _lethe_candidates_v1_StatusDefinition__Output } from '../../../lethe/candidates/v1/StatusDefinition';

export interface ListStatusesResponse {
  'statuses'?: (_lethe_candidates_v1_StatusDefinition)[];
}

export interface ListStatusesResponse__Output {
  'statuses': (_lethe_candidates_v1_StatusDefinition__Output)[];
}
