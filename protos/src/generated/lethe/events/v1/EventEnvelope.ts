// Original file: proto/lethe/events/v1/envelope.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';

export interface EventEnvelope {
  'id'?: (string);
  'type'?: (string);
  'source'?: (string);
  'time'?: (_google_protobuf_Timestamp | null);
  'tenantId'?: (string);
  'subjectId'?: (string);
  'traceparent'?: (string);
}

export interface EventEnvelope__Output {
  'id': (string);
  'type': (string);
  'source': (string);
  'time': (_google_protobuf_Timestamp__Output | null);
  'tenantId': (string);
  'subjectId': (string);
  'traceparent': (string);
}
