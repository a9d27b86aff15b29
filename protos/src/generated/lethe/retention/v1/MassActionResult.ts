// Original file: proto/lethe/retention/v1/retention_service.proto

import type { MassActionRunState as _lethe_retention_v1_MassActionRunState, MassActionRunState__Output as _lethe_retention_v1_MassActionRunState__Output } from '../../../lethe/retention/v1/MassActionRunState';
import type { SkippedSubject as _lethe_retention_v1_SkippedSubject, SkippedSubject__Output as _lethe_retention_v1_SkippedSubject__Output } from '../../../lethe/retention/v1/SkippedSubject';
import type { MassAction as _lethe_retention_v1_MassAction, MassAction__Output as _lethe_retention_v1_MassAction__Output } from '../../../lethe/retention/v1/MassAction';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';

export interface MassActionResult {
  'matched'?: (number);
  'affected'?: (number);
  'subjectIds'?: (string)[];
  'runId'?: (string);
  'state'?: (_lethe_retention_v1_MassActionRunState);
  'processed'?: (number);
  'skipped'?: (number);
  'skippedSubjects'?: (_lethe_retention_v1_SkippedSubject)[];
  'action'?: (_lethe_retention_v1_MassAction);
  'startedAt'?: (_google_protobuf_Timestamp | null);
  'finishedAt'?: (_google_protobuf_Timestamp | null);
}

export interface MassActionResult__Output {
  'matched': (number);
  'affected': (number);
  'subjectIds': (string)[];
  'runId': (string);
  'state': (_lethe_retention_v1_MassActionRunState__Output);
  'processed': (number);
  'skipped': (number);
  'skippedSubjects': (_lethe_retention_v1_SkippedSubject__Output)[];
  'action': (_lethe_retention_v1_MassAction__Output);
  'startedAt': (_google_protobuf_Timestamp__Output | null);
  'finishedAt': (_google_protobuf_Timestamp__Output | null);
}
