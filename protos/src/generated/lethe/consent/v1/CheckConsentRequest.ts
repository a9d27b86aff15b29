// Original file: proto/lethe/consent/v1/consent_service.proto

import type { ConsentKind as _lethe_consent_v1_ConsentKind, ConsentKind__Output as _lethe_consent_v1_ConsentKind__Output } from '../../../lethe/consent/v1/ConsentKind';
import type { Channel as _lethe_common_v1_Channel, Channel__Output as _lethe_common_v1_Channel__Output } from '../../../lethe/common/v1/Channel';

export interface CheckConsentRequest {
  'subjectId'?: (string);
  'kind'?: (_lethe_consent_v1_ConsentKind);
  'clientId'?: (string);
  'channel'?: (_lethe_common_v1_Channel);
}

export interface CheckConsentRequest__Output {
  'subjectId': (string);
  'kind': (_lethe_consent_v1_ConsentKind__Output);
  'clientId': (string);
  'channel': (_lethe_common_v1_Channel__Output);
}
