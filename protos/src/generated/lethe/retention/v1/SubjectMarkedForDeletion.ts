// Original file: proto/lethe/retention/v1/retention_events.proto

import type { ErasureMode as _lethe_erasure_v1_ErasureMode, ErasureMode__Output as _lethe_erasure_v1_ErasureMode__Output } from '../../../lethe/erasure/v1/ErasureMode';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';

export interface SubjectMarkedForDeletion {
  'subjectId'?: (string);
  'mode'?: (_lethe_erasure_v1_ErasureMode);
  'markedAt'?: (_google_protobuf_Timestamp | null);
  'markedBy'?: (string);
  'earliestDeletionAt'?: (_google_protobuf_Timestamp | null);
}

export interface SubjectMarkedForDeletion__Output {
  'subjectId': (string);
  'mode': (_lethe_erasure_v1_ErasureMode__Output);
  'markedAt': (_google_protobuf_Timestamp__Output | null);
  'markedBy': (string);
  'earliestDeletionAt': (_google_protobuf_Timestamp__Output | null);
}
