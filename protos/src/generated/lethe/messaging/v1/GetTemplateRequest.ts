// Original file: proto/lethe/messaging/v1/messaging_service.proto

import type { Channel as _lethe_common_v1_Channel, Channel__Output as _lethe_common_v1_Channel__Output } from '../../../lethe/common/v1/Channel';

export interface GetTemplateRequest {
  'key'?: (string);
  'channel'?: (_lethe_common_v1_Channel);
  'language'?: (string);
}

export interface GetTemplateRequest__Output {
  'key': (string);
  'channel': (_lethe_common_v1_Channel__Output);
  'language': (string);
}
