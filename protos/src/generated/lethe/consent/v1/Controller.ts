// Original file: proto/lethe/consent/v1/consent_service.proto

import type { PostalAddress as _lethe_consent_v1_PostalAddress, PostalAddress__Output as _lethe_consent_v1_PostalAddress__Output } from '../../../lethe/consent/v1/PostalAddress';
import type { DataProtectionContact as _lethe_consent_v1_DataProtectionContact, DataProtectionContact__Output as _lethe_consent_v1_DataProtectionContact__Output } from '../../../lethe/consent/v1/DataProtectionContact';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';

export interface Controller {
  'companyName'?: (string);
  'address'?: (_lethe_consent_v1_PostalAddress | null);
  'privacyPolicyUrls'?: ({[key: string]: string});
  'dataProtectionContact'?: (_lethe_consent_v1_DataProtectionContact | null);
  'logo'?: (Buffer | Uint8Array | string);
  'brandColour'?: (string);
  'defaultLanguage'?: (string);
  'version'?: (number);
  'updatedAt'?: (_google_protobuf_Timestamp | null);
  'updatedBy'?: (string);
}

export interface Controller__Output {
  'companyName': (string);
  'address': (_lethe_consent_v1_PostalAddress__Output | null);
  'privacyPolicyUrls': ({[key: string]: string});
  'dataProtectionContact': (_lethe_consent_v1_DataProtectionContact__Output | null);
  'logo': (Buffer);
  'brandColour': (string);
  'defaultLanguage': (string);
  'version': (number);
  'updatedAt': (_google_protobuf_Timestamp__Output | null);
  'updatedBy': (string);
}
