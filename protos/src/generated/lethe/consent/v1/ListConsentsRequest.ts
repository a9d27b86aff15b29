// Original file: proto/lethe/consent/v1/consent_service.proto

import type { PageRequest as _lethe_common_v1_PageRequest, PageRequest__Output as _lethe_common_v1_PageRequest__Output } from '../../../lethe/common/v1/PageRequest';

export interface ListConsentsRequest {
  'subjectId'?: (string);
  'page'?: (_lethe_common_v1_PageRequest | null);
}

export interface ListConsentsRequest__Output {
  'subjectId': (string);
  'page': (_lethe_common_v1_PageRequest__Output | null);
}
