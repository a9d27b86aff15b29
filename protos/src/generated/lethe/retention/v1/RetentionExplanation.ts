// Original file: proto/lethe/retention/v1/retention_service.proto

import type { ClockAnchor as _lethe_retention_v1_ClockAnchor, ClockAnchor__Output as _lethe_retention_v1_ClockAnchor__Output } from '../../../lethe/retention/v1/ClockAnchor';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';
import type { ScheduledStep as _lethe_retention_v1_ScheduledStep, ScheduledStep__Output as _lethe_retention_v1_ScheduledStep__Output } from '../../../lethe/retention/v1/ScheduledStep';
import type { LegalHold as _lethe_retention_v1_LegalHold, LegalHold__Output as _lethe_retention_v1_LegalHold__Output } from '../../../lethe/retention/v1/LegalHold';

export interface RetentionExplanation {
  'subjectId'?: (string);
  'anchor'?: (_lethe_retention_v1_ClockAnchor);
  'anchorAt'?: (_google_protobuf_Timestamp | null);
  'anchorEventId'?: (string);
  'onHold'?: (boolean);
  'holds'?: (string)[];
  'steps'?: (_lethe_retention_v1_ScheduledStep)[];
  'policyVersion'?: (number);
  'candidateNoticeAt'?: (_google_protobuf_Timestamp | null);
  'legalHold'?: (_lethe_retention_v1_LegalHold | null);
}

export interface RetentionExplanation__Output {
  'subjectId': (string);
  'anchor': (_lethe_retention_v1_ClockAnchor__Output);
  'anchorAt': (_google_protobuf_Timestamp__Output | null);
  'anchorEventId': (string);
  'onHold': (boolean);
  'holds': (string)[];
  'steps': (_lethe_retention_v1_ScheduledStep__Output)[];
  'policyVersion': (number);
  'candidateNoticeAt': (_google_protobuf_Timestamp__Output | null);
  'legalHold': (_lethe_retention_v1_LegalHold__Output | null);
}
