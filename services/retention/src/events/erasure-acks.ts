import { consumer, type ConsumerSpec } from '@lethe/platform/service';
import { TOPICS } from '@lethe/protos';
import type { ErasureOrchestrator } from '../erasures/orchestrator';

/**
 * The services' acknowledgements of retention's erasure commands. They are about erased subjects
 * by nature, so they are delivered whatever the tombstones say.
 */
export function erasureAcksConsumer(orchestrator: Pick<ErasureOrchestrator, 'acknowledge'>): ConsumerSpec {
  return consumer({
    groupId: 'retention.erasure-acks',
    topics: [TOPICS.erasureAcks],
    fromBeginning: true,
    erasedSubjects: 'deliver',
    handler: async (event) => orchestrator.acknowledge(event.payload, event.envelope.tenantId),
  });
}
