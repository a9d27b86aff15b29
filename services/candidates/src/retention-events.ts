import { fromTimestamp, TOPICS } from '@lethe/protos';
import type { ServiceRuntime, Subscription } from '@lethe/platform';
import type { ActivityLog } from './activity/activity-log';
import type { CandidateStore } from './candidates/store';

/**
 * What retention decides about a candidate, applied here: a mark hides and locks the record until
 * it is restored; an open erasure request hides it from the default list and blocks new
 * assignments, and both are recorded as activities. Events about ids this service does not hold
 * change nothing.
 */
export function followRetentionDecisions(runtime: ServiceRuntime, candidates: CandidateStore, activities: ActivityLog): Promise<Subscription> {
  return runtime.bus.subscribe({
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
          const openedAt = fromTimestamp(event.payload.openedAt) ?? event.envelope.time;
          const held = await candidates.setErasureRequest(tenantId, event.payload.subjectId, { requestId: event.payload.requestId, openedAt });
          // Seed 002: the request and its withdrawal are in the activity log (and restart the clock).
          if (held) await activities.record({ tenantId, candidateId: event.payload.subjectId, kind: 'ACTIVITY_KIND_ERASURE_REQUESTED', actorId: event.payload.actorId, occurredAt: openedAt, refs: { erasureRequest: event.payload.requestId } });
          return;
        }
        case 'lethe.retention.v1.ErasureRequestWithdrawn': {
          const held = await candidates.setErasureRequest(tenantId, event.payload.subjectId, undefined);
          const withdrawnAt = fromTimestamp(event.payload.withdrawnAt) ?? event.envelope.time;
          if (held) await activities.record({ tenantId, candidateId: event.payload.subjectId, kind: 'ACTIVITY_KIND_ERASURE_REQUEST_WITHDRAWN', actorId: event.payload.actorId, occurredAt: withdrawnAt, refs: { erasureRequest: event.payload.requestId } });
          return;
        }
        default:
          return;
      }
    },
  });
}
