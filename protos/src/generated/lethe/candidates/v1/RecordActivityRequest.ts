// Original file: proto/lethe/candidates/v1/candidates_service.proto

import type { ActivityKind as _lethe_candidates_v1_ActivityKind, ActivityKind__Output as _lethe_candidates_v1_ActivityKind__Output } from '../../../lethe/candidates/v1/ActivityKind';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';

export interface RecordActivityRequest {
  'candidateId'?: (string);
  'kind'?: (_lethe_candidates_v1_ActivityKind);
  'occurredAt'?: (_google_protobuf_Timestamp | null);
}

export interface RecordActivityRequest__Output {
  'candidateId': (string);
  'kind': (_lethe_candidates_v1_ActivityKind__Output);
  'occurredAt': (_google_protobuf_Timestamp__Output | null);
}
