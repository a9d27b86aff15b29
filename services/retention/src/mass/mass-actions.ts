import type { SubjectFence } from '@lethe/platform/erasure';
import { NotFoundError, PreconditionError, ValidationError } from '@lethe/platform/errors';
import { newId } from '@lethe/platform/ids';
import { heartbeatWhileRunning } from '@lethe/platform/service';
import type { Logger } from '@lethe/platform/telemetry';
import type { ClockStore } from '../clock/store';
import { openDecisionOf, type OpenDecisionSources } from '../decisions/open-decisions';
import type { ErasureIssuer } from '../erasures/issuer';
import type { Marks } from '../marks/marks';
import type { RetentionPolicy } from '../policy/policy';
import type { CandidateSearchSource } from './candidate-search';
import type { MassActionProgress, MassActionRunDoc, MassActionRunStore } from './runs';
import { clockMatches, selectsByClock, type MassActionFilter, type MassActionKind } from './selection';

/** A run as far as it got; a dry run has no id and no state (nothing was recorded). */
export type MassActionOutcome = MassActionProgress & Partial<Pick<MassActionRunDoc, '_id' | 'state' | 'action' | 'startedAt' | 'finishedAt'>>;

export interface MassActionOptions {
  dryRun: boolean;
  /** Answer with the run's start and carry on without the caller (followed through its id). */
  inBackground: boolean;
  actorId: string;
  now: () => Date;
  policy: RetentionPolicy;
}

export interface MassActionsDeps {
  clocks: Pick<ClockStore, 'allOf' | 'get'>;
  issuer: ErasureIssuer;
  marks: Pick<Marks, 'mark'>;
  decisions: OpenDecisionSources;
  fence: SubjectFence;
  runs: MassActionRunStore;
  /** Where a search's candidates are found; without it a filter naming one is refused. */
  candidates?: CandidateSearchSource;
  logger: Logger;
  /** How often a running run says it goes on (HEARTBEAT_EVERY_MS by default). */
  heartbeatEveryMs?: number;
}

const SAMPLE_SIZE = 100;
/** How often a run's progress is written: every this many subjects. */
const PROGRESS_EVERY = 25;
/** How often a running run's replica writes that it goes on, progress or not. */
const HEARTBEAT_EVERY_MS = 20_000;
/** Heartbeats a run may miss before it counts as interrupted (its replica was killed or crashed). */
const MISSED_HEARTBEATS = 3;

/** A subject whose mark was executed, or who was erased: nothing left for the action to do. */
const erasedMeanwhile = (err: unknown) => err instanceof PreconditionError || (err instanceof NotFoundError && err.reason === 'SUBJECT_ERASED');

/**
 * Data-protection mass actions: reduce, anonymise or mark every subject a filter selects (ids, the
 * retention clocks, or a candidates search with ListCandidates' filters). Each subject goes through
 * the same erasure protocol or mark as a single one would; one that is already marked, has an open
 * erasure request or was erased is reported as skipped, not failed. A run is recorded with its
 * progress, so it can be followed while it goes on.
 */
export class MassActions {
  private readonly running = new Set<Promise<unknown>>();

  constructor(private readonly deps: MassActionsDeps) {}

  async run(tenantId: string, action: MassActionKind, filter: MassActionFilter, options: MassActionOptions): Promise<MassActionOutcome> {
    if (filter.candidates && !this.deps.candidates) {
      throw new ValidationError([{ field: 'filter.candidates', description: 'cannot be searched: retention has no CANDIDATES_GRPC_ADDRESS', code: 'invalid_value' }]);
    }
    const progress: MassActionProgress = { matched: 0, affected: 0, skipped: 0, sample: [], skippedSample: [] };
    if (options.dryRun) {
      for await (const subjectId of this.select(tenantId, filter, options.policy, options.now)) {
        count(progress, subjectId, await openDecisionOf(this.deps.decisions, tenantId, subjectId), false);
      }
      return progress;
    }
    const startedAt = options.now();
    const run: Omit<MassActionRunDoc, 'tenantId'> = { _id: newId(startedAt), action, state: 'running', startedAt, startedBy: options.actorId, heartbeatAt: startedAt, ...progress };
    await this.deps.runs.start(tenantId, run);
    const work = this.execute(tenantId, run, filter, options);
    if (!options.inBackground) return work;
    const tracked = work.catch((err: unknown) => this.deps.logger.error({ err, tenantId, runId: run._id }, 'mass action failed')).finally(() => this.running.delete(tracked));
    this.running.add(tracked);
    return { ...run, sample: [], skippedSample: [] };
  }

