// Original file: proto/lethe/candidates/v1/recruiting_service.proto

import type { MetaStatus as _lethe_candidates_v1_MetaStatus, MetaStatus__Output as _lethe_candidates_v1_MetaStatus__Output } from '../../../lethe/candidates/v1/MetaStatus';
import type { FinalOutcome as _lethe_candidates_v1_FinalOutcome, FinalOutcome__Output as _lethe_candidates_v1_FinalOutcome__Output } from '../../../lethe/candidates/v1/FinalOutcome';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';
import type { StatusChangeSource as _lethe_candidates_v1_StatusChangeSource, StatusChangeSource__Output as _lethe_candidates_v1_StatusChangeSource__Output } from '../../../lethe/candidates/v1/StatusChangeSource';

export interface StatusChange {
  'statusKey'?: (string);
  'metaStatus'?: (_lethe_candidates_v1_MetaStatus);
  'finalOutcome'?: (_lethe_candidates_v1_FinalOutcome);
  'setAt'?: (_google_protobuf_Timestamp | null);
  'setBy'?: (string);
  'source'?: (_lethe_candidates_v1_StatusChangeSource);
}

export interface StatusChange__Output {
  'statusKey': (string);
  'metaStatus': (_lethe_candidates_v1_MetaStatus__Output);
  'finalOutcome': (_lethe_candidates_v1_FinalOutcome__Output);
  'setAt': (_google_protobuf_Timestamp__Output | null);
  'setBy': (string);
  'source': (_lethe_candidates_v1_StatusChangeSource__Output);
}
