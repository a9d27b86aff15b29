// Original file: proto/lethe/retention/v1/retention_service.proto

import type { Erasure as _lethe_retention_v1_Erasure, Erasure__Output as _lethe_retention_v1_Erasure__Output } from '../../../lethe/retention/v1/Erasure';
import type { PageResponse as _lethe_common_v1_PageResponse, PageResponse__Output as _lethe_common_v1_PageResponse__Output } from '../../../lethe/common/v1/PageResponse';

export interface ListErasuresResponse {
  'erasures'?: (_lethe_retention_v1_Erasure)[];
  'page'?: (_lethe_common_v1_PageResponse | null);
}

export interface ListErasuresResponse__Output {
  'erasures': (_lethe_retention_v1_Erasure__Output)[];
  'page': (_lethe_common_v1_PageResponse__Output | null);
}
