// Original file: proto/lethe/talents/v1/talent_crm_service.proto

import type { TalentLinkPurpose as _lethe_talents_v1_TalentLinkPurpose, TalentLinkPurpose__Output as _lethe_talents_v1_TalentLinkPurpose__Output } from '../../../lethe/talents/v1/TalentLinkPurpose';

export interface IssueTalentLinkRequest {
  'requestId'?: (string);
  'purpose'?: (_lethe_talents_v1_TalentLinkPurpose);
  'messageId'?: (string);
}

export interface IssueTalentLinkRequest__Output {
  'requestId': (string);
  'purpose': (_lethe_talents_v1_TalentLinkPurpose__Output);
  'messageId': (string);
}
