// Original file: proto/lethe/talents/v1/talent_crm_service.proto

import type { Talent as _lethe_talents_v1_Talent, Talent__Output as _lethe_talents_v1_Talent__Output } from '../../../lethe/talents/v1/Talent';
import type { PageResponse as _lethe_common_v1_PageResponse, PageResponse__Output as _lethe_common_v1_PageResponse__Output } from '../../../lethe/common/v1/PageResponse';

export interface ListTalentsResponse {
  'talents'?: (_lethe_talents_v1_Talent)[];
  'page'?: (_lethe_common_v1_PageResponse | null);
}

export interface ListTalentsResponse__Output {
  'talents': (_lethe_talents_v1_Talent__Output)[];
  'page': (_lethe_common_v1_PageResponse__Output | null);
}
