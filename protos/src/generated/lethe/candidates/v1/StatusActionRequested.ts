// Original file: proto/lethe/candidates/v1/candidates_events.proto

import type { StatusActionKind as _lethe_candidates_v1_StatusActionKind, StatusActionKind__Output as _lethe_candidates_v1_StatusActionKind__Output } from '../../../lethe/candidates/v1/StatusActionKind';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';

export interface StatusActionRequested {
  'actionId'?: (string);
  'candidateId'?: (string);
  'kind'?: (_lethe_candidates_v1_StatusActionKind);
  'templateKey'?: (string);
  'statusKey'?: (string);
  'recordId'?: (string);
  'requestedAt'?: (_google_protobuf_Timestamp | null);
  'requestedBy'?: (string);
}

export interface StatusActionRequested__Output {
  'actionId': (string);
  'candidateId': (string);
  'kind': (_lethe_candidates_v1_StatusActionKind__Output);
  'templateKey': (string);
  'statusKey': (string);
  'recordId': (string);
  'requestedAt': (_google_protobuf_Timestamp__Output | null);
  'requestedBy': (string);
}
