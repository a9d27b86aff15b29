// Original file: proto/lethe/talents/v1/talent_crm_service.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';

export interface TalentNote {
  'id'?: (string);
  'talentId'?: (string);
  'text'?: (string);
  'createdAt'?: (_google_protobuf_Timestamp | null);
  'createdBy'?: (string);
}

export interface TalentNote__Output {
  'id': (string);
  'talentId': (string);
  'text': (string);
  'createdAt': (_google_protobuf_Timestamp__Output | null);
  'createdBy': (string);
}
