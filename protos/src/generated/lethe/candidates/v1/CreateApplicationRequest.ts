// Original file: proto/lethe/candidates/v1/recruiting_service.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';
import type { StatusChangeSource as _lethe_candidates_v1_StatusChangeSource, StatusChangeSource__Output as _lethe_candidates_v1_StatusChangeSource__Output } from '../../../lethe/candidates/v1/StatusChangeSource';

export interface CreateApplicationRequest {
  'candidateId'?: (string);
  'jobId'?: (string);
  'statusKey'?: (string);
  'appliedAt'?: (_google_protobuf_Timestamp | null);
  'source'?: (_lethe_candidates_v1_StatusChangeSource);
}

export interface CreateApplicationRequest__Output {
  'candidateId': (string);
  'jobId': (string);
  'statusKey': (string);
  'appliedAt': (_google_protobuf_Timestamp__Output | null);
  'source': (_lethe_candidates_v1_StatusChangeSource__Output);
}
