// Original file: proto/lethe/messaging/v1/messaging_events.proto

import type { Channel as _lethe_common_v1_Channel, Channel__Output as _lethe_common_v1_Channel__Output } from '../../../lethe/common/v1/Channel';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';

export interface MessageSent {
  'messageId'?: (string);
  'subjectId'?: (string);
  'channel'?: (_lethe_common_v1_Channel);
  'templateKey'?: (string);
  'automated'?: (boolean);
  'sentAt'?: (_google_protobuf_Timestamp | null);
  'sentBy'?: (string);
}

export interface MessageSent__Output {
  'messageId': (string);
  'subjectId': (string);
  'channel': (_lethe_common_v1_Channel__Output);
  'templateKey': (string);
  'automated': (boolean);
  'sentAt': (_google_protobuf_Timestamp__Output | null);
  'sentBy': (string);
}
