// Original file: proto/lethe/talents/v1/talent_crm_service.proto

import type { PageRequest as _lethe_common_v1_PageRequest, PageRequest__Output as _lethe_common_v1_PageRequest__Output } from '../../../lethe/common/v1/PageRequest';

export interface ListTalentNotesRequest {
  'talentId'?: (string);
  'page'?: (_lethe_common_v1_PageRequest | null);
}

export interface ListTalentNotesRequest__Output {
  'talentId': (string);
  'page': (_lethe_common_v1_PageRequest__Output | null);
}
