// Original file: proto/lethe/candidates/v1/candidates_service.proto

import type { ActivityKind as _lethe_candidates_v1_ActivityKind, ActivityKind__Output as _lethe_candidates_v1_ActivityKind__Output } from '../../../lethe/candidates/v1/ActivityKind';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';

export interface Activity {
  'id'?: (string);
  'candidateId'?: (string);
  'kind'?: (_lethe_candidates_v1_ActivityKind);
  'actorId'?: (string);
  'occurredAt'?: (_google_protobuf_Timestamp | null);
  'restartsRetentionClock'?: (boolean);
  'refs'?: ({[key: string]: string});
}

export interface Activity__Output {
  'id': (string);
  'candidateId': (string);
  'kind': (_lethe_candidates_v1_ActivityKind__Output);
  'actorId': (string);
  'occurredAt': (_google_protobuf_Timestamp__Output | null);
  'restartsRetentionClock': (boolean);
  'refs': ({[key: string]: string});
}
