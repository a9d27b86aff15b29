// Original file: proto/lethe/retention/v1/retention_service.proto

export const ErasureRequestState = {
  ERASURE_REQUEST_STATE_UNSPECIFIED: 'ERASURE_REQUEST_STATE_UNSPECIFIED',
  ERASURE_REQUEST_STATE_OPEN: 'ERASURE_REQUEST_STATE_OPEN',
  ERASURE_REQUEST_STATE_WITHDRAWN: 'ERASURE_REQUEST_STATE_WITHDRAWN',
  ERASURE_REQUEST_STATE_EXECUTED: 'ERASURE_REQUEST_STATE_EXECUTED',
} as const;

export type ErasureRequestState =
  | 'ERASURE_REQUEST_STATE_UNSPECIFIED'
  | 0
  | 'ERASURE_REQUEST_STATE_OPEN'
  | 1
  | 'ERASURE_REQUEST_STATE_WITHDRAWN'
  | 2
  | 'ERASURE_REQUEST_STATE_EXECUTED'
  | 3

export type ErasureRequestState__Output = typeof ErasureRequestState[keyof typeof ErasureRequestState]
