// EventBus throughput against bare kafkajs on the same broker, in the same run:
//   publish: EventBus.publish in batches vs producer.sendBatch of the same records (idempotent, acks=all)
//   consume: EventBus.subscribe (decode, span, redelivery guard in FerretDB) vs a bare eachBatch consumer
// Rounds alternate the sides (bare first, then bus first, ...); each round gives a ratio, and the
// goals hold the median of the rounds' ratios, so one disturbed round moves nothing.
// A consuming side is timed from the first event past a fifth of the topic to the last: timed from
// its first event, the bare consumer's window was dominated by its first fetch (up to 1 MB per
// partition, handled at once), and ratios swung by ±0.1. The group join, that first fetch and the
// guard's ledger load are left out on both sides alike.
// The guard's database commands are counted per consumed batch and per 1,000 events.
// Telemetry is initialised as a service does it (OTLP only when OTEL_EXPORTER_OTLP_ENDPOINT is set).
// Settings: BENCH_BUS_EVENTS (50000 per round and side), BENCH_BUS_ROUNDS (5), BENCH_BUS_BATCH (500),
// BENCH_BUS_PARTITIONS (3), BENCH_BUS_GUARD (1).
import { decodeMessage, TOPICS, toTimestamp, type TopicContract } from '../../protos/src';
import { createKafka, encodeEvent, EventBus, ProcessedEventStore, type Kafka, type PublishEvent } from '../../services/platform/src/kafka';
import { createLogger } from '../../services/platform/src/telemetry';
import { initTelemetry } from '../../services/platform/src/telemetry';
import { closeMongo, connectMongo } from '../../services/platform/src/mongo';
import { testInfra, uniqueName } from '../../services/platform/src/testkit/infra';
import { CommandCounter, commandCost, sumTallies, type CommandTally } from './commands';
import { type BenchContext, type Benchmark, type BenchResult, goal, intSetting, percentile } from './harness';

/** A kafkajs record (the type is reached through the client: kafkajs resolves from the platform package only). */
type Message = Parameters<ReturnType<Kafka['producer']>['send']>[0]['messages'][number];

// Both producers use kafkajs's DefaultPartitioner; the bare one takes it implicitly.
process.env.KAFKAJS_NO_PARTITIONER_WARNING ??= '1';

type Ack = 'lethe.erasure.v1.ErasureAck';
const ACK: Ack = 'lethe.erasure.v1.ErasureAck';
const WARM_UP_BATCHES = 4;
/** The share of a topic consumed before a consuming side's clock starts. */
const UNTIMED_SHARE = 0.2;
/**
 * The guard's budget per 1,000 consumed events: one insert per consumed batch, and a batch read
 * from a backlog holds thousands of these events (a fetch brings up to 1 MB per partition).
 */
const GUARD_COMMANDS_PER_1000_EVENTS = 1;

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

type Side = 'bare' | 'bus';

/** Bare first in even rounds, the bus first in odd ones. */
function sidesOf(round: number): readonly Side[] {
  return round % 2 === 0 ? ['bare', 'bus'] : ['bus', 'bare'];
}

/** A consuming side's timed window: from the first count past the untimed share of `expected` to the count reaching it. */
class SteadyWindow {
  private markAt?: bigint;
  private markCount = 0;
  private endAt?: bigint;
  private endCount = 0;

  constructor(private readonly expected: number) {}

  /** Notes how many events are handled by now; true once all are. */
  handled(count: number): boolean {
    if (this.markAt === undefined && count >= this.expected * UNTIMED_SHARE) {
      this.markAt = process.hrtime.bigint();
      this.markCount = count;
    }
    if (this.endAt === undefined && count >= this.expected) {
      this.endAt = process.hrtime.bigint();
      this.endCount = count;
    }
    return this.endAt !== undefined;
  }

  /** Events per second within the window. */
  rate(label: string): number {
    const events = this.endCount - this.markCount;
    if (events <= 0 || this.markAt === undefined || this.endAt === undefined || this.endAt <= this.markAt) {
      throw new Error(`${label}: the whole topic came in one fetch, nothing left to time; raise BENCH_BUS_EVENTS`);
    }
    return events / seconds(this.markAt, this.endAt);
  }
}

