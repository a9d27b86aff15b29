// Original file: proto/lethe/candidates/v1/candidates_service.proto

import type { CandidateInput as _lethe_candidates_v1_CandidateInput, CandidateInput__Output as _lethe_candidates_v1_CandidateInput__Output } from '../../../lethe/candidates/v1/CandidateInput';
import type { FieldMask as _google_protobuf_FieldMask, FieldMask__Output as _google_protobuf_FieldMask__Output } from '../../../google/protobuf/FieldMask';

export interface UpdateCandidateRequest {
  'id'?: (string);
  'candidate'?: (_lethe_candidates_v1_CandidateInput | null);
  'updateMask'?: (_google_protobuf_FieldMask | null);
  'expectedVersion'?: (number);
  'allowDuplicates'?: (boolean);
}

export interface UpdateCandidateRequest__Output {
  'id': (string);
  'candidate': (_lethe_candidates_v1_CandidateInput__Output | null);
  'updateMask': (_google_protobuf_FieldMask__Output | null);
  'expectedVersion': (number);
  'allowDuplicates': (boolean);
}
