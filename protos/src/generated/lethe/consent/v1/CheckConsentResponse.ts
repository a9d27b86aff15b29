// Original file: proto/lethe/consent/v1/consent_service.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';

export interface CheckConsentResponse {
  'granted'?: (boolean);
  'consentId'?: (string);
  'validUntil'?: (_google_protobuf_Timestamp | null);
  'consentRequired'?: (boolean);
}

export interface CheckConsentResponse__Output {
  'granted': (boolean);
  'consentId': (string);
  'validUntil': (_google_protobuf_Timestamp__Output | null);
  'consentRequired': (boolean);
}
