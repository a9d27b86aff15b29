// Original file: proto/lethe/candidates/v1/recruiting_service.proto

import type { StatusChangeSource as _lethe_candidates_v1_StatusChangeSource, StatusChangeSource__Output as _lethe_candidates_v1_StatusChangeSource__Output } from '../../../lethe/candidates/v1/StatusChangeSource';

export interface CreatePresentationRequest {
  'candidateId'?: (string);
  'clientRequestId'?: (string);
  'statusKey'?: (string);
  'source'?: (_lethe_candidates_v1_StatusChangeSource);
}

export interface CreatePresentationRequest__Output {
  'candidateId': (string);
  'clientRequestId': (string);
  'statusKey': (string);
  'source': (_lethe_candidates_v1_StatusChangeSource__Output);
}
