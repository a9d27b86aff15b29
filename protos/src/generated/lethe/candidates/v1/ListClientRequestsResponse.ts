// Original file: proto/lethe/candidates/v1/recruiting_service.proto

import type { ClientRequest as _lethe_candidates_v1_ClientRequest, ClientRequest__Output as _lethe_candidates_v1_ClientRequest__Output } from '../../../lethe/candidates/v1/ClientRequest';
import type { PageResponse as _lethe_common_v1_PageResponse, PageResponse__Output as _lethe_common_v1_PageResponse__Output } from '../../../lethe/common/v1/PageResponse';

export interface ListClientRequestsResponse {
  'clientRequests'?: (_lethe_candidates_v1_ClientRequest)[];
  'page'?: (_lethe_common_v1_PageResponse | null);
}

export interface ListClientRequestsResponse__Output {
  'clientRequests': (_lethe_candidates_v1_ClientRequest__Output)[];
  'page': (_lethe_common_v1_PageResponse__Output | null);
}
