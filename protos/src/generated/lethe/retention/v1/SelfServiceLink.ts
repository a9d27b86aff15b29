// Original file: proto/lethe/retention/v1/retention_service.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';

export interface SelfServiceLink {
  'token'?: (string);
  'expiresAt'?: (_google_protobuf_Timestamp | null);
  'url'?: (string);
}

export interface SelfServiceLink__Output {
  'token': (string);
  'expiresAt': (_google_protobuf_Timestamp__Output | null);
  'url': (string);
}
