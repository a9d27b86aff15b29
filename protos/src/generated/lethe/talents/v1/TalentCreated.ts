// Original file: proto/lethe/talents/v1/talents_events.proto

import type { TalentSource as _lethe_talents_v1_TalentSource, TalentSource__Output as _lethe_talents_v1_TalentSource__Output } from '../../../lethe/talents/v1/TalentSource';
import type { Timestamp as _google_protobuf_Timestamp, Timestamp__Output as _google_protobuf_Timestamp__Output } from '../../../google/protobuf/Timestamp';

export interface TalentCreated {
  'talentId'?: (string);
  'source'?: (_lethe_talents_v1_TalentSource);
  'fromCandidate'?: (boolean);
  'createdAt'?: (_google_protobuf_Timestamp | null);
  'createdBy'?: (string);
  'recruiterId'?: (string);
}

export interface TalentCreated__Output {
  'talentId': (string);
  'source': (_lethe_talents_v1_TalentSource__Output);
  'fromCandidate': (boolean);
  'createdAt': (_google_protobuf_Timestamp__Output | null);
  'createdBy': (string);
  'recruiterId': (string);
}
