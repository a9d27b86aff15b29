// Original file: proto/lethe/messaging/v1/messaging_service.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';

export interface DeliveryAttempt {
  'number'?: (number);
  'at'?: (_google_protobuf_Timestamp | null);
  'outcome'?: (string);
  'errorCode'?: (string);
}

export interface DeliveryAttempt__Output {
  'number': (number);
  'at': (_google_protobuf_Timestamp__Output | null);
  'outcome': (string);
  'errorCode': (string);
}
