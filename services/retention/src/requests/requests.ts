import type { SubjectFence } from '@lethe/platform/erasure';
import { PreconditionError } from '@lethe/platform/errors';
import { newId } from '@lethe/platform/ids';
import { outboxEntry } from '@lethe/platform/outbox';
import { toTimestamp, TOPICS } from '@lethe/protos';
import type { ErasureIssuer } from '../erasures/issuer';
import type { RetentionPolicyValues } from '../policy/policy';
import { dueByIndex, type DueSource } from '../sweep/due-source';
import { erasureRequestMode, REQUESTED_BY, requestDeadline, requestTransition, type Actor } from './rules';
import type { ErasureRequestStore, ErasureRequestView } from './store';

const latest = (date: Date, other: Date | undefined) => (other && other > date ? other : date);
const executed = (subjectId: string, message: string) => new PreconditionError('ALREADY_EXECUTED', message, { type: 'subject', id: subjectId });

/**
 * Erasure requests: opened and withdrawn as the subject's only writer (its write fence), each
 * with its event in the same write (the other services hide the subject, suppress automated
 * messages, refuse new applications); at the deadline the sweep issues the erasure.
 */
export class ErasureRequests {
  constructor(
    private readonly fence: SubjectFence,
    readonly store: ErasureRequestStore,
    /** The end of the subject's legal hold while it holds: a request opened meanwhile is not executed before it. */
    private readonly legalHoldUntil: (tenantId: string, subjectId: string) => Promise<Date | undefined> = async () => undefined,
  ) {}

  async open(tenantId: string, subjectId: string, actor: Actor, reason: string, now: Date, policy: Pick<RetentionPolicyValues, 'deleteAfterMonths'>): Promise<ErasureRequestView> {
    const refusal = `the erasure request of ${subjectId} was executed`;
    // An executed request is final, and says so even after its erasure erased the subject.
    if ((await this.store.find(tenantId, subjectId))?.state === 'executed') throw executed(subjectId, refusal);
    return this.fence.write({ tenantId, subjectId }, async () => {
      const current = await this.store.find(tenantId, subjectId);
      const transition = requestTransition(current?.state, 'open');
      if (transition === 'executed') throw executed(subjectId, refusal);
      if (transition === 'apply') {
        // The deadline the candidate is told of is the one kept: not before a legal hold's end.
        const deadlineAt = latest(requestDeadline(now, policy), await this.legalHoldUntil(tenantId, subjectId));
        const requestId = newId();
        const event = outboxEntry(TOPICS.retentionEvents, {
          type: 'lethe.retention.v1.ErasureRequestOpened',
          tenantId,
          subjectId,
          time: now,
          payload: { requestId, subjectId, requestedBy: REQUESTED_BY.toProto(actor.kind), actorId: actor.actorId, openedAt: toTimestamp(now), deadlineAt: toTimestamp(deadlineAt) },
        });
        const opened = { requestId, requestedBy: actor.kind, openedBy: actor.actorId, openedAt: now, deadlineAt, ...(reason ? { reason } : {}) };
        await this.store.open(tenantId, subjectId, current, opened, [event]);
      }
      return this.store.get(tenantId, subjectId);
    });
  }

  async withdraw(tenantId: string, subjectId: string, actor: Actor, reason: string, now: Date): Promise<ErasureRequestView> {
    const refusal = `the erasure request of ${subjectId} was executed; it cannot be withdrawn`;
    if ((await this.store.find(tenantId, subjectId))?.state === 'executed') throw executed(subjectId, refusal);
    return this.fence.write({ tenantId, subjectId }, async () => {
      const current = await this.store.get(tenantId, subjectId);
      const transition = requestTransition(current.state, 'withdrawn');
      if (transition === 'unchanged') return current;
      if (transition !== 'apply') throw executed(subjectId, refusal);
      const event = outboxEntry(TOPICS.retentionEvents, {
        type: 'lethe.retention.v1.ErasureRequestWithdrawn',
        tenantId,
        subjectId,
        time: now,
        payload: { requestId: current.requestId, subjectId, withdrawnBy: REQUESTED_BY.toProto(actor.kind), actorId: actor.actorId, withdrawnAt: toTimestamp(now) },
      });
      const withdrawn = await this.store.withdraw(tenantId, subjectId, { withdrawnBy: actor.kind, withdrawnByActor: actor.actorId, withdrawnAt: now, ...(reason ? { reason } : {}) }, [event]);
      if (!withdrawn) throw executed(subjectId, `the erasure request of ${subjectId} was executed meanwhile`);
      return this.store.get(tenantId, subjectId);
    });
  }

  /** Open requests past their deadline: the subject is erased (the final, automatic deletion). */
  dueSource(issuer: ErasureIssuer, policyOf: (tenantId: string) => Promise<RetentionPolicyValues>): DueSource {
    return {
      name: 'erasure-requests',
      ...dueByIndex(this.store.model, 'executeAt'),
      execute: async (item) => {
        const ran = await this.fence.writeUnlessErased({ tenantId: item.tenantId, subjectId: item.subjectId }, async () => {
          const doc = await this.store.byKey(item.tenantId, item.key);
          if (!doc || doc.state !== 'open') return true;
          const { erasureId } = await issuer.issue({
            tenantId: doc.tenantId,
            subjectId: doc.subjectId,
            mode: erasureRequestMode(await policyOf(doc.tenantId)),
            reason: 'ERASURE_REASON_ERASURE_REQUEST',
            trigger: { kind: 'erasure-request', actorId: doc.openedBy, at: doc.openedAt, sourceId: doc.requestId },
          });
          await this.store.close(doc.tenantId, doc.subjectId, erasureId);
          return true;
        });
        // Erased otherwise meanwhile: the request has nothing left to do.
        if (!ran) await this.store.close(item.tenantId, item.subjectId);
      },
    };
  }
}
