// The talent-crm service against bare baselines on the same machine, in the same run:
//   ats-ingest: ATS candidates upserted on lethe.ats.inbound.v1 (JSON, keyed by the ATS's id, as
//     `pnpm ats` sends them) until each is a talent: the service's consumer (the redelivery ledger,
//     validation, the ATS link, the write fence, a data key per person, encryption, the talent with
//     its TalentCreated in the outbox, the relay publishing it) vs a bare kafkajs consumer of the
//     same events, as many partitions at once, inserting the same documents (key row, talent, link)
//     with the raw driver; events per second, ratio. Also per consumed batch and per event: the
//     service's database commands (its data and key store, the relay and the other consumers
//     included, its idle polls taken off) against a budget, and where the time went: the ATS
//     consumer's batch handler by part (links claimed, data keys made, encryption, talents
//     inserted, validation and the rest), the database writes by collection, the relay publishing
//     after the last write. The automation rules' rounds wait meanwhile; afterwards they run on a
//     sample of the new talents' triggers, timed and counted per trigger on their own.
//   import: the Excel import's memory benchmark (scripts/bench/talent-crm-import.ts), when present.
// Settings: BENCH_TALENT_CRM_EVENTS (1000), BENCH_TALENT_CRM_ONLY (ats-ingest or import; both by default).
import fs from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { startTestService, testAuth, testInfra, uniqueName } from '../../services/platform/src/testkit';
import { atsEvent, atsKafka, atsKafkaConfig, atsRecord } from '../../services/talent-crm/src/cli/ats';
import { buildTalentCrm, talentCrmService, type TalentCrm } from '../../services/talent-crm/src/service';
import { TOPICS } from '../../protos/src';
import type { ServiceParts } from '../../services/platform/src/service';
import { BENCH_COMMENT, commandCost, commandTime, countedServiceDatabases, WRITES } from './commands';
import { type BenchContext, type Benchmark, type BenchResult, goal, intSetting, runParts, TimeBreakdown } from './harness';

type Kafka = ReturnType<typeof atsKafka>;
type Consumer = ReturnType<Kafka['consumer']>;

/** No peer is called while talents come from the ATS. */
const NOWHERE = '127.0.0.1:9';
const PARTITIONS_AT_ONCE = 3;
/**
 * The commands a batch of new candidates may take: the erased-subject check, the links claimed in
 * one write, the data keys and the talents inserted in one command each, the guard's record of the
 * chunk; and the relay's read and clean-up of the batch's outbox entries. A command per candidate
 * would be far over it.
 */
const COMMANDS_PER_BATCH = 7;
/** Talents made before the timed run: the service's new topics get their leaders, its producer their metadata. */
const WARM_UP_EVENTS = 20;
/** Fewer commands than events: per person, only a batch's share of its commands. */
const COMMANDS_PER_EVENT = 1;
/**
 * The rules' commands per trigger of a new talent: a round reads its pending triggers and the
 * tenant's rules once, and a trigger no rule starts needs no write of its own.
 */
const COMMANDS_PER_TRIGGER = 0.1;
/** Triggers the rules' rounds are measured on: enough for a per-trigger count, few enough to be quick. */
const RULES_SAMPLE = 200;
/** Longer than the benchmark runs, and within what a timer can wait (2^31 - 1 ms). */
const RULES_WAIT_MS = 2_000_000_000;

/** How often an ATS handler ran and for how many events. */
interface HandlerCalls {
  calls: number;
  events: number;
}

/**
 * The talent-crm service with its ATS consumer's handlers counted and timed, and the parts of the
 * batch handler timed on the service's own objects; and a handle on its parts.
 */