/** A plain eachBatch consumer; with `decode`, it also decodes each payload (the least any real consumer does). */
async function consumeBare(kafka: Kafka, topic: string, expected: number, context: BenchContext, label: string, decode = false): Promise<SteadyWindow> {
  const consumer = kafka.consumer({ groupId: uniqueName('bench-bare'), maxWaitTimeInMs: 1_000, allowAutoTopicCreation: false });
  const progress = context.progress(label, expected);
  const window = new SteadyWindow(expected);
  let count = 0;
  await consumer.connect();
  await consumer.subscribe({ topics: [topic], fromBeginning: true });
  const finished = new Promise<void>((resolve) => {
    void consumer.run({
      eachBatchAutoResolve: false,
      autoCommitInterval: 5_000,
      eachBatch: async ({ batch, resolveOffset, heartbeat }) => {
        for (const message of batch.messages) {
          if (decode) void decodeMessage<{ commandId: string }>(ACK, message.value!).commandId.length;
          count++;
          resolveOffset(message.offset);
        }
        progress.tick(batch.messages.length);
        await heartbeat();
        if (window.handled(count)) resolve();
      },
    });
  });
  await finished;
  progress.done();
  await consumer.disconnect();
  return window;
}

/** The timed window of a subscription through the bus, and the consumer group it used. */
async function consumeBus(bus: EventBus, topic: TopicContract<Ack>, expected: number, context: BenchContext, label: string, guard: boolean): Promise<{ window: SteadyWindow; groupId: string }> {
  const progress = context.progress(label, expected);
  const window = new SteadyWindow(expected);
  let count = 0;
  let resolveDone: () => void = () => undefined;
  const finished = new Promise<void>((resolve) => (resolveDone = resolve));
  const subscription = await bus.subscribe({
    groupId: uniqueName('bench-bus'),
    topics: [topic],
    fromBeginning: true,
    deduplicate: guard,
    handler: async (event) => {
      // Touch the payload as any handler would.
      void event.payload.commandId.length;
      count++;
      if (count % 100 === 0) progress.tick(100);
      if (window.handled(count)) resolveDone();
    },
  });
  await finished;
  progress.done();
  // Waits for the guard's last writes too.
  await subscription.stop();
  return { window, groupId: subscription.groupId };
}

