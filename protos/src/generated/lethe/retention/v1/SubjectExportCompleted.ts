// Original file: proto/lethe/retention/v1/retention_events.proto

import type { RequestedBy as _lethe_retention_v1_RequestedBy, RequestedBy__Output as _lethe_retention_v1_RequestedBy__Output } from '../../../lethe/retention/v1/RequestedBy';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';

export interface SubjectExportCompleted {
  'exportId'?: (string);
  'subjectId'?: (string);
  'requestedBy'?: (_lethe_retention_v1_RequestedBy);
  'actorId'?: (string);
  'completedAt'?: (_google_protobuf_Timestamp | null);
  'expiresAt'?: (_google_protobuf_Timestamp | null);
}

export interface SubjectExportCompleted__Output {
  'exportId': (string);
  'subjectId': (string);
  'requestedBy': (_lethe_retention_v1_RequestedBy__Output);
  'actorId': (string);
  'completedAt': (_google_protobuf_Timestamp__Output | null);
  'expiresAt': (_google_protobuf_Timestamp__Output | null);
}
