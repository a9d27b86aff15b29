// Original file: proto/lethe/retention/v1/retention_service.proto

import type { PageRequest as _lethe_common_v1_PageRequest, PageRequest__Output as _lethe_common_v1_PageRequest__Output } from '../../../lethe/common/v1/PageRequest';

export interface ListDeletionLogRequest {
  'page'?: (_lethe_common_v1_PageRequest | null);
  'subjectId'?: (string);
}

export interface ListDeletionLogRequest__Output {
  'page': (_lethe_common_v1_PageRequest__Output | null);
  'subjectId': (string);
}
