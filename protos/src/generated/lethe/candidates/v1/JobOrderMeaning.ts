// Original file: proto/lethe/candidates/v1/candidates_events.proto

export const JobOrderMeaning = {
  JOB_ORDER_MEANING_UNSPECIFIED: 'JOB_ORDER_MEANING_UNSPECIFIED',
  JOB_ORDER_MEANING_NORMAL_PROCESSING: 'JOB_ORDER_MEANING_NORMAL_PROCESSING',
  JOB_ORDER_MEANING_PLACEMENT: 'JOB_ORDER_MEANING_PLACEMENT',
} as const;

export type JobOrderMeaning =
  | 'JOB_ORDER_MEANING_UNSPECIFIED'
  | 0
  | 'JOB_ORDER_MEANING_NORMAL_PROCESSING'
  | 1
  | 'JOB_ORDER_MEANING_PLACEMENT'
  | 2

export type JobOrderMeaning__Output = typeof JobOrderMeaning[keyof typeof JobOrderMeaning]
