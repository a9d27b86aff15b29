// Original file: proto/lethe/talents/v1/talent_crm_service.proto

import type { TalentProfile as _lethe_talents_v1_TalentProfile, TalentProfile__Output as _lethe_talents_v1_TalentProfile__Output } from '../../../lethe/talents/v1/TalentProfile';
import type { TalentStatus as _lethe_talents_v1_TalentStatus, TalentStatus__Output as _lethe_talents_v1_TalentStatus__Output } from '../../../lethe/talents/v1/TalentStatus';

export interface UpdateTalentRequest {
  'id'?: (string);
  'profile'?: (_lethe_talents_v1_TalentProfile | null);
  'poolIds'?: (string)[];
  'tags'?: (string)[];
  'status'?: (_lethe_talents_v1_TalentStatus);
  'recruiterId'?: (string);
  'expectedVersion'?: (number);
}

export interface UpdateTalentRequest__Output {
  'id': (string);
  'profile': (_lethe_talents_v1_TalentProfile__Output | null);
  'poolIds': (string)[];
  'tags': (string)[];
  'status': (_lethe_talents_v1_TalentStatus__Output);
  'recruiterId': (string);
  'expectedVersion': (number);
}
