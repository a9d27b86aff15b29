// Original file: proto/lethe/candidates/v1/candidates_events.proto

import type { JobOrderMeaning as _lethe_candidates_v1_JobOrderMeaning, JobOrderMeaning__Output as _lethe_candidates_v1_JobOrderMeaning__Output } from '../../../lethe/candidates/v1/JobOrderMeaning';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';

export interface JobOrderAssignmentChanged {
  'jobOrderId'?: (string);
  'candidateId'?: (string);
  'assigned'?: (boolean);
  'meaning'?: (_lethe_candidates_v1_JobOrderMeaning);
  'changedAt'?: (_google_protobuf_Timestamp | null);
  'changedBy'?: (string);
}

export interface JobOrderAssignmentChanged__Output {
  'jobOrderId': (string);
  'candidateId': (string);
  'assigned': (boolean);
  'meaning': (_lethe_candidates_v1_JobOrderMeaning__Output);
  'changedAt': (_google_protobuf_Timestamp__Output | null);
  'changedBy': (string);
}
