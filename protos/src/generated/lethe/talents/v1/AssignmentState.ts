// Original file: proto/lethe/talents/v1/talent_crm_service.proto

export const AssignmentState = {
  ASSIGNMENT_STATE_UNSPECIFIED: 'ASSIGNMENT_STATE_UNSPECIFIED',
  ASSIGNMENT_STATE_ASSIGNED: 'ASSIGNMENT_STATE_ASSIGNED',
  ASSIGNMENT_STATE_SENT: 'ASSIGNMENT_STATE_SENT',
} as const;

export type AssignmentState =
  | 'ASSIGNMENT_STATE_UNSPECIFIED'
  | 0
  | 'ASSIGNMENT_STATE_ASSIGNED'
  | 1
  | 'ASSIGNMENT_STATE_SENT'
  | 2

export type AssignmentState__Output = typeof AssignmentState[keyof typeof AssignmentState]
