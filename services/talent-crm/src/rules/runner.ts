import { status as GrpcStatus } from '@grpc/grpc-js';
import type { SubjectFence } from '@lethe/platform/erasure';
import { LetheError, NotFoundError } from '@lethe/platform/errors';
import { readErrorDetails } from '@lethe/platform/grpc';
import { newId } from '@lethe/platform/ids';
import type { Stored } from '@lethe/platform/mongo';
import type { Logger } from '@lethe/platform/telemetry';
import type { Peers } from '../peers/peers';
import type { SubjectStates } from '../subjects/store';
import type { TalentStore } from '../talents/store';
import type { Talent, TalentTrigger } from '../talents/talent';
import type { Talents } from '../talents/talents';
import { isTriggeredBy, matchesFilter } from './matching';
import { RULE_LIMITS, type RuleAction, type RuleRunOutcomeName } from './rule';
import type { RuleDoc, RuleRunDoc, RuleRunStore, RuleStore, TriggerQueue } from './store';

/** The templates of the rules' own messages to recruiters. */
export const RECRUITER_NOTIFICATION_TEMPLATE = 'talent-recruiter-notification';

/** What one action did: a change (`effect`), nothing it was allowed to do (`skipped`), or nothing at all. */
type ActionResult = { effect?: string; skipped?: string };

interface RunResult {
  outcome: RuleRunOutcomeName;
  effects: string[];
  reason: string;
}

export interface RuleRunnerDeps {
  rules: RuleStore;
  runs: RuleRunStore;
  queue: TriggerQueue;
  talentTriggers: Pick<TalentStore, 'pendingTriggers' | 'settleTrigger' | 'settleTriggers'>;
  talents: Pick<Talents, 'get' | 'update'>;
  subjects: Pick<SubjectStates, 'restrictionOf'>;
  peers: Pick<Peers, 'sendMessage' | 'campaignAllowed'>;
  fence: SubjectFence;
  logger: Logger;
  now: () => Date;
  /** Triggers taken per round from each source. */
  batchSize?: number;
  /** Talents whose triggers run at once. */
  concurrency?: number;
}

/** A trigger to run, and how to mark it done where it waited. */
interface Work {
  tenantId: string;
  trigger: TalentTrigger;
  settle: () => Promise<void>;
}

/**
 * Runs the rules for the triggers waiting: those a talent's changes wrote into its document, and
 * those fired from outside (consent, reminders, the ATS). A talent's triggers run in order, as the
 * talent's only writer; each enabled rule the trigger starts gets one run per trigger, recorded by
 * a unique insert before its actions, so a trigger delivered again, or taken by two replicas at
 * once, runs no rule twice. A run interrupted half-way (the process stopped) is completed by the
 * next round; its actions change nothing twice (a tag or pool is there already, a message has its
 * idempotency key).
 */
export class RuleRunner {
  constructor(private readonly deps: RuleRunnerDeps) {}

