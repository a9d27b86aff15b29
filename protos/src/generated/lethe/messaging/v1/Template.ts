// Original file: proto/lethe/messaging/v1/messaging_service.proto

import type { Channel as _lethe_common_v1_Channel, Channel__Output as _lethe_common_v1_Channel__Output } from '../../../lethe/common/v1/Channel';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';
import type { MessageAudience as _lethe_messaging_v1_MessageAudience, MessageAudience__Output as _lethe_messaging_v1_MessageAudience__Output } from '../../../lethe/messaging/v1/MessageAudience';

export interface Template {
  'key'?: (string);
  'channel'?: (_lethe_common_v1_Channel);
  'language'?: (string);
  'version'?: (number);
  'subject'?: (string);
  'body'?: (string);
  'placeholders'?: (string)[];
  'savedAt'?: (_google_protobuf_Timestamp | null);
  'savedBy'?: (string);
  'audience'?: (_lethe_messaging_v1_MessageAudience);
  'campaign'?: (boolean);
}

export interface Template__Output {
  'key': (string);
  'channel': (_lethe_common_v1_Channel__Output);
  'language': (string);
  'version': (number);
  'subject': (string);
  'body': (string);
  'placeholders': (string)[];
  'savedAt': (_google_protobuf_Timestamp__Output | null);
  'savedBy': (string);
  'audience': (_lethe_messaging_v1_MessageAudience__Output);
  'campaign': (boolean);
}
