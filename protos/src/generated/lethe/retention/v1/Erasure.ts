// Original file: proto/lethe/retention/v1/retention_service.proto

import type { ErasureMode as _lethe_erasure_v1_ErasureMode, ErasureMode__Output as _lethe_erasure_v1_ErasureMode__Output } from '../../../lethe/erasure/v1/ErasureMode';
import type { ErasureReason as _lethe_erasure_v1_ErasureReason, ErasureReason__Output as _lethe_erasure_v1_ErasureReason__Output } from '../../../lethe/erasure/v1/ErasureReason';
import type { ErasureState as _lethe_retention_v1_ErasureState, ErasureState__Output as _lethe_retention_v1_ErasureState__Output } from '../../../lethe/retention/v1/ErasureState';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';
import type { ServiceConfirmation as _lethe_retention_v1_ServiceConfirmation, ServiceConfirmation__Output as _lethe_retention_v1_ServiceConfirmation__Output } from '../../../lethe/retention/v1/ServiceConfirmation';

export interface Erasure {
  'id'?: (string);
  'subjectId'?: (string);
  'commandId'?: (string);
  'mode'?: (_lethe_erasure_v1_ErasureMode);
  'reason'?: (_lethe_erasure_v1_ErasureReason);
  'state'?: (_lethe_retention_v1_ErasureState);
  'attempt'?: (number);
  'issuedAt'?: (_google_protobuf_Timestamp | null);
  'completedAt'?: (_google_protobuf_Timestamp | null);
  'services'?: (_lethe_retention_v1_ServiceConfirmation)[];
  'trigger'?: (string);
}

export interface Erasure__Output {
  'id': (string);
  'subjectId': (string);
  'commandId': (string);
  'mode': (_lethe_erasure_v1_ErasureMode__Output);
  'reason': (_lethe_erasure_v1_ErasureReason__Output);
  'state': (_lethe_retention_v1_ErasureState__Output);
  'attempt': (number);
  'issuedAt': (_google_protobuf_Timestamp__Output | null);
  'completedAt': (_google_protobuf_Timestamp__Output | null);
  'services': (_lethe_retention_v1_ServiceConfirmation__Output)[];
  'trigger': (string);
}
