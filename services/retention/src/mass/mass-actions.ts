import { PreconditionError } from '@lethe/platform';
import type { ClockStore } from '../clock/store';
import { scheduleOf } from '../clock/schedule';
import type { ErasureIssuer } from '../erasure/issuer';
import type { MarkStore } from '../marks/marks';
import type { RetentionPolicy } from '../policy/policy';

export type MassActionKind = 'reduce' | 'anonymise' | 'mark';

export interface MassActionFilter {
  subjectIds: string[];
  anchorBefore?: Date;
  onlyFinal: boolean;
}

export interface MassActionResult {
  matched: number;
  /** Matched subjects the action was applied to; the others were in a state it does not apply to. */
  affected: number;
  sample: string[];
}

const SAMPLE_SIZE = 100;

/**
 * Seed 004 "Massenaktionen": reduce, anonymise or mark every subject a filter selects. The
 * selection reads the retention clocks (ids alone select those ids); each subject goes through the
 * same erasure protocol or mark as a single one would.
 */
export class MassActions {
  constructor(
    private readonly clocks: ClockStore,
    private readonly issuer: ErasureIssuer,
    private readonly marks: MarkStore,
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
        // One subject the action cannot apply to (e.g. its mark was executed already) does not stop the rest.
        if (!(err instanceof PreconditionError)) throw err;
      }
    }
    return result;
  }

  private async *select(tenantId: string, filter: MassActionFilter, policy: RetentionPolicy): AsyncGenerator<string> {
    const byClock = filter.anchorBefore !== undefined || filter.onlyFinal;
    if (!byClock) {
      yield* new Set(filter.subjectIds);
      return;
    }
    const ids = filter.subjectIds.length > 0 ? new Set(filter.subjectIds) : undefined;
    for await (const clock of this.clocks.allOf(tenantId)) {
      if (clock.deleteIssuedAt || (ids && !ids.has(clock.subjectId))) continue;
      const schedule = scheduleOf(clock, policy);
      if (filter.onlyFinal && schedule.anchor !== 'final-status') continue;
      if (filter.anchorBefore && !(schedule.anchorAt && schedule.anchorAt < filter.anchorBefore)) continue;
      yield clock.subjectId;
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
