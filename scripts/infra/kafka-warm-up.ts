// Waits until the local broker coordinates consumer groups: one group joins, reads back a record
// it produced and commits its offset. A fresh broker creates and loads its offsets topic on the
// first group's request; until then consumers that join get "coordinator not available/loading",
// and under load one can start after the first events it should have read. Run once after the
// broker starts, before the tests.
//   pnpm exec tsx --conditions=lethe-source scripts/infra/kafka-warm-up.ts
import { createKafka } from '../../services/platform/src/kafka/client';
import { createLogger } from '../../services/platform/src/telemetry/logger';
import { testInfra } from '../../services/platform/src/testkit/infra';

const TOPIC = 'lethe-warm-up';
const TIMEOUT_MS = 180_000;

async function warmUp(): Promise<number> {
  const started = Date.now();
  const kafka = createKafka({ clientId: 'lethe-warm-up', brokers: testInfra().kafkaBrokers, logger: createLogger({ service: 'kafka-warm-up', level: 'fatal' }) });
  const admin = kafka.admin();
  const producer = kafka.producer();
  const consumer = kafka.consumer({ groupId: `lethe-warm-up-${process.pid}-${started}` });
  try {
    await admin.connect();
    if (!(await admin.listTopics()).includes(TOPIC)) await admin.createTopics({ topics: [{ topic: TOPIC, numPartitions: 1 }], waitForLeaders: true }).catch(() => undefined);
    await producer.connect();
    const marker = `${process.pid}-${started}`;
    await consumer.connect();
    await consumer.subscribe({ topics: [TOPIC], fromBeginning: true });
    const received = new Promise<void>((resolve) => {
      void consumer.run({
        eachMessage: async ({ message }) => {
          if (message.value?.toString() === marker) resolve();
        },
      });
    });
    await producer.send({ topic: TOPIC, messages: [{ value: marker }] });
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no consumer group read its record within ${TIMEOUT_MS / 1000} s`)), TIMEOUT_MS);
    });
    await Promise.race([received, timeout]).finally(() => clearTimeout(timer));
    return Date.now() - started;
  } finally {
    await consumer.disconnect().catch(() => undefined);
    await producer.disconnect().catch(() => undefined);
    await admin.disconnect().catch(() => undefined);
  }
}

warmUp().then(
  (ms) => process.stdout.write(`kafka: consumer groups coordinate (${(ms / 1000).toFixed(1)} s)\n`),
  (err: unknown) => {
    process.stderr.write(`kafka warm-up: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  },
);
