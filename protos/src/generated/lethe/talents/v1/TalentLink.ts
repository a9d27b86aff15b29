// Original file: proto/lethe/talents/v1/talent_crm_service.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';

export interface TalentLink {
  'token'?: (string);
  'url'?: (string);
  'expiresAt'?: (_google_protobuf_Timestamp | null);
}

export interface TalentLink__Output {
  'token': (string);
  'url': (string);
  'expiresAt': (_google_protobuf_Timestamp__Output | null);
}
