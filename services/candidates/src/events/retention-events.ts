import { consumer, type ConsumerSpec } from '@lethe/platform/service';
import { fromTimestamp, TOPICS } from '@lethe/protos';
import type { Candidates } from '../candidates/candidates';
import type { ContactPersonStore } from '../recruiting/contacts';

/**
 * What retention decides about a candidate, applied here: a mark hides and locks the record (a
 * candidate's or a contact person's) until it is restored; an open erasure request hides it from the default list and blocks new
 * assignments, and opening and withdrawing one are activities, as is a data export of their
 * personal data (by a recruiter or by the candidate). Events about ids this service does not hold
 * change nothing.
 */
export function retentionEventsConsumer(candidates: Candidates, contactPersons: Pick<ContactPersonStore, 'setMark'>): ConsumerSpec {
  return consumer({
    groupId: 'candidates.retention-events',
    topics: [TOPICS.retentionEvents],
    fromBeginning: true,
    handler: async (event) => {
      const tenantId = event.envelope.tenantId;
      switch (event.type) {
        case 'lethe.retention.v1.SubjectMarkedForDeletion': {
          const mark = { markedAt: fromTimestamp(event.payload.markedAt) ?? event.envelope.time, earliestDeletionAt: fromTimestamp(event.payload.earliestDeletionAt) };
          // A subject is a candidate or a contact person: whichever this service holds takes the mark.
          await candidates.setMark(tenantId, event.payload.subjectId, mark);
          await contactPersons.setMark(tenantId, event.payload.subjectId, mark);
          return;
        }
        case 'lethe.retention.v1.SubjectRestored':
          await candidates.setMark(tenantId, event.payload.subjectId, undefined);
          await contactPersons.setMark(tenantId, event.payload.subjectId, undefined);
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
        case 'lethe.retention.v1.SubjectExportCompleted': {
          const { subjectId, exportId, actorId } = event.payload;
          await candidates.recordDataExport(tenantId, subjectId, { exportId, actorId, at: fromTimestamp(event.payload.completedAt) ?? event.envelope.time });
          return;
        }
        case 'lethe.retention.v1.StatusActionDeclined': {
          const { subjectId, actionId, reason } = event.payload;
          await candidates.recordStatusActionDeclined(tenantId, subjectId, { actionId, reason, at: fromTimestamp(event.payload.declinedAt) ?? event.envelope.time });
          return;
        }
        default:
          return;
      }
    },
  });
}
