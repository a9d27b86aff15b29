// Original file: proto/lethe/messaging/v1/messaging_service.proto

export const MessageAudience = {
  MESSAGE_AUDIENCE_UNSPECIFIED: 'MESSAGE_AUDIENCE_UNSPECIFIED',
  MESSAGE_AUDIENCE_CANDIDATE: 'MESSAGE_AUDIENCE_CANDIDATE',
  MESSAGE_AUDIENCE_CONTACT_PERSON: 'MESSAGE_AUDIENCE_CONTACT_PERSON',
  MESSAGE_AUDIENCE_USER: 'MESSAGE_AUDIENCE_USER',
} as const;

export type MessageAudience =
  | 'MESSAGE_AUDIENCE_UNSPECIFIED'
  | 0
  | 'MESSAGE_AUDIENCE_CANDIDATE'
  | 1
  | 'MESSAGE_AUDIENCE_CONTACT_PERSON'
  | 2
  | 'MESSAGE_AUDIENCE_USER'
  | 3

export type MessageAudience__Output = typeof MessageAudience[keyof typeof MessageAudience]
