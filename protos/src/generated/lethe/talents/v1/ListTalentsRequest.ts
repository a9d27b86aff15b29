// Original file: proto/lethe/talents/v1/talent_crm_service.proto

import type { TalentFilter as _lethe_talents_v1_TalentFilter, TalentFilter__Output as _lethe_talents_v1_TalentFilter__Output } from '../../../lethe/talents/v1/TalentFilter';
import type { PageRequest as _lethe_common_v1_PageRequest, PageRequest__Output as _lethe_common_v1_PageRequest__Output } from '../../../lethe/common/v1/PageRequest';

export interface ListTalentsRequest {
  'filter'?: (_lethe_talents_v1_TalentFilter | null);
  'page'?: (_lethe_common_v1_PageRequest | null);
}

export interface ListTalentsRequest__Output {
  'filter': (_lethe_talents_v1_TalentFilter__Output | null);
  'page': (_lethe_common_v1_PageRequest__Output | null);
}
