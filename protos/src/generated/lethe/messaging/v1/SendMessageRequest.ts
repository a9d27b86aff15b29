// Original file: proto/lethe/messaging/v1/messaging_service.proto

import type { Recipient as _lethe_messaging_v1_Recipient, Recipient__Output as _lethe_messaging_v1_Recipient__Output } from '../../../lethe/messaging/v1/Recipient';
import type { Channel as _lethe_common_v1_Channel, Channel__Output as _lethe_common_v1_Channel__Output } from '../../../lethe/common/v1/Channel';

export interface SendMessageRequest {
  'idempotencyKey'?: (string);
  'recipient'?: (_lethe_messaging_v1_Recipient | null);
  'templateKey'?: (string);
  'channel'?: (_lethe_common_v1_Channel);
  'language'?: (string);
  'values'?: ({[key: string]: string});
  'aboutCandidateId'?: (string);
}

export interface SendMessageRequest__Output {
  'idempotencyKey': (string);
  'recipient': (_lethe_messaging_v1_Recipient__Output | null);
  'templateKey': (string);
  'channel': (_lethe_common_v1_Channel__Output);
  'language': (string);
  'values': ({[key: string]: string});
  'aboutCandidateId': (string);
}
