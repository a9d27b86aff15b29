// Original file: proto/lethe/candidates/v1/recruiting_service.proto

import type { Client as _lethe_candidates_v1_Client, Client__Output as _lethe_candidates_v1_Client__Output } from '../../../lethe/candidates/v1/Client';
import type { PageResponse as _lethe_common_v1_PageResponse, PageResponse__Output as _lethe_common_v1_PageResponse__Output } from '../../../lethe/common/v1/PageResponse';

export interface ListClientsResponse {
  'clients'?: (_lethe_candidates_v1_Client)[];
  'page'?: (_lethe_common_v1_PageResponse | null);
}

export interface ListClientsResponse__Output {
  'clients': (_lethe_candidates_v1_Client__Output)[];
  'page': (_lethe_common_v1_PageResponse__Output | null);
}
