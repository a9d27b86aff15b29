// Original file: proto/lethe/candidates/v1/recruiting_service.proto

import type { Presentation as _lethe_candidates_v1_Presentation, Presentation__Output as _lethe_candidates_v1_Presentation__Output } from '../../../lethe/candidates/v1/Presentation';
import type { PageResponse as _lethe_common_v1_PageResponse, PageResponse__Output as _lethe_common_v1_PageResponse__Output } from '../../../lethe/common/v1/PageResponse';

export interface ListPresentationsResponse {
  'presentations'?: (_lethe_candidates_v1_Presentation)[];
  'page'?: (_lethe_common_v1_PageResponse | null);
}

export interface ListPresentationsResponse__Output {
  'presentations': (_lethe_candidates_v1_Presentation__Output)[];
  'page': (_lethe_common_v1_PageResponse__Output | null);
}
