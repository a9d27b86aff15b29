// Original file: proto/lethe/talents/v1/talents_events.proto

import type { TalentLinkPurpose as _lethe_talents_v1_TalentLinkPurpose, TalentLinkPurpose__Output as _lethe_talents_v1_TalentLinkPurpose__Output } from '../../../lethe/talents/v1/TalentLinkPurpose';

export interface TalentLinkRequested {
  'requestId'?: (string);
  'talentId'?: (string);
  'purpose'?: (_lethe_talents_v1_TalentLinkPurpose);
  'language'?: (string);
  'requestedBy'?: (string);
}

export interface TalentLinkRequested__Output {
  'requestId': (string);
  'talentId': (string);
  'purpose': (_lethe_talents_v1_TalentLinkPurpose__Output);
  'language': (string);
  'requestedBy': (string);
}
