// Original file: proto/lethe/candidates/v1/recruiting_service.proto

import type { StatusActionKind as _lethe_candidates_v1_StatusActionKind, StatusActionKind__Output as _lethe_candidates_v1_StatusActionKind__Output } from '../../../lethe/candidates/v1/StatusActionKind';

export interface StatusAction {
  'kind'?: (_lethe_candidates_v1_StatusActionKind);
  'templateKey'?: (string);
}

export interface StatusAction__Output {
  'kind': (_lethe_candidates_v1_StatusActionKind__Output);
  'templateKey': (string);
}
