// Original file: proto/lethe/retention/v1/retention_service.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';
import type { ErasureMode as _lethe_erasure_v1_ErasureMode, ErasureMode__Output as _lethe_erasure_v1_ErasureMode__Output } from '../../../lethe/erasure/v1/ErasureMode';
import type { ErasureReason as _lethe_erasure_v1_ErasureReason, ErasureReason__Output as _lethe_erasure_v1_ErasureReason__Output } from '../../../lethe/erasure/v1/ErasureReason';
import type { RetainedData as _lethe_retention_v1_RetainedData, RetainedData__Output as _lethe_retention_v1_RetainedData__Output } from '../../../lethe/retention/v1/RetainedData';

export interface DeletionLogEntry {
  'erasureId'?: (string);
  'subjectId'?: (string);
  'subjectCreatedAt'?: (_google_protobuf_Timestamp | null);
  'subjectCreatedBy'?: (string);
  'markedAt'?: (_google_protobuf_Timestamp | null);
  'markedBy'?: (string);
  'trigger'?: (string);
  'mode'?: (_lethe_erasure_v1_ErasureMode);
  'reason'?: (_lethe_erasure_v1_ErasureReason);
  'executedAt'?: (_google_protobuf_Timestamp | null);
  'confirmedBy'?: (string)[];
  'retained'?: (_lethe_retention_v1_RetainedData)[];
  'heldUntil'?: (_google_protobuf_Timestamp | null);
}

export interface DeletionLogEntry__Output {
  'erasureId': (string);
  'subjectId': (string);
  'subjectCreatedAt': (_google_protobuf_Timestamp__Output | null);
  'subjectCreatedBy': (string);
  'markedAt': (_google_protobuf_Timestamp__Output | null);
  'markedBy': (string);
  'trigger': (string);
  'mode': (_lethe_erasure_v1_ErasureMode__Output);
  'reason': (_lethe_erasure_v1_ErasureReason__Output);
  'executedAt': (_google_protobuf_Timestamp__Output | null);
  'confirmedBy': (string)[];
  'retained': (_lethe_retention_v1_RetainedData__Output)[];
  'heldUntil': (_google_protobuf_Timestamp__Output | null);
}
