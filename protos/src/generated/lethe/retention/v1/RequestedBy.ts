// Original file: proto/lethe/retention/v1/retention_events.proto

export const RequestedBy = {
  REQUESTED_BY_UNSPECIFIED: 'REQUESTED_BY_UNSPECIFIED',
  REQUESTED_BY_CANDIDATE: 'REQUESTED_BY_CANDIDATE',
  REQUESTED_BY_RECRUITER: 'REQUESTED_BY_RECRUITER',
} as const;

export type RequestedBy =
  | 'REQUESTED_BY_UNSPECIFIED'
  | 0
  | 'REQUESTED_BY_CANDIDATE'
  | 1
  | 'REQUESTED_BY_RECRUITER'
  | 2

export type RequestedBy__Output = typeof RequestedBy[keyof typeof RequestedBy]
