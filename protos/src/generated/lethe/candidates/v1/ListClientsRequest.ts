// Original file: proto/lethe/candidates/v1/recruiting_service.proto

import type { PageRequest as _lethe_common_v1_PageRequest, PageRequest__Output as _lethe_common_v1_PageRequest__Output } from '../../../lethe/common/v1/PageRequest';

export interface ListClientsRequest {
  'page'?: (_lethe_common_v1_PageRequest | null);
}

export interface ListClientsRequest__Output {
  'page': (_lethe_common_v1_PageRequest__Output | null);
}
