// Original file: proto/lethe/talents/v1/talent_crm_service.proto

import type { TalentForm as _lethe_talents_v1_TalentForm, TalentForm__Output as _lethe_talents_v1_TalentForm__Output } from '../../../lethe/talents/v1/TalentForm';

export interface UpdateTalentFormRequest {
  'form'?: (_lethe_talents_v1_TalentForm | null);
  'expectedVersion'?: (number);
}

export interface UpdateTalentFormRequest__Output {
  'form': (_lethe_talents_v1_TalentForm__Output | null);
  'expectedVersion': (number);
}
