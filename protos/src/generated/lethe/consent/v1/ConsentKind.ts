// Original file: proto/lethe/consent/v1/consent_events.proto

export const ConsentKind = {
  CONSENT_KIND_UNSPECIFIED: 'CONSENT_KIND_UNSPECIFIED',
  CONSENT_KIND_CLEAR_DATA_SHARING: 'CONSENT_KIND_CLEAR_DATA_SHARING',
  CONSENT_KIND_STORAGE: 'CONSENT_KIND_STORAGE',
  CONSENT_KIND_CAMPAIGN: 'CONSENT_KIND_CAMPAIGN',
} as const;

export type ConsentKind =
  | 'CONSENT_KIND_UNSPECIFIED'
  | 0
  | 'CONSENT_KIND_CLEAR_DATA_SHARING'
  | 1
  | 'CONSENT_KIND_STORAGE'
  | 2
  | 'CONSENT_KIND_CAMPAIGN'
  | 3

export type ConsentKind__Output = typeof ConsentKind[keyof typeof ConsentKind]
