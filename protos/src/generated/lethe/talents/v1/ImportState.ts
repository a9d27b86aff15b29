// Original file: proto/lethe/talents/v1/talent_crm_service.proto

export const ImportState = {
  IMPORT_STATE_UNSPECIFIED: 'IMPORT_STATE_UNSPECIFIED',
  IMPORT_STATE_RUNNING: 'IMPORT_STATE_RUNNING',
  IMPORT_STATE_DONE: 'IMPORT_STATE_DONE',
  IMPORT_STATE_FAILED: 'IMPORT_STATE_FAILED',
} as const;

export type ImportState =
  | 'IMPORT_STATE_UNSPECIFIED'
  | 0
  | 'IMPORT_STATE_RUNNING'
  | 1
  | 'IMPORT_STATE_DONE'
  | 2
  | 'IMPORT_STATE_FAILED'
  | 3

export type ImportState__Output = typeof ImportState[keyof typeof ImportState]
