import { consumer, type ConsumerSpec } from '@lethe/platform/service';
import { fromTimestamp, TOPICS } from '@lethe/protos';
import type { Candidates } from '../candidates/candidates';

/** Messages that went to a candidate become their activities (which decides whether the retention clock restarts). */
export function messagingEventsConsumer(candidates: Candidates): ConsumerSpec {
  return consumer({
    groupId: 'candidates.messaging-events',
    topics: [TOPICS.messagingEvents],
    fromBeginning: true,
    handler: async (event) => {
      if (event.type !== 'lethe.messaging.v1.MessageSent') return;
      const { messageId, subjectId, automated, sentBy, sentAt } = event.payload;
      await candidates.recordMessage(event.envelope.tenantId, subjectId, { messageId, automated, sentBy, sentAt: fromTimestamp(sentAt) ?? event.envelope.time });
    },
  });
}
