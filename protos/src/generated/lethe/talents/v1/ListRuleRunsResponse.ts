// Original file: proto/lethe/talents/v1/talent_crm_service.proto

import type { RuleRun as _lethe_talents_v1_RuleRun, RuleRun__Output as _lethe_talents_v1_RuleRun__Output } from '../../../lethe/talents/v1/RuleRun';
import type { PageResponse as _lethe_common_v1_PageResponse, PageResponse__Output as _lethe_common_v1_PageResponse__Output } from '../../../lethe/common/v1/PageResponse';

export interface ListRuleRunsResponse {
  'runs'?: (_lethe_talents_v1_RuleRun)[];
  'page'?: (_lethe_common_v1_PageResponse | null);
}

export interface ListRuleRunsResponse__Output {
  'runs': (_lethe_talents_v1_RuleRun__Output)[];
  'page': (_lethe_common_v1_PageResponse__Output | null);
}
