// Original file: proto/lethe/profiles/v1/profile_rendering_service.proto

import type { PageRequest as _lethe_common_v1_PageRequest, PageRequest__Output as _lethe_common_v1_PageRequest__Output } from '../../../lethe/common/v1/PageRequest';

export interface ListSentProfilesRequest {
  'candidateId'?: (string);
  'clientId'?: (string);
  'page'?: (_lethe_common_v1_PageRequest | null);
  'of'?: "candidateId"|"clientId";
}

export interface ListSentProfilesRequest__Output {
  'candidateId'?: (string);
  'clientId'?: (string);
  'page': (_lethe_common_v1_PageRequest__Output | null);
  'of'?: "candidateId"|"clientId";
}
