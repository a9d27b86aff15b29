// Original file: proto/lethe/messaging/v1/messaging_service.proto

import type { MessagingSettings as _lethe_messaging_v1_MessagingSettings, MessagingSettings__Output as _lethe_messaging_v1_MessagingSettings__Output } from '../../../lethe/messaging/v1/MessagingSettings';

export interface UpdateMessagingSettingsRequest {
  'settings'?: (_lethe_messaging_v1_MessagingSettings | null);
  'expectedVersion'?: (number);
}

export interface UpdateMessagingSettingsRequest__Output {
  'settings': (_lethe_messaging_v1_MessagingSettings__Output | null);
  'expectedVersion': (number);
}
