// EventBus throughput against bare kafkajs on the same broker, in the same run:
//   publish: EventBus.publish in batches vs producer.sendBatch of the same records (idempotent, acks=all)
//   consume: EventBus.subscribe (decode, span, redelivery guard in FerretDB) vs a bare eachBatch consumer
// Each side is timed from its first to its last consumed event; with 20,000 events per round the
// bare consumer's window was about 0.4 s, dominated by its first fetch, and ratios swung by ±0.1.
// Telemetry is initialised as a service does it (OTLP only when OTEL_EXPORTER_OTLP_ENDPOINT is set).
// Settings: BENCH_BUS_EVENTS (50000), BENCH_BUS_BATCH (500), BENCH_BUS_PARTITIONS (3), BENCH_BUS_GUARD (1).
import { decodeMessage, TOPICS, toTimestamp, type TopicContract } from '../../protos/src';
import { createKafka, encodeEvent, EventBus, ProcessedEventStore, type Kafka, type PublishEvent } from '../../services/platform/src/kafka';
import { createLogger } from '../../services/platform/src/telemetry';
import { initTelemetry } from '../../services/platform/src/telemetry';
import { closeMongo, connectMongo } from '../../services/platform/src/mongo';
import { testInfra, uniqueName } from '../../services/platform/src/testkit/infra';
import { type BenchContext, type Benchmark, type BenchResult, goal, intSetting } from './harness';

/** A kafkajs record (the type is reached through the client: kafkajs resolves from the platform package only). */
type Message = Parameters<ReturnType<Kafka['producer']>['send']>[0]['messages'][number];

// Both producers use kafkajs's DefaultPartitioner; the bare one takes it implicitly.
process.env.KAFKAJS_NO_PARTITIONER_WARNING ??= '1';

type Ack = 'lethe.erasure.v1.ErasureAck';
const ACK: Ack = 'lethe.erasure.v1.ErasureAck';
const ROUNDS = 2;
const WARM_UP_BATCHES = 4;

function events(count: number): PublishEvent<Ack>[] {
  const completedAt = toTimestamp(new Date());
  return Array.from({ length: count }, (_, i) => {
    const subjectId = `subject-${i % 5_000}`;
    return {
      type: ACK,
      tenantId: 'tenant-bench',
      subjectId,
      payload: { commandId: `cmd-${i}`, service: 'bench', outcome: 'ERASURE_OUTCOME_DONE', counts: { documents: i % 7 }, completedAt, tenantId: 'tenant-bench', subjectId },
    };
  });
}

function batches<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function seconds(start: bigint, end: bigint): number {
  return Number(end - start) / 1e9;
}

/** A plain eachBatch consumer; with `decode`, it also decodes each payload (the least any real consumer does). */
async function consumeBare(kafka: Kafka, topic: string, expected: number, context: BenchContext, label: string, decode = false): Promise<number> {
  const consumer = kafka.consumer({ groupId: uniqueName('bench-bare'), maxWaitTimeInMs: 1_000, allowAutoTopicCreation: false });
  const progress = context.progress(label, expected);
  let count = 0;
  let first: bigint | undefined;
  let last: bigint | undefined;
  await consumer.connect();
  await consumer.subscribe({ topics: [topic], fromBeginning: true });
  const finished = new Promise<void>((resolve) => {
    void consumer.run({
      eachBatchAutoResolve: false,
      autoCommitInterval: 5_000,
      eachBatch: async ({ batch, resolveOffset, heartbeat }) => {
        first ??= process.hrtime.bigint();
        for (const message of batch.messages) {
          if (decode) void decodeMessage<{ commandId: string }>(ACK, message.value!).commandId.length;
          count++;
          resolveOffset(message.offset);
        }
        progress.tick(batch.messages.length);
        await heartbeat();
        if (count >= expected) {
          last ??= process.hrtime.bigint();
          resolve();
        }
      },
    });
  });
  await finished;
  progress.done();
  await consumer.disconnect();
  return seconds(first!, last!);
}

