// Original file: proto/lethe/retention/v1/retention_events.proto

export const ScheduledAction = {
  SCHEDULED_ACTION_UNSPECIFIED: 'SCHEDULED_ACTION_UNSPECIFIED',
  SCHEDULED_ACTION_REDUCE: 'SCHEDULED_ACTION_REDUCE',
  SCHEDULED_ACTION_DELETE: 'SCHEDULED_ACTION_DELETE',
  SCHEDULED_ACTION_ANONYMISE: 'SCHEDULED_ACTION_ANONYMISE',
} as const;

export type ScheduledAction =
  | 'SCHEDULED_ACTION_UNSPECIFIED'
  | 0
  | 'SCHEDULED_ACTION_REDUCE'
  | 1
  | 'SCHEDULED_ACTION_DELETE'
  | 2
  | 'SCHEDULED_ACTION_ANONYMISE'
  | 3

export type ScheduledAction__Output = typeof ScheduledAction[keyof typeof ScheduledAction]
