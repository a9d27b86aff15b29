// Original file: proto/lethe/talents/v1/talent_crm_service.proto

import type { Pool as _lethe_talents_v1_Pool, Pool__Output as _lethe_talents_v1_Pool__Output } from '../../../lethe/talents/v1/Pool';

export interface ListPoolsResponse {
  'pools'?: (_lethe_talents_v1_Pool)[];
}

export interface ListPoolsResponse__Output {
  'pools': (_lethe_talents_v1_Pool__Output)[];
}