  /**
   * One pass over the triggers waiting, until done or `stopping`; returns how many ran (a trigger
   * that must wait for a later round is not counted).
   */
  async round(stopping: () => boolean = () => false): Promise<number> {
    const limit = this.deps.batchSize ?? 100;
    const [fromTalents, fromOutside] = await Promise.all([this.deps.talentTriggers.pendingTriggers(limit), this.deps.queue.pending(limit)]);
    // The tenant's rules are read once per trigger kind and round: most triggers (every new talent's)
    // start no rule, and are settled together without taking their talent.
    const rulesOf = new Map<string, Promise<Stored<RuleDoc>[]>>();
    const startsARule = async (tenantId: string, trigger: TalentTrigger) => {
      const key = JSON.stringify([tenantId, trigger.kind]);
      if (!rulesOf.has(key)) rulesOf.set(key, this.deps.rules.ofTrigger(tenantId, trigger.kind));
      return (await rulesOf.get(key)!).some((rule) => rule.enabled && isTriggeredBy(rule, trigger));
    };
    const idle: TalentTrigger[] = [];
    const work: Work[] = [];
    for (const { tenantId, trigger } of fromTalents) {
      if (await startsARule(tenantId, trigger)) work.push({ tenantId, trigger, settle: () => this.deps.talentTriggers.settleTrigger(trigger) });
      else idle.push(trigger);
    }
    let ran = idle.length;
    for (const { tenantId, trigger } of fromOutside) {
      const settle = () => this.deps.queue.settle(tenantId, trigger.id);
      if (await startsARule(tenantId, trigger)) work.push({ tenantId, trigger, settle });
      else {
        await settle();
        ran += 1;
      }
    }
    await this.deps.talentTriggers.settleTriggers(idle);
    const byTalent = new Map<string, Work[]>();
    for (const item of work) {
      const key = JSON.stringify([item.tenantId, item.trigger.talentId]);
      byTalent.set(key, [...(byTalent.get(key) ?? []), item]);
    }
    const groups = [...byTalent.values()];
    let next = 0;
    const worker = async () => {
      while (next < groups.length && !stopping()) {
        for (const item of groups[next++]) {
          if (stopping() || !(await this.take(item))) break;
          ran += 1;
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.deps.concurrency ?? 4, groups.length) }, worker));
    return ran;
  }

  /** Runs one trigger as its talent's writer and settles it; false when it must wait for a later round. */
  private async take({ tenantId, trigger, settle }: Work): Promise<boolean> {
    try {
      // An erased talent's triggers go with it; a queued one is settled here.
      await this.deps.fence.writeUnlessErased({ tenantId, subjectId: trigger.talentId }, () => this.run(tenantId, trigger));
      await settle();
      return true;
    } catch (err) {
      this.deps.logger.warn({ err, tenantId, talentId: trigger.talentId, triggerId: trigger.id }, 'rules could not run for a trigger; the next round tries again');
      return false;
    }
  }

  /** Runs every enabled rule the trigger starts, unless it ran for this trigger already. */
  async run(tenantId: string, trigger: TalentTrigger): Promise<void> {
    const { rules, runs, talents } = this.deps;
    const started = (await rules.ofTrigger(tenantId, trigger.kind)).filter((rule) => rule.enabled && isTriggeredBy(rule, trigger));
    if (started.length === 0) return;
    const earlier = new Map((await runs.ofTrigger(tenantId, trigger.id)).map((run) => [run.ruleId, run]));
    let talent: Talent;
    try {
      talent = await talents.get(tenantId, trigger.talentId);
    } catch (err) {
      if (err instanceof NotFoundError) return;
      throw err;
    }
    const depth = await this.depthOf(tenantId, trigger);
    for (const rule of started) {
      const before = earlier.get(rule._id);
      if (before?.outcome) continue;
      const run =
        before ??
        (await runs.start({ _id: newId(), tenantId, ruleId: rule._id, talentId: talent.id, trigger: trigger.kind, triggerId: trigger.id, effects: [], reason: '', depth, ranAt: this.deps.now() }));
      // Another writer recorded the run first: it is that one's to finish.
      if (!run) continue;
      const result = await this.apply(tenantId, rule, talent, trigger, run);
      await runs.finish(tenantId, run._id, result);
      if (result.effects.length > 0) talent = await talents.get(tenantId, talent.id);
    }
  }

  /** How many rules' effects led to the trigger: one more than the run whose rule caused it. */
  private async depthOf(tenantId: string, trigger: TalentTrigger): Promise<number> {
    if (!trigger.causedByRuleId) return 0;
    const cause = await this.deps.runs.latest(tenantId, trigger.talentId, trigger.causedByRuleId);
    return (cause?.depth ?? 0) + 1;
  }

  private async apply(tenantId: string, rule: Stored<RuleDoc>, talent: Talent, trigger: TalentTrigger, run: Stored<RuleRunDoc>): Promise<RunResult> {
    const skipped = (reason: string): RunResult => ({ outcome: 'skipped', effects: [], reason });
    if (trigger.causedByRuleId === rule._id) return skipped('RULE_OWN_EFFECT');
    if (run.depth > RULE_LIMITS.chainDepth) return skipped('RULE_CHAIN_TOO_DEEP');
    if (!matchesFilter(rule.filter, talent)) return { outcome: 'filtered-out', effects: [], reason: '' };
    if (talent.reduced) return skipped('SUBJECT_REDUCED');
    // Nothing automated while the person is marked for deletion or asked to be forgotten.
    const restriction = await this.deps.subjects.restrictionOf(tenantId, talent.id);
    if (restriction) return skipped(restriction === 'marked-for-deletion' ? 'SUBJECT_MARKED_FOR_DELETION' : 'ERASURE_REQUESTED');

    const effects: string[] = [];
    let skip: string | undefined;
    let current = talent;
    for (const [index, action] of rule.actions.entries()) {
      let result: ActionResult & { talent?: Talent };
      try {
        result = await this.act(tenantId, rule, current, action, `rule-run:${run._id}:${index}`);
      } catch (err) {
        if (isTransient(err)) throw err;
        this.deps.logger.warn({ err, tenantId, ruleId: rule._id, runId: run._id, action: action.kind }, 'a rule action failed');
        return { outcome: 'failed', effects, reason: err instanceof LetheError && err.reason ? err.reason : 'ACTION_FAILED' };
      }
      if (result.effect) effects.push(result.effect);
      if (result.talent) current = result.talent;
      skip ??= result.skipped;
    }
    return skip ? { outcome: 'skipped', effects, reason: skip } : { outcome: 'applied', effects, reason: '' };
  }

  private async act(tenantId: string, rule: Stored<RuleDoc>, talent: Talent, action: RuleAction, idempotencyKey: string): Promise<ActionResult & { talent?: Talent }> {
    const { talents, peers } = this.deps;
    const actor = `rule:${rule._id}`;
    switch (action.kind) {
      case 'add-to-pool': {
        if (talent.poolIds.includes(action.value)) return {};
        const changed = await talents.update(tenantId, actor, talent.id, { poolIds: [...talent.poolIds, action.value] }, { causedByRuleId: rule._id });
        return { effect: `pool:${action.value}`, talent: changed };
      }
      case 'add-tag': {
        if (talent.tags.includes(action.value)) return {};
        const changed = await talents.update(tenantId, actor, talent.id, { tags: [...talent.tags, action.value] }, { causedByRuleId: rule._id });
        return { effect: `tag:${action.value}`, talent: changed };
      }
      case 'notify-recruiter': {
        const userId = action.value || talent.recruiterId;
        if (!userId) return { skipped: 'NO_RECRUITER' };
        const message = await peers.sendMessage(tenantId, {
          idempotencyKey,
          recipient: { userId },
          templateKey: RECRUITER_NOTIFICATION_TEMPLATE,
          aboutCandidateId: talent.id,
          values: { talentName: `${talent.profile.firstName} ${talent.profile.lastName}`.trim(), talentId: talent.id, ruleName: rule.name },
        });
        return sentOrSuppressed(message);
      }
      case 'send-campaign': {
        // A campaign only with the person's campaign or storage consent at this moment (messaging checks once more).
        if (!(await peers.campaignAllowed(tenantId, talent.id))) return { skipped: 'NO_CONSENT' };
        const message = await peers.sendMessage(tenantId, { idempotencyKey, recipient: { candidateId: talent.id }, templateKey: action.value, language: talent.profile.language });
        return sentOrSuppressed(message);
      }
    }
  }
}

function sentOrSuppressed(message: { id: string; state: string; suppressedBecause: string }): ActionResult {
  if (message.state === 'MESSAGE_STATE_SUPPRESSED') return { skipped: message.suppressedBecause || 'SUPPRESSED' };
  return { effect: `message:${message.id}` };
}

/** A failure the next round may not meet: a service that did not answer, a subject held by another writer. */
function isTransient(err: unknown): boolean {
  if (err instanceof LetheError) return err.kind === 'unavailable' || err.kind === 'aborted' || err.kind === 'deadline_exceeded';
  const { code } = readErrorDetails(err);
  return code === GrpcStatus.UNAVAILABLE || code === GrpcStatus.DEADLINE_EXCEEDED || code === GrpcStatus.ABORTED || code === GrpcStatus.RESOURCE_EXHAUSTED;
}
