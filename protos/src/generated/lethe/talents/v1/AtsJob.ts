// Original file: proto/lethe/talents/v1/talent_crm_service.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';

export interface AtsJob {
  'id'?: (string);
  'atsJobId'?: (string);
  'title'?: (string);
  'location'?: (string);
  'department'?: (string);
  'open'?: (boolean);
  'openedAt'?: (_google_protobuf_Timestamp | null);
  'closedAt'?: (_google_protobuf_Timestamp | null);
}

export interface AtsJob__Output {
  'id': (string);
  'atsJobId': (string);
  'title': (string);
  'location': (string);
  'department': (string);
  'open': (boolean);
  'openedAt': (_google_protobuf_Timestamp__Output | null);
  'closedAt': (_google_protobuf_Timestamp__Output | null);
}
