// Original file: proto/lethe/retention/v1/retention_service.proto

import type { ErasureRequest as _lethe_retention_v1_ErasureRequest, ErasureRequest__Output as _lethe_retention_v1_ErasureRequest__Output } from '../../../lethe/retention/v1/ErasureRequest';
import type { PageResponse as _lethe_common_v1_PageResponse, PageResponse__Output as _lethe_common_v1_PageResponse__Output } from '../../../lethe/common/v1/PageResponse';

export interface ListErasureRequestsResponse {
  'requests'?: (_lethe_retention_v1_ErasureRequest)[];
  'page'?: (_lethe_common_v1_PageResponse | null);
}

export interface ListErasureRequestsResponse__Output {
  'requests': (_lethe_retention_v1_ErasureRequest__Output)[];
  'page': (_lethe_common_v1_PageResponse__Output | null);
}
