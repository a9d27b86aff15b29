// Original file: proto/lethe/consent/v1/consent_service.proto

import type { Controller as _lethe_consent_v1_Controller, Controller__Output as _lethe_consent_v1_Controller__Output } from '../../../lethe/consent/v1/Controller';

export interface UpdateControllerRequest {
  'controller'?: (_lethe_consent_v1_Controller | null);
  'expectedVersion'?: (number);
}

export interface UpdateControllerRequest__Output {
  'controller': (_lethe_consent_v1_Controller__Output | null);
  'expectedVersion': (number);
}
