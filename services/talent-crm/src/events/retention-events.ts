import type { SubjectFence } from '@lethe/platform/erasure';
import { consumer, type ConsumerSpec } from '@lethe/platform/service';
import { fromTimestamp, TOPICS } from '@lethe/protos';
import type { SubjectStates } from '../subjects/store';

/**
 * What retention decides about a person limits the CRM: while they are marked for deletion or
 * asked to be forgotten, no new talent, follow-up, campaign or application to the ATS. Recorded as
 * the person's writer, so a write that checks it inside the fence sees the latest decision.
 */
export function retentionEventsConsumer({ subjects, fence }: { subjects: SubjectStates; fence: SubjectFence }): ConsumerSpec {
  return consumer({
    groupId: 'talent-crm.retention-events',
    topics: [TOPICS.retentionEvents],
    fromBeginning: true,
    handler: async (event) => {
      const tenantId = event.envelope.tenantId;
      const record = (subjectId: string, change: Parameters<SubjectStates['set']>[2]) => fence.writeUnlessErased({ tenantId, subjectId }, () => subjects.set(tenantId, subjectId, change));
      switch (event.type) {
        case 'lethe.retention.v1.SubjectMarkedForDeletion':
          await record(event.payload.subjectId, { markedAt: fromTimestamp(event.payload.markedAt) ?? event.envelope.time });
          return;
        case 'lethe.retention.v1.SubjectRestored':
          await record(event.payload.subjectId, { markedAt: null });
          return;
        case 'lethe.retention.v1.ErasureRequestOpened':
          await record(event.payload.subjectId, { erasureRequestedAt: fromTimestamp(event.payload.openedAt) ?? event.envelope.time });
          return;
        case 'lethe.retention.v1.ErasureRequestWithdrawn':
          await record(event.payload.subjectId, { erasureRequestedAt: null });
          return;
        default:
          return;
      }
    },
  });
}
