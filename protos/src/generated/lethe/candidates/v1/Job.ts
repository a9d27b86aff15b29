// Original file: proto/lethe/candidates/v1/recruiting_service.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';

export interface Job {
  'id'?: (string);
  'title'?: (string);
  'location'?: (string);
  'clientId'?: (string);
  'createdAt'?: (_google_protobuf_Timestamp | null);
  'createdBy'?: (string);
}

export interface Job__Output {
  'id': (string);
  'title': (string);
  'location': (string);
  'clientId': (string);
  'createdAt': (_google_protobuf_Timestamp__Output | null);
  'createdBy': (string);
}
