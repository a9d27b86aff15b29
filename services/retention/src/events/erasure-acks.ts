import { parseErasureAck, refuseErasureMessage, type ErasureAckVerifier } from '@lethe/platform/erasure';
import { consumer, type ConsumerSpec } from '@lethe/platform/service';
import type { Logger } from '@lethe/platform/telemetry';
import { TOPICS } from '@lethe/protos';
import type { ErasureOrchestrator } from '../erasures/orchestrator';

/**
 * The services' acknowledgements of retention's erasure commands. They are about erased subjects
 * by nature, so they are delivered whatever the tombstones say. Only an acknowledgement signed by
 * the key of the service it names counts, and only from a service the erasure waits for: anything
 * else is refused (logged and counted) and confirms nothing.
 */
export function erasureAcksConsumer(orchestrator: Pick<ErasureOrchestrator, 'acknowledge'>, acks: ErasureAckVerifier, logger: Logger): ConsumerSpec {
  const log = logger.child({ component: 'erasure-acks' });
  return consumer({
    groupId: 'retention.erasure-acks',
    topics: [TOPICS.erasureAcks],
    fromBeginning: true,
    erasedSubjects: 'deliver',
    handler: async ({ payload, envelope, topic, partition, offset }) => {
      const refusal = acks.check(payload);
      if (refusal) {
        refuseErasureMessage(log, 'ack', refusal, { topic, partition, offset });
        return;
      }
      const ack = parseErasureAck(payload, envelope);
      if ((await orchestrator.acknowledge(ack, ack.tenantId)) === 'unexpected-service') {
        refuseErasureMessage(log, 'ack', 'UNEXPECTED_SERVICE', { topic, partition, offset });
      }
    },
  });
}
