import type { DueItem, DueSource } from '../sweep/due-source';
import type { ErasureIssuer } from '../erasure/issuer';
import type { PolicyStore } from '../policy/policy';
import type { ClockStore } from './store';

/**
 * The retention clock's steps as the sweep sees them: subjects whose reduce or delete date has
 * passed (index range queries on the due dates). Executing issues the erasure and clears the due
 * date in one go, so the subject is not found again.
 */
export function clockDueSource(clocks: ClockStore, policies: PolicyStore, issuer: ErasureIssuer): DueSource {
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
    execute: async (item) => {
      if (item.key.startsWith('delete:')) {
        await issuer.issue({ tenantId: item.tenantId, subjectId: item.subjectId, mode: 'delete', reason: 'ERASURE_REASON_RETENTION_EXPIRED', trigger: { kind: 'retention-clock' } });
        await clocks.markIssued(item.tenantId, item.subjectId, 'delete');
      } else {
        const policy = await policies.get(item.tenantId);
        await issuer.issue({
          tenantId: item.tenantId,
          subjectId: item.subjectId,
          mode: 'reduce',
          reason: 'ERASURE_REASON_REDUCTION_DUE',
          keepFields: policy.skeletonFields,
          trigger: { kind: 'reduction-due' },
        });
        await clocks.markIssued(item.tenantId, item.subjectId, 'reduce');
      }
    },
  };
}
