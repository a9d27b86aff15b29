// Original file: proto/lethe/candidates/v1/candidates_events.proto

export const MetaStatus = {
  META_STATUS_UNSPECIFIED: 'META_STATUS_UNSPECIFIED',
  META_STATUS_ACTIVE: 'META_STATUS_ACTIVE',
  META_STATUS_FINAL: 'META_STATUS_FINAL',
  META_STATUS_HOLD: 'META_STATUS_HOLD',
} as const;

export type MetaStatus =
  | 'META_STATUS_UNSPECIFIED'
  | 0
  | 'META_STATUS_ACTIVE'
  | 1
  | 'META_STATUS_FINAL'
  | 2
  | 'META_STATUS_HOLD'
  | 3

export type MetaStatus__Output = typeof MetaStatus[keyof typeof MetaStatus]
