// Original file: proto/lethe/retention/v1/retention_service.proto

export const MarkState = {
  MARK_STATE_UNSPECIFIED: 'MARK_STATE_UNSPECIFIED',
  MARK_STATE_MARKED: 'MARK_STATE_MARKED',
  MARK_STATE_RESTORED: 'MARK_STATE_RESTORED',
  MARK_STATE_EXECUTED: 'MARK_STATE_EXECUTED',
} as const;

export type MarkState =
  | 'MARK_STATE_UNSPECIFIED'
  | 0
  | 'MARK_STATE_MARKED'
  | 1
  | 'MARK_STATE_RESTORED'
  | 2
  | 'MARK_STATE_EXECUTED'
  | 3

export type MarkState__Output = typeof MarkState[keyof typeof MarkState]
