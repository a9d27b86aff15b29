// Original file: proto/lethe/talents/v1/talent_crm_service.proto

import type { TalentFilter as _lethe_talents_v1_TalentFilter, TalentFilter__Output as _lethe_talents_v1_TalentFilter__Output } from '../../../lethe/talents/v1/TalentFilter';

export interface ExportTalentsRequest {
  'filter'?: (_lethe_talents_v1_TalentFilter | null);
}

export interface ExportTalentsRequest__Output {
  'filter': (_lethe_talents_v1_TalentFilter__Output | null);
}
