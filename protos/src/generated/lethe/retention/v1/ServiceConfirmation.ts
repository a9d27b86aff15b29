// Original file: proto/lethe/retention/v1/retention_service.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';

export interface ServiceConfirmation {
  'service'?: (string);
  'state'?: (string);
  'at'?: (_google_protobuf_Timestamp | null);
  'counts'?: ({[key: string]: number});
  'failureReason'?: (string);
}

export interface ServiceConfirmation__Output {
  'service': (string);
  'state': (string);
  'at': (_google_protobuf_Timestamp__Output | null);
  'counts': ({[key: string]: number});
  'failureReason': (string);
}
