// Original file: proto/lethe/ats/v1/ats_events.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';

export interface AtsPersonErased {
  'atsCandidateId'?: (string);
  'talentId'?: (string);
  'erasedAt'?: (_google_protobuf_Timestamp | null);
}

export interface AtsPersonErased__Output {
  'atsCandidateId': (string);
  'talentId': (string);
  'erasedAt': (_google_protobuf_Timestamp__Output | null);
}
