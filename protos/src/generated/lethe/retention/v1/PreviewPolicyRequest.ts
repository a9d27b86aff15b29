// Original file: proto/lethe/retention/v1/retention_service.proto

import type { RetentionPolicy as _lethe_retention_v1_RetentionPolicy, RetentionPolicy__Output as _lethe_retention_v1_RetentionPolicy__Output } from '../../../lethe/retention/v1/RetentionPolicy';

export interface PreviewPolicyRequest {
  'policy'?: (_lethe_retention_v1_RetentionPolicy | null);
  'horizonMonths'?: (number);
}

export interface PreviewPolicyRequest__Output {
  'policy': (_lethe_retention_v1_RetentionPolicy__Output | null);
  'horizonMonths': (number);
}
