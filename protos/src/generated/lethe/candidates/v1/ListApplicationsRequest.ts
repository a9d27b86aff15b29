// Original file: proto/lethe/candidates/v1/recruiting_service.proto

import type { PageRequest as _lethe_common_v1_PageRequest, PageRequest__Output as _lethe_common_v1_PageRequest__Output } from '../../../lethe/common/v1/PageRequest';
import type { MetaStatus as _lethe_candidates_v1_MetaStatus, MetaStatus__Output as _lethe_candidates_v1_MetaStatus__Output } from '../../../lethe/candidates/v1/MetaStatus';

export interface ListApplicationsRequest {
  'page'?: (_lethe_common_v1_PageRequest | null);
  'candidateId'?: (string);
  'jobId'?: (string);
  'statusKey'?: (string);
  'metaStatus'?: (_lethe_candidates_v1_MetaStatus);
}

export interface ListApplicationsRequest__Output {
  'page': (_lethe_common_v1_PageRequest__Output | null);
  'candidateId': (string);
  'jobId': (string);
  'statusKey': (string);
  'metaStatus': (_lethe_candidates_v1_MetaStatus__Output);
}
