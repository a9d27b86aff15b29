import { toTimestamp, TOPICS, type ErasureAck__Output, type ErasureCommand } from '@lethe/protos';
import { newId } from '../ids';
import type { EventBus } from '../kafka/bus';
import { testErasureKeys } from './erasure-keys';
import { waitFor } from './wait';

export interface ErasureDriver {
  /** Issues a command signed as retention signs it (delete, unless `command` says otherwise) and waits for the service's acknowledgement. */
  erase(tenantId: string, subjectId: string, command?: Partial<ErasureCommand>): Promise<ErasureAck__Output>;
  stop(): Promise<void>;
}

/**
 * Plays retention towards the services on `bus`: erasure commands out, their acknowledgements in
 * (only `service`'s, when several services share the topics).
 */
export async function erasureDriver(bus: EventBus, groupId: string, service?: string): Promise<ErasureDriver> {
  const acks: ErasureAck__Output[] = [];
  const subscription = await bus.subscribe({
    groupId,
    topics: [TOPICS.erasureAcks],
    fromBeginning: true,
    handler: async (event) => void acks.push(event.payload),
  });
  return {
    erase: async (tenantId, subjectId, command = {}) => {
      const payload: ErasureCommand = {
        commandId: newId(),
        tenantId,
        subjectId,
        mode: 'ERASURE_MODE_DELETE',
        reason: 'ERASURE_REASON_RETENTION_EXPIRED',
        issuedAt: toTimestamp(new Date()),
        attempt: 1,
        ...command,
      };
      await bus.publish(TOPICS.erasureCommands, [{ type: 'lethe.erasure.v1.ErasureCommand', tenantId, subjectId, payload: testErasureKeys.signCommand(payload) }]);
      return waitFor(() => acks.find((ack) => ack.commandId === payload.commandId && (!service || ack.service === service)), 30_000, 'the acknowledgement');
    },
    stop: () => subscription.stop(),
  };
}
