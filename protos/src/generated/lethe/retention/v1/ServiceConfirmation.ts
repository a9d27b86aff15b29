// Original file: proto/lethe/retention/v1/retention_service.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';
import type { RetainedData as _lethe_retention_v1_RetainedData, RetainedData__Output as _lethe_retention_v1_RetainedData__Output } from '../../../lethe/retention/v1/RetainedData';

export interface ServiceConfirmation {
  'service'?: (string);
  'state'?: (string);
  'at'?: (_google_protobuf_Timestamp | null);
  'counts'?: ({[key: string]: number});
  'failureReason'?: (string);
  'retained'?: (_lethe_retention_v1_RetainedData | null);
}

export interface ServiceConfirmation__Output {
  'service': (string);
  'state': (string);
  'at': (_google_protobuf_Timestamp__Output | null);
  'counts': ({[key: string]: number});
  'failureReason': (string);
  'retained': (_lethe_retention_v1_RetainedData__Output | null);
}
