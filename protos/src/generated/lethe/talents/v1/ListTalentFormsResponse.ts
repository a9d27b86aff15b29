// Original file: proto/lethe/talents/v1/talent_crm_service.proto

import type { TalentForm as _lethe_talents_v1_TalentForm, TalentForm__Output as _lethe_talents_v1_TalentForm__Output } from '../../../lethe/talents/v1/TalentForm';

export interface ListTalentFormsResponse {
  'forms'?: (_lethe_talents_v1_TalentForm)[];
}

export interface ListTalentFormsResponse__Output {
  'forms': (_lethe_talents_v1_TalentForm__Output)[];
}
