import { NotFoundError, PreconditionError } from '@lethe/platform/errors';
import type { ClockStore } from '../clock/store';
import type { ErasureIssuer } from '../erasures/issuer';
import type { Marks } from '../marks/marks';
import type { RetentionPolicy } from '../policy/policy';
import { clockMatches, selectsByClock, type MassActionFilter, type MassActionKind } from './selection';

export interface MassActionResult {
  matched: number;
  /** Matched subjects the action was applied to; the others were in a state it does not apply to. */
  affected: number;
  sample: string[];
}

const SAMPLE_SIZE = 100;

/** A subject the action cannot apply to: its mark was executed, or it was erased. */
const passedOver = (err: unknown) => err instanceof PreconditionError || (err instanceof NotFoundError && err.reason === 'SUBJECT_ERASED');

/**
 * Data-protection mass actions: reduce, anonymise or mark every subject a filter selects. The
 * selection reads the retention clocks (ids alone select those ids); each subject goes through the
 * same erasure protocol or mark as a single one would.
 */
export class MassActions {
  constructor(
    private readonly clocks: Pick<ClockStore, 'allOf'>,
    private readonly issuer: ErasureIssuer,
    private readonly marks: Pick<Marks, 'mark'>,
  ) {}

  async run(tenantId: string, action: MassActionKind, filter: MassActionFilter, options: { dryRun: boolean; actorId: string; now: Date; policy: RetentionPolicy }): Promise<MassActionResult> {
    const result: MassActionResult = { matched: 0, affected: 0, sample: [] };
    for await (const subjectId of this.select(tenantId, filter, options.policy)) {
      result.matched++;
      if (result.sample.length < SAMPLE_SIZE) result.sample.push(subjectId);
      if (options.dryRun) continue;
      try {
        await this.apply(tenantId, subjectId, action, options);
        result.affected++;
      } catch (err) {
        // One subject the action cannot apply to does not stop the rest.
        if (!passedOver(err)) throw err;
      }
    }
    return result;
  }

  private async *select(tenantId: string, filter: MassActionFilter, policy: RetentionPolicy): AsyncGenerator<string> {
    if (!selectsByClock(filter)) {
      yield* new Set(filter.subjectIds);
      return;
    }
    const ids = new Set(filter.subjectIds);
    for await (const clock of this.clocks.allOf(tenantId)) {
      if (clockMatches(clock, filter, policy, ids)) yield clock.subjectId;
    }
  }

  private async apply(tenantId: string, subjectId: string, action: MassActionKind, { actorId, now, policy }: { actorId: string; now: Date; policy: RetentionPolicy }): Promise<void> {
    if (action === 'mark') {
      await this.marks.mark(tenantId, subjectId, policy.defaultMode, actorId, now, policy);
      return;
    }
    await this.issuer.issue({
      tenantId,
      subjectId,
      mode: action,
      reason: action === 'reduce' ? 'ERASURE_REASON_REDUCTION_DUE' : 'ERASURE_REASON_MANUAL',
      keepFields: action === 'reduce' ? policy.skeletonFields : [],
      trigger: { kind: 'manual', actorId },
    });
  }
}
