// Original file: proto/lethe/consent/v1/consent_service.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';

export interface IssuedLink {
  'token'?: (string);
  'url'?: (string);
  'expiresAt'?: (_google_protobuf_Timestamp | null);
}

export interface IssuedLink__Output {
  'token': (string);
  'url': (string);
  'expiresAt': (_google_protobuf_Timestamp__Output | null);
}
