// Original file: proto/lethe/candidates/v1/candidates_service.proto

import type { PageResponse as _lethe_common_v1_PageResponse, PageResponse__Output as _lethe_common_v1_PageResponse__Output } from '../../../lethe/common/v1/PageResponse';

export interface ListCandidateIdsResponse {
  'candidateIds'?: (string)[];
  'page'?: (_lethe_common_v1_PageResponse | null);
}

export interface ListCandidateIdsResponse__Output {
  'candidateIds': (string)[];
  'page': (_lethe_common_v1_PageResponse__Output | null);
}
