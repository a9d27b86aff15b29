// Original file: proto/lethe/consent/v1/consent_events.proto

import type { ConsentKind as _lethe_consent_v1_ConsentKind, ConsentKind__Output as _lethe_consent_v1_ConsentKind__Output } from '../../../lethe/consent/v1/ConsentKind';
import type { Channel as _lethe_common_v1_Channel, Channel__Output as _lethe_common_v1_Channel__Output } from '../../../lethe/common/v1/Channel';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';

export interface ConsentRequestCreated {
  'requestId'?: (string);
  'subjectId'?: (string);
  'kind'?: (_lethe_consent_v1_ConsentKind);
  'clientId'?: (string);
  'channel'?: (_lethe_common_v1_Channel);
  'expiresAt'?: (_google_protobuf_Timestamp | null);
  'requestedBy'?: (string);
  'language'?: (string);
  'periodMonths'?: (number);
  'requestedAt'?: (_google_protobuf_Timestamp | null);
}

export interface ConsentRequestCreated__Output {
  'requestId': (string);
  'subjectId': (string);
  'kind': (_lethe_consent_v1_ConsentKind__Output);
  'clientId': (string);
  'channel': (_lethe_common_v1_Channel__Output);
  'expiresAt': (_google_protobuf_Timestamp__Output | null);
  'requestedBy': (string);
  'language': (string);
  'periodMonths': (number);
  'requestedAt': (_google_protobuf_Timestamp__Output | null);
}
