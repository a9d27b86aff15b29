// Original file: proto/lethe/retention/v1/retention_service.proto

import type { ErasureMode as _lethe_erasure_v1_ErasureMode, ErasureMode__Output as _lethe_erasure_v1_ErasureMode__Output } from '../../../lethe/erasure/v1/ErasureMode';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';

export interface ScheduledStep {
  'mode'?: (_lethe_erasure_v1_ErasureMode);
  'dueAt'?: (_google_protobuf_Timestamp | null);
  'rule'?: (string);
}

export interface ScheduledStep__Output {
  'mode': (_lethe_erasure_v1_ErasureMode__Output);
  'dueAt': (_google_protobuf_Timestamp__Output | null);
  'rule': (string);
}
