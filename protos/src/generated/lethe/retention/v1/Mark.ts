// Original file: proto/lethe/retention/v1/retention_service.proto

import type { ErasureMode as _lethe_erasure_v1_ErasureMode, ErasureMode__Output as _lethe_erasure_v1_ErasureMode__Output } from '../../../lethe/erasure/v1/ErasureMode';
import type { MarkState as _lethe_retention_v1_MarkState, MarkState__Output as _lethe_retention_v1_MarkState__Output } from '../../../lethe/retention/v1/MarkState';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';

export interface Mark {
  'subjectId'?: (string);
  'mode'?: (_lethe_erasure_v1_ErasureMode);
  'state'?: (_lethe_retention_v1_MarkState);
  'markedAt'?: (_google_protobuf_Timestamp | null);
  'markedBy'?: (string);
  'earliestDeletionAt'?: (_google_protobuf_Timestamp | null);
  'waitRule'?: (string);
}

export interface Mark__Output {
  'subjectId': (string);
  'mode': (_lethe_erasure_v1_ErasureMode__Output);
  'state': (_lethe_retention_v1_MarkState__Output);
  'markedAt': (_google_protobuf_Timestamp__Output | null);
  'markedBy': (string);
  'earliestDeletionAt': (_google_protobuf_Timestamp__Output | null);
  'waitRule': (string);
}
