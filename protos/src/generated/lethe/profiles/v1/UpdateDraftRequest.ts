// Original file: proto/lethe/profiles/v1/profile_rendering_service.proto

import type { ProfileSection as _lethe_profiles_v1_ProfileSection, ProfileSection__Output as _lethe_profiles_v1_ProfileSection__Output } from '../../../lethe/profiles/v1/ProfileSection';
import type { ProfileFact as _lethe_profiles_v1_ProfileFact, ProfileFact__Output as _lethe_profiles_v1_ProfileFact__Output } from '../../../lethe/profiles/v1/ProfileFact';

export interface UpdateDraftRequest {
  'id'?: (string);
  'sections'?: (_lethe_profiles_v1_ProfileSection)[];
  'facts'?: (_lethe_profiles_v1_ProfileFact)[];
  'attachmentFileIds'?: (string)[];
  'expectedVersion'?: (number);
}

export interface UpdateDraftRequest__Output {
  'id': (string);
  'sections': (_lethe_profiles_v1_ProfileSection__Output)[];
  'facts': (_lethe_profiles_v1_ProfileFact__Output)[];
  'attachmentFileIds': (string)[];
  'expectedVersion': (number);
}
