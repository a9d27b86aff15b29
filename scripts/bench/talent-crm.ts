// The talent-crm service against bare baselines on the same machine, in the same run:
//   ats-ingest: ATS candidates upserted on lethe.ats.inbound.v1 (JSON, keyed by the ATS's id, as
//     `pnpm ats` sends them) until each is a talent: the service's consumer (the redelivery ledger,
//     validation, the ATS link, the write fence, a data key per person, encryption, the talent with
//     its TalentCreated in the outbox, the relay publishing it) vs a bare kafkajs consumer of the
//     same events, as many partitions at once, inserting the same documents (key row, talent, link)
//     with the raw driver; events per second, ratio.
//   import: the Excel import's memory benchmark (scripts/bench/talent-crm-import.ts), when present.
// Settings: BENCH_TALENT_CRM_EVENTS (1000), BENCH_TALENT_CRM_ONLY (ats-ingest or import; both by default).
import fs from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { startTestService, testAuth, testInfra, uniqueName } from '../../services/platform/src/testkit';
import { atsEvent, atsKafka, atsKafkaConfig, atsRecord } from '../../services/talent-crm/src/cli/ats';
import { talentCrmService } from '../../services/talent-crm/src/service';
import { TOPICS } from '../../protos/src';
import { type BenchContext, type Benchmark, type BenchResult, goal, intSetting, runParts } from './harness';

type Kafka = ReturnType<typeof atsKafka>;
type Consumer = ReturnType<Kafka['consumer']>;

/** No peer is called while talents come from the ATS. */
const NOWHERE = '127.0.0.1:9';
const PARTITIONS_AT_ONCE = 3;

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
  const service = await startTestService(talentCrmService, auth, {
    env: { KAFKA_TOPIC_PREFIX: prefix, LOG_LEVEL: 'warn', CANDIDATES_GRPC_ADDRESS: NOWHERE, CONSENT_GRPC_ADDRESS: NOWHERE, MESSAGING_GRPC_ADDRESS: NOWHERE },
  });
  const kafka = atsKafka(atsKafkaConfig({ KAFKA_BROKERS: testInfra().kafkaBrokers.join(','), KAFKA_TOPIC_PREFIX: prefix }), 'bench-ats');
  const db = service.runtime.mongo.db!;
  let bare: Consumer | undefined;
  try {
    // The bare side's topic is made first: a consumer that subscribes to a topic made a moment ago may not find it yet.
    const bareTopic = { ...TOPICS.atsInbound, name: `bare.${TOPICS.atsInbound.name}` };
    await service.runtime.bus.ensureTopics([bareTopic]);
    const bareTopicName = service.runtime.bus.prefixed(bareTopic).name;
    // The service: every event a talent, its TalentCreated published.
    const tenant = uniqueName('tenant');
    const serviceStart = process.hrtime.bigint();
    await produce(kafka, `${prefix}${TOPICS.atsInbound.name}`, upserts(tenant, events));
    const talents = db.collection('talents');
    const serviceMs = await until(events, () => talents.countDocuments({ tenantId: tenant, outboxPending: false }), serviceStart, context, 'service: ATS upserts → talents');

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
    return {
      rows: [
        { benchmark: 'ats-ingest', side: 'bare kafkajs consumer, raw driver inserts', events, ms: Math.round(bareMs), perSecond: barePerSecond },
        { benchmark: 'ats-ingest', side: 'talent-crm consumer', events, ms: Math.round(serviceMs), perSecond: servicePerSecond },
      ],
      summary: { 'ATS ingest: service / bare events per second': ratio },
      goals: [goal('ATS upserts ingested per second, service / bare kafkajs consumer writing the same documents', ratio, { atLeast: 0.5 })],
      settings: { events, partitionsAtOnce: PARTITIONS_AT_ONCE },
    };
  } finally {
    await bare?.disconnect();
    await service.stop();
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
