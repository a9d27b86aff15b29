// Original file: proto/lethe/messaging/v1/messaging_service.proto

import type { Recipient as _lethe_messaging_v1_Recipient, Recipient__Output as _lethe_messaging_v1_Recipient__Output } from '../../../lethe/messaging/v1/Recipient';
import type { Channel as _lethe_common_v1_Channel, Channel__Output as _lethe_common_v1_Channel__Output } from '../../../lethe/common/v1/Channel';
import type { MessageState as _lethe_messaging_v1_MessageState, MessageState__Output as _lethe_messaging_v1_MessageState__Output } from '../../../lethe/messaging/v1/MessageState';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';
import type { DeliveryAttempt as _lethe_messaging_v1_DeliveryAttempt, DeliveryAttempt__Output as _lethe_messaging_v1_DeliveryAttempt__Output } from '../../../lethe/messaging/v1/DeliveryAttempt';
import type { RenderedMessage as _lethe_messaging_v1_RenderedMessage, RenderedMessage__Output as _lethe_messaging_v1_RenderedMessage__Output } from '../../../lethe/messaging/v1/RenderedMessage';

export interface Message {
  'id'?: (string);
  'recipient'?: (_lethe_messaging_v1_Recipient | null);
  'channel'?: (_lethe_common_v1_Channel);
  'templateKey'?: (string);
  'templateVersion'?: (number);
  'language'?: (string);
  'state'?: (_lethe_messaging_v1_MessageState);
  'automated'?: (boolean);
  'campaign'?: (boolean);
  'idempotencyKey'?: (string);
  'createdAt'?: (_google_protobuf_Timestamp | null);
  'createdBy'?: (string);
  'sentAt'?: (_google_protobuf_Timestamp | null);
  'deliveredAt'?: (_google_protobuf_Timestamp | null);
  'attempts'?: (_lethe_messaging_v1_DeliveryAttempt)[];
  'failureReason'?: (string);
  'suppressedBecause'?: (string);
  'content'?: (_lethe_messaging_v1_RenderedMessage | null);
  'to'?: (string);
  'aboutCandidateId'?: (string);
}

export interface Message__Output {
  'id': (string);
  'recipient': (_lethe_messaging_v1_Recipient__Output | null);
  'channel': (_lethe_common_v1_Channel__Output);
  'templateKey': (string);
  'templateVersion': (number);
  'language': (string);
  'state': (_lethe_messaging_v1_MessageState__Output);
  'automated': (boolean);
  'campaign': (boolean);
  'idempotencyKey': (string);
  'createdAt': (_google_protobuf_Timestamp__Output | null);
  'createdBy': (string);
  'sentAt': (_google_protobuf_Timestamp__Output | null);
  'deliveredAt': (_google_protobuf_Timestamp__Output | null);
  'attempts': (_lethe_messaging_v1_DeliveryAttempt__Output)[];
  'failureReason': (string);
  'suppressedBecause': (string);
  'content': (_lethe_messaging_v1_RenderedMessage__Output | null);
  'to': (string);
  'aboutCandidateId': (string);
}
