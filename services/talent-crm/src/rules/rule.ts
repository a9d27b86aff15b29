import { protoEnum, type RuleActionKind, type RuleRunOutcome } from '@lethe/protos';
import type { TalentSourceName, TalentStatusName, TriggerKindName } from '../talents/talent';

export const RULE_ACTION_KIND = protoEnum({
  /** value: a pool id */
  'add-to-pool': 'RULE_ACTION_KIND_ADD_TO_POOL',
  /** value: a tag */
  'add-tag': 'RULE_ACTION_KIND_ADD_TAG',
  /** value: a user id, or empty for the talent's recruiter */
  'notify-recruiter': 'RULE_ACTION_KIND_NOTIFY_RECRUITER',
  /** value: a campaign template key of messaging */
  'send-campaign': 'RULE_ACTION_KIND_SEND_CAMPAIGN',
} as const satisfies Record<string, RuleActionKind>);
export type RuleActionKindName = (typeof RULE_ACTION_KIND.names)[number];

export const RULE_RUN_OUTCOME = protoEnum({
  applied: 'RULE_RUN_OUTCOME_APPLIED',
  'filtered-out': 'RULE_RUN_OUTCOME_FILTERED_OUT',
  skipped: 'RULE_RUN_OUTCOME_SKIPPED',
  failed: 'RULE_RUN_OUTCOME_FAILED',
} as const satisfies Record<string, RuleRunOutcome>);
export type RuleRunOutcomeName = (typeof RULE_RUN_OUTCOME.names)[number];

export const RULE_LIMITS = {
  name: 120,
  actions: 10,
  tags: 20,
  pools: 50,
  sourceInfo: 200,
  /** A template key as messaging names it. */
  templateKey: 60,
  /** An ATS status key a rule waits for. */
  statusKey: 100,
  /** Rules triggered by other rules' effects, one after the other, before the chain is stopped. */
  chainDepth: 5,
} as const;

/** The triggers whose value narrows them (the tag, the pool, the ATS status); the others take none. */
export const TRIGGERS_WITH_VALUE: ReadonlySet<TriggerKindName> = new Set(['tag-added', 'pool-joined', 'ats-status-changed']);

/** Which talents a rule applies to; an empty criterion selects every talent. */
export interface RuleFilter {
  /** The talent has every one. */
  tags: string[];
  /** The talent's source is one of them. */
  sources: TalentSourceName[];
  /** The talent is in one of them. */
  poolIds: string[];
  statuses: TalentStatusName[];
  /** Exactly the talent's source info, e.g. a form's title or "ATS-Import"; '' for any. */
  sourceInfo: string;
}

export interface RuleAction {
  kind: RuleActionKindName;
  value: string;
}

/** What a rule is made of, as it is saved. */
export interface RuleDefinition {
  name: string;
  trigger: TriggerKindName;
  /** The tag, pool id or ATS status key the trigger must carry; '' for any. */
  triggerValue: string;
  filter: RuleFilter;
  actions: RuleAction[];
  enabled: boolean;
}

export interface Rule extends RuleDefinition {
  id: string;
  tenantId: string;
  version: number;
  updatedAt: Date;
  updatedBy: string;
}

/** What one rule did about one trigger: ids and codes only, never a person's data. */
export interface RuleRun {
  id: string;
  tenantId: string;
  ruleId: string;
  talentId: string;
  trigger: TriggerKindName;
  triggerId: string;
  /** Absent while the run is under way. */
  outcome?: RuleRunOutcomeName;
  /** e.g. "pool:<id>", "tag:<tag>", "message:<id>" */
  effects: string[];
  /** SKIPPED or FAILED: why, as a reason code. */
  reason: string;
  /** How many rules' effects led to the trigger: 0 for a change a person or an event made. */
  depth: number;
  ranAt: Date;
}
