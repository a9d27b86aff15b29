import type { SubjectFence } from '@lethe/platform/erasure';
import { outboxEntry } from '@lethe/platform/outbox';
import { toTimestamp, TOPICS } from '@lethe/protos';
import { openDecisionOf, type OpenDecisionSources } from '../decisions/open-decisions';
import type { ErasureIssuer } from '../erasures/issuer';
import type { PolicyStore } from '../policy/store';
import type { StatusActionStore } from './store';

export interface ReductionRequested {
  tenantId: string;
  subjectId: string;
  actionId: string;
  requestedBy: string;
}

/**
 * A status's "reduce contents" action, asked for by candidates when a record was set to the status:
 * the subject is reduced to the tenant's skeleton fields through the erasure protocol, as the
 * subject's only writer. A subject marked for deletion or with an open erasure request gets no
 * reduction (candidates may not have heard of either yet): the action is declined, and candidates
 * records why on the candidate's activities.
 */
export class StatusActions {
  constructor(
    private readonly fence: SubjectFence,
    private readonly store: StatusActionStore,
    private readonly decisions: OpenDecisionSources,
    private readonly policies: Pick<PolicyStore, 'get'>,
    private readonly issuer: ErasureIssuer,
  ) {}

  async reduce({ tenantId, subjectId, actionId, requestedBy }: ReductionRequested, now: Date): Promise<void> {
    await this.fence.writeUnlessErased({ tenantId, subjectId }, async () => {
      if (await this.store.handled(tenantId, actionId)) return;
      const reason = await openDecisionOf(this.decisions, tenantId, subjectId);
      const handled = { _id: actionId, subjectId, requestedBy, handledAt: now };
      if (reason) {
        const declined = outboxEntry(TOPICS.retentionEvents, {
          type: 'lethe.retention.v1.StatusActionDeclined',
          tenantId,
          subjectId,
          time: now,
          payload: { subjectId, actionId, reason, declinedAt: toTimestamp(now) },
        });
        await this.store.record(tenantId, { ...handled, outcome: 'declined', reason }, [declined]);
        return;
      }
      await this.issuer.issue({
        tenantId,
        subjectId,
        mode: 'reduce',
        reason: 'ERASURE_REASON_MANUAL',
        // The policy's skeleton always keeps the application date, so a reduction never empties the record.
        keepFields: (await this.policies.get(tenantId)).skeletonFields,
        trigger: { kind: 'status-action', actorId: requestedBy, sourceId: actionId },
      });
      await this.store.record(tenantId, { ...handled, outcome: 'issued' }, []);
    });
  }
}
