// Original file: proto/lethe/candidates/v1/candidates_events.proto

import type { MetaStatus as _lethe_candidates_v1_MetaStatus, MetaStatus__Output as _lethe_candidates_v1_MetaStatus__Output } from '../../../lethe/candidates/v1/MetaStatus';
import type { FinalOutcome as _lethe_candidates_v1_FinalOutcome, FinalOutcome__Output as _lethe_candidates_v1_FinalOutcome__Output } from '../../../lethe/candidates/v1/FinalOutcome';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';
import type { StatusChangeSource as _lethe_candidates_v1_StatusChangeSource, StatusChangeSource__Output as _lethe_candidates_v1_StatusChangeSource__Output } from '../../../lethe/candidates/v1/StatusChangeSource';

export interface ApplicationStatusChanged {
  'applicationId'?: (string);
  'candidateId'?: (string);
  'jobId'?: (string);
  'statusKey'?: (string);
  'metaStatus'?: (_lethe_candidates_v1_MetaStatus);
  'finalOutcome'?: (_lethe_candidates_v1_FinalOutcome);
  'statusSetAt'?: (_google_protobuf_Timestamp | null);
  'changedBy'?: (string);
  'appliedAt'?: (_google_protobuf_Timestamp | null);
  'source'?: (_lethe_candidates_v1_StatusChangeSource);
}

export interface ApplicationStatusChanged__Output {
  'applicationId': (string);
  'candidateId': (string);
  'jobId': (string);
  'statusKey': (string);
  'metaStatus': (_lethe_candidates_v1_MetaStatus__Output);
  'finalOutcome': (_lethe_candidates_v1_FinalOutcome__Output);
  'statusSetAt': (_google_protobuf_Timestamp__Output | null);
  'changedBy': (string);
  'appliedAt': (_google_protobuf_Timestamp__Output | null);
  'source': (_lethe_candidates_v1_StatusChangeSource__Output);
}
