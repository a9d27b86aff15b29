// Original file: proto/lethe/retention/v1/retention_service.proto

import type { RetentionPolicy as _lethe_retention_v1_RetentionPolicy, RetentionPolicy__Output as _lethe_retention_v1_RetentionPolicy__Output } from '../../../lethe/retention/v1/RetentionPolicy';

export interface UpdatePolicyRequest {
  'policy'?: (_lethe_retention_v1_RetentionPolicy | null);
  'expectedVersion'?: (number);
}

export interface UpdatePolicyRequest__Output {
  'policy': (_lethe_retention_v1_RetentionPolicy__Output | null);
  'expectedVersion': (number);
}
