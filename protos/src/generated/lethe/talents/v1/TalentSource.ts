// Original file: proto/lethe/talents/v1/talents_events.proto

export const TalentSource = {
  TALENT_SOURCE_UNSPECIFIED: 'TALENT_SOURCE_UNSPECIFIED',
  TALENT_SOURCE_RECRUITER: 'TALENT_SOURCE_RECRUITER',
  TALENT_SOURCE_EXCEL_IMPORT: 'TALENT_SOURCE_EXCEL_IMPORT',
  TALENT_SOURCE_TALENT_FORM: 'TALENT_SOURCE_TALENT_FORM',
  TALENT_SOURCE_ATS_SYNC: 'TALENT_SOURCE_ATS_SYNC',
} as const;

export type TalentSource =
  | 'TALENT_SOURCE_UNSPECIFIED'
  | 0
  | 'TALENT_SOURCE_RECRUITER'
  | 1
  | 'TALENT_SOURCE_EXCEL_IMPORT'
  | 2
  | 'TALENT_SOURCE_TALENT_FORM'
  | 3
  | 'TALENT_SOURCE_ATS_SYNC'
  | 4

export type TalentSource__Output = typeof TalentSource[keyof typeof TalentSource]