export const benchmark: Benchmark = {
  name: 'bus',
  description: 'EventBus publish/subscribe throughput vs bare kafkajs (same broker, acks=all, idempotent)',
  async run(context): Promise<BenchResult> {
    const total = intSetting('BENCH_BUS_EVENTS', 50_000);
    const batchSize = intSetting('BENCH_BUS_BATCH', 500);
    const partitions = intSetting('BENCH_BUS_PARTITIONS', 3);
    const rounds = intSetting('BENCH_BUS_ROUNDS', 5);
    // BENCH_BUS_GUARD=0 measures the bus without its redelivery guard (to see what the guard costs).
    const guard = process.env.BENCH_BUS_GUARD !== '0';
    const telemetry = initTelemetry({ serviceName: 'bench', otlpEndpoint: process.env.OTEL_EXPORTER_OTLP_ENDPOINT });
    const infra = testInfra();
    const brokers = process.env.KAFKA_BROKERS?.split(',') ?? infra.kafkaBrokers;
    const logger = createLogger({ service: 'bench', level: process.env.LOG_LEVEL ?? 'warn' });
    const kafka = createKafka({ clientId: uniqueName('bench-bus'), brokers, logger });
    // The bare side has its own client: its own connections, and untouched by EventBus.close().
    const bareKafka = createKafka({ clientId: uniqueName('bench-bare'), brokers, logger });
    const database = uniqueName('bench_bus').replace(/-/g, '_');
    // Counting starts before the guard's database connects.
    const guardCommands = new CommandCounter((name) => name === database);
    const db = await connectMongo({ uri: process.env.MONGODB_URI ?? infra.mongoUri, database, logger });
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

      // Each round publishes the same events on each side, in alternating order.
      const publishRates = { bare: [] as number[], bus: [] as number[] };
      for (let round = 0; round < rounds; round++) {
        for (const side of sidesOf(round)) {
          const elapsed =
            side === 'bare'
              ? await publishBare(topics.bare.name, bareBatches, `publish round ${round + 1} (bare)`)
              : await publishBus(topics.bus, busBatches, `publish round ${round + 1} (bus)`);
          publishRates[side].push(total / elapsed);
        }
      }
      const consumed = total * rounds;
      // Consumption alternates the same way; every round is a new consumer group reading the whole topic from the start.
      const consumeRates = { bare: [] as number[], bus: [] as number[] };
      const guardTallies: CommandTally[] = [];
      const guardGroups: string[] = [];
      for (let round = 0; round < rounds; round++) {
        for (const side of sidesOf(round)) {
          const label = `consume round ${round + 1} (${side === 'bare' ? 'bare' : guard ? 'bus, with guard' : 'bus, no guard'})`;
          if (side === 'bare') {
            consumeRates.bare.push((await consumeBare(bareKafka, topics.bare.name, consumed, context, label)).rate(label));
          } else {
            const { result, tally } = await guardCommands.during(() => consumeBus(bus, topics.bus, consumed, context, label, guard));
            consumeRates.bus.push(result.window.rate(label));
            guardTallies.push(tally);
            guardGroups.push(result.groupId);
          }
        }
      }
      const decodeRate = (await consumeBare(bareKafka, topics.bare.name, consumed, context, 'consume (bare + decode)', true)).rate('consume (bare + decode)');

      const ratios = (side: typeof publishRates) => side.bus.map((busRate, round) => busRate / side.bare[round]);
      const publishRatios = ratios(publishRates);
      const consumeRatios = ratios(consumeRates);
      const publishRatio = percentile(publishRatios, 50);
      const consumeRatio = percentile(consumeRatios, 50);
      const consumeRatioVsDecoding = percentile(consumeRates.bus, 50) / decodeRate;
      const listed = (values: number[]) => values.map((value) => value.toFixed(3)).join(', ');

      const rows: BenchResult['rows'] = [];
      for (let round = 0; round < rounds; round++) {
        rows.push({ phase: 'publish', round: round + 1, first: sidesOf(round)[0], events: total, 'bare events/s': Math.round(publishRates.bare[round]), 'bus events/s': Math.round(publishRates.bus[round]), ratio: publishRatios[round].toFixed(3) });
      }
      for (let round = 0; round < rounds; round++) {
        rows.push({ phase: 'consume', round: round + 1, first: sidesOf(round)[0], events: consumed, 'bare events/s': Math.round(consumeRates.bare[round]), 'bus events/s': Math.round(consumeRates.bus[round]), ratio: consumeRatios[round].toFixed(3) });
      }
      rows.push({ phase: 'consume', round: 'once', first: 'bare + decode', events: consumed, 'bare events/s': Math.round(decodeRate) });

      const goals = [goal(`publishRatio (median of ${rounds} rounds)`, publishRatio, { atLeast: 0.7 }), goal(`consumeRatio (median of ${rounds} rounds)`, consumeRatio, { atLeast: 0.6 })];
      const summary: BenchResult['summary'] = {
        publishRatio,
        'publish ratio per round': listed(publishRatios),
        consumeRatio,
        'consume ratio per round': listed(consumeRatios),
        consumeRatioVsDecoding,
      };
      if (guard) {
        // A consumed batch is one chunk the guard recorded (one document each).
        const processed = db.collection('processed_events');
        const consumedBatches = await processed.countDocuments({ groupId: { $in: guardGroups } });
        const tally = guardTallies.reduce(sumTallies);
        // One insert per batch, and one ledger read per subscription when it gets its partitions.
        const perBatch = (count: number) => Math.ceil((count / consumedBatches) * 100) / 100;
        const costs = [
          commandCost('bus guard', 'consumed batch', consumedBatches, tally, { commands: perBatch(consumedBatches + rounds), reads: perBatch(rounds) }),
          commandCost('bus guard', '1,000 consumed events', (consumed * rounds) / 1_000, tally, { commands: GUARD_COMMANDS_PER_1000_EVENTS }),
        ];
        for (const cost of costs) {
          rows.push(cost.row);
          goals.push(...cost.goals);
        }
        summary['guard: consumed batches'] = consumedBatches;
        summary['guard: events per consumed batch'] = (consumed * rounds) / consumedBatches;
      }
      return {
        rows,
        summary,
        goals,
        settings: { events: total, batchSize, partitions, rounds, acks: -1, idempotent: true, guard, untimedShare: UNTIMED_SHARE },
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
      guardCommands.close();
      await telemetry.shutdown();
    }
  },
};
