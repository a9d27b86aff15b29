// Original file: proto/lethe/profiles/v1/profile_rendering_service.proto

import type { ProfileKind as _lethe_profiles_v1_ProfileKind, ProfileKind__Output as _lethe_profiles_v1_ProfileKind__Output } from '../../../lethe/profiles/v1/ProfileKind';

export interface CreateDraftRequest {
  'candidateId'?: (string);
  'clientRequestId'?: (string);
  'kind'?: (_lethe_profiles_v1_ProfileKind);
  'language'?: (string);
}

export interface CreateDraftRequest__Output {
  'candidateId': (string);
  'clientRequestId': (string);
  'kind': (_lethe_profiles_v1_ProfileKind__Output);
  'language': (string);
}
