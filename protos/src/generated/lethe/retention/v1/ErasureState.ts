// Original file: proto/lethe/retention/v1/retention_service.proto

export const ErasureState = {
  ERASURE_STATE_UNSPECIFIED: 'ERASURE_STATE_UNSPECIFIED',
  ERASURE_STATE_PENDING: 'ERASURE_STATE_PENDING',
  ERASURE_STATE_DONE: 'ERASURE_STATE_DONE',
  ERASURE_STATE_STUCK: 'ERASURE_STATE_STUCK',
} as const;

export type ErasureState =
  | 'ERASURE_STATE_UNSPECIFIED'
  | 0
  | 'ERASURE_STATE_PENDING'
  | 1
  | 'ERASURE_STATE_DONE'
  | 2
  | 'ERASURE_STATE_STUCK'
  | 3

export type ErasureState__Output = typeof ErasureState[keyof typeof ErasureState]
