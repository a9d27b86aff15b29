// Original file: proto/lethe/candidates/v1/recruiting_service.proto

import type { StatusChange as _lethe_candidates_v1_StatusChange, StatusChange__Output as _lethe_candidates_v1_StatusChange__Output } from '../../../lethe/candidates/v1/StatusChange';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';

export interface Presentation {
  'id'?: (string);
  'candidateId'?: (string);
  'clientRequestId'?: (string);
  'clientId'?: (string);
  'status'?: (_lethe_candidates_v1_StatusChange | null);
  'history'?: (_lethe_candidates_v1_StatusChange)[];
  'createdAt'?: (_google_protobuf_Timestamp | null);
}

export interface Presentation__Output {
  'id': (string);
  'candidateId': (string);
  'clientRequestId': (string);
  'clientId': (string);
  'status': (_lethe_candidates_v1_StatusChange__Output | null);
  'history': (_lethe_candidates_v1_StatusChange__Output)[];
  'createdAt': (_google_protobuf_Timestamp__Output | null);
}
