// Original file: proto/lethe/candidates/v1/candidates_service.proto

import type { AnonymisedNameStyle as _lethe_candidates_v1_AnonymisedNameStyle, AnonymisedNameStyle__Output as _lethe_candidates_v1_AnonymisedNameStyle__Output } from '../../../lethe/candidates/v1/AnonymisedNameStyle';

export interface CandidateSettings {
  'anonymisedNameStyle'?: (_lethe_candidates_v1_AnonymisedNameStyle);
  'anonymisationCharacter'?: (string);
}

export interface CandidateSettings__Output {
  'anonymisedNameStyle': (_lethe_candidates_v1_AnonymisedNameStyle__Output);
  'anonymisationCharacter': (string);
}
