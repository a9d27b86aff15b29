// Original file: proto/lethe/candidates/v1/candidates_events.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';

export interface CandidateCreated {
  'candidateId'?: (string);
  'ownerId'?: (string);
  'source'?: (string);
  'createdAt'?: (_google_protobuf_Timestamp | null);
  'createdBy'?: (string);
}

export interface CandidateCreated__Output {
  'candidateId': (string);
  'ownerId': (string);
  'source': (string);
  'createdAt': (_google_protobuf_Timestamp__Output | null);
  'createdBy': (string);
}
