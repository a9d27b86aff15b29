// Original file: proto/lethe/candidates/v1/recruiting_service.proto

import type { JobOrderMeaning as _lethe_candidates_v1_JobOrderMeaning, JobOrderMeaning__Output as _lethe_candidates_v1_JobOrderMeaning__Output } from '../../../lethe/candidates/v1/JobOrderMeaning';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';

export interface JobOrderAssignment {
  'id'?: (string);
  'jobOrderId'?: (string);
  'candidateId'?: (string);
  'meaning'?: (_lethe_candidates_v1_JobOrderMeaning);
  'assigned'?: (boolean);
  'changedAt'?: (_google_protobuf_Timestamp | null);
  'changedBy'?: (string);
}

export interface JobOrderAssignment__Output {
  'id': (string);
  'jobOrderId': (string);
  'candidateId': (string);
  'meaning': (_lethe_candidates_v1_JobOrderMeaning__Output);
  'assigned': (boolean);
  'changedAt': (_google_protobuf_Timestamp__Output | null);
  'changedBy': (string);
}
