// Original file: proto/lethe/consent/v1/consent_service.proto

import type { DataSharingPolicy as _lethe_consent_v1_DataSharingPolicy, DataSharingPolicy__Output as _lethe_consent_v1_DataSharingPolicy__Output } from '../../../lethe/consent/v1/DataSharingPolicy';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';

export interface ConsentSettings {
  'dataSharingPolicy'?: (_lethe_consent_v1_DataSharingPolicy);
  'showAttachments'?: (boolean);
  'showConsentHint'?: (boolean);
  'linkValidityDays'?: (number);
  'version'?: (number);
  'updatedAt'?: (_google_protobuf_Timestamp | null);
  'updatedBy'?: (string);
}

export interface ConsentSettings__Output {
  'dataSharingPolicy': (_lethe_consent_v1_DataSharingPolicy__Output);
  'showAttachments': (boolean);
  'showConsentHint': (boolean);
  'linkValidityDays': (number);
  'version': (number);
  'updatedAt': (_google_protobuf_Timestamp__Output | null);
  'updatedBy': (string);
}
