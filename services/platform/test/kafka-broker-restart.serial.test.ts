// Restarts the shared Kafka broker: run serially (scripts/test.sh runs *.serial.test.ts alone).
import { setTimeout as sleep } from 'node:timers/promises';
import { toTimestamp } from '@lethe/protos';
import type { Subscription } from '../src/kafka';
import { infra, uniqueName } from '../src/testkit/infra';
import { ackTopic, testBus, waitFor, type TestBus } from './fixtures/bus-kit';

const ACK = 'lethe.erasure.v1.ErasureAck' as const;

let t: TestBus;
let subscription: Subscription | undefined;

beforeAll(async () => {
  t = await testBus('broker-restart-test');
});

afterAll(async () => {
  await subscription?.stop();
  await t.close();
});

function event(subjectId: string) {
  return {
    type: ACK,
    tenantId: 'tenant-1',
    subjectId,
    payload: { commandId: uniqueName('c'), service: 'candidates', outcome: 'ERASURE_OUTCOME_DONE' as const, completedAt: toTimestamp(new Date()), subjectId },
  };
}

it('keeps publishing and consuming in the same process across a broker restart', async () => {
  const topic = ackTopic();
  const handled: string[] = [];
  subscription = await t.bus.subscribe({
    groupId: uniqueName('g'),
    topics: [topic],
    fromBeginning: true,
    restartBackoffMs: 500,
    handler: async (e) => void handled.push(e.envelope.subjectId!),
  });
  await t.bus.publish(topic, [event('before-restart')]);
  await waitFor(() => handled.length === 1, 20_000, 'the event before the restart');

  await infra('stop', 'kafka');
  await sleep(5_000);
  await infra('start', 'kafka');

  await t.bus.publish(topic, [event('after-restart')]);
  await waitFor(() => handled.length === 2, 90_000, 'the event after the restart');
  expect(handled).toEqual(['before-restart', 'after-restart']);
}, 180_000);
