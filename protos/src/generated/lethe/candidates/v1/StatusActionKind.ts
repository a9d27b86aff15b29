// Original file: proto/lethe/candidates/v1/candidates_events.proto

export const StatusActionKind = {
  STATUS_ACTION_KIND_UNSPECIFIED: 'STATUS_ACTION_KIND_UNSPECIFIED',
  STATUS_ACTION_KIND_REDUCE_CONTENTS: 'STATUS_ACTION_KIND_REDUCE_CONTENTS',
  STATUS_ACTION_KIND_SEND_TEMPLATE: 'STATUS_ACTION_KIND_SEND_TEMPLATE',
} as const;

export type StatusActionKind =
  | 'STATUS_ACTION_KIND_UNSPECIFIED'
  | 0
  | 'STATUS_ACTION_KIND_REDUCE_CONTENTS'
  | 1
  | 'STATUS_ACTION_KIND_SEND_TEMPLATE'
  | 2

export type StatusActionKind__Output = typeof StatusActionKind[keyof typeof StatusActionKind]
