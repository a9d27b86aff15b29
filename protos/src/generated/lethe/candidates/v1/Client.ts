// Original file: proto/lethe/candidates/v1/recruiting_service.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';

export interface Client {
  'id'?: (string);
  'name'?: (string);
  'createdAt'?: (_google_protobuf_Timestamp | null);
  'createdBy'?: (string);
}

export interface Client__Output {
  'id': (string);
  'name': (string);
  'createdAt': (_google_protobuf_Timestamp__Output | null);
  'createdBy': (string);
}
