import { z } from 'zod';
import { requireRight, RIGHTS } from '@lethe/platform/auth';
import { unary, type HandlerTable } from '@lethe/platform/grpc';
import { fields, LIMITS, parseInput } from '@lethe/platform/validation';
import { toTimestamp, type ProtoEnum, type Rule as RuleMessage, type RuleRun as RuleRunMessage, type TalentCrmServiceDefinition } from '@lethe/protos';
import { RULE_ACTION_KIND, RULE_LIMITS, RULE_RUN_OUTCOME, TRIGGERS_WITH_VALUE, type Rule, type RuleAction, type RuleDefinition, type RuleRun } from '../rules/rule';
import type { Rules } from '../rules/rules';
import type { RunOwner } from '../rules/store';
import { MAX_TAG_CHARS, normaliseTag, normaliseTags } from '../talents/rules';
import { TALENT_SOURCE, TALENT_STATUS, TRIGGER_KIND } from '../talents/talent';

/** A proto enum value as its name in the code; UNSPECIFIED and unknown values are refused with `message`. */
const enumValue = <N extends string>(values: ProtoEnum<N, string>, message: string) =>
  z
    .string()
    .max(100, message)
    .transform((value, ctx) => {
      const name = values.fromProto(value);
      if (name === undefined) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, message });
        return z.NEVER;
      }
      return name;
    });

/** Longest value of an action: each kind then checks its own. */
const MAX_ACTION_VALUE_CHARS = 100;

const actionSchema = z
  .object({
    kind: enumValue(RULE_ACTION_KIND, 'must name an action (RULE_ACTION_KIND_…)'),
    value: z.string().max(MAX_ACTION_VALUE_CHARS, `must be at most ${MAX_ACTION_VALUE_CHARS} characters`).transform((value) => value.trim()),
  })
  .transform((action, ctx): RuleAction => {
    const refuse = (message: string) => {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['value'], message });
      return z.NEVER;
    };
    switch (action.kind) {
      case 'add-to-pool':
        return fields.id().safeParse(action.value).success ? action : refuse('must be a pool id');
      case 'add-tag': {
        const tag = normaliseTag(action.value);
        if (tag === '' || tag.length > MAX_TAG_CHARS) return refuse(`must be a tag of 1 to ${MAX_TAG_CHARS} characters`);
        return { kind: action.kind, value: tag };
      }
      case 'notify-recruiter':
        return fields.optionalId().safeParse(action.value).success ? action : refuse("must be a user id, or empty for the talent's recruiter");
      case 'send-campaign':
        return action.value !== '' && action.value.length <= RULE_LIMITS.templateKey ? action : refuse('must be a campaign template key, e.g. talent-pool-welcome');
    }
  });

const filterSchema = z
  .object({
    tags: fields.list(z.string().max(MAX_TAG_CHARS, `must be at most ${MAX_TAG_CHARS} characters`), RULE_LIMITS.tags).transform(normaliseTags),
    sources: fields.list(enumValue(TALENT_SOURCE, 'must name a source (TALENT_SOURCE_…)'), TALENT_SOURCE.names.length),
    poolIds: fields.list(fields.id(), RULE_LIMITS.pools).transform((ids) => [...new Set(ids)]),
    statuses: fields.list(enumValue(TALENT_STATUS, 'must name a status (TALENT_STATUS_…)'), TALENT_STATUS.names.length),
    sourceInfo: z.string().max(RULE_LIMITS.sourceInfo, `must be at most ${RULE_LIMITS.sourceInfo} characters`).transform((value) => value.trim()),
  })
  .nullish()
  .transform((filter) => filter ?? { tags: [], sources: [], poolIds: [], statuses: [], sourceInfo: '' });

const ruleSchema = z
  .object({
    // The rule's id names it in an update; what only the answer carries is capped and dropped.
    id: fields.text(LIMITS.id),
    name: fields.required(RULE_LIMITS.name),
    trigger: enumValue(TRIGGER_KIND, 'must name a trigger (RULE_TRIGGER_…)'),
    triggerValue: z.string().max(RULE_LIMITS.statusKey, `must be at most ${RULE_LIMITS.statusKey} characters`).transform((value) => value.trim()),
    filter: filterSchema,
    actions: fields.list(actionSchema, RULE_LIMITS.actions, `must have at most ${RULE_LIMITS.actions} actions`).refine((actions) => actions.length > 0, 'needs at least one action'),
    enabled: z.boolean(),
    updatedBy: fields.text(128),
  })
  .transform((rule, ctx) => {
    const refuse = (message: string) => {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['triggerValue'], message });
      return z.NEVER;
    };
    let triggerValue = rule.triggerValue;
    if (!TRIGGERS_WITH_VALUE.has(rule.trigger) && triggerValue !== '') return refuse('must be empty: the trigger takes no value');
    if (rule.trigger === 'tag-added') {
      triggerValue = normaliseTag(triggerValue);
      if (triggerValue.length > MAX_TAG_CHARS) return refuse(`must be a tag of at most ${MAX_TAG_CHARS} characters, or empty for any`);
    }
    if (rule.trigger === 'pool-joined' && !fields.optionalId().safeParse(triggerValue).success) return refuse('must be a pool id, or empty for any');
    const definition: RuleDefinition = { name: rule.name, trigger: rule.trigger, triggerValue, filter: rule.filter, actions: rule.actions, enabled: rule.enabled };
    return { id: rule.id, definition };
  });

