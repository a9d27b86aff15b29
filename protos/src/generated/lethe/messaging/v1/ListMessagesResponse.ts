// Original file: proto/lethe/messaging/v1/messaging_service.proto

import type { Message as _lethe_messaging_v1_Message, Message__Output as _lethe_messaging_v1_Message__Output } from '../../../lethe/messaging/v1/Message';
import type { PageResponse as _lethe_common_v1_PageResponse, PageResponse__Output as _lethe_common_v1_PageResponse__Output } from '../../../lethe/common/v1/PageResponse';

export interface ListMessagesResponse {
  'messages'?: (_lethe_messaging_v1_Message)[];
  'page'?: (_lethe_common_v1_PageResponse | null);
}

export interface ListMessagesResponse__Output {
  'messages': (_lethe_messaging_v1_Message__Output)[];
  'page': (_lethe_common_v1_PageResponse__Output | null);
}
