// Original file: proto/lethe/talents/v1/talent_crm_service.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';
import type { ReminderState as _lethe_talents_v1_ReminderState, ReminderState__Output as _lethe_talents_v1_ReminderState__Output } from '../../../lethe/talents/v1/ReminderState';

export interface Reminder {
  'id'?: (string);
  'talentId'?: (string);
  'assigneeId'?: (string);
  'dueAt'?: (_google_protobuf_Timestamp | null);
  'text'?: (string);
  'state'?: (_lethe_talents_v1_ReminderState);
  'createdAt'?: (_google_protobuf_Timestamp | null);
  'createdBy'?: (string);
  'deliveredAt'?: (_google_protobuf_Timestamp | null);
}

export interface Reminder__Output {
  'id': (string);
  'talentId': (string);
  'assigneeId': (string);
  'dueAt': (_google_protobuf_Timestamp__Output | null);
  'text': (string);
  'state': (_lethe_talents_v1_ReminderState__Output);
  'createdAt': (_google_protobuf_Timestamp__Output | null);
  'createdBy': (string);
  'deliveredAt': (_google_protobuf_Timestamp__Output | null);
}
