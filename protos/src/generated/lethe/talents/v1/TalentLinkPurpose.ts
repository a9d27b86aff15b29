// Original file: proto/lethe/talents/v1/talents_events.proto

export const TalentLinkPurpose = {
  TALENT_LINK_PURPOSE_UNSPECIFIED: 'TALENT_LINK_PURPOSE_UNSPECIFIED',
  TALENT_LINK_PURPOSE_FOLLOW_UP: 'TALENT_LINK_PURPOSE_FOLLOW_UP',
  TALENT_LINK_PURPOSE_FORM_DETAILS: 'TALENT_LINK_PURPOSE_FORM_DETAILS',
} as const;

export type TalentLinkPurpose =
  | 'TALENT_LINK_PURPOSE_UNSPECIFIED'
  | 0
  | 'TALENT_LINK_PURPOSE_FOLLOW_UP'
  | 1
  | 'TALENT_LINK_PURPOSE_FORM_DETAILS'
  | 2

export type TalentLinkPurpose__Output = typeof TalentLinkPurpose[keyof typeof TalentLinkPurpose]
