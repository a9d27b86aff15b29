// Original file: proto/lethe/candidates/v1/recruiting_service.proto

import type { PageRequest as _lethe_common_v1_PageRequest, PageRequest__Output as _lethe_common_v1_PageRequest__Output } from '../../../lethe/common/v1/PageRequest';

export interface ListContactPersonsRequest {
  'page'?: (_lethe_common_v1_PageRequest | null);
  'clientId'?: (string);
  'includeMarked'?: (boolean);
}

export interface ListContactPersonsRequest__Output {
  'page': (_lethe_common_v1_PageRequest__Output | null);
  'clientId': (string);
  'includeMarked': (boolean);
}
