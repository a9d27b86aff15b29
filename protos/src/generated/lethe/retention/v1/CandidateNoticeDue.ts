// Original file: proto/lethe/retention/v1/retention_events.proto

import type { ScheduledAction as _lethe_retention_v1_ScheduledAction, ScheduledAction__Output as _lethe_retention_v1_ScheduledAction__Output } from '../../../lethe/retention/v1/ScheduledAction';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';

export interface CandidateNoticeDue {
  'noticeId'?: (string);
  'subjectId'?: (string);
  'action'?: (_lethe_retention_v1_ScheduledAction);
  'actionDueAt'?: (_google_protobuf_Timestamp | null);
  'storageConsentMonths'?: (number);
}

export interface CandidateNoticeDue__Output {
  'noticeId': (string);
  'subjectId': (string);
  'action': (_lethe_retention_v1_ScheduledAction__Output);
  'actionDueAt': (_google_protobuf_Timestamp__Output | null);
  'storageConsentMonths': (number);
}
