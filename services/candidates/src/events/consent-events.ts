import { consumer, type ConsumerSpec } from '@lethe/platform/service';
import { fromTimestamp, TOPICS, type ActivityKind, type ConsentKind__Output as ConsentKind } from '@lethe/protos';
import type { Candidates } from '../candidates/candidates';

/** The ids an activity about a consent refers to: the request or consent, its kind and the client company (ids only). */
function consentRefs(payload: { requestId?: string; consentId?: string; kind: ConsentKind; clientId: string }): Record<string, string> {
  const refs: Record<string, string> = { consentKind: payload.kind };
  if (payload.requestId) refs.consentRequest = payload.requestId;
  if (payload.consentId) refs.consent = payload.consentId;
  if (payload.clientId) refs.client = payload.clientId;
  return refs;
}

/**
 * What happened to a candidate's consents becomes their activities: a request made, a consent
 * given, refused, withdrawn or ended. A storage consent given is the candidate asking for longer
 * storage, the one of these that restarts the retention clock. Events about ids this service does
 * not hold change nothing; a request closed unanswered is no activity (the newer request, the
 * refusal or the withdrawal that closed it is).
 */
export function consentEventsConsumer(candidates: Candidates): ConsumerSpec {
  return consumer({
    groupId: 'candidates.consent-events',
    topics: [TOPICS.consentEvents],
    fromBeginning: true,
    handler: async (event) => {
      const tenantId = event.envelope.tenantId;
      const record = (subjectId: string, kind: ActivityKind, actorId: string, at: Date | undefined, refs: Record<string, string>) =>
        candidates.recordAnnounced(tenantId, subjectId, { kind, actorId: actorId || 'consent', occurredAt: at ?? event.envelope.time, refs });
      switch (event.type) {
        case 'lethe.consent.v1.ConsentRequestCreated': {
          const { subjectId, requestedBy, requestedAt } = event.payload;
          await record(subjectId, 'ACTIVITY_KIND_CONSENT_REQUESTED', requestedBy, fromTimestamp(requestedAt), consentRefs(event.payload));
          return;
        }
        case 'lethe.consent.v1.ConsentGranted': {
          const { subjectId, kind, grantedBy, validFrom } = event.payload;
          const activity = kind === 'CONSENT_KIND_STORAGE' ? 'ACTIVITY_KIND_LONGER_STORAGE_REQUESTED' : 'ACTIVITY_KIND_CONSENT_GRANTED';
          await record(subjectId, activity, grantedBy, fromTimestamp(validFrom), consentRefs(event.payload));
          return;
        }
        case 'lethe.consent.v1.ConsentDeclined': {
          const { subjectId, declinedBy, declinedAt } = event.payload;
          await record(subjectId, 'ACTIVITY_KIND_CONSENT_DECLINED', declinedBy, fromTimestamp(declinedAt), consentRefs(event.payload));
          return;
        }
        case 'lethe.consent.v1.ConsentWithdrawn': {
          const { subjectId, withdrawnBy, withdrawnAt } = event.payload;
          await record(subjectId, 'ACTIVITY_KIND_CONSENT_WITHDRAWN', withdrawnBy, fromTimestamp(withdrawnAt), consentRefs(event.payload));
          return;
        }
        case 'lethe.consent.v1.ConsentExpired': {
          const { subjectId, expiredAt } = event.payload;
          await record(subjectId, 'ACTIVITY_KIND_CONSENT_EXPIRED', 'consent', fromTimestamp(expiredAt), consentRefs(event.payload));
          return;
        }
        default:
          return;
      }
    },
  });
}
