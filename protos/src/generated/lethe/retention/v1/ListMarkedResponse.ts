// Original file: proto/lethe/retention/v1/retention_service.proto

import type { Mark as _lethe_retention_v1_Mark, Mark__Output as _lethe_retention_v1_Mark__Output } from '../../../lethe/retention/v1/Mark';
import type { PageResponse as _lethe_common_v1_PageResponse, PageResponse__Output as _lethe_common_v1_PageResponse__Output } from '../../../lethe/common/v1/PageResponse';

export interface ListMarkedResponse {
  'marks'?: (_lethe_retention_v1_Mark)[];
  'page'?: (_lethe_common_v1_PageResponse | null);
}

export interface ListMarkedResponse__Output {
  'marks': (_lethe_retention_v1_Mark__Output)[];
  'page': (_lethe_common_v1_PageResponse__Output | null);
}
