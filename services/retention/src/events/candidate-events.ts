import type { SubjectFence } from '@lethe/platform/erasure';
import { consumer, type Clock, type ConsumerSpec } from '@lethe/platform/service';
import { fromTimestamp, TOPICS } from '@lethe/protos';
import { FINAL_OUTCOME, META_STATUS, recordActivity } from '../clock/schedule';
import type { ClockStore } from '../clock/store';
import type { ErasureIssuer } from '../erasures/issuer';
import { JOB_ORDER_MEANING } from '../marks/rules';
import type { PolicyStore } from '../policy/store';
import type { StatusActions } from '../status-actions/status-actions';
import type { ApplicationIntake } from '../reports/intake';
import { clockChanger } from './clock-change';

export interface CandidateEventsDeps {
  fence: SubjectFence;
  clocks: ClockStore;
  policies: PolicyStore;
  issuer: ErasureIssuer;
  intake: ApplicationIntake;
  statusActions: Pick<StatusActions, 'reduce'>;
  clock: Clock;
}

/**
 * Keeps every subject's clock from the candidates' events: status changes of applications and
 * presentations (with meta status and when it was set), clock-restarting activities, job-order
 * assignments, the record's creation and owner, and every application received (the contract
 * applicant volume). Each change runs as the subject's only writer; an event about a subject erased
 * meanwhile changes nothing. A merged-away candidate is erased everywhere; a status's "reduce
 * contents" action is reduced (unless a mark or an erasure request stands).
 */
export function candidateEventsConsumer({ fence, clocks, policies, issuer, intake, statusActions, clock }: CandidateEventsDeps): ConsumerSpec {
  return consumer({
    groupId: 'retention.clock',
    topics: [TOPICS.candidateEvents],
    fromBeginning: true,
    handler: async (event) => {
      const tenantId = event.envelope.tenantId;
      const now = clock.now();
      const change = clockChanger({ fence, clocks, policies }, tenantId, now);
      const status = async (candidateId: string, id: string, meta: unknown, outcome: unknown, setAt: Date) => {
        const metaStatus = META_STATUS.fromProto(meta);
        if (!metaStatus) return;
        await change(candidateId, (subject) => {
          subject.statuses[id] = { meta: metaStatus, outcome: FINAL_OUTCOME.fromProto(outcome) ?? 'none', setAt, eventId: event.envelope.id };
        });
      };
      switch (event.type) {
        case 'lethe.candidates.v1.ApplicationStatusChanged': {
          const { candidateId, applicationId, metaStatus, finalOutcome, statusSetAt, appliedAt } = event.payload;
          const setAt = fromTimestamp(statusSetAt) ?? event.envelope.time;
          await status(candidateId, `application:${applicationId}`, metaStatus, finalOutcome, setAt);
          // The application counts in its year's volume whoever it was of: no write about the person.
          await intake.received(tenantId, applicationId, fromTimestamp(appliedAt) ?? setAt);
          return;
        }
        case 'lethe.candidates.v1.PresentationStatusChanged': {
          const { candidateId, presentationId, metaStatus, finalOutcome, statusSetAt } = event.payload;
          return status(candidateId, `presentation:${presentationId}`, metaStatus, finalOutcome, fromTimestamp(statusSetAt) ?? event.envelope.time);
        }
        case 'lethe.candidates.v1.ActivityRecorded': {
          const occurredAt = fromTimestamp(event.payload.occurredAt) ?? event.envelope.time;
          await change(event.payload.candidateId, (subject) => recordActivity(subject, occurredAt, event.envelope.id));
          return;
        }
        case 'lethe.candidates.v1.JobOrderAssignmentChanged': {
          const { candidateId, jobOrderId, assigned, meaning } = event.payload;
          const kind = JOB_ORDER_MEANING.fromProto(meaning) ?? 'normal-processing';
          await fence.writeUnlessErased({ tenantId, subjectId: candidateId }, () => clocks.setAssignment(tenantId, candidateId, jobOrderId, assigned ? kind : undefined, now));
          return;
        }
        case 'lethe.candidates.v1.CandidateCreated': {
          const { candidateId, ownerId, createdAt, createdBy } = event.payload;
          await change(candidateId, () => undefined, { ownerId: ownerId || undefined, created: { at: fromTimestamp(createdAt) ?? event.envelope.time, by: createdBy }, knownAsCandidate: true });
          return;
        }
        case 'lethe.candidates.v1.CandidateUpdated':
          await change(event.payload.candidateId, () => undefined, { ownerId: event.payload.ownerId || undefined });
          return;
        case 'lethe.candidates.v1.CandidateMerged': {
          const { keptCandidateId, mergedCandidateId, mergedBy } = event.payload;
          await fence.writeUnlessErased({ tenantId, subjectId: mergedCandidateId }, () =>
            issuer.issue({ tenantId, subjectId: mergedCandidateId, mode: 'delete', reason: 'ERASURE_REASON_MERGE', trigger: { kind: 'merge', actorId: mergedBy, sourceId: keptCandidateId } }),
          );
          return;
        }
        case 'lethe.candidates.v1.StatusActionRequested': {
          // Messaging sends the templates; retention runs the reductions.
          const { kind, candidateId, actionId, requestedBy } = event.payload;
          if (kind !== 'STATUS_ACTION_KIND_REDUCE_CONTENTS') return;
          await statusActions.reduce({ tenantId, subjectId: candidateId, actionId, requestedBy }, now);
          return;
        }
        default:
          return;
      }
    },
  });
}
