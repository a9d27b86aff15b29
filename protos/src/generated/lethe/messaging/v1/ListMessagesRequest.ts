// Original file: proto/lethe/messaging/v1/messaging_service.proto

import type { Recipient as _lethe_messaging_v1_Recipient, Recipient__Output as _lethe_messaging_v1_Recipient__Output } from '../../../lethe/messaging/v1/Recipient';
import type { PageRequest as _lethe_common_v1_PageRequest, PageRequest__Output as _lethe_common_v1_PageRequest__Output } from '../../../lethe/common/v1/PageRequest';

export interface ListMessagesRequest {
  'recipient'?: (_lethe_messaging_v1_Recipient | null);
  'page'?: (_lethe_common_v1_PageRequest | null);
}

export interface ListMessagesRequest__Output {
  'recipient': (_lethe_messaging_v1_Recipient__Output | null);
  'page': (_lethe_common_v1_PageRequest__Output | null);
}