const ruleRequired = z
  .unknown()
  .refine((rule) => rule !== null && rule !== undefined, 'is required')
  .pipe(ruleSchema);

const createSchema = z.object({ rule: ruleRequired });
const updateSchema = z.object({ rule: ruleRequired, expectedVersion: z.number().int().min(1, 'must be the version read') }).superRefine((request, ctx) => {
  if (!fields.id().safeParse(request.rule.id).success) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['rule', 'id'], message: 'must name the rule to change' });
});
const idSchema = z.object({ id: fields.id() });

const runsSchema = z
  // Each id capped where it stands: an over-long one is refused by its own name before the one named is read.
  .object({ of: z.enum(['ruleId', 'talentId']).optional(), ruleId: fields.text(LIMITS.id).optional(), talentId: fields.text(LIMITS.id).optional(), page: fields.page() })
  .transform((value, ctx) => {
    const parsed = fields.id().safeParse((value.of && value[value.of]) ?? '');
    if (!value.of || !parsed.success) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['of'], message: 'must name a rule_id or a talent_id' });
      return z.NEVER;
    }
    const owner: RunOwner = value.of === 'ruleId' ? { ruleId: parsed.data } : { talentId: parsed.data };
    return { owner, page: value.page };
  });

export interface RulesApiDeps {
  rules: Rules;
}

/** Automation rules (changed with settings:manage) and what they did. */
export function ruleHandlers({ rules }: RulesApiDeps): HandlerTable<TalentCrmServiceDefinition, 'CreateRule' | 'UpdateRule' | 'DeleteRule' | 'ListRules' | 'ListRuleRuns'> {
  return {
    CreateRule: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.manageSettings);
      const { rule } = parseInput(createSchema, request);
      return toRuleMessage(await rules.create(ctx.tenantId, ctx.actorId, rule.definition));
    }),
    UpdateRule: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.manageSettings);
      const { rule, expectedVersion } = parseInput(updateSchema, request);
      return toRuleMessage(await rules.update(ctx.tenantId, ctx.actorId, rule.id, rule.definition, expectedVersion));
    }),
    DeleteRule: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.manageSettings);
      return toRuleMessage(await rules.delete(ctx.tenantId, parseInput(idSchema, request).id));
    }),
    ListRules: unary(async (_request, ctx) => {
      requireRight(ctx, RIGHTS.readTalents);
      return { rules: (await rules.list(ctx.tenantId)).map(toRuleMessage) };
    }),
    ListRuleRuns: unary(async (request, ctx) => {
      requireRight(ctx, RIGHTS.readTalents);
      const { owner, page } = parseInput(runsSchema, request);
      const result = await rules.runs(ctx.tenantId, owner, page.pageSize, page.pageToken);
      return { runs: result.items.map(toRuleRunMessage), page: { nextPageToken: result.nextPageToken } };
    }),
  };
}

export function toRuleMessage(rule: Rule): RuleMessage {
  return {
    id: rule.id,
    name: rule.name,
    trigger: TRIGGER_KIND.toProto(rule.trigger),
    triggerValue: rule.triggerValue,
    filter: {
      tags: rule.filter.tags,
      sources: rule.filter.sources.map((source) => TALENT_SOURCE.toProto(source)),
      poolIds: rule.filter.poolIds,
      statuses: rule.filter.statuses.map((status) => TALENT_STATUS.toProto(status)),
      sourceInfo: rule.filter.sourceInfo,
    },
    actions: rule.actions.map((action) => ({ kind: RULE_ACTION_KIND.toProto(action.kind), value: action.value })),
    enabled: rule.enabled,
    version: rule.version,
    updatedAt: toTimestamp(rule.updatedAt),
    updatedBy: rule.updatedBy,
  };
}

export function toRuleRunMessage(run: RuleRun): RuleRunMessage {
  return {
    id: run.id,
    ruleId: run.ruleId,
    talentId: run.talentId,
    trigger: TRIGGER_KIND.toProto(run.trigger),
    triggerEventId: run.triggerId,
    outcome: run.outcome ? RULE_RUN_OUTCOME.toProto(run.outcome) : 'RULE_RUN_OUTCOME_UNSPECIFIED',
    effects: run.effects,
    reason: run.reason,
    ranAt: toTimestamp(run.ranAt),
  };
}
