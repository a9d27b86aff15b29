import type { SubjectFence } from '@lethe/platform/erasure';
import { consumer, type ConsumerSpec } from '@lethe/platform/service';
import { TOPICS } from '@lethe/protos';
import type { Sending } from '../sent/sending';

/**
 * A candidate who withdraws consent to clear data for a client company takes back what that
 * client received: every clear-data profile sent to it is recalled (its recipient asked to delete
 * it, its links ended), as the candidate's writer. Other consent events change nothing here.
 */
export function consentEventsConsumer({ sending, fence }: { sending: Sending; fence: SubjectFence }): ConsumerSpec {
  return consumer({
    groupId: 'profile-rendering.consents',
    topics: [TOPICS.consentEvents],
    fromBeginning: true,
    handler: async (event) => {
      if (event.type !== 'lethe.consent.v1.ConsentWithdrawn' || event.payload.kind !== 'CONSENT_KIND_CLEAR_DATA_SHARING') return;
      const { subjectId, clientId } = event.payload;
      const tenantId = event.envelope.tenantId;
      await fence.writeUnlessErased({ tenantId, subjectId }, () => sending.recall(tenantId, subjectId, 'CONSENT_WITHDRAWN', clientId));
    },
  });
}
