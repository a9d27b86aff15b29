import type { SubjectCipher } from '@lethe/platform/crypto';
import type { SubjectFence } from '@lethe/platform/erasure';
import { NotFoundError } from '@lethe/platform/errors';
import type { LegalHoldRecord } from '../clock/schedule';
import type { ClockStore } from '../clock/store';
import type { ErasureOrchestrator } from '../erasures/orchestrator';
import type { PolicyStore } from '../policy/store';
import { dueByIndex, type DueSource } from '../sweep/due-source';
import { holdsAt } from './rules';

/** The cipher field a hold's reason is encrypted under. */
const REASON_FIELD = 'legalHoldReason';

/** A legal hold as it is shown: the reason decrypted. */
export interface LegalHoldView extends Omit<LegalHoldRecord, 'reason'> {
  subjectId: string;
  reason: string;
  active: boolean;
}

export interface LegalHoldsDeps {
  fence: SubjectFence;
  clocks: ClockStore;
  policies: PolicyStore;
  cipher: SubjectCipher;
  orchestrator: Pick<ErasureOrchestrator, 'rescheduleHeld'>;
}

/**
 * Legal holds, kept on the subject's clock: while one holds, the clock's steps move past its end
 * (see `scheduleOf`) and an erasure issued for the subject by anything else waits for it in the
 * orchestrator. It ends when lifted, or by itself at its end (the sweep); what waited then goes out.
 * The reason is a recruiter's free text and is encrypted under the subject's key.
 */
export class LegalHolds {
  constructor(private readonly deps: LegalHoldsDeps) {}

  /** Sets or replaces the subject's hold; NOT_FOUND for a subject retention never heard of. */
  set(tenantId: string, subjectId: string, actorId: string, hold: { reason: string; until: Date }, now: Date): Promise<LegalHoldView> {
    const { fence, cipher, orchestrator } = this.deps;
    return fence.write({ tenantId, subjectId }, async () => {
      const record: LegalHoldRecord = { reason: await cipher.encrypt(tenantId, subjectId, REASON_FIELD, hold.reason), until: hold.until, setAt: now, setBy: actorId };
      await this.change(tenantId, subjectId, now, () => record);
      await orchestrator.rescheduleHeld(tenantId, subjectId, hold.until);
      return view(subjectId, { ...record, reason: hold.reason }, now);
    });
  }

  /** Ends the subject's hold now; what waited for it goes out. NOT_FOUND when none holds. */
  lift(tenantId: string, subjectId: string, actorId: string, now: Date): Promise<LegalHoldView> {
    const { fence, orchestrator } = this.deps;
    return fence.write({ tenantId, subjectId }, async () => {
      const ended = await this.change(tenantId, subjectId, now, (current) => {
        if (!holdsAt(current, now)) throw new NotFoundError('legal hold', subjectId);
        return { ...current!, endedAt: now, liftedBy: actorId };
      });
      await orchestrator.rescheduleHeld(tenantId, subjectId, now);
      return this.decrypted(tenantId, subjectId, ended, now);
    });
  }

  /** The subject's hold while it holds, decrypted. */
  async activeOf(tenantId: string, subjectId: string, now: Date): Promise<LegalHoldView | undefined> {
    const hold = (await this.deps.clocks.get(tenantId, subjectId))?.legalHold;
    return hold && holdsAt(hold, now) ? this.decrypted(tenantId, subjectId, hold, now) : undefined;
  }

  /**
   * Runs `shred` (a reduction replacing the subject's key) so that a hold that holds keeps its
   * reason: read before, sealed again under the new key after. A reduction issued before the hold
   * was set may be carried out while it holds.
   */
  async keepingReason(tenantId: string, subjectId: string, now: Date, shred: () => Promise<unknown>): Promise<void> {
    const hold = await this.activeOf(tenantId, subjectId, now);
    await shred();
    if (!hold) return;
    const reason = await this.deps.cipher.encrypt(tenantId, subjectId, REASON_FIELD, hold.reason);
    await this.change(tenantId, subjectId, now, (current) => current && { ...current, reason });
  }

  /** Holds whose end has come: each ends by itself, and the clock's steps are computed again. */
  endSource(): DueSource {
    const { fence } = this.deps;
    return {
      name: 'legal-holds',
      ...dueByIndex(this.deps.clocks.model, 'legalHoldUntil'),
      execute: async (item, now) => {
        await fence.writeUnlessErased({ tenantId: item.tenantId, subjectId: item.subjectId }, () =>
          this.change(item.tenantId, item.subjectId, now, (current) => (current && !current.endedAt && current.until <= now ? { ...current, endedAt: current.until } : current)),
        );
      },
    };
  }

  /** Applies a change of the hold to the subject's clock (its dates follow); NOT_FOUND without a clock. */
  private async change(tenantId: string, subjectId: string, now: Date, next: (current: LegalHoldRecord | undefined) => LegalHoldRecord | undefined): Promise<LegalHoldRecord> {
    const { clocks, policies } = this.deps;
    let changed: LegalHoldRecord | undefined;
    const schedule = await clocks.change(tenantId, subjectId, await policies.get(tenantId), now, (clock) => {
      changed = next(clock.legalHold);
      clock.legalHold = changed;
    }, { existingOnly: true });
    if (!schedule || !changed) throw new NotFoundError('subject', subjectId);
    return changed;
  }

  private async decrypted(tenantId: string, subjectId: string, hold: LegalHoldRecord, now: Date): Promise<LegalHoldView> {
    return view(subjectId, { ...hold, reason: await this.deps.cipher.decrypt(tenantId, subjectId, REASON_FIELD, hold.reason) }, now);
  }
}

function view(subjectId: string, hold: LegalHoldRecord, now: Date): LegalHoldView {
  return { ...hold, subjectId, active: holdsAt(hold, now) };
}
