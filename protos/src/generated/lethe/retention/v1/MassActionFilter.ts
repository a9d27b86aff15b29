// Original file: proto/lethe/retention/v1/retention_service.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';
import type { ListCandidatesRequest as _lethe_candidates_v1_ListCandidatesRequest, ListCandidatesRequest__Output as _lethe_candidates_v1_ListCandidatesRequest__Output } from '../../../lethe/candidates/v1/ListCandidatesRequest';

export interface MassActionFilter {
  'subjectIds'?: (string)[];
  'anchorBefore'?: (_google_protobuf_Timestamp | null);
  'onlyFinal'?: (boolean);
  'candidates'?: (_lethe_candidates_v1_ListCandidatesRequest | null);
}

export interface MassActionFilter__Output {
  'subjectIds': (string)[];
  'anchorBefore': (_google_protobuf_Timestamp__Output | null);
  'onlyFinal': (boolean);
  'candidates': (_lethe_candidates_v1_ListCandidatesRequest__Output | null);
}