  /**
   * The tenant's run as far as it got, or NOT_FOUND. A run whose replica stopped without ending it
   * (killed, crashed) is seen by its missed heartbeats and ended as interrupted.
   */
  async get(tenantId: string, runId: string, now: Date): Promise<MassActionRunDoc> {
    const run = await this.deps.runs.get(tenantId, runId);
    const staleBefore = new Date(now.getTime() - MISSED_HEARTBEATS * this.heartbeatEveryMs);
    if (!(await this.deps.runs.interruptIfStale(tenantId, run, staleBefore, now))) return run.state === 'running' ? this.deps.runs.get(tenantId, runId) : run;
    return { ...run, state: 'interrupted', finishedAt: now };
  }

  private get heartbeatEveryMs(): number {
    return this.deps.heartbeatEveryMs ?? HEARTBEAT_EVERY_MS;
  }

  /** Resolves when the runs going on in the background have ended (the service stops after them). */
  async settled(): Promise<void> {
    await Promise.allSettled([...this.running]);
  }

  private async execute(tenantId: string, run: Omit<MassActionRunDoc, 'tenantId'>, filter: MassActionFilter, options: MassActionOptions): Promise<MassActionOutcome> {
    const progress: MassActionProgress = { matched: 0, affected: 0, skipped: 0, sample: [], skippedSample: [] };
    const stopHeartbeat = heartbeatWhileRunning(() => this.deps.runs.heartbeat(tenantId, run._id, options.now()), this.heartbeatEveryMs, this.deps.logger, { tenantId, runId: run._id });
    try {
      for await (const subjectId of this.select(tenantId, filter, options.policy, options.now)) {
        count(progress, subjectId, await this.apply(tenantId, subjectId, run.action, options), true);
        if (progress.matched % PROGRESS_EVERY === 0) await this.deps.runs.progress(tenantId, run._id, progress, options.now());
      }
    } catch (err) {
      await this.deps.runs.progress(tenantId, run._id, progress, options.now(), 'failed');
      throw err;
    } finally {
      stopHeartbeat();
    }
    const finishedAt = options.now();
    await this.deps.runs.progress(tenantId, run._id, progress, finishedAt, 'done');
    return { ...run, ...progress, state: 'done', finishedAt };
  }

  private async *select(tenantId: string, filter: MassActionFilter, policy: RetentionPolicy, now: () => Date): AsyncGenerator<string> {
    const ids = new Set(filter.subjectIds);
    if (filter.candidates) {
      for await (const subjectId of this.deps.candidates!.idsOf(tenantId, filter.candidates)) {
        if (ids.size > 0 && !ids.has(subjectId)) continue;
        if (selectsByClock(filter)) {
          const clock = await this.deps.clocks.get(tenantId, subjectId);
          if (!clock || !clockMatches({ ...clock, subjectId, deleteIssuedAt: clock.deleteIssued ? now() : undefined }, filter, policy, ids)) continue;
        }
        yield subjectId;
      }
      return;
    }
    if (!selectsByClock(filter)) {
      yield* ids;
      return;
    }
    for await (const clock of this.deps.clocks.allOf(tenantId)) {
      if (clockMatches(clock, filter, policy, ids)) yield clock.subjectId;
    }
  }

  /** Applies the action to one subject; returns why it was skipped, or undefined when it was applied. */
  private async apply(tenantId: string, subjectId: string, action: MassActionKind, { actorId, now, policy }: MassActionOptions): Promise<string | undefined> {
    const { decisions, marks, fence, issuer } = this.deps;
    if (action === 'mark') {
      const decision = await openDecisionOf(decisions, tenantId, subjectId);
      if (decision) return decision;
      try {
        await marks.mark(tenantId, subjectId, policy.defaultMode, actorId, now(), policy);
        return undefined;
      } catch (err) {
        if (erasedMeanwhile(err)) return 'erased';
        throw err;
      }
    }
    // As the subject's only writer: a mark or an erasure request made meanwhile is seen here.
    const outcome = await fence.writeUnlessErased({ tenantId, subjectId }, async () => {
      const decision = await openDecisionOf(decisions, tenantId, subjectId);
      if (decision) return decision;
      await issuer.issue({
        tenantId,
        subjectId,
        mode: action,
        reason: action === 'reduce' ? 'ERASURE_REASON_REDUCTION_DUE' : 'ERASURE_REASON_MANUAL',
        keepFields: action === 'reduce' ? policy.skeletonFields : [],
        trigger: { kind: 'manual', actorId },
      });
      return 'applied';
    });
    if (outcome === undefined) return 'erased';
    return outcome === 'applied' ? undefined : outcome;
  }
}

/** Counts one matched subject: applied (when `applying`), or skipped and why. */
function count(progress: MassActionProgress, subjectId: string, skipReason: string | undefined, applying: boolean): void {
  progress.matched++;
  if (progress.sample.length < SAMPLE_SIZE) progress.sample.push(subjectId);
  if (skipReason) {
    progress.skipped++;
    if (progress.skippedSample.length < SAMPLE_SIZE) progress.skippedSample.push({ subjectId, reason: skipReason });
  } else if (applying) progress.affected++;
}
