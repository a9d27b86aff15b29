// Original file: proto/lethe/retention/v1/retention_service.proto

import type { ErasureRequestState as _lethe_retention_v1_ErasureRequestState, ErasureRequestState__Output as _lethe_retention_v1_ErasureRequestState__Output } from '../../../lethe/retention/v1/ErasureRequestState';
import type { RequestedBy as _lethe_retention_v1_RequestedBy, RequestedBy__Output as _lethe_retention_v1_RequestedBy__Output } from '../../../lethe/retention/v1/RequestedBy';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';

export interface ErasureRequest {
  'requestId'?: (string);
  'subjectId'?: (string);
  'state'?: (_lethe_retention_v1_ErasureRequestState);
  'requestedBy'?: (_lethe_retention_v1_RequestedBy);
  'openedBy'?: (string);
  'openedAt'?: (_google_protobuf_Timestamp | null);
  'deadlineAt'?: (_google_protobuf_Timestamp | null);
  'reason'?: (string);
  'withdrawnBy'?: (_lethe_retention_v1_RequestedBy);
  'withdrawnAt'?: (_google_protobuf_Timestamp | null);
  'withdrawReason'?: (string);
  'erasureId'?: (string);
}

export interface ErasureRequest__Output {
  'requestId': (string);
  'subjectId': (string);
  'state': (_lethe_retention_v1_ErasureRequestState__Output);
  'requestedBy': (_lethe_retention_v1_RequestedBy__Output);
  'openedBy': (string);
  'openedAt': (_google_protobuf_Timestamp__Output | null);
  'deadlineAt': (_google_protobuf_Timestamp__Output | null);
  'reason': (string);
  'withdrawnBy': (_lethe_retention_v1_RequestedBy__Output);
  'withdrawnAt': (_google_protobuf_Timestamp__Output | null);
  'withdrawReason': (string);
  'erasureId': (string);
}
