// Original file: proto/lethe/profiles/v1/profile_rendering_service.proto

import type { AnonymousLabelStyle as _lethe_profiles_v1_AnonymousLabelStyle, AnonymousLabelStyle__Output as _lethe_profiles_v1_AnonymousLabelStyle__Output } from '../../../lethe/profiles/v1/AnonymousLabelStyle';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';

export interface ProfileSettings {
  'companyName'?: (string);
  'primaryColor'?: (string);
  'logo'?: (Buffer | Uint8Array | string);
  'anonymousLabelStyle'?: (_lethe_profiles_v1_AnonymousLabelStyle);
  'linkValidityDays'?: (number);
  'version'?: (number);
  'updatedAt'?: (_google_protobuf_Timestamp | null);
  'updatedBy'?: (string);
  'attachmentsAllowed'?: (boolean);
}

export interface ProfileSettings__Output {
  'companyName': (string);
  'primaryColor': (string);
  'logo': (Buffer);
  'anonymousLabelStyle': (_lethe_profiles_v1_AnonymousLabelStyle__Output);
  'linkValidityDays': (number);
  'version': (number);
  'updatedAt': (_google_protobuf_Timestamp__Output | null);
  'updatedBy': (string);
  'attachmentsAllowed': (boolean);
}
