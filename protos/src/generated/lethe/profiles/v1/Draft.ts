// Original file: proto/lethe/profiles/v1/profile_rendering_service.proto

import type { ProfileKind as _lethe_profiles_v1_ProfileKind, ProfileKind__Output as _lethe_profiles_v1_ProfileKind__Output } from '../../../lethe/profiles/v1/ProfileKind';
import type { ProfileSection as _lethe_profiles_v1_ProfileSection, ProfileSection__Output as _lethe_profiles_v1_ProfileSection__Output } from '../../../lethe/profiles/v1/ProfileSection';
import type { ProfileFact as _lethe_profiles_v1_ProfileFact, ProfileFact__Output as _lethe_profiles_v1_ProfileFact__Output } from '../../../lethe/profiles/v1/ProfileFact';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';

export interface Draft {
  'id'?: (string);
  'candidateId'?: (string);
  'clientRequestId'?: (string);
  'clientId'?: (string);
  'kind'?: (_lethe_profiles_v1_ProfileKind);
  'language'?: (string);
  'candidateLabel'?: (string);
  'sections'?: (_lethe_profiles_v1_ProfileSection)[];
  'facts'?: (_lethe_profiles_v1_ProfileFact)[];
  'attachmentFileIds'?: (string)[];
  'version'?: (number);
  'createdAt'?: (_google_protobuf_Timestamp | null);
  'createdBy'?: (string);
  'updatedAt'?: (_google_protobuf_Timestamp | null);
  'redactions'?: (number);
}

export interface Draft__Output {
  'id': (string);
  'candidateId': (string);
  'clientRequestId': (string);
  'clientId': (string);
  'kind': (_lethe_profiles_v1_ProfileKind__Output);
  'language': (string);
  'candidateLabel': (string);
  'sections': (_lethe_profiles_v1_ProfileSection__Output)[];
  'facts': (_lethe_profiles_v1_ProfileFact__Output)[];
  'attachmentFileIds': (string)[];
  'version': (number);
  'createdAt': (_google_protobuf_Timestamp__Output | null);
  'createdBy': (string);
  'updatedAt': (_google_protobuf_Timestamp__Output | null);
  'redactions': (number);
}
