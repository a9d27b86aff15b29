import { ERASURE_MODE, type ErasureModeName, type SubjectFence } from '@lethe/platform/erasure';
import { PreconditionError } from '@lethe/platform/errors';
import { outboxEntry } from '@lethe/platform/outbox';
import { toTimestamp, TOPICS } from '@lethe/protos';
import type { ClockStore } from '../clock/store';
import type { ErasureIssuer } from '../erasures/issuer';
import type { RetentionPolicyValues } from '../policy/policy';
import { dueByIndex, type DueSource } from '../sweep/due-source';
import { earliestDeletion, markOwnerNoticeAt, markTransition } from './rules';
import type { MarkDoc, MarkStore, NewMark } from './store';

export interface MarksOptions {
  fence: SubjectFence;
  store: MarkStore;
  clocks: Pick<ClockStore, 'markingFactsOf'>;
}

const executed = (subjectId: string, message: string) => new PreconditionError('ALREADY_EXECUTED', message, { type: 'subject', id: subjectId });

/**
 * Marking for deletion: a mark is made and lifted as the subject's only writer (its write fence),
 * and each change is announced in the same write (the other services hide the record and refuse
 * edits while it is marked). The sweep executes a mark at its earliest deletion time.
 */
export class Marks {
  readonly store: MarkStore;
  private readonly fence: SubjectFence;
  private readonly clocks: MarksOptions['clocks'];

  constructor({ fence, store, clocks }: MarksOptions) {
    this.fence = fence;
    this.store = store;
    this.clocks = clocks;
  }

  /** Marks the subject; it is executed at the earliest deletion time its job-order assignments allow. */
  async mark(tenantId: string, subjectId: string, mode: ErasureModeName, actorId: string, now: Date, policy: RetentionPolicyValues): Promise<MarkDoc> {
    // An executed mark is final, and says so even after the erasure it issued erased the subject.
    if ((await this.store.find(tenantId, subjectId))?.state === 'executed') throw executed(subjectId, `the mark of ${subjectId} was executed`);
    return this.fence.write({ tenantId, subjectId }, async () => {
      const current = await this.store.find(tenantId, subjectId);
      const transition = markTransition(current?.state, 'marked');
      if (transition === 'executed') throw executed(subjectId, `the mark of ${subjectId} was executed`);
      if (transition === 'unchanged') return current!;
      const { assignments, ownerId } = await this.clocks.markingFactsOf(tenantId, subjectId);
      const earliest = earliestDeletion(now, assignments, policy);
      const mark: NewMark = {
        subjectId,
        mode,
        state: 'marked',
        markedAt: now,
        markedBy: actorId,
        earliestDeletionAt: earliest.at,
        waitRule: earliest.rule,
        executeAt: earliest.at,
        ...(ownerId ? { ownerId, ownerNoticeAt: markOwnerNoticeAt(now, earliest.at, policy) } : {}),
      };
      const event = outboxEntry(TOPICS.retentionEvents, {
        type: 'lethe.retention.v1.SubjectMarkedForDeletion',
        tenantId,
        subjectId,
        time: now,
        payload: { subjectId, mode: ERASURE_MODE.toProto(mode), markedAt: toTimestamp(now), markedBy: actorId, earliestDeletionAt: toTimestamp(earliest.at) },
      });
      return this.store.save(tenantId, mark, [event]);
    });
  }

  /** Lifts the subject's open mark; an executed one cannot be lifted. */
  async restore(tenantId: string, subjectId: string, actorId: string, now: Date): Promise<MarkDoc> {
    const refusal = `the mark of ${subjectId} was executed; it cannot be restored`;
    if ((await this.store.find(tenantId, subjectId))?.state === 'executed') throw executed(subjectId, refusal);
    return this.fence.write({ tenantId, subjectId }, async () => {
      const current = await this.store.get(tenantId, subjectId);
      const transition = markTransition(current.state, 'restored');
      if (transition === 'executed') throw executed(subjectId, refusal);
      if (transition === 'unchanged') return current;
      const event = outboxEntry(TOPICS.retentionEvents, {
        type: 'lethe.retention.v1.SubjectRestored',
        tenantId,
        subjectId,
        time: now,
        payload: { subjectId, restoredAt: toTimestamp(now), restoredBy: actorId },
      });
      if (!(await this.store.restore(tenantId, subjectId, [event]))) throw executed(subjectId, `the mark of ${subjectId} was executed meanwhile`);
      return { ...current, state: 'restored', executeAt: undefined, ownerNoticeAt: undefined };
    });
  }

  /** Marks past their earliest deletion time: erased in the marked mode. */
  dueSource(issuer: ErasureIssuer, skeletonOf: (tenantId: string) => Promise<string[]>): DueSource {
    return {
      name: 'marks',
      ...dueByIndex(this.store.model, 'executeAt'),
      execute: async (item) => {
        const ran = await this.fence.writeUnlessErased({ tenantId: item.tenantId, subjectId: item.subjectId }, async () => {
          const doc = await this.store.byKey(item.tenantId, item.key);
          if (!doc || doc.state !== 'marked') return true;
          await issuer.issue({
            tenantId: doc.tenantId,
            subjectId: doc.subjectId,
            mode: doc.mode,
            reason: 'ERASURE_REASON_MANUAL',
            keepFields: doc.mode === 'reduce' ? await skeletonOf(doc.tenantId) : [],
            trigger: { kind: 'mark', actorId: doc.markedBy, at: doc.markedAt, sourceId: doc._id },
          });
          await this.store.close(doc.tenantId, doc.subjectId);
          return true;
        });
        // Erased otherwise meanwhile: the mark has nothing left to do.
        if (!ran) await this.store.close(item.tenantId, item.subjectId);
      },
    };
  }
}
