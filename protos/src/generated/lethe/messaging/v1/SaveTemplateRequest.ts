// Original file: proto/lethe/messaging/v1/messaging_service.proto

import type { Channel as _lethe_common_v1_Channel, Channel__Output as _lethe_common_v1_Channel__Output } from '../../../lethe/common/v1/Channel';

export interface SaveTemplateRequest {
  'key'?: (string);
  'channel'?: (_lethe_common_v1_Channel);
  'language'?: (string);
  'subject'?: (string);
  'body'?: (string);
}

export interface SaveTemplateRequest__Output {
  'key': (string);
  'channel': (_lethe_common_v1_Channel__Output);
  'language': (string);
  'subject': (string);
  'body': (string);
}
