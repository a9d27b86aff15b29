// Original file: proto/lethe/candidates/v1/recruiting_service.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';
import type { StatusChange as _lethe_candidates_v1_StatusChange, StatusChange__Output as _lethe_candidates_v1_StatusChange__Output } from '../../../lethe/candidates/v1/StatusChange';

export interface Application {
  'id'?: (string);
  'candidateId'?: (string);
  'jobId'?: (string);
  'appliedAt'?: (_google_protobuf_Timestamp | null);
  'status'?: (_lethe_candidates_v1_StatusChange | null);
  'history'?: (_lethe_candidates_v1_StatusChange)[];
}

export interface Application__Output {
  'id': (string);
  'candidateId': (string);
  'jobId': (string);
  'appliedAt': (_google_protobuf_Timestamp__Output | null);
  'status': (_lethe_candidates_v1_StatusChange__Output | null);
  'history': (_lethe_candidates_v1_StatusChange__Output)[];
}
