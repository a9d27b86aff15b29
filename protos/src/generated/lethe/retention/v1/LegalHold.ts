// Original file: proto/lethe/retention/v1/retention_service.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';

export interface LegalHold {
  'subjectId'?: (string);
  'reason'?: (string);
  'until'?: (_google_protobuf_Timestamp | null);
  'setAt'?: (_google_protobuf_Timestamp | null);
  'setBy'?: (string);
  'active'?: (boolean);
  'endedAt'?: (_google_protobuf_Timestamp | null);
  'liftedBy'?: (string);
}

export interface LegalHold__Output {
  'subjectId': (string);
  'reason': (string);
  'until': (_google_protobuf_Timestamp__Output | null);
  'setAt': (_google_protobuf_Timestamp__Output | null);
  'setBy': (string);
  'active': (boolean);
  'endedAt': (_google_protobuf_Timestamp__Output | null);
  'liftedBy': (string);
}
