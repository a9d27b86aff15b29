// Original file: proto/lethe/talents/v1/talent_crm_service.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';

export interface CreateReminderRequest {
  'talentId'?: (string);
  'assigneeId'?: (string);
  'dueAt'?: (_google_protobuf_Timestamp | null);
  'inMonths'?: (number);
  'text'?: (string);
}

export interface CreateReminderRequest__Output {
  'talentId': (string);
  'assigneeId': (string);
  'dueAt': (_google_protobuf_Timestamp__Output | null);
  'inMonths': (number);
  'text': (string);
}
