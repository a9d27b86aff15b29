import { fromTimestamp, TOPICS, type FinalOutcome__Output as FinalOutcomeName, type MetaStatus__Output as MetaStatusName } from '@lethe/protos';
import type { ServiceRuntime, Subscription } from '@lethe/platform';
import type { ErasureIssuer } from '../erasure/issuer';
import type { PolicyStore } from '../policy/policy';
import type { ApplicationIntake } from '../reports/applicant-volume';
import { addMonths, type FinalOutcome, type MetaStatus } from './schedule';
import { storedKey, type ClockStore } from './store';

const META: Record<MetaStatusName, MetaStatus | undefined> = {
  META_STATUS_UNSPECIFIED: undefined,
  META_STATUS_ACTIVE: 'active',
  META_STATUS_FINAL: 'final',
  META_STATUS_HOLD: 'hold',
};
const OUTCOME: Record<FinalOutcomeName, FinalOutcome> = {
  FINAL_OUTCOME_UNSPECIFIED: 'none',
  FINAL_OUTCOME_HIRED: 'hired',
  FINAL_OUTCOME_REJECTED: 'rejected',
  FINAL_OUTCOME_WITHDRAWN: 'withdrawn',
};

/**
 * Keeps every subject's clock from the candidates' events: status changes of applications and
 * presentations (with meta status and when it was set), clock-restarting activities, and every
 * application received (the contract applicant volume). Events of
 * one subject arrive in order on one partition; consent events change the same clocks from another
 * consumer, which the clock store's compare-and-swap writes keep apart.
 * A merged candidate is erased everywhere (seed 004).
 */
export function followCandidateEvents(runtime: ServiceRuntime, clocks: ClockStore, policies: PolicyStore, issuer: ErasureIssuer, intake: ApplicationIntake): Promise<Subscription> {
  return runtime.bus.subscribe({
    groupId: 'retention.clock',
    topics: [TOPICS.candidateEvents],
    fromBeginning: true,
    handler: async (event) => {
      const tenantId = event.envelope.tenantId;
      const now = runtime.clock.now();
      const status = async (candidateId: string, id: string, meta: MetaStatusName, outcome: FinalOutcomeName, setAt: Date) => {
        const metaStatus = META[meta];
        if (!metaStatus) return;
        const policy = await policies.get(tenantId);
        await clocks.change(tenantId, candidateId, policy, now, (clock) => {
          clock.statuses[id] = { meta: metaStatus, outcome: OUTCOME[outcome], setAt, eventId: event.envelope.id };
        });
      };
      switch (event.type) {
        case 'lethe.candidates.v1.ApplicationStatusChanged': {
          const { candidateId, applicationId, metaStatus, finalOutcome, statusSetAt, appliedAt } = event.payload;
          const setAt = fromTimestamp(statusSetAt) ?? event.envelope.time;
          await status(candidateId, `application:${applicationId}`, metaStatus, finalOutcome, setAt);
          await intake.received(tenantId, applicationId, fromTimestamp(appliedAt) ?? setAt);
          return;
        }
        case 'lethe.candidates.v1.PresentationStatusChanged': {
          const { candidateId, presentationId, metaStatus, finalOutcome, statusSetAt } = event.payload;
          return status(candidateId, `presentation:${presentationId}`, metaStatus, finalOutcome, fromTimestamp(statusSetAt) ?? event.envelope.time);
        }
        case 'lethe.candidates.v1.ActivityRecorded': {
          const occurredAt = fromTimestamp(event.payload.occurredAt) ?? event.envelope.time;
          const policy = await policies.get(tenantId);
          await clocks.change(tenantId, event.payload.candidateId, policy, now, (clock) => {
            // Activities may arrive late; only a newer one moves the clock.
            if (!clock.lastActivityAt || occurredAt > clock.lastActivityAt) {
              clock.lastActivityAt = occurredAt;
              clock.lastActivityEventId = event.envelope.id;
            }
          });
          return;
        }
        case 'lethe.candidates.v1.JobOrderAssignmentChanged': {
          const { candidateId, jobOrderId, assigned, meaning } = event.payload;
          const kind = meaning === 'JOB_ORDER_MEANING_PLACEMENT' ? 'placement' : 'normal-processing';
          await clocks.setAssignment(tenantId, candidateId, jobOrderId, assigned ? kind : undefined, now);
          return;
        }
        case 'lethe.candidates.v1.CandidateCreated': {
          const { candidateId, ownerId, createdAt, createdBy } = event.payload;
          const created = { at: fromTimestamp(createdAt) ?? event.envelope.time, by: createdBy };
          await clocks.change(tenantId, candidateId, await policies.get(tenantId), now, () => undefined, { ownerId: ownerId || undefined, created });
          return;
        }
        case 'lethe.candidates.v1.CandidateUpdated': {
          const policy = await policies.get(tenantId);
          await clocks.change(tenantId, event.payload.candidateId, policy, now, () => undefined, { ownerId: event.payload.ownerId || undefined });
          return;
        }
        case 'lethe.candidates.v1.CandidateMerged': {
          const { keptCandidateId, mergedCandidateId } = event.payload;
          await issuer.issue({
            tenantId,
            subjectId: mergedCandidateId,
            mode: 'delete',
            reason: 'ERASURE_REASON_MERGE',
            trigger: { kind: 'merge', actorId: event.payload.mergedBy, sourceId: keptCandidateId },
          });
          return;
        }
        default:
          return;
      }
    },
  });
}

/**
 * Storage consents (seed 002) from the consent service: each valid one suspends the subject's clock
 * until it ends (its own period, or the tenant's extension months); withdrawn or expired, that one
 * ends. A renewal given before the old consent ends keeps the hold when the old one expires.
 */
export function followConsentEvents(runtime: ServiceRuntime, clocks: ClockStore, policies: PolicyStore): Promise<Subscription> {
  return runtime.bus.subscribe({
    groupId: 'retention.consents',
    topics: [TOPICS.consentEvents],
    fromBeginning: true,
    handler: async (event) => {
      const tenantId = event.envelope.tenantId;
      const setConsent = async (subjectId: string, consentId: string, until: Date | undefined) => {
        const policy = await policies.get(tenantId);
        await clocks.change(tenantId, subjectId, policy, runtime.clock.now(), (clock) => {
          const consents = (clock.storageConsents ??= {});
          if (until) consents[storedKey(consentId)] = until;
          else delete consents[storedKey(consentId)];
        });
      };
      switch (event.type) {
        case 'lethe.consent.v1.ConsentGranted': {
          if (event.payload.kind !== 'CONSENT_KIND_STORAGE') return;
          const from = fromTimestamp(event.payload.validFrom) ?? event.envelope.time;
          const policy = await policies.get(tenantId);
          return setConsent(event.payload.subjectId, event.payload.consentId, fromTimestamp(event.payload.validUntil) ?? addMonths(from, policy.storageConsentExtensionMonths));
        }
        case 'lethe.consent.v1.ConsentWithdrawn':
        case 'lethe.consent.v1.ConsentExpired':
          if (event.payload.kind !== 'CONSENT_KIND_STORAGE') return;
          return setConsent(event.payload.subjectId, event.payload.consentId, undefined);
        default:
          return;
      }
    },
  });
}
