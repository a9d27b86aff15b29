// Original file: proto/lethe/candidates/v1/candidates_service.proto

import type { PersonalData as _lethe_candidates_v1_PersonalData, PersonalData__Output as _lethe_candidates_v1_PersonalData__Output } from '../../../lethe/candidates/v1/PersonalData';

export interface CandidateInput {
  'personal'?: (_lethe_candidates_v1_PersonalData | null);
  'tags'?: (string)[];
  'ownerId'?: (string);
  'source'?: (string);
  'inboundChannel'?: (string);
}

export interface CandidateInput__Output {
  'personal': (_lethe_candidates_v1_PersonalData__Output | null);
  'tags': (string)[];
  'ownerId': (string);
  'source': (string);
  'inboundChannel': (string);
}