function timedAtsIngest() {
  const batches: HandlerCalls = { calls: 0, events: 0 };
  const singles: HandlerCalls = { calls: 0, events: 0 };
  /** The handlers' time in all, by kind. */
  const handlers = new TimeBreakdown();
  /** The batch handler's time, by part. */
  const parts = new TimeBreakdown();
  const counted = async <T>(into: HandlerCalls, kind: string, work: () => Promise<T>, handled: (result: T) => number): Promise<T> => {
    const result = await handlers.time(kind, work);
    into.calls++;
    into.events += handled(result);
    return result;
  };
  const withTimedAts = (serviceParts: ServiceParts): ServiceParts => ({
    ...serviceParts,
    consumers: serviceParts.consumers?.map((spec) => {
      if (!spec.topics.some((topic) => topic.name === TOPICS.atsInbound.name)) return spec;
      const { handler, batchHandler } = spec;
      return {
        ...spec,
        handler: (event) => counted(singles, 'one at a time', () => handler(event), () => 1),
        batchHandler: batchHandler && ((events) => counted(batches, 'batch', () => batchHandler(events), (done) => done)),
      };
    }),
  });
  let built: TalentCrm | undefined;
  const definition: typeof talentCrmService = {
    ...talentCrmService,
    create: (runtime) => {
      built = buildTalentCrm(runtime);
      parts.wrap(built.ats.links, 'claim', 'links claimed');
      parts.wrap(runtime.cipher, 'createKeys', 'data keys made');
      parts.wrap(runtime.cipher, 'encryptPresent', 'encryption');
      parts.wrap(built.talentStore, 'insertBuilt', 'talents inserted');
      return withTimedAts(built.parts);
    },
  };
  const crm = () => {
    if (!built) throw new Error('talent-crm has not been started');
    return built;
  };
  /** Forgets what the handlers did so far (the warm-up). */
  const restart = () => {
    for (const calls of [batches, singles]) Object.assign(calls, { calls: 0, events: 0 });
    handlers.clear();
    parts.clear();
  };
  return { definition, batches, singles, handlers, parts, crm, restart };
}

/** The upserts of `count` new candidates of one tenant, as an ATS sends them. */
function upserts(tenant: string, count: number) {
  return Array.from({ length: count }, (_, index) => {
    const id = `A-${index}`;
    return atsRecord(
      atsEvent('upsert', {
        id,
        version: '1',
        'first-name': 'Erika',
        'last-name': `Mustermann${index}`,
        email: `erika.${index}@example.org`,
        phone: '+49 30 1234567',
        city: 'Berlin',
        country: 'DE',
        headline: 'Backend engineer',
        skills: 'TypeScript,Kafka,SQL',
        'profile-url': `https://example.org/erika-${index}`,
        'recruiter-email': 'alice@agency.example',
      }),
      { tenant },
    );
  });
}

async function produce(kafka: Kafka, topic: string, records: ReturnType<typeof upserts>): Promise<void> {
  const producer = kafka.producer({ allowAutoTopicCreation: false });
  await producer.connect();
  try {
    for (let start = 0; start < records.length; start += 500) await producer.send({ topic, acks: -1, messages: records.slice(start, start + 500) });
  } finally {
    await producer.disconnect();
  }
}

/** Polls `count()` until it reaches `total`, with a progress bar; the time it took from `started`. */
async function until(total: number, count: () => Promise<number>, started: bigint, context: BenchContext, label: string): Promise<number> {
  const progress = context.progress(label, total);
  let seen = 0;
  for (;;) {
    const now = await count();
    progress.tick(now - seen);
    seen = now;
    if (now >= total) break;
    if (Number(process.hrtime.bigint() - started) / 1e9 > 900) throw new Error(`only ${now} of ${total} after 15 minutes`);
    // Counting the service's talents reads the collection: seldom enough not to slow what it measures.
    await sleep(1_000);
  }
  progress.done();
  return Number(process.hrtime.bigint() - started) / 1e6;
}

