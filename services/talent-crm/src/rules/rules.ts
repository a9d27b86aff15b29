import { ConflictError, NotFoundError, ValidationError, type FieldViolation } from '@lethe/platform/errors';
import { newId } from '@lethe/platform/ids';
import type { Page, Stored } from '@lethe/platform/mongo';
import { withLease, type Redis, type TenantKeys } from '@lethe/platform/redis';
import type { Peers } from '../peers/peers';
import type { PoolStore } from '../pools/store';
import type { TalentTrigger } from '../talents/talent';
import { findCycle } from './matching';
import type { Rule, RuleDefinition, RuleRun } from './rule';
import type { RuleDoc, RuleRunDoc, RuleRunStore, RuleStore, RunOwner, TriggerQueue } from './store';

/** How many rules a tenant may have: each save checks them all for cycles. */
export const MAX_RULES_PER_TENANT = 200;

/** How long a save holds the tenant's rules, and waits for another save to finish. */
const SAVE_LEASE = { ttlMs: 15_000, waitMs: 10_000 };

export interface RulesDeps {
  rules: RuleStore;
  runs: RuleRunStore;
  queue: TriggerQueue;
  pools: Pick<PoolStore, 'unknown'>;
  peers: Pick<Peers, 'emailTemplate'>;
  redis: Redis;
  /** Names the lease that serialises the saves of a tenant's rules. */
  keys: TenantKeys;
  now: () => Date;
  /** Called once a trigger was queued, so the rules need not wait for their next round. */
  queued: () => void;
}

/**
 * The tenant's automation rules: each validated when saved (its pools exist, its campaigns are
 * campaign templates of messaging, and it closes no cycle with the other rules), and the entry
 * for triggers from outside a talent's document (`fire`).
 */
export class Rules {
  constructor(private readonly deps: RulesDeps) {}

  create(tenantId: string, actorId: string, definition: RuleDefinition): Promise<Rule> {
    return this.saving(tenantId, async (existing) => {
      if (existing.length >= MAX_RULES_PER_TENANT) {
        throw new ValidationError([{ field: 'rule', code: 'too_many', description: `a tenant has at most ${MAX_RULES_PER_TENANT} rules` }]);
      }
      const id = newId();
      await this.check(tenantId, definition, [...existing, { ...definition, id }]);
      const now = this.deps.now();
      return toRule(await this.deps.rules.insert({ _id: id, tenantId, ...definition, version: 1, createdAt: now, createdBy: actorId, updatedAt: now, updatedBy: actorId }));
    });
  }

  /** Replaces the rule's definition; ABORTED (VERSION_MISMATCH) when it is not at `expectedVersion`. */
  update(tenantId: string, actorId: string, id: string, definition: RuleDefinition, expectedVersion: number): Promise<Rule> {
    return this.saving(tenantId, async (existing) => {
      const current = existing.find((rule) => rule._id === id);
      if (!current) throw new NotFoundError('rule', id);
      if (current.version !== expectedVersion) throw new ConflictError(`rule ${id} is at version ${current.version}, not ${expectedVersion}`, 'VERSION_MISMATCH');
      await this.check(
        tenantId,
        definition,
        existing.map((rule) => (rule._id === id ? { ...definition, id } : rule)),
      );
      const saved = await this.deps.rules.replace(tenantId, id, expectedVersion, definition, actorId, this.deps.now());
      if (!saved) throw new ConflictError(`rule ${id} changed concurrently; read it again`, 'VERSION_MISMATCH');
      return toRule(saved);
    });
  }

  /** Removes the rule; its runs stay in the record. */
  delete(tenantId: string, id: string): Promise<Rule> {
    return this.saving(tenantId, async () => {
      const rule = await this.deps.rules.get(tenantId, id);
      await this.deps.rules.delete(tenantId, id);
      return toRule(rule);
    });
  }

  async list(tenantId: string): Promise<Rule[]> {
    return (await this.deps.rules.all(tenantId, MAX_RULES_PER_TENANT)).map(toRule);
  }

