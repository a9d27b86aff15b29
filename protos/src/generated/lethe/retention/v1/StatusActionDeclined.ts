// Original file: proto/lethe/retention/v1/retention_events.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';

export interface StatusActionDeclined {
  'subjectId'?: (string);
  'actionId'?: (string);
  'reason'?: (string);
  'declinedAt'?: (_google_protobuf_Timestamp | null);
}

export interface StatusActionDeclined__Output {
  'subjectId': (string);
  'actionId': (string);
  'reason': (string);
  'declinedAt': (_google_protobuf_Timestamp__Output | null);
}
