import type { SubjectFence } from '@lethe/platform/erasure';
import { consumer, type ConsumerSpec } from '@lethe/platform/service';
import { fromTimestamp, TOPICS } from '@lethe/protos';
import type { RetentionChange } from '../restrictions/rules';
import type { RestrictionStore } from '../restrictions/store';

/**
 * What retention decides about a person limits consent: while they are marked for deletion or
 * asked to be forgotten, no consent request is made for them; a restore or a withdrawal lifts
 * that. Recorded as the person's writer, so a request checked inside the fence sees the latest
 * decision; a person erased meanwhile is not recorded again.
 */
export function retentionEventsConsumer({ restrictions, fence }: { restrictions: RestrictionStore; fence: SubjectFence }): ConsumerSpec {
  return consumer({
    groupId: 'consent.retention-events',
    topics: [TOPICS.retentionEvents],
    fromBeginning: true,
    handler: async (event) => {
      const tenantId = event.envelope.tenantId;
      const at = (time: Parameters<typeof fromTimestamp>[0]) => fromTimestamp(time) ?? event.envelope.time;
      const record = (subjectId: string, change: RetentionChange) => fence.writeUnlessErased({ tenantId, subjectId }, () => restrictions.apply(tenantId, subjectId, change));
      switch (event.type) {
        case 'lethe.retention.v1.SubjectMarkedForDeletion':
          await record(event.payload.subjectId, { kind: 'mark', decision: { open: true, at: at(event.payload.markedAt) } });
          return;
        case 'lethe.retention.v1.SubjectRestored':
          await record(event.payload.subjectId, { kind: 'mark', decision: { open: false, at: at(event.payload.restoredAt) } });
          return;
        case 'lethe.retention.v1.ErasureRequestOpened': {
          const { requestId, subjectId, openedAt } = event.payload;
          await record(subjectId, { kind: 'erasureRequest', decision: { requestId, open: true, at: at(openedAt) } });
          return;
        }
        case 'lethe.retention.v1.ErasureRequestWithdrawn': {
          const { requestId, subjectId, withdrawnAt } = event.payload;
          await record(subjectId, { kind: 'erasureRequest', decision: { requestId, open: false, at: at(withdrawnAt) } });
          return;
        }
        default:
          return;
      }
    },
  });
}
