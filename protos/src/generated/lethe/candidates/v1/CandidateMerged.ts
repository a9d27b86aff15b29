// Original file: proto/lethe/candidates/v1/candidates_events.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';

export interface CandidateMerged {
  'keptCandidateId'?: (string);
  'mergedCandidateId'?: (string);
  'mergedAt'?: (_google_protobuf_Timestamp | null);
  'mergedBy'?: (string);
}

export interface CandidateMerged__Output {
  'keptCandidateId': (string);
  'mergedCandidateId': (string);
  'mergedAt': (_google_protobuf_Timestamp__Output | null);
  'mergedBy': (string);
}
