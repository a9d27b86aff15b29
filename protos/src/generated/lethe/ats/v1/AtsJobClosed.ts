// Original file: proto/lethe/ats/v1/ats_events.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';
import type { Long } from '@grpc/proto-loader';

export interface AtsJobClosed {
  'atsJobId'?: (string);
  'version'?: (number | string | Long);
  'closedAt'?: (_google_protobuf_Timestamp | null);
}

export interface AtsJobClosed__Output {
  'atsJobId': (string);
  'version': (string);
  'closedAt': (_google_protobuf_Timestamp__Output | null);
}
