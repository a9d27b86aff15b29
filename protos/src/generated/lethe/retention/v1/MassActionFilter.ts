// Original file: proto/lethe/retention/v1/retention_service.proto

import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';

export interface MassActionFilter {
  'subjectIds'?: (string)[];
  'anchorBefore'?: (_google_protobuf_Timestamp | null);
  'onlyFinal'?: (boolean);
}

export interface MassActionFilter__Output {
  'subjectIds': (string)[];
  'anchorBefore': (_google_protobuf_Timestamp__Output | null);
  'onlyFinal': (boolean);
}
