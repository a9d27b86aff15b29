// Original file: proto/lethe/candidates/v1/candidates_service.proto

import type { PersonalData as _lethe_candidates_v1_PersonalData, PersonalData__Output as _lethe_candidates_v1_PersonalData__Output } from '../../../lethe/candidates/v1/PersonalData';

export interface CheckDuplicatesRequest {
  'personal'?: (_lethe_candidates_v1_PersonalData | null);
  'excludeCandidateId'?: (string);
}

export interface CheckDuplicatesRequest__Output {
  'personal': (_lethe_candidates_v1_PersonalData__Output | null);
  'excludeCandidateId': (string);
}
