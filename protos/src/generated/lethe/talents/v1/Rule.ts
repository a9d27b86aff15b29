// Original file: proto/lethe/talents/v1/talent_crm_service.proto

import type { RuleTrigger as _lethe_talents_v1_RuleTrigger, RuleTrigger__Output as _lethe_talents_v1_RuleTrigger__Output } from '../../../lethe/talents/v1/RuleTrigger';
import type { RuleFilter as _lethe_talents_v1_RuleFilter, RuleFilter__Output as _lethe_talents_v1_RuleFilter__Output } from '../../../lethe/talents/v1/RuleFilter';
import type { RuleAction as _lethe_talents_v1_RuleAction, RuleAction__Output as _lethe_talents_v1_RuleAction__Output } from '../../../lethe/talents/v1/RuleAction';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';

export interface Rule {
  'id'?: (string);
  'name'?: (string);
  'trigger'?: (_lethe_talents_v1_RuleTrigger);
  'triggerValue'?: (string);
  'filter'?: (_lethe_talents_v1_RuleFilter | null);
  'actions'?: (_lethe_talents_v1_RuleAction)[];
  'enabled'?: (boolean);
  'version'?: (number);
  'updatedAt'?: (_google_protobuf_Timestamp | null);
  'updatedBy'?: (string);
}

export interface Rule__Output {
  'id': (string);
  'name': (string);
  'trigger': (_lethe_talents_v1_RuleTrigger__Output);
  'triggerValue': (string);
  'filter': (_lethe_talents_v1_RuleFilter__Output | null);
  'actions': (_lethe_talents_v1_RuleAction__Output)[];
  'enabled': (boolean);
  'version': (number);
  'updatedAt': (_google_protobuf_Timestamp__Output | null);
  'updatedBy': (string);
}
