// Original file: proto/lethe/candidates/v1/candidates_events.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';

export interface CandidateUpdated {
  'candidateId'?: (string);
  'changedFields'?: (string)[];
  'updatedAt'?: (_google_protobuf_Timestamp | null);
  'updatedBy'?: (string);
  'ownerId'?: (string);
}

export interface CandidateUpdated__Output {
  'candidateId': (string);
  'changedFields': (string)[];
  'updatedAt': (_google_protobuf_Timestamp__Output | null);
  'updatedBy': (string);
  'ownerId': (string);
}
