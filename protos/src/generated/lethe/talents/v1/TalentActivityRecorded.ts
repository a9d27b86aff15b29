// Original file: proto/lethe/talents/v1/talents_events.proto

import type { TalentActivityKind as _lethe_talents_v1_TalentActivityKind, TalentActivityKind__Output as _lethe_talents_v1_TalentActivityKind__Output } from '../../../lethe/talents/v1/TalentActivityKind';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';

export interface TalentActivityRecorded {
  'talentId'?: (string);
  'kind'?: (_lethe_talents_v1_TalentActivityKind);
  'occurredAt'?: (_google_protobuf_Timestamp | null);
  'actorId'?: (string);
}

export interface TalentActivityRecorded__Output {
  'talentId': (string);
  'kind': (_lethe_talents_v1_TalentActivityKind__Output);
  'occurredAt': (_google_protobuf_Timestamp__Output | null);
  'actorId': (string);
}
