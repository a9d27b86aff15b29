// Original file: proto/lethe/consent/v1/consent_events.proto

export const GrantMethod = {
  GRANT_METHOD_UNSPECIFIED: 'GRANT_METHOD_UNSPECIFIED',
  GRANT_METHOD_LINK: 'GRANT_METHOD_LINK',
  GRANT_METHOD_MANUAL: 'GRANT_METHOD_MANUAL',
  GRANT_METHOD_FORM: 'GRANT_METHOD_FORM',
} as const;

export type GrantMethod =
  | 'GRANT_METHOD_UNSPECIFIED'
  | 0
  | 'GRANT_METHOD_LINK'
  | 1
  | 'GRANT_METHOD_MANUAL'
  | 2
  | 'GRANT_METHOD_FORM'
  | 3

export type GrantMethod__Output = typeof GrantMethod[keyof typeof GrantMethod]
