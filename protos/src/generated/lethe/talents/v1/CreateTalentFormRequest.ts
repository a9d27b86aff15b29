// Original file: proto/lethe/talents/v1/talent_crm_service.proto

import type { TalentForm as _lethe_talents_v1_TalentForm, TalentForm__Output as _lethe_talents_v1_TalentForm__Output } from '../../../lethe/talents/v1/TalentForm';

export interface CreateTalentFormRequest {
  'form'?: (_lethe_talents_v1_TalentForm | null);
}

export interface CreateTalentFormRequest__Output {
  'form': (_lethe_talents_v1_TalentForm__Output | null);
}
