// Original file: proto/lethe/talents/v1/talents_events.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';

export interface TalentSourceDeleted {
  'talentId'?: (string);
  'deletedAt'?: (_google_protobuf_Timestamp | null);
}

export interface TalentSourceDeleted__Output {
  'talentId': (string);
  'deletedAt': (_google_protobuf_Timestamp__Output | null);
}
