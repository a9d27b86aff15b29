// Original file: proto/lethe/erasure/v1/erasure.proto

export const ErasureOutcome = {
  ERASURE_OUTCOME_UNSPECIFIED: 'ERASURE_OUTCOME_UNSPECIFIED',
  ERASURE_OUTCOME_DONE: 'ERASURE_OUTCOME_DONE',
  ERASURE_OUTCOME_NOTHING_HELD: 'ERASURE_OUTCOME_NOTHING_HELD',
  ERASURE_OUTCOME_FAILED: 'ERASURE_OUTCOME_FAILED',
} as const;

export type ErasureOutcome =
  | 'ERASURE_OUTCOME_UNSPECIFIED'
  | 0
  | 'ERASURE_OUTCOME_DONE'
  | 1
  | 'ERASURE_OUTCOME_NOTHING_HELD'
  | 2
  | 'ERASURE_OUTCOME_FAILED'
  | 3

export type ErasureOutcome__Output = typeof ErasureOutcome[keyof typeof ErasureOutcome]
