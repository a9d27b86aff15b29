// Original file: proto/lethe/candidates/v1/recruiting_service.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';

export interface ClientRequest {
  'id'?: (string);
  'clientId'?: (string);
  'contactPersonId'?: (string);
  'title'?: (string);
  'createdAt'?: (_google_protobuf_Timestamp | null);
  'createdBy'?: (string);
}

export interface ClientRequest__Output {
  'id': (string);
  'clientId': (string);
  'contactPersonId': (string);
  'title': (string);
  'createdAt': (_google_protobuf_Timestamp__Output | null);
  'createdBy': (string);
}
