// Original file: proto/lethe/candidates/v1/candidates_events.proto

export const FinalOutcome = {
  FINAL_OUTCOME_UNSPECIFIED: 'FINAL_OUTCOME_UNSPECIFIED',
  FINAL_OUTCOME_HIRED: 'FINAL_OUTCOME_HIRED',
  FINAL_OUTCOME_REJECTED: 'FINAL_OUTCOME_REJECTED',
  FINAL_OUTCOME_WITHDRAWN: 'FINAL_OUTCOME_WITHDRAWN',
} as const;

export type FinalOutcome =
  | 'FINAL_OUTCOME_UNSPECIFIED'
  | 0
  | 'FINAL_OUTCOME_HIRED'
  | 1
  | 'FINAL_OUTCOME_REJECTED'
  | 2
  | 'FINAL_OUTCOME_WITHDRAWN'
  | 3

export type FinalOutcome__Output = typeof FinalOutcome[keyof typeof FinalOutcome]
