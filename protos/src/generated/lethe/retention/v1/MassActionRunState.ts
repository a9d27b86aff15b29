// Original file: proto/lethe/retention/v1/retention_service.proto

export const MassActionRunState = {
  MASS_ACTION_RUN_STATE_UNSPECIFIED: 'MASS_ACTION_RUN_STATE_UNSPECIFIED',
  MASS_ACTION_RUN_STATE_RUNNING: 'MASS_ACTION_RUN_STATE_RUNNING',
  MASS_ACTION_RUN_STATE_DONE: 'MASS_ACTION_RUN_STATE_DONE',
  MASS_ACTION_RUN_STATE_FAILED: 'MASS_ACTION_RUN_STATE_FAILED',
} as const;

export type MassActionRunState =
  | 'MASS_ACTION_RUN_STATE_UNSPECIFIED'
  | 0
  | 'MASS_ACTION_RUN_STATE_RUNNING'
  | 1
  | 'MASS_ACTION_RUN_STATE_DONE'
  | 2
  | 'MASS_ACTION_RUN_STATE_FAILED'
  | 3

export type MassActionRunState__Output = typeof MassActionRunState[keyof typeof MassActionRunState]
