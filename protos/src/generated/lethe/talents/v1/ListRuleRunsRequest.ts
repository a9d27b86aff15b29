// Original file: proto/lethe/talents/v1/talent_crm_service.proto

import type { PageRequest as _lethe_common_v1_PageRequest, PageRequest__Output as _lethe_common_v1_PageRequest__Output } from '../../../lethe/common/v1/PageRequest';

export interface ListRuleRunsRequest {
  'ruleId'?: (string);
  'talentId'?: (string);
  'page'?: (_lethe_common_v1_PageRequest | null);
  'of'?: "ruleId"|"talentId";
}

export interface ListRuleRunsRequest__Output {
  'ruleId'?: (string);
  'talentId'?: (string);
  'page': (_lethe_common_v1_PageRequest__Output | null);
  'of'?: "ruleId"|"talentId";
}
