// Original file: proto/lethe/retention/v1/retention_events.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';

export interface SubjectRestored {
  'subjectId'?: (string);
  'restoredAt'?: (_google_protobuf_Timestamp | null);
  'restoredBy'?: (string);
}

export interface SubjectRestored__Output {
  'subjectId': (string);
  'restoredAt': (_google_protobuf_Timestamp__Output | null);
  'restoredBy': (string);
}
