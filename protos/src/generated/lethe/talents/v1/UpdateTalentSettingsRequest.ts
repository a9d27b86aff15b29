// Original file: proto/lethe/talents/v1/talent_crm_service.proto

import type { TalentSettings as _lethe_talents_v1_TalentSettings, TalentSettings__Output as _lethe_talents_v1_TalentSettings__Output } from '../../../lethe/talents/v1/TalentSettings';

export interface UpdateTalentSettingsRequest {
  'settings'?: (_lethe_talents_v1_TalentSettings | null);
  'expectedVersion'?: (number);
}

export interface UpdateTalentSettingsRequest__Output {
  'settings': (_lethe_talents_v1_TalentSettings__Output | null);
  'expectedVersion': (number);
}
