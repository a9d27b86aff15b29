import type { SubjectFence } from '@lethe/platform/erasure';
import type { ErasureIssuer } from '../erasures/issuer';
import type { PolicyStore } from '../policy/store';
import type { DueItem, DueSource } from '../sweep/due-source';
import type { ClockStore } from './store';

/**
 * The retention clock's steps as the sweep sees them: subjects whose reduce or delete date has
 * passed (index range queries on the due dates). A deletion is the clock running out, or a talent
 * without storage consent at the tenant's deadline (MISSING_CONSENT). Executing first recomputes
 * the subject's dates under the tenant's current policy, so a step is issued only when it is still
 * due; issuing clears the due date, so the subject is not found again. All of it as the subject's
 * only writer: a subject erased meanwhile is left alone.
 */
export function clockDueSource(fence: SubjectFence, clocks: ClockStore, policies: PolicyStore, issuer: ErasureIssuer): DueSource {
  return {
    name: 'retention-clock',
    findDue: async (now, limit) => {
      const [deletes, reductions] = await Promise.all([clocks.dueBy('deleteAt', now, limit), clocks.dueBy('reduceAt', now, limit)]);
      const items: DueItem[] = [
        ...deletes.map((doc) => ({ tenantId: doc.tenantId, subjectId: doc.subjectId, key: `delete:${doc._id}`, dueAt: doc.deleteAt! })),
        ...reductions.map((doc) => ({ tenantId: doc.tenantId, subjectId: doc.subjectId, key: `reduce:${doc._id}`, dueAt: doc.reduceAt! })),
      ];
      return items.sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime()).slice(0, limit);
    },
    countDue: async (now) => (await clocks.countDue('deleteAt', now)) + (await clocks.countDue('reduceAt', now)),
    execute: async (item, now) => {
      const { tenantId, subjectId } = item;
      const mode = item.key.startsWith('delete:') ? 'delete' : 'reduce';
      await fence.writeUnlessErased({ tenantId, subjectId }, async () => {
        const policy = await policies.get(tenantId);
        // A policy saved since the dates were stored may have moved the step into the future.
        const schedule = await clocks.change(tenantId, subjectId, policy, now, () => undefined, { existingOnly: true });
        const step = schedule?.steps.find((candidate) => candidate.mode === mode);
        if (!step || step.dueAt > now) return;
        // A step a legal hold moved says so in the deletion log.
        const held = step.heldUntil ? { heldUntil: step.heldUntil } : {};
        if (mode === 'delete') {
          const why = step.missingConsent
            ? ({ reason: 'ERASURE_REASON_MISSING_CONSENT', trigger: { kind: 'missing-consent', ...held } } as const)
            : ({ reason: 'ERASURE_REASON_RETENTION_EXPIRED', trigger: { kind: 'retention-clock', ...held } } as const);
          await issuer.issue({ tenantId, subjectId, mode: 'delete', ...why });
          await clocks.markDeleteIssued(tenantId, subjectId, now);
        } else {
          await issuer.issue({ tenantId, subjectId, mode: 'reduce', reason: 'ERASURE_REASON_REDUCTION_DUE', keepFields: policy.skeletonFields, trigger: { kind: 'reduction-due', ...held } });
          await clocks.markReduced(tenantId, subjectId, policy, now);
        }
      });
    },
  };
}

/**
 * A tenant saved a new policy: every running clock of that tenant gets its dates computed again
 * under it (an index query for clocks stamped with another version), so a shorter period takes
 * effect for everyone, not only for the subjects an event touches next. When none is left, the
 * policy is marked rescheduled.
 */
export function policyChangeSource(fence: SubjectFence, clocks: ClockStore, policies: PolicyStore): DueSource {
  const stale = async (limit: number): Promise<DueItem[]> => {
    const items: DueItem[] = [];
    for (const { tenantId, version, updatedAt } of await policies.awaitingReschedule()) {
      if (items.length >= limit) break;
      const subjects = await clocks.staleUnder(tenantId, version, limit - items.length);
      if (subjects.length === 0) await policies.markRescheduled(tenantId, version);
      items.push(...subjects.map((subjectId) => ({ tenantId, subjectId, key: `policy:${tenantId}/${subjectId}:${version}`, dueAt: updatedAt })));
    }
    return items;
  };
  return {
    name: 'policy-changes',
    findDue: (_now, limit) => stale(limit),
    countDue: async () => {
      let count = 0;
      for (const { tenantId, version } of await policies.awaitingReschedule()) count += await clocks.countStaleUnder(tenantId, version);
      return count;
    },
    execute: async (item, now) => {
      await fence.writeUnlessErased({ tenantId: item.tenantId, subjectId: item.subjectId }, async () => {
        await clocks.change(item.tenantId, item.subjectId, await policies.get(item.tenantId), now, () => undefined, { existingOnly: true });
      });
    },
  };
}
