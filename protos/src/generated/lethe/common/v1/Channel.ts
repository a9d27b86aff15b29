// Original file: proto/lethe/common/v1/common.proto

export const Channel = {
  CHANNEL_UNSPECIFIED: 'CHANNEL_UNSPECIFIED',
  CHANNEL_EMAIL: 'CHANNEL_EMAIL',
  CHANNEL_SMS: 'CHANNEL_SMS',
  CHANNEL_WHATSAPP: 'CHANNEL_WHATSAPP',
} as const;

export type Channel =
  | 'CHANNEL_UNSPECIFIED'
  | 0
  | 'CHANNEL_EMAIL'
  | 1
  | 'CHANNEL_SMS'
  | 2
  | 'CHANNEL_WHATSAPP'
  | 3

export type Channel__Output = typeof Channel[keyof typeof Channel]
