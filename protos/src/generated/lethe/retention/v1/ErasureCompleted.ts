// Original file: proto/lethe/retention/v1/retention_events.proto

import type { ErasureMode as _lethe_erasure_v1_ErasureMode, ErasureMode__Output as _lethe_erasure_v1_ErasureMode__Output } from '../../../lethe/erasure/v1/ErasureMode';
import type { ErasureReason as _lethe_erasure_v1_ErasureReason, ErasureReason__Output as _lethe_erasure_v1_ErasureReason__Output } from '../../../lethe/erasure/v1/ErasureReason';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';

export interface ErasureCompleted {
  'erasureId'?: (string);
  'commandId'?: (string);
  'subjectId'?: (string);
  'mode'?: (_lethe_erasure_v1_ErasureMode);
  'reason'?: (_lethe_erasure_v1_ErasureReason);
  'completedAt'?: (_google_protobuf_Timestamp | null);
}

export interface ErasureCompleted__Output {
  'erasureId': (string);
  'commandId': (string);
  'subjectId': (string);
  'mode': (_lethe_erasure_v1_ErasureMode__Output);
  'reason': (_lethe_erasure_v1_ErasureReason__Output);
  'completedAt': (_google_protobuf_Timestamp__Output | null);
}