async function atsIngestBenchmark(context: BenchContext): Promise<BenchResult> {
  const events = intSetting('BENCH_TALENT_CRM_EVENTS', 1_000);
  const prefix = `${uniqueName('bench')}.`;
  const auth = await testAuth();
  const counted = countedServiceDatabases(testInfra().mongoUri);
  const ingest = timedAtsIngest();
  const service = await startTestService(ingest.definition, auth, {
    env: { ...counted.env, TALENT_RULES_INTERVAL_MS: String(RULES_WAIT_MS), KAFKA_TOPIC_PREFIX: prefix, LOG_LEVEL: 'warn', CANDIDATES_GRPC_ADDRESS: NOWHERE, CONSENT_GRPC_ADDRESS: NOWHERE, MESSAGING_GRPC_ADDRESS: NOWHERE },
  });
  const kafka = atsKafka(atsKafkaConfig({ KAFKA_BROKERS: testInfra().kafkaBrokers.join(','), KAFKA_TOPIC_PREFIX: prefix }), 'bench-ats');
  const db = service.runtime.mongo.db!;
  let bare: Consumer | undefined;
  try {
    // The bare side's topic is made first: a consumer that subscribes to a topic made a moment ago may not find it yet.
    const bareTopic = { ...TOPICS.atsInbound, name: `bare.${TOPICS.atsInbound.name}` };
    await service.runtime.bus.ensureTopics([bareTopic]);
    const bareTopicName = service.runtime.bus.prefixed(bareTopic).name;
    const inbound = `${prefix}${TOPICS.atsInbound.name}`;
    const talents = db.collection('talents');
    const warmUpTenant = uniqueName('tenant');
    await produce(kafka, inbound, upserts(warmUpTenant, WARM_UP_EVENTS));
    await until(WARM_UP_EVENTS, () => talents.countDocuments({ tenantId: warmUpTenant, outboxPending: false }), process.hrtime.bigint(), context, 'warm-up: ATS upserts → talents');
    ingest.restart();

    // The service: every event a talent, its TalentCreated published.
    const tenant = uniqueName('tenant');
    // The relay polls its collections while idle: measured here, taken off the run's counts.
    const idle = await counted.commands.idle(3_000);
    // The benchmark's own polls of the talents are not counted.
    const talentsOf = (filter: object) => () => talents.countDocuments({ tenantId: tenant, ...filter }, { comment: BENCH_COMMENT });
    const { result: timing, tally } = await counted.commands.during(async () => {
      const serviceStart = process.hrtime.bigint();
      await produce(kafka, inbound, upserts(tenant, events));
      const writtenMs = await until(events, talentsOf({}), serviceStart, context, 'service: ATS upserts → talents written');
      const publishedMs = await until(events, talentsOf({ outboxPending: false }), serviceStart, context, 'service: TalentCreated published');
      return { writtenMs, publishedMs };
    });
    const serviceMs = timing.publishedMs;

    // The rules' rounds on the new talents' triggers, until a sample ran or none is pending (a round
    // that ran none may only have marked the talents it settled before).
    const rulesStart = process.hrtime.bigint();
    const pending = talentsOf({ triggersPending: true });
    const { result: triggers, tally: rulesTally } = await counted.commands.during(async () => {
      let ran = 0;
      do ran += await ingest.crm().automation.ruleRunner.round();
      while (ran < RULES_SAMPLE && (await pending()) > 0);
      return ran;
    });
    const rulesMs = Number(process.hrtime.bigint() - rulesStart) / 1e6;

    // What the service wrote per person, as the bare side writes it: its key row, the talent (outbox published), the link.
    const sampleTalent = await talents.findOne({ tenantId: tenant }, { projection: { triggers: 0, triggersPending: 0 } });
    const sampleKey = await service.runtime.keyStore.collection('subject_keys').findOne({ tenantId: tenant, subjectId: sampleTalent!._id });
    const sampleLink = await db.collection('ats_links').findOne({ tenantId: tenant, talentId: sampleTalent!._id });

    // The bare side: the same events on a topic of its own, read by a plain kafkajs consumer.
    const bareTenant = uniqueName('tenant');
    const [bareTalents, bareKeys, bareLinks] = ['bare_talents', 'bare_subject_keys', 'bare_ats_links'].map((name) => db.collection(uniqueName(name)));
    await Promise.all([bareTalents.createIndex({ tenantId: 1, _id: 1 }), bareLinks.createIndex({ tenantId: 1, _id: 1 })]);
    const done = new Set<string>();
    bare = kafka.consumer({ groupId: uniqueName('bare'), maxWaitTimeInMs: 1_000 });
    await bare.connect();
    await bare.subscribe({ topics: [bareTopicName], fromBeginning: true });
    const { _id: _talentId, ...talentShape } = sampleTalent!;
    const { _id: _keyId, ...keyShape } = sampleKey!;
    const { _id: _linkId, ...linkShape } = sampleLink!;
    await bare.run({
      partitionsConsumedConcurrently: PARTITIONS_AT_ONCE,
      eachMessage: async ({ message }) => {
        const data = JSON.parse(message.value!.toString('utf8')) as { atsCandidateId: string };
        const id = `${bareTenant}:${data.atsCandidateId}`;
        // Kafka delivers at least once: a document written before a redelivery stays as it is.
        const insert = (collection: typeof bareKeys, doc: object) => collection.insertOne(doc).catch((err: { code?: number }) => {
          if (err.code !== 11000) throw err;
        });
        await insert(bareKeys, { ...keyShape, _id: `key:${id}`, tenantId: bareTenant, subjectId: id });
        await insert(bareTalents, { ...talentShape, _id: id, tenantId: bareTenant, atsCandidateId: data.atsCandidateId });
        await insert(bareLinks, { ...linkShape, _id: `link:${id}`, tenantId: bareTenant, talentId: id });
        done.add(id);
      },
    });
    const bareStart = process.hrtime.bigint();
    await produce(kafka, bareTopicName, upserts(bareTenant, events));
    const bareMs = await until(events, async () => done.size, bareStart, context, 'bare kafkajs + raw driver');
    await Promise.all([bareTalents, bareKeys, bareLinks].map((collection) => collection.drop()));

    const servicePerSecond = (events / serviceMs) * 1000;
    const barePerSecond = (events / bareMs) * 1000;
    const ratio = servicePerSecond / barePerSecond;
    const { batches, singles, handlers, parts } = ingest;
    const costs = [
      commandCost('ats-ingest', 'consumed batch', Math.max(batches.calls, 1), tally, { commands: COMMANDS_PER_BATCH }, idle),
      commandCost('ats-ingest', 'consumed ATS event', events, tally, { commands: COMMANDS_PER_EVENT }, idle),
      commandCost('ats-ingest', "rules on a new talent's trigger", Math.max(triggers, 1), rulesTally, { commands: COMMANDS_PER_TRIGGER }, idle),
    ];
    const phase = (side: string, ms: number, extra: Record<string, number> = {}) => ({ benchmark: 'ats-ingest breakdown', side, ms: Math.round(ms), ...extra });
    return {
      rows: [
        { benchmark: 'ats-ingest', side: 'bare kafkajs consumer, raw driver inserts', events, ms: Math.round(bareMs), perSecond: barePerSecond },
        { benchmark: 'ats-ingest', side: 'talent-crm consumer', events, ms: Math.round(serviceMs), perSecond: servicePerSecond },
        phase('until every talent was written (consume, validate, encrypt, writes)', timing.writtenMs),
        { ...phase('batch handler (summed over partitions)', handlers.ms('batch'), { calls: batches.calls, eventsPerCall: batches.events / Math.max(batches.calls, 1) }), parts: parts.describe(Math.max(batches.events, 1), handlers.ms('batch'), 'validation and the rest') },
        phase('one-at-a-time handler (summed over partitions)', handlers.ms('one at a time'), { calls: singles.calls }),
        { ...phase('database writes until published (summed over concurrent commands)', commandTime(tally, WRITES).ms), busiest: commandTime(tally, WRITES).slowest },
        phase('relay: from the last write until every TalentCreated was published', timing.publishedMs - timing.writtenMs),
        phase("afterwards, the rules' rounds on a sample of the new talents' triggers", rulesMs, { calls: triggers }),
        ...costs.map((cost) => cost.row),
      ],
      summary: {
        'ATS ingest: service / bare events per second': ratio,
        'ATS ingest: events per consumed batch': batches.events / Math.max(batches.calls, 1),
      },
      goals: [goal('ATS upserts ingested per second, service / bare kafkajs consumer writing the same documents', ratio, { atLeast: 0.5 }), ...costs.flatMap((cost) => cost.goals)],
      settings: { events, partitionsAtOnce: PARTITIONS_AT_ONCE },
    };
  } finally {
    await bare?.disconnect();
    await service.stop();
    counted.commands.close();
  }
}

/** The Excel import's memory benchmark, which the import's own file exports. */
async function importBenchmark(context: BenchContext): Promise<BenchResult> {
  const file = path.join(__dirname, 'talent-crm-import.ts');
  if (!fs.existsSync(file)) throw new Error('scripts/bench/talent-crm-import.ts is missing: the Excel import benchmark cannot run');
  const { importBenchmark: run } = (await import(file)) as { importBenchmark: (context: BenchContext) => Promise<BenchResult> };
  return run(context);
}

export const benchmark: Benchmark = {
  name: 'talent-crm',
  description: 'ATS inbound ingest vs a bare kafkajs consumer writing the same documents; the Excel import\'s peak memory',
  run: (context) => runParts(context, 'BENCH_TALENT_CRM_ONLY', { 'ats-ingest': atsIngestBenchmark, import: importBenchmark }),
};
