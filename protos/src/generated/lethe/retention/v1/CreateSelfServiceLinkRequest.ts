// Original file: proto/lethe/retention/v1/retention_service.proto

import type { SelfServicePurpose as _lethe_retention_v1_SelfServicePurpose, SelfServicePurpose__Output as _lethe_retention_v1_SelfServicePurpose__Output } from '../../../lethe/retention/v1/SelfServicePurpose';

export interface CreateSelfServiceLinkRequest {
  'subjectId'?: (string);
  'purpose'?: (_lethe_retention_v1_SelfServicePurpose);
  'validDays'?: (number);
}

export interface CreateSelfServiceLinkRequest__Output {
  'subjectId': (string);
  'purpose': (_lethe_retention_v1_SelfServicePurpose__Output);
  'validDays': (number);
}
