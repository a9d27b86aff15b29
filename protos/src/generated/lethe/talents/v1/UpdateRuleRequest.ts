// Original file: proto/lethe/talents/v1/talent_crm_service.proto

import type { Rule as _lethe_talents_v1_Rule, Rule__Output as _lethe_talents_v1_Rule__Output } from '../../../lethe/talents/v1/Rule';

export interface UpdateRuleRequest {
  'rule'?: (_lethe_talents_v1_Rule | null);
  'expectedVersion'?: (number);
}

export interface UpdateRuleRequest__Output {
  'rule': (_lethe_talents_v1_Rule__Output | null);
  'expectedVersion': (number);
}
