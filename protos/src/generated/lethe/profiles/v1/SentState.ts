// Original file: proto/lethe/profiles/v1/profile_rendering_service.proto

export const SentState = {
  SENT_STATE_UNSPECIFIED: 'SENT_STATE_UNSPECIFIED',
  SENT_STATE_SENT: 'SENT_STATE_SENT',
  SENT_STATE_RECALLED: 'SENT_STATE_RECALLED',
} as const;

export type SentState =
  | 'SENT_STATE_UNSPECIFIED'
  | 0
  | 'SENT_STATE_SENT'
  | 1
  | 'SENT_STATE_RECALLED'
  | 2

export type SentState__Output = typeof SentState[keyof typeof SentState]
