// Original file: proto/lethe/common/v1/common.proto

import type { FieldViolation as _lethe_common_v1_FieldViolation, FieldViolation__Output as _lethe_common_v1_FieldViolation__Output } from '../../../lethe/common/v1/FieldViolation';

export interface BadRequest {
  'fieldViolations'?: (_lethe_common_v1_FieldViolation)[];
}

export interface BadRequest__Output {
  'fieldViolations': (_lethe_common_v1_FieldViolation__Output)[];
}
