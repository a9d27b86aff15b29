// Original file: proto/lethe/candidates/v1/candidates_service.proto

import type { PersonalData as _lethe_candidates_v1_PersonalData, PersonalData__Output as _lethe_candidates_v1_PersonalData__Output } from '../../../lethe/candidates/v1/PersonalData';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';
import type { CandidateState as _lethe_candidates_v1_CandidateState, CandidateState__Output as _lethe_candidates_v1_CandidateState__Output } from '../../../lethe/candidates/v1/CandidateState';

export interface Candidate {
  'id'?: (string);
  'personal'?: (_lethe_candidates_v1_PersonalData | null);
  'tags'?: (string)[];
  'ownerId'?: (string);
  'source'?: (string);
  'inboundChannel'?: (string);
  'createdAt'?: (_google_protobuf_Timestamp | null);
  'updatedAt'?: (_google_protobuf_Timestamp | null);
  'createdBy'?: (string);
  'updatedBy'?: (string);
  'state'?: (_lethe_candidates_v1_CandidateState);
  'markedForDeletion'?: (boolean);
  'earliestDeletionAt'?: (_google_protobuf_Timestamp | null);
  'erasureRequested'?: (boolean);
  'anonymisedName'?: (string);
  'version'?: (number);
}

export interface Candidate__Output {
  'id': (string);
  'personal': (_lethe_candidates_v1_PersonalData__Output | null);
  'tags': (string)[];
  'ownerId': (string);
  'source': (string);
  'inboundChannel': (string);
  'createdAt': (_google_protobuf_Timestamp__Output | null);
  'updatedAt': (_google_protobuf_Timestamp__Output | null);
  'createdBy': (string);
  'updatedBy': (string);
  'state': (_lethe_candidates_v1_CandidateState__Output);
  'markedForDeletion': (boolean);
  'earliestDeletionAt': (_google_protobuf_Timestamp__Output | null);
  'erasureRequested': (boolean);
  'anonymisedName': (string);
  'version': (number);
}
