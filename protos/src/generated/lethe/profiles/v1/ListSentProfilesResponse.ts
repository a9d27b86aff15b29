// Original file: proto/lethe/profiles/v1/profile_rendering_service.proto

import type { SentProfile as _lethe_profiles_v1_SentProfile, SentProfile__Output as _lethe_profiles_v1_SentProfile__Output } from '../../../lethe/profiles/v1/SentProfile';
import type { PageResponse as _lethe_common_v1_PageResponse, PageResponse__Output as _lethe_common_v1_PageResponse__Output } from '../../../lethe/common/v1/PageResponse';

export interface ListSentProfilesResponse {
  'sent'?: (_lethe_profiles_v1_SentProfile)[];
  'page'?: (_lethe_common_v1_PageResponse | null);
}

export interface ListSentProfilesResponse__Output {
  'sent': (_lethe_profiles_v1_SentProfile__Output)[];
  'page': (_lethe_common_v1_PageResponse__Output | null);
}
