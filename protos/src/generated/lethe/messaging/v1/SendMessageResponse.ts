// Original file: proto/lethe/messaging/v1/messaging_service.proto

import type { Message as _lethe_messaging_v1_Message, Message__Output as _lethe_messaging_v1_Message__Output } from '../../../lethe/messaging/v1/Message';

export interface SendMessageResponse {
  'message'?: (_lethe_messaging_v1_Message | null);
  'warning'?: (string);
}

export interface SendMessageResponse__Output {
  'message': (_lethe_messaging_v1_Message__Output | null);
  'warning': (string);
}
