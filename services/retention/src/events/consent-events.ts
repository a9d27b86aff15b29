import type { SubjectFence } from '@lethe/platform/erasure';
import { consumer, type Clock, type ConsumerSpec } from '@lethe/platform/service';
import { fromTimestamp, TOPICS } from '@lethe/protos';
import { addMonths } from '@lethe/platform/service';
import { storedKey, type ClockStore } from '../clock/store';
import type { PolicyStore } from '../policy/store';

export interface ConsentEventsDeps {
  fence: SubjectFence;
  clocks: ClockStore;
  policies: PolicyStore;
  clock: Clock;
}

/**
 * Storage consents (talent pool, extended retention) from the consent service: each valid one
 * suspends the subject's clock until it ends (its own period, or the tenant's extension months);
 * withdrawn or expired, that one ends. A renewal given before the old consent ends keeps the hold
 * when the old one expires. Each change runs as the subject's only writer; an event about a subject
 * erased meanwhile changes nothing.
 */
export function consentEventsConsumer({ fence, clocks, policies, clock }: ConsentEventsDeps): ConsumerSpec {
  return consumer({
    groupId: 'retention.consents',
    topics: [TOPICS.consentEvents],
    fromBeginning: true,
    handler: async (event) => {
      const tenantId = event.envelope.tenantId;
      const setConsent = (subjectId: string, consentId: string, until: (policy: { storageConsentExtensionMonths: number }) => Date | undefined) =>
        fence.writeUnlessErased({ tenantId, subjectId }, async () => {
          const policy = await policies.get(tenantId);
          const end = until(policy);
          await clocks.change(tenantId, subjectId, policy, clock.now(), (subject) => {
            const consents = (subject.storageConsents ??= {});
            if (end) consents[storedKey(consentId)] = end;
            else delete consents[storedKey(consentId)];
          });
        });
      switch (event.type) {
        case 'lethe.consent.v1.ConsentGranted': {
          const { kind, subjectId, consentId, validFrom, validUntil } = event.payload;
          if (kind !== 'CONSENT_KIND_STORAGE') return;
          const from = fromTimestamp(validFrom) ?? event.envelope.time;
          await setConsent(subjectId, consentId, (policy) => fromTimestamp(validUntil) ?? addMonths(from, policy.storageConsentExtensionMonths));
          return;
        }
        case 'lethe.consent.v1.ConsentWithdrawn':
        case 'lethe.consent.v1.ConsentExpired':
          if (event.payload.kind !== 'CONSENT_KIND_STORAGE') return;
          await setConsent(event.payload.subjectId, event.payload.consentId, () => undefined);
          return;
        default:
          return;
      }
    },
  });
}
