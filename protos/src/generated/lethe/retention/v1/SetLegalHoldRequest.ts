// Original file: proto/lethe/retention/v1/retention_service.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';

export interface SetLegalHoldRequest {
  'subjectId'?: (string);
  'reason'?: (string);
  'until'?: (_google_protobuf_Timestamp | null);
}

export interface SetLegalHoldRequest__Output {
  'subjectId': (string);
  'reason': (string);
  'until': (_google_protobuf_Timestamp__Output | null);
}
