// Original file: proto/lethe/talents/v1/talent_crm_service.proto

import type { RuleTrigger as _lethe_talents_v1_RuleTrigger, RuleTrigger__Output as _lethe_talents_v1_RuleTrigger__Output } from '../../../lethe/talents/v1/RuleTrigger';
import type { RuleRunOutcome as _lethe_talents_v1_RuleRunOutcome, RuleRunOutcome__Output as _lethe_talents_v1_RuleRunOutcome__Output } from '../../../lethe/talents/v1/RuleRunOutcome';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';

export interface RuleRun {
  'id'?: (string);
  'ruleId'?: (string);
  'talentId'?: (string);
  'trigger'?: (_lethe_talents_v1_RuleTrigger);
  'triggerEventId'?: (string);
  'outcome'?: (_lethe_talents_v1_RuleRunOutcome);
  'effects'?: (string)[];
  'reason'?: (string);
  'ranAt'?: (_google_protobuf_Timestamp | null);
}

export interface RuleRun__Output {
  'id': (string);
  'ruleId': (string);
  'talentId': (string);
  'trigger': (_lethe_talents_v1_RuleTrigger__Output);
  'triggerEventId': (string);
  'outcome': (_lethe_talents_v1_RuleRunOutcome__Output);
  'effects': (string)[];
  'reason': (string);
  'ranAt': (_google_protobuf_Timestamp__Output | null);
}
