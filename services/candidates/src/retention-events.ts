import { fromTimestamp, TOPICS } from '@lethe/protos';
import type { ServiceRuntime, Subscription } from '@lethe/platform';
import type { CandidateStore } from './candidates/store';

/**
 * What retention decides about a candidate, applied here: a mark hides and locks the record until
 * it is restored; an open erasure request hides it from the default list and blocks new
 * assignments. Events about ids this service does not hold change nothing.
 */
export function followRetentionDecisions(runtime: ServiceRuntime, candidates: CandidateStore): Promise<Subscription> {
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
        case 'lethe.retention.v1.ErasureRequestOpened':
          await candidates.setErasureRequest(tenantId, event.payload.subjectId, {
            requestId: event.payload.requestId,
            openedAt: fromTimestamp(event.payload.openedAt) ?? event.envelope.time,
          });
          return;
        case 'lethe.retention.v1.ErasureRequestWithdrawn':
          await candidates.setErasureRequest(tenantId, event.payload.subjectId, undefined);
          return;
        default:
          return;
      }
    },
  });
}
