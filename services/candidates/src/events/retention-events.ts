import { consumer, type ConsumerSpec } from '@lethe/platform/service';
import { fromTimestamp, TOPICS } from '@lethe/protos';
import type { Candidates } from '../candidates/candidates';

/**
 * What retention decides about a candidate, applied here: a mark hides and locks the record until
 * it is restored; an open erasure request hides it from the default list and blocks new
 * assignments, and opening and withdrawing one are activities. Events about ids this service does
 * not hold change nothing.
 */
export function retentionEventsConsumer(candidates: Candidates): ConsumerSpec {
  return consumer({
    groupId: 'candidates.retention-events',
    topics: [TOPICS.retentionEvents],
    fromBeginning: true,
    handler: async (event) => {
      const tenantId = event.envelope.tenantId;
      switch (event.type) {
        case 'lethe.retention.v1.SubjectMarkedForDeletion':
          await candidates.setMark(tenantId, event.payload.subjectId, {
            markedAt: fromTimestamp(event.payload.markedAt) ?? event.envelope.time,
            earliestDeletionAt: fromTimestamp(event.payload.earliestDeletionAt),
          });
          return;
        case 'lethe.retention.v1.SubjectRestored':
          await candidates.setMark(tenantId, event.payload.subjectId, undefined);
          return;
        case 'lethe.retention.v1.ErasureRequestOpened': {
          const { subjectId, requestId, actorId } = event.payload;
          const openedAt = fromTimestamp(event.payload.openedAt) ?? event.envelope.time;
          await candidates.setErasureRequest(tenantId, subjectId, { requestId, openedAt }, { kind: 'ACTIVITY_KIND_ERASURE_REQUESTED', actorId, at: openedAt, requestId });
          return;
        }
        case 'lethe.retention.v1.ErasureRequestWithdrawn': {
          const { subjectId, requestId, actorId } = event.payload;
          const at = fromTimestamp(event.payload.withdrawnAt) ?? event.envelope.time;
          await candidates.setErasureRequest(tenantId, subjectId, undefined, { kind: 'ACTIVITY_KIND_ERASURE_REQUEST_WITHDRAWN', actorId, at, requestId });
          return;
        }
        default:
          return;
      }
    },
  });
}