  async runs(tenantId: string, owner: RunOwner, pageSize: number, pageToken: string): Promise<Page<RuleRun>> {
    const page = await this.deps.runs.list(tenantId, owner, pageSize, pageToken);
    return { items: page.items.map(toRuleRun), nextPageToken: page.nextPageToken };
  }

  /**
   * Hands a trigger from outside the talent's document (a consent granted, a reminder due, an
   * ATS status) to the rules. Idempotent by the trigger's id: a trigger fired again runs no rule twice.
   */
  async fire(tenantId: string, trigger: TalentTrigger): Promise<void> {
    await this.deps.queue.enqueue(tenantId, trigger, this.deps.now());
    this.deps.queued();
  }

  /** Runs a save as the only one of the tenant's rules, on the rules as they are: two saves cannot close a cycle together. */
  private saving<T>(tenantId: string, work: (existing: Stored<RuleDoc>[]) => Promise<T>): Promise<T> {
    return withLease(this.deps.redis, this.deps.keys.key(tenantId, 'rules'), SAVE_LEASE, async () => work(await this.deps.rules.all(tenantId, MAX_RULES_PER_TENANT + 1)));
  }

  /**
   * What a rule names must exist: the pools of its trigger, filter and actions are the tenant's,
   * and its campaigns are messaging's campaign templates for candidates. With it, the tenant's
   * rules (`after`) must not trigger each other in a cycle (INVALID_ARGUMENT, RULE_CYCLE).
   */
  private async check(tenantId: string, definition: RuleDefinition, after: readonly (RuleDefinition & { id?: string; _id?: string })[]): Promise<void> {
    const violations: FieldViolation[] = [];
    const pools: { field: string; id: string }[] = [
      ...(definition.trigger === 'pool-joined' && definition.triggerValue ? [{ field: 'rule.triggerValue', id: definition.triggerValue }] : []),
      ...definition.filter.poolIds.map((id, index) => ({ field: `rule.filter.poolIds[${index}]`, id })),
      ...definition.actions.flatMap((action, index) => (action.kind === 'add-to-pool' ? [{ field: `rule.actions[${index}].value`, id: action.value }] : [])),
    ];
    const unknown = new Set(await this.deps.pools.unknown(tenantId, [...new Set(pools.map((pool) => pool.id))]));
    for (const pool of pools) if (unknown.has(pool.id)) violations.push({ field: pool.field, code: 'unknown_pool', description: 'is not a pool of this tenant' });
    for (const [index, action] of definition.actions.entries()) {
      if (action.kind !== 'send-campaign') continue;
      const template = await this.deps.peers.emailTemplate(tenantId, action.value);
      if (!template?.campaign || template.audience !== 'MESSAGE_AUDIENCE_CANDIDATE') {
        violations.push({ field: `rule.actions[${index}].value`, code: 'unknown_campaign', description: 'is not a campaign template of messaging (e.g. talent-pool-welcome)' });
      }
    }
    if (violations.length > 0) throw new ValidationError(violations);
    const rules = after.map((rule) => ({ ...rule, id: rule.id ?? rule._id ?? '' }));
    const cycle = findCycle(rules);
    if (cycle) {
      const names = [...cycle, cycle[0]].map((id) => rules.find((rule) => rule.id === id)?.name ?? id);
      throw new ValidationError([{ field: 'rule.actions', code: 'RULE_CYCLE', description: `would let rules trigger each other in a cycle: ${names.join(' → ')}` }], 'RULE_CYCLE');
    }
  }
}

export function toRule(doc: Stored<RuleDoc>): Rule {
  const { _id, createdAt: _createdAt, createdBy: _createdBy, ...rule } = doc;
  return { ...rule, id: _id, actions: rule.actions.map(({ kind, value }) => ({ kind, value })) };
}

export function toRuleRun(doc: Stored<RuleRunDoc>): RuleRun {
  const { _id, ...run } = doc;
  return { ...run, id: _id, effects: run.effects ?? [], reason: run.reason ?? '' };
}
