// Original file: proto/lethe/talents/v1/talent_crm_service.proto

import type { RuleActionKind as _lethe_talents_v1_RuleActionKind, RuleActionKind__Output as _lethe_talents_v1_RuleActionKind__Output } from '../../../lethe/talents/v1/RuleActionKind';

export interface RuleAction {
  'kind'?: (_lethe_talents_v1_RuleActionKind);
  'value'?: (string);
}

export interface RuleAction__Output {
  'kind': (_lethe_talents_v1_RuleActionKind__Output);
  'value': (string);
}
