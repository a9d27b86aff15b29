// Original file: proto/lethe/retention/v1/retention_service.proto

import type { PageRequest as _lethe_common_v1_PageRequest, PageRequest__Output as _lethe_common_v1_PageRequest__Output } from '../../../lethe/common/v1/PageRequest';
import type { ErasureState as _lethe_retention_v1_ErasureState, ErasureState__Output as _lethe_retention_v1_ErasureState__Output } from '../../../lethe/retention/v1/ErasureState';

export interface ListErasuresRequest {
  'page'?: (_lethe_common_v1_PageRequest | null);
  'state'?: (_lethe_retention_v1_ErasureState);
  'subjectId'?: (string);
}

export interface ListErasuresRequest__Output {
  'page': (_lethe_common_v1_PageRequest__Output | null);
  'state': (_lethe_retention_v1_ErasureState__Output);
  'subjectId': (string);
}