async function consumeBus(bus: EventBus, topic: TopicContract<Ack>, expected: number, context: BenchContext, label: string, guard: boolean): Promise<number> {
  const progress = context.progress(label, expected);
  let count = 0;
  let first: bigint | undefined;
  let last: bigint | undefined;
  let resolveDone: () => void = () => undefined;
  const finished = new Promise<void>((resolve) => (resolveDone = resolve));
  const subscription = await bus.subscribe({
    groupId: uniqueName('bench-bus'),
    topics: [topic],
    fromBeginning: true,
    deduplicate: guard,
    handler: async (event) => {
      first ??= process.hrtime.bigint();
      // Touch the payload as any handler would.
      void event.payload.commandId.length;
      count++;
      if (count % 100 === 0) progress.tick(100);
      if (count >= expected) {
        last ??= process.hrtime.bigint();
        resolveDone();
      }
    },
  });
  await finished;
  progress.done();
  await subscription.stop();
  return seconds(first!, last!);
}

export const benchmark: Benchmark = {
  name: 'bus',
  description: 'EventBus publish/subscribe throughput vs bare kafkajs (same broker, acks=all, idempotent)',
  async run(context): Promise<BenchResult> {
    const total = intSetting('BENCH_BUS_EVENTS', 50_000);
    const batchSize = intSetting('BENCH_BUS_BATCH', 500);
    const partitions = intSetting('BENCH_BUS_PARTITIONS', 3);
    // BENCH_BUS_GUARD=0 measures the bus without its redelivery guard (to see what the guard costs).
    const guard = process.env.BENCH_BUS_GUARD !== '0';
    const telemetry = initTelemetry({ serviceName: 'bench', otlpEndpoint: process.env.OTEL_EXPORTER_OTLP_ENDPOINT });
    const infra = testInfra();
    const brokers = process.env.KAFKA_BROKERS?.split(',') ?? infra.kafkaBrokers;
    const logger = createLogger({ service: 'bench', level: process.env.LOG_LEVEL ?? 'warn' });
    const kafka = createKafka({ clientId: uniqueName('bench-bus'), brokers, logger });
    // The bare side has its own client: its own connections, and untouched by EventBus.close().
    const bareKafka = createKafka({ clientId: uniqueName('bench-bare'), brokers, logger });
    const db = await connectMongo({ uri: process.env.MONGODB_URI ?? infra.mongoUri, database: uniqueName('bench_bus').replace(/-/g, '_'), logger });
    const bus = new EventBus({ kafka, source: 'bench', logger, processedEvents: new ProcessedEventStore(db) });
    const topic = (kind: string): TopicContract<Ack> => ({ ...TOPICS.erasureAcks, name: uniqueName(`bench.${kind}`), partitions, retentionMs: 60 * 60 * 1000 });
    const topics = { bus: topic('bus'), bare: topic('bare'), warmBus: topic('warm-bus'), warmBare: topic('warm-bare') };
    const bare = bareKafka.producer({ idempotent: true, maxInFlightRequests: 1, allowAutoTopicCreation: false, retry: { retries: Number.MAX_SAFE_INTEGER } });
    const admin = kafka.admin();

    try {
      await bus.ensureTopics(Object.values(topics));
      await bare.connect();
      await admin.connect();

      const all = events(total);
      const busBatches = batches(all, batchSize);
      // The bare side sends the very records the bus would build, encoded ahead of time.
      const bareBatches = batches(
        all.map((event): Message => {
          const encoded = encodeEvent(topics.bare, event, {});
          return { key: encoded.key, value: encoded.value, headers: { ...encoded.headers, ce_source: 'bench' } };
        }),
        batchSize,
      );
      const publishBus = async (target: TopicContract<Ack>, work: PublishEvent<Ack>[][], label: string) => {
        const progress = context.progress(label, work.reduce((sum, batch) => sum + batch.length, 0));
        const start = process.hrtime.bigint();
        for (const batch of work) {
          await bus.publish(target, batch);
          progress.tick(batch.length);
        }
        const elapsed = seconds(start, process.hrtime.bigint());
        progress.done();
        return elapsed;
      };
      const publishBare = async (target: string, work: Message[][], label: string) => {
        const progress = context.progress(label, work.reduce((sum, batch) => sum + batch.length, 0));
        const start = process.hrtime.bigint();
        for (const messages of work) {
          await bare.sendBatch({ topicMessages: [{ topic: target, messages }], acks: -1 });
          progress.tick(messages.length);
        }
        const elapsed = seconds(start, process.hrtime.bigint());
        progress.done();
        return elapsed;
      };

      context.note('warming up');
      await publishBare(topics.warmBare.name, bareBatches.slice(0, WARM_UP_BATCHES), 'warm-up publish (bare)');
      await publishBus(topics.warmBus, busBatches.slice(0, WARM_UP_BATCHES), 'warm-up publish (bus)');
      const warmCount = Math.min(WARM_UP_BATCHES * batchSize, total);
      await consumeBare(bareKafka, topics.warmBare.name, warmCount, context, 'warm-up consume (bare)');
      await consumeBus(bus, topics.warmBus, warmCount, context, 'warm-up consume (bus)', guard);

      // Alternating rounds (bare, bus, bus, bare): the best time of each side counts.
      const publishTimes = { bare: [] as number[], bus: [] as number[] };
      for (let round = 0; round < ROUNDS; round++) {
        const order = round % 2 === 0 ? (['bare', 'bus'] as const) : (['bus', 'bare'] as const);
        for (const side of order) {
          publishTimes[side].push(
            side === 'bare'
              ? await publishBare(topics.bare.name, bareBatches, `publish round ${round + 1} (bare)`)
              : await publishBus(topics.bus, busBatches, `publish round ${round + 1} (bus)`),
          );
        }
      }
      const consumed = total * ROUNDS;
      // Consumption alternates the same way; every round is a new consumer group reading from the start.
      const consumeTimes = { bare: [] as number[], bus: [] as number[] };
      for (let round = 0; round < ROUNDS; round++) {
        const order = round % 2 === 0 ? (['bare', 'bus'] as const) : (['bus', 'bare'] as const);
        for (const side of order) {
          consumeTimes[side].push(
            side === 'bare'
              ? await consumeBare(bareKafka, topics.bare.name, consumed, context, `consume round ${round + 1} (bare)`)
              : await consumeBus(bus, topics.bus, consumed, context, `consume round ${round + 1} (bus${guard ? ', with guard' : ', no guard'})`, guard),
          );
        }
      }
      const consumeBareSeconds = Math.min(...consumeTimes.bare);
      const consumeBusSeconds = Math.min(...consumeTimes.bus);
      const consumeDecodeSeconds = await consumeBare(bareKafka, topics.bare.name, consumed, context, 'consume (bare + decode)', true);

      const publishBare1 = Math.min(...publishTimes.bare);
      const publishBus1 = Math.min(...publishTimes.bus);
      const rate = (count: number, s: number) => Math.round(count / s);
      const publishRatio = rate(total, publishBus1) / rate(total, publishBare1);
      const consumeRatio = rate(consumed, consumeBusSeconds) / rate(consumed, consumeBareSeconds);
      const consumeRatioVsDecoding = rate(consumed, consumeBusSeconds) / rate(consumed, consumeDecodeSeconds);
      return {
        rows: [
          { phase: 'publish', side: 'bare kafkajs', events: total, seconds: publishBare1, 'events/s': rate(total, publishBare1) },
          { phase: 'publish', side: 'EventBus', events: total, seconds: publishBus1, 'events/s': rate(total, publishBus1) },
          { phase: 'consume', side: 'bare kafkajs', events: consumed, seconds: consumeBareSeconds, 'events/s': rate(consumed, consumeBareSeconds) },
          { phase: 'consume', side: 'bare kafkajs + decode', events: consumed, seconds: consumeDecodeSeconds, 'events/s': rate(consumed, consumeDecodeSeconds) },
          { phase: 'consume', side: 'EventBus', events: consumed, seconds: consumeBusSeconds, 'events/s': rate(consumed, consumeBusSeconds) },
        ],
        summary: { publishRatio, consumeRatio, consumeRatioVsDecoding },
        goals: [
          goal('publishRatio', publishRatio, { atLeast: 0.7 }),
          goal('consumeRatio', consumeRatio, { atLeast: 0.6 }),
        ],
        settings: { events: total, batchSize, partitions, rounds: ROUNDS, acks: -1, idempotent: true, guard },
      };
    } finally {
      await bus.close();
      await bare.disconnect().catch(() => undefined);
      // The bench topics and the dead-letter topics the subscriptions created for them.
      const names = Object.values(topics).map((t) => t.name);
      const existing = await admin.listTopics().catch(() => [] as string[]);
      const created = existing.filter((name) => names.some((base) => name === base || name.startsWith(`${base}.dlq.`)));
      await admin.deleteTopics({ topics: created }).catch(() => undefined);
      await admin.disconnect().catch(() => undefined);
      await db.dropDatabase().catch(() => undefined);
      await closeMongo(db);
      await telemetry.shutdown();
    }
  },
};
