// Original file: proto/lethe/candidates/v1/candidates_service.proto

import type { AnonymisedNameStyle as _lethe_candidates_v1_AnonymisedNameStyle, AnonymisedNameStyle__Output as _lethe_candidates_v1_AnonymisedNameStyle__Output } from '../../../lethe/candidates/v1/AnonymisedNameStyle';
import type { NoteHandling as _lethe_candidates_v1_NoteHandling, NoteHandling__Output as _lethe_candidates_v1_NoteHandling__Output } from '../../../lethe/candidates/v1/NoteHandling';

export interface CandidateSettings {
  'anonymisedNameStyle'?: (_lethe_candidates_v1_AnonymisedNameStyle);
  'anonymisationCharacter'?: (string);
  'notesOnAnonymise'?: (_lethe_candidates_v1_NoteHandling);
}

export interface CandidateSettings__Output {
  'anonymisedNameStyle': (_lethe_candidates_v1_AnonymisedNameStyle__Output);
  'anonymisationCharacter': (string);
  'notesOnAnonymise': (_lethe_candidates_v1_NoteHandling__Output);
}
