// Original file: proto/lethe/retention/v1/retention_service.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';

export interface SubjectExportPart {
  'service'?: (string);
  'state'?: (string);
  'answeredAt'?: (_google_protobuf_Timestamp | null);
}

export interface SubjectExportPart__Output {
  'service': (string);
  'state': (string);
  'answeredAt': (_google_protobuf_Timestamp__Output | null);
}
