// Original file: proto/lethe/ats/v1/ats_events.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';
import type { Long } from '@grpc/proto-loader';

export interface AtsJobOpened {
  'atsJobId'?: (string);
  'title'?: (string);
  'location'?: (string);
  'department'?: (string);
  'version'?: (number | string | Long);
  'openedAt'?: (_google_protobuf_Timestamp | null);
}

export interface AtsJobOpened__Output {
  'atsJobId': (string);
  'title': (string);
  'location': (string);
  'department': (string);
  'version': (string);
  'openedAt': (_google_protobuf_Timestamp__Output | null);
}
