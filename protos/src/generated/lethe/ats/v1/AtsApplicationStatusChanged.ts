// Original file: proto/lethe/ats/v1/ats_events.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';
import type { Long } from '@grpc/proto-loader';

export interface AtsApplicationStatusChanged {
  'atsCandidateId'?: (string);
  'atsApplicationId'?: (string);
  'atsJobId'?: (string);
  'status'?: (string);
  'final'?: (boolean);
  'version'?: (number | string | Long);
  'changedAt'?: (_google_protobuf_Timestamp | null);
}

export interface AtsApplicationStatusChanged__Output {
  'atsCandidateId': (string);
  'atsApplicationId': (string);
  'atsJobId': (string);
  'status': (string);
  'final': (boolean);
  'version': (string);
  'changedAt': (_google_protobuf_Timestamp__Output | null);
}
