// Original file: proto/lethe/talents/v1/talent_crm_service.proto

import type { TalentSource as _lethe_talents_v1_TalentSource, TalentSource__Output as _lethe_talents_v1_TalentSource__Output } from '../../../lethe/talents/v1/TalentSource';
import type { TalentStatus as _lethe_talents_v1_TalentStatus, TalentStatus__Output as _lethe_talents_v1_TalentStatus__Output } from '../../../lethe/talents/v1/TalentStatus';

export interface RuleFilter {
  'tags'?: (string)[];
  'sources'?: (_lethe_talents_v1_TalentSource)[];
  'poolIds'?: (string)[];
  'statuses'?: (_lethe_talents_v1_TalentStatus)[];
  'sourceInfo'?: (string);
}

export interface RuleFilter__Output {
  'tags': (string)[];
  'sources': (_lethe_talents_v1_TalentSource__Output)[];
  'poolIds': (string)[];
  'statuses': (_lethe_talents_v1_TalentStatus__Output)[];
  'sourceInfo': (string);
}
