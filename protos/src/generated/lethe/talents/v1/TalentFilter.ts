// Original file: proto/lethe/talents/v1/talent_crm_service.proto

import type { TalentStatus as _lethe_talents_v1_TalentStatus, TalentStatus__Output as _lethe_talents_v1_TalentStatus__Output } from '../../../lethe/talents/v1/TalentStatus';
import type { TalentSource as _lethe_talents_v1_TalentSource, TalentSource__Output as _lethe_talents_v1_TalentSource__Output } from '../../../lethe/talents/v1/TalentSource';

export interface TalentFilter {
  'poolId'?: (string);
  'tag'?: (string);
  'status'?: (_lethe_talents_v1_TalentStatus);
  'source'?: (_lethe_talents_v1_TalentSource);
  'recruiterId'?: (string);
  'email'?: (string);
}

export interface TalentFilter__Output {
  'poolId': (string);
  'tag': (string);
  'status': (_lethe_talents_v1_TalentStatus__Output);
  'source': (_lethe_talents_v1_TalentSource__Output);
  'recruiterId': (string);
  'email': (string);
}
