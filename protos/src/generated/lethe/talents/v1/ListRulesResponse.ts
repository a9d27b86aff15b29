// Original file: proto/lethe/talents/v1/talent_crm_service.proto

import type { Rule as _lethe_talents_v1_Rule, Rule__Output as _lethe_talents_v1_Rule__Output } from '../../../lethe/talents/v1/Rule';

export interface ListRulesResponse {
  'rules'?: (_lethe_talents_v1_Rule)[];
}

export interface ListRulesResponse__Output {
  'rules': (_lethe_talents_v1_Rule__Output)[];
}
