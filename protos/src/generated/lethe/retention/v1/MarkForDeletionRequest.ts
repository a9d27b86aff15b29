// Original file: proto/lethe/retention/v1/retention_service.proto

import type { ErasureMode as _lethe_erasure_v1_ErasureMode, ErasureMode__Output as _lethe_erasure_v1_ErasureMode__Output } from '../../../lethe/erasure/v1/ErasureMode';

export interface MarkForDeletionRequest {
  'subjectId'?: (string);
  'mode'?: (_lethe_erasure_v1_ErasureMode);
}

export interface MarkForDeletionRequest__Output {
  'subjectId': (string);
  'mode': (_lethe_erasure_v1_ErasureMode__Output);
}
