// Original file: proto/lethe/talents/v1/talent_crm_service.proto

export const ReminderState = {
  REMINDER_STATE_UNSPECIFIED: 'REMINDER_STATE_UNSPECIFIED',
  REMINDER_STATE_OPEN: 'REMINDER_STATE_OPEN',
  REMINDER_STATE_DELIVERED: 'REMINDER_STATE_DELIVERED',
  REMINDER_STATE_DONE: 'REMINDER_STATE_DONE',
  REMINDER_STATE_CANCELLED: 'REMINDER_STATE_CANCELLED',
} as const;

export type ReminderState =
  | 'REMINDER_STATE_UNSPECIFIED'
  | 0
  | 'REMINDER_STATE_OPEN'
  | 1
  | 'REMINDER_STATE_DELIVERED'
  | 2
  | 'REMINDER_STATE_DONE'
  | 3
  | 'REMINDER_STATE_CANCELLED'
  | 4

export type ReminderState__Output = typeof ReminderState[keyof typeof ReminderState]
