import { fromTimestamp, TOPICS, type FinalOutcome__Output as FinalOutcomeName, type MetaStatus__Output as MetaStatusName } from '@lethe/protos';
import type { ServiceRuntime, Subscription } from '@lethe/platform';
import type { PolicyStore } from '../policy/policy';
import type { FinalOutcome, MetaStatus } from './schedule';
import type { ClockStore } from './store';

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
 * presentations (with meta status and when it was set) and clock-restarting activities. Events of
 * one subject arrive in order on one partition, so each clock is changed by one handler at a time.
 */
export function followCandidateEvents(runtime: ServiceRuntime, clocks: ClockStore, policies: PolicyStore): Promise<Subscription> {
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
          const { candidateId, applicationId, metaStatus, finalOutcome, statusSetAt } = event.payload;
          return status(candidateId, `application:${applicationId}`, metaStatus, finalOutcome, fromTimestamp(statusSetAt) ?? event.envelope.time);
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
        case 'lethe.candidates.v1.CandidateCreated':
        case 'lethe.candidates.v1.CandidateUpdated': {
          const policy = await policies.get(tenantId);
          await clocks.change(tenantId, event.payload.candidateId, policy, now, () => undefined, event.payload.ownerId || undefined);
          return;
        }
        default:
          return;
      }
    },
  });
}
