// Original file: proto/lethe/talents/v1/talent_crm_service.proto

import type { Reminder as _lethe_talents_v1_Reminder, Reminder__Output as _lethe_talents_v1_Reminder__Output } from '../../../lethe/talents/v1/Reminder';
import type { PageResponse as _lethe_common_v1_PageResponse, PageResponse__Output as _lethe_common_v1_PageResponse__Output } from '../../../lethe/common/v1/PageResponse';

export interface ListRemindersResponse {
  'reminders'?: (_lethe_talents_v1_Reminder)[];
  'page'?: (_lethe_common_v1_PageResponse | null);
}

export interface ListRemindersResponse__Output {
  'reminders': (_lethe_talents_v1_Reminder__Output)[];
  'page': (_lethe_common_v1_PageResponse__Output | null);
}
