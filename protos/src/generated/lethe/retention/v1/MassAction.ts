// Original file: proto/lethe/retention/v1/retention_service.proto

export const MassAction = {
  MASS_ACTION_UNSPECIFIED: 'MASS_ACTION_UNSPECIFIED',
  MASS_ACTION_REDUCE: 'MASS_ACTION_REDUCE',
  MASS_ACTION_ANONYMISE: 'MASS_ACTION_ANONYMISE',
  MASS_ACTION_MARK_FOR_DELETION: 'MASS_ACTION_MARK_FOR_DELETION',
} as const;

export type MassAction =
  | 'MASS_ACTION_UNSPECIFIED'
  | 0
  | 'MASS_ACTION_REDUCE'
  | 1
  | 'MASS_ACTION_ANONYMISE'
  | 2
  | 'MASS_ACTION_MARK_FOR_DELETION'
  | 3

export type MassAction__Output = typeof MassAction[keyof typeof MassAction]
