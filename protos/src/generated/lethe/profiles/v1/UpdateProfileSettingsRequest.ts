// Original file: proto/lethe/profiles/v1/profile_rendering_service.proto

import type { ProfileSettings as _lethe_profiles_v1_ProfileSettings, ProfileSettings__Output as _lethe_profiles_v1_ProfileSettings__Output } from '../../../lethe/profiles/v1/ProfileSettings';

export interface UpdateProfileSettingsRequest {
  'settings'?: (_lethe_profiles_v1_ProfileSettings | null);
  'expectedVersion'?: (number);
}

export interface UpdateProfileSettingsRequest__Output {
  'settings': (_lethe_profiles_v1_ProfileSettings__Output | null);
  'expectedVersion': (number);
}
