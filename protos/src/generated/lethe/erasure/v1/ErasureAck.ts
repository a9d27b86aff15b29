// Original file: proto/lethe/erasure/v1/erasure.proto

import type { ErasureOutcome as _lethe_erasure_v1_ErasureOutcome, ErasureOutcome__Output as _lethe_erasure_v1_ErasureOutcome__Output } from '../../../lethe/erasure/v1/ErasureOutcome';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';

export interface ErasureAck {
  'commandId'?: (string);
  'service'?: (string);
  'outcome'?: (_lethe_erasure_v1_ErasureOutcome);
  'counts'?: ({[key: string]: number});
  'completedAt'?: (_google_protobuf_Timestamp | null);
  'tenantId'?: (string);
  'subjectId'?: (string);
  'retainedFields'?: (string)[];
  'retainedReason'?: (string);
  'failureReason'?: (string);
  'keyId'?: (string);
  'signature'?: (string);
}

export interface ErasureAck__Output {
  'commandId': (string);
  'service': (string);
  'outcome': (_lethe_erasure_v1_ErasureOutcome__Output);
  'counts': ({[key: string]: number});
  'completedAt': (_google_protobuf_Timestamp__Output | null);
  'tenantId': (string);
  'subjectId': (string);
  'retainedFields': (string)[];
  'retainedReason': (string);
  'failureReason': (string);
  'keyId': (string);
  'signature': (string);
}
