// Original file: proto/lethe/talents/v1/talent_crm_service.proto

import type { TalentNote as _lethe_talents_v1_TalentNote, TalentNote__Output as _lethe_talents_v1_TalentNote__Output } from '../../../lethe/talents/v1/TalentNote';
import type { PageResponse as _lethe_common_v1_PageResponse, PageResponse__Output as _lethe_common_v1_PageResponse__Output } from '../../../lethe/common/v1/PageResponse';

export interface ListTalentNotesResponse {
  'notes'?: (_lethe_talents_v1_TalentNote)[];
  'page'?: (_lethe_common_v1_PageResponse | null);
}

export interface ListTalentNotesResponse__Output {
  'notes': (_lethe_talents_v1_TalentNote__Output)[];
  'page': (_lethe_common_v1_PageResponse__Output | null);
}
