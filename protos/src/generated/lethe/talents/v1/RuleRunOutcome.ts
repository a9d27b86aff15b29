// Original file: proto/lethe/talents/v1/talent_crm_service.proto

export const RuleRunOutcome = {
  RULE_RUN_OUTCOME_UNSPECIFIED: 'RULE_RUN_OUTCOME_UNSPECIFIED',
  RULE_RUN_OUTCOME_APPLIED: 'RULE_RUN_OUTCOME_APPLIED',
  RULE_RUN_OUTCOME_FILTERED_OUT: 'RULE_RUN_OUTCOME_FILTERED_OUT',
  RULE_RUN_OUTCOME_SKIPPED: 'RULE_RUN_OUTCOME_SKIPPED',
  RULE_RUN_OUTCOME_FAILED: 'RULE_RUN_OUTCOME_FAILED',
} as const;

export type RuleRunOutcome =
  | 'RULE_RUN_OUTCOME_UNSPECIFIED'
  | 0
  | 'RULE_RUN_OUTCOME_APPLIED'
  | 1
  | 'RULE_RUN_OUTCOME_FILTERED_OUT'
  | 2
  | 'RULE_RUN_OUTCOME_SKIPPED'
  | 3
  | 'RULE_RUN_OUTCOME_FAILED'
  | 4

export type RuleRunOutcome__Output = typeof RuleRunOutcome[keyof typeof RuleRunOutcome]
