// Original file: proto/lethe/talents/v1/talent_crm_service.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';

export interface FollowUpRequest {
  'id'?: (string);
  'talentId'?: (string);
  'messageId'?: (string);
  'sentAt'?: (_google_protobuf_Timestamp | null);
  'expiresAt'?: (_google_protobuf_Timestamp | null);
  'answeredAt'?: (_google_protobuf_Timestamp | null);
}

export interface FollowUpRequest__Output {
  'id': (string);
  'talentId': (string);
  'messageId': (string);
  'sentAt': (_google_protobuf_Timestamp__Output | null);
  'expiresAt': (_google_protobuf_Timestamp__Output | null);
  'answeredAt': (_google_protobuf_Timestamp__Output | null);
}
