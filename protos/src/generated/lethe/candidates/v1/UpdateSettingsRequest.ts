// Original file: proto/lethe/candidates/v1/candidates_service.proto

import type { CandidateSettings as _lethe_candidates_v1_CandidateSettings, CandidateSettings__Output as _lethe_candidates_v1_CandidateSettings__Output } from '../../../lethe/candidates/v1/CandidateSettings';

export interface UpdateSettingsRequest {
  'settings'?: (_lethe_candidates_v1_CandidateSettings | null);
}

export interface UpdateSettingsRequest__Output {
  'settings': (_lethe_candidates_v1_CandidateSettings__Output | null);
}
