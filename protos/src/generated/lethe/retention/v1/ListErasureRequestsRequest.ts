// Original file: proto/lethe/retention/v1/retention_service.proto

import type { PageRequest as _lethe_common_v1_PageRequest, PageRequest__Output as _lethe_common_v1_PageRequest__Output } from '../../../lethe/common/v1/PageRequest';

export interface ListErasureRequestsRequest {
  'page'?: (_lethe_common_v1_PageRequest | null);
}

export interface ListErasureRequestsRequest__Output {
  'page': (_lethe_common_v1_PageRequest__Output | null);
}
