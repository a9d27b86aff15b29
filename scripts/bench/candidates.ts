// The candidates service against bare baselines doing the same work on the same machine, in the same run:
//   get-candidate, cache miss: GetCandidate of a candidate that is neither in Redis nor has its data key
//     in the service's memory (as after 5 idle minutes: the key stays in memory 30 s, the cached record
//     300 s) vs a bare grpc-js server of the same proto, called through the same client, whose handler
//     makes the same raw driver reads of the same documents (the candidate by _id in the data database,
//     its key row by _id in the key store), unwraps the data key with the KEK and decrypts the fields
//     with the platform's SubjectCipher (its key cache off), and answers the same message. Goal: p50 ≤ 1.5×.
//   get-candidate, cache hit: the bare side does what the service does on a hit, minus Lethe's own
//     layers: one Redis GET of the same cached entry, its MAC check (CacheSeal), JSON parse, decryption
//     with the data key held in memory (SubjectCipher with its key cache, warmed as the service's is),
//     the same mapping. Goals: p50 ≤ 2× and p99 ≤ 3×. Both at 1 and at 50 calls in flight.
//     Both sides are warmed alike before each series; the service's first in each pair alternates.
//   bulk create: BulkCreateCandidates until the relay has published every event, vs the raw driver's
//     insertMany of the very documents the service wrote (captured by command monitoring: data keys,
//     candidates with their outbox entries, activities) into fresh collections with the same indexes,
//     then a bare idempotent kafkajs producer (acks=all) publishing their outbox entries and, by _id,
//     the clean-up of the entries (in writes of STATEMENTS_PER_WRITE, FerretDB's cap). Goal: rate ≥ 0.5×.
//     Both sides write without the duplicate check (allowDuplicates), as a bulk import of known-new people.
//   db cost: the database commands per GetCandidate (hit: none; miss: 2 point reads, the key store
//     counted) and per bulk batch (a fixed number, the relay's publishing included).
//   breakdown: per side, where the time goes, measured: timers around the service's own cache, cipher,
//     blind index and bus calls in this process, and the driver's reported time per command; what no
//     timer covers is named as the rest (gRPC, auth, validation, mapping). At 1 in flight for reads;
//     for bulk the relay runs alongside the calls, so its parts overlap the calls' parts.
// Every part runs to completion (no time budget). BENCH_CANDIDATES_BULK defaults to 2000: on FerretDB
// the service side's relay slows as its collections grow (each pass's query for pending entries reads
// the whole collection), so larger runs measure FerretDB more than Lethe; the raw side's
// per-document clean-up slows too, less.
// Settings: BENCH_CANDIDATES_GETS (2000 hits per series), BENCH_CANDIDATES_MISSES (500 per series: a
// fresh candidate each), BENCH_CANDIDATES_BULK (2000), BENCH_CANDIDATES_BATCH (1000),
// BENCH_CANDIDATES_ONLY (get or bulk; both by default).
import * as grpc from '@grpc/grpc-js';
import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Connection, mongo } from 'mongoose';
import { BlindIndex, KekRing, SubjectCipher } from '../../services/platform/src/crypto';
import { DATA_KEY_CACHE_MS } from '../../services/platform/src/crypto/subject-cipher';
import { createClient, unaryCall } from '../../services/platform/src/grpc';
import { createKafka, type EventBus, type Kafka } from '../../services/platform/src/kafka';
import { closeMongo, connectMongo } from '../../services/platform/src/mongo';
import { watchCommands } from '../../services/platform/src/mongo/command-monitor';
import { inBatches, STATEMENTS_PER_WRITE } from '../../services/platform/src/mongo/ferretdb';
import { OUTBOX_PENDING_FIELD, outboxRecord, type OutboxEntry } from '../../services/platform/src/outbox/entry';
import { RELAY_BATCH } from '../../services/platform/src/outbox/relay';
import { closeRedis, connectRedis } from '../../services/platform/src/redis';
import { CacheSeal } from '../../services/platform/src/redis/seal';
import { createLogger } from '../../services/platform/src/telemetry';
import { startTestService, testAuth, testInfra, uniqueName, type TestAuth } from '../../services/platform/src/testkit';
import { toCandidateMessage } from '../../services/candidates/src/api/candidates';
import type { CandidateDoc } from '../../services/candidates/src/candidates/model';
import { PersonalData } from '../../services/candidates/src/candidates/personal';
import { reviveDoc } from '../../services/candidates/src/candidates/store';
import { candidatesService } from '../../services/candidates/src/service';
import { loadGrpcObject, type Candidate, type CandidateInput, type CandidatesProto } from '../../protos/src';
import { BENCH_COMMENT, CommandCounter, commandCost, type CommandTally } from './commands';
import { type BenchContext, type Benchmark, type BenchResult, goal, intSetting, percentile, runParts, TimeBreakdown } from './harness';

/** A kafkajs record (the type is reached through the client: kafkajs resolves from the platform package only). */
type Message = Parameters<ReturnType<Kafka['producer']>['send']>[0]['messages'][number];

const CandidatesService = loadGrpcObject<CandidatesProto>().lethe.candidates.v1.CandidatesService;
type CandidatesClient = InstanceType<typeof CandidatesService>;
const IN_FLIGHT = 50;
const HIT_CANDIDATES = 500;
const MAX_BATCH = 1_000;
/** The collections a bulk create writes, by the database they are in. */
const BULK_COLLECTIONS = { data: ['candidates', 'activities'], keys: ['subject_keys'] } as const;
/** The relay is stalled (not slow) when nothing was published for this long. */
const RELAY_STALL_MS = 300_000;

/**
 * The commands a bulk batch may take, the relay's publishing included: three inserts (data keys,
 * candidates, activities) and, for each of its two outbox collections, a read per relay batch
 * (RELAY_BATCH) and one more after it (a full batch sends the relay back for more at once), and a
 * clean-up write per STATEMENTS_PER_WRITE documents (FerretDB's cap on statements in one write),
 * which also clears their pending flags. A command per candidate would be far over it.
 */
function bulkCommandBudget(batchSize: number): number {
  const relayBatches = Math.ceil(batchSize / RELAY_BATCH);
  return 3 + 2 * (relayBatches + 1 + Math.ceil(batchSize / STATEMENTS_PER_WRITE));
}

function candidate(index: number): CandidateInput {
  const unique = `${index}-${randomBytes(4).toString('hex')}`;
  return {
    personal: {
      salutation: 'Frau',
      firstName: `Erika${unique}`,
      lastName: 'Mustermann',
      dateOfBirth: '1990-04-01',
      email: `erika.${unique}@example.org`,
      phone: '+49 30 1234567',
      address: { street: 'Hauptstraße 1', zip: '10115', city: 'Berlin', country: 'DE' },
      skills: ['TypeScript', 'Kafka'],
      notes: 'met at the job fair',
    },
    tags: ['bench'],
    source: 'job_board',
  };
}

function elapsedMs(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Runs `call` for every item, `concurrency` at a time; returns each call's latency in ms, sorted. */
async function latencies<T>(items: T[], concurrency: number, call: (item: T) => Promise<unknown>, context: BenchContext, label: string): Promise<number[]> {
  const progress = context.progress(label, items.length);
  const samples: number[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < items.length) {
        const item = items[next++];
        const start = process.hrtime.bigint();
        await call(item).catch((err: unknown) => {
          context.note(`${label} failed: ${String(err)}`);
          throw err;
        });
        samples.push(elapsedMs(start));
        progress.tick();
      }
    }),
  );
  progress.done();
  return samples.sort((a, b) => a - b);
}

/** An insert command the service sent into a bulk create's collections: what the raw side writes again. */
interface CapturedInsert {
  store: keyof typeof BULK_COLLECTIONS;
  collection: string;
  documents: mongo.Document[];
}

const pendingEntries = (documents: readonly mongo.Document[]) => documents.reduce((sum, doc) => sum + (Array.isArray(doc.outbox) ? doc.outbox.length : 0), 0);

/**
 * The service's outbox as this process sees it: the entries its inserts carried (command
 * monitoring, which also keeps the inserts for the raw side when asked) and the events its relay
 * published (its bus). Waiting for the relay so needs no query: on FerretDB every query for pending
 * entries reads the whole collection, and polling that way slows the relay being waited for.
 */
class OutboxTraffic {
  private written = 0;
  private published = 0;
  private kept?: CapturedInsert[];
  private readonly stopWatching: () => void;

  constructor(
    database: string,
    keyStoreDatabase: string,
    private readonly bus: EventBus,
  ) {
    this.stopWatching = watchCommands({
      started: ({ commandName, databaseName, document }) => {
        if (commandName !== 'insert') return;
        const store = databaseName === database ? 'data' : databaseName === keyStoreDatabase ? 'keys' : undefined;
        const collection = document.insert as string;
        if (!store || !(BULK_COLLECTIONS[store] as readonly string[]).includes(collection)) return;
        const documents = document.documents as mongo.Document[];
        this.written += pendingEntries(documents);
        this.kept?.push({ store, collection, documents });
      },
    });
    const publish = bus.publishRecords.bind(bus);
    bus.publishRecords = async (records) => {
      await publish(records);
      this.published += records.length;
    };
  }

  /** From now on the inserts are kept, for `takeInserts`. */
  keepInserts(): void {
    this.kept = [];
  }

  /** The inserts kept since the last call. */
  takeInserts(): CapturedInsert[] {
    const taken = this.kept ?? [];
    this.kept = [];
    return taken;
  }

  /**
   * Every entry written so far is published, and the relay's clean-up of them is done (the pending
   * count, asked once the events are out, in the benchmark's own uncounted commands). Waits as long
   * as the relay makes progress; returns how long it waited.
   */
  async drained(mongo: Connection, context: BenchContext): Promise<number> {
    const started = Date.now();
    let last = this.published;
    let progressedAt = Date.now();
    const pending = async () => {
      let count = 0;
      for (const name of BULK_COLLECTIONS.data) count += await mongo.collection(name).countDocuments({ [OUTBOX_PENDING_FIELD]: true }, { comment: BENCH_COMMENT });
      return count;
    };
    while (this.published < this.written || (await pending()) > 0) {
      if (this.published > last) [last, progressedAt] = [this.published, Date.now()];
      else if (Date.now() - progressedAt > RELAY_STALL_MS) throw new Error(`the outbox relay published nothing for ${RELAY_STALL_MS / 1000} s (${this.published} of ${this.written} events)`);
      await sleep(this.published < this.written ? 100 : 500);
    }
    const ms = Date.now() - started;
    context.note(`outbox drained after ${ms} ms`);
    return ms;
  }

  close(): void {
    this.stopWatching();
    delete (this.bus as Partial<Pick<EventBus, 'publishRecords'>>).publishRecords;
  }
}

const startCandidates = (auth: TestAuth, env: Record<string, string>) => startTestService(candidatesService, auth, { env });

interface Scene {
  client: CandidatesClient;
  token: string;
  tenantId: string;
  service: Awaited<ReturnType<typeof startCandidates>>;
  database: string;
  keyStoreDatabase: string;
  /** Counts the commands of the service's database and key store. */
  commands: CommandCounter;
  outbox: OutboxTraffic;
}

/** The outbox relay's polls for pending entries (each outbox collection of the service, every second), but those of `kept`. */
function relayPollsExcept(kept: readonly string[]) {
  return (commandName: string, command: Record<string, unknown>): boolean =>
    commandName === 'find' && OUTBOX_PENDING_FIELD in ((command.filter as object | undefined) ?? {}) && !kept.includes(command.find as string);
}

/**
 * A candidates service with a client of one fresh tenant, for one part of the benchmark; its
 * commands are counted, except those `ignored` names.
 */
async function withCandidatesService(ignored: (commandName: string, command: Record<string, unknown>) => boolean, part: (scene: Scene) => Promise<BenchResult>): Promise<BenchResult> {
  const auth = await testAuth();
  // Counting starts before the service connects, on its databases only.
  const database = uniqueName('bench_candidates').replace(/-/g, '_');
  const keyStoreDatabase = uniqueName('bench_candidates_keys').replace(/-/g, '_');
  const commands = new CommandCounter((name) => name === database || name === keyStoreDatabase, ignored);
  const service = await startCandidates(auth, { LOG_LEVEL: 'warn', MONGODB_DATABASE: database, KEY_STORE_URI: `${testInfra().mongoUri}/${keyStoreDatabase}` });
  const tenantId = uniqueName('tenant');
  // A whole run can outlast a test token's default 5 minutes.
  const token = await auth.mint({ tenantId, actorId: 'bench', rights: ['candidates:read', 'candidates:write'], ttlSeconds: 3600 });
  const client: CandidatesClient = createClient(CandidatesService, service.address, { token });
  const outbox = new OutboxTraffic(database, keyStoreDatabase, service.runtime.bus);
  try {
    return await part({ client, token, tenantId, service, database, keyStoreDatabase, commands, outbox });
  } finally {
    outbox.close();
    commands.close();
    client.close();
    await service.stop();
    const mongoUri = testInfra().mongoUri;
    for (const name of [database, keyStoreDatabase]) {
      const connection = await connectMongo({ uri: mongoUri, database: name, logger: createLogger({ service: 'bench', level: 'warn' }) });
      await connection.dropDatabase().catch(() => undefined);
      await closeMongo(connection);
    }
  }
}

/** Candidates created through the service in batches; their ids in order. */
async function createCandidates(client: CandidatesClient, count: number, context: BenchContext, label: string): Promise<string[]> {
  const progress = context.progress(label, count);
  const ids: string[] = [];
  for (const batch of inBatches(Array.from({ length: count }, (_, i) => candidate(i)), MAX_BATCH)) {
    const { candidateIds } = await unaryCall(client, 'BulkCreateCandidates', { candidates: batch, allowDuplicates: true }, { deadlineMs: 600_000 });
    ids.push(...candidateIds);
    progress.tick(batch.length);
  }
  progress.done();
  return ids;
}

/**
 * A bare grpc-js server of the same service whose GetCandidate is `answer`: no auth, validation,
 * spans or error mapping. It is called through the same client as the service, so both sides pay
 * the same serialisation, metadata and client work.
 */
async function startBare(token: string, answer: (id: string) => Promise<Candidate>): Promise<{ call: (id: string) => Promise<unknown>; close: () => void }> {
  const server = new grpc.Server();
  server.addService(CandidatesService.service, {
    GetCandidate: (call: grpc.ServerUnaryCall<{ id: string }, Candidate>, callback: grpc.sendUnaryData<Candidate>) => {
      answer(call.request.id).then(
        (reply) => callback(null, reply),
        (err: unknown) => callback({ code: grpc.status.INTERNAL, details: String(err) }),
      );
    },
  });
  const port = await new Promise<number>((resolve, reject) => server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (err, bound) => (err ? reject(err) : resolve(bound))));
  const client: CandidatesClient = createClient(CandidatesService, `127.0.0.1:${port}`, { token });
  return {
    call: (id) => unaryCall(client, 'GetCandidate', { id }, { deadlineMs: 30_000 }),
    close: () => {
      client.close();
      server.forceShutdown();
    },
  };
}

const DOC_READ = 'find candidates';
const KEY_READ = 'find subject_keys';

/** The database parts of a read's breakdown, from the driver's time per command. */
function addReadCommands(breakdown: TimeBreakdown, tally: CommandTally): void {
  breakdown.add('candidate read', tally.msByTarget[DOC_READ] ?? 0);
  breakdown.add('key row read', tally.msByTarget[KEY_READ] ?? 0);
  // The timer around decryption includes the key row's read.
  breakdown.add('decrypt', -(tally.msByTarget[KEY_READ] ?? 0));
}

/** The bare sides of GetCandidate: their own connections to the same databases and Redis, the same keys. */
async function bareReaders(scene: Scene, breakdown: TimeBreakdown) {
  const { env, runtime } = scene.service;
  const logger = createLogger({ service: 'bench-bare', level: 'warn' });
  const infra = testInfra();
  const data = await connectMongo({ uri: infra.mongoUri, database: scene.database, logger });
  const keyStore = await connectMongo({ uri: infra.mongoUri, database: scene.keyStoreDatabase, logger });
  const redis = await connectRedis(env.REDIS_URL!, { logger });
  const keks = KekRing.parse(env.KEY_ENCRYPTION_KEYS!);
  const blindIndex = new BlindIndex({ key: Buffer.from(env.BLIND_INDEX_KEY!, 'base64') });
  // On a miss every key row is read and unwrapped; on a hit the key is in memory, as the service's is.
  const coldCipher = new SubjectCipher({ connection: keyStore, keks, cacheTtlMs: 0 });
  const warmCipher = new SubjectCipher({ connection: keyStore, keks });
  const unwrap = [breakdown.wrap(coldCipher, 'decryptFields', 'decrypt'), breakdown.wrap(warmCipher, 'decryptFields', 'decrypt')];
  const cold = new PersonalData(coldCipher, blindIndex);
  const warm = new PersonalData(warmCipher, blindIndex);
  const seal = new CacheSeal(Buffer.from(env.CACHE_MAC_KEY!, 'base64'), runtime.cache.keys.keyspace.prefix);
  const candidates = data.db!.collection<CandidateDoc>('candidates');
  const { tenantId } = scene;

  const miss = async (id: string): Promise<Candidate> => {
    const doc = await candidates.findOne({ _id: id }, { projection: { outbox: 0 } });
    if (!doc || doc.tenantId !== tenantId) throw new Error(`candidate ${id} not found`);
    return toCandidateMessage({ doc, values: await cold.decrypt(doc) });
  };
  const hit = async (id: string): Promise<Candidate> => {
    const doc = await breakdown.time('cache read (GET, MAC)', async () => {
      const key = runtime.cache.keys.key(tenantId, 'subject', id, 'doc');
      const raw = await redis.get(key);
      const opened = raw === null ? undefined : seal.open(key, raw, Date.now());
      if (!opened?.ok) throw new Error(`candidate ${id} is not in the cache`);
      return reviveDoc(JSON.parse(opened.value) as CandidateDoc);
    });
    return toCandidateMessage({ doc, values: await warm.decrypt(doc) });
  };
  return {
    miss,
    hit,
    close: async () => {
      for (const undo of unwrap) undo();
      await closeRedis(redis);
      await closeMongo(data);
      await closeMongo(keyStore);
    },
  };
}

function getCandidateBenchmark(context: BenchContext): Promise<BenchResult> {
  const gets = intSetting('BENCH_CANDIDATES_GETS', 2_000);
  const misses = intSetting('BENCH_CANDIDATES_MISSES', 500);
  // The relays' polls run whether or not anyone reads: not part of a read's cost.
  return withCandidatesService(relayPollsExcept([]), async (scene) => {
    const { client, token, service, commands, outbox } = scene;
    const { runtime } = service;
    const rows: BenchResult['rows'] = [];
    const breakdownRows: BenchResult['rows'] = [];
    const costRows: BenchResult['rows'] = [];
    const summary: BenchResult['summary'] = {};
    const goals: BenchResult['goals'] = [];

    // A fresh candidate for every miss: neither its record nor its data key has been read before.
    const ids = await createCandidates(client, HIT_CANDIDATES + 2 * misses, context, 'create candidates');
    const createdAt = Date.now();
    await outbox.drained(runtime.mongo, context);
    const hitIds = Array.from({ length: gets }, (_, i) => ids[i % HIT_CANDIDATES]);
    const missIds: Record<number, string[]> = { 1: ids.slice(HIT_CANDIDATES, HIT_CANDIDATES + misses), [IN_FLIGHT]: ids.slice(HIT_CANDIDATES + misses) };

    const serviceBreakdown = new TimeBreakdown();
    const bareBreakdown = new TimeBreakdown();
    const unwrap = [
      serviceBreakdown.wrap(runtime.cache, 'get', 'cache read (GET, MAC)'),
      serviceBreakdown.wrap(runtime.cache, 'set', 'cache write'),
      serviceBreakdown.wrap(runtime.cipher, 'decryptFields', 'decrypt'),
    ];
    const bare = await bareReaders(scene, bareBreakdown);
    const bareMiss = await startBare(token, bare.miss);
    const bareHit = await startBare(token, bare.hit);
    const get = (id: string) => unaryCall(client, 'GetCandidate', { id }, { deadlineMs: 30_000 });
    try {
      // Warm-up of both servers and of the databases' caches: every document either side reads, read once by the bare side.
      await latencies(ids.slice(HIT_CANDIDATES), 10, bareMiss.call, context, 'warm-up (bare miss)');
      // Whatever the service held from creating the candidates has expired before a miss is measured.
      await sleep(Math.max(0, createdAt + DATA_KEY_CACHE_MS + 1_000 - Date.now()));

      for (const concurrency of [1, IN_FLIGHT]) {
        // The hit set in Redis and every data key of it in memory, on both sides.
        await latencies(hitIds.slice(0, HIT_CANDIDATES), 10, get, context, `warm-up x${concurrency} (service)`);
        await latencies(hitIds.slice(0, HIT_CANDIDATES), 10, bareHit.call, context, `warm-up x${concurrency} (bare hit)`);
        const series = async (side: 'service' | 'bare', kind: 'hit' | 'miss') => {
          const breakdown = side === 'service' ? serviceBreakdown : bareBreakdown;
          const call = side === 'service' ? get : kind === 'hit' ? bareHit.call : bareMiss.call;
          breakdown.clear();
          const measured = await commands.during(() => latencies(kind === 'hit' ? hitIds : missIds[concurrency], concurrency, call, context, `${kind} x${concurrency} (${side})`));
          addReadCommands(breakdown, measured.tally);
          const samples = measured.result;
          const totalMs = samples.reduce((sum, ms) => sum + ms, 0);
          const rest = side === 'service' ? 'gRPC, auth, validation, mapping' : 'gRPC, mapping';
          if (concurrency === 1) breakdownRows.push({ benchmark: 'get-candidate breakdown', side: `${side} cache ${kind}`, inFlight: concurrency, calls: samples.length, breakdown: breakdown.describe(samples.length, totalMs, rest) });
          return { samples, tally: measured.tally };
        };
        // The first of each pair alternates between the levels.
        const order: ('service' | 'bare')[] = concurrency === 1 ? ['bare', 'service'] : ['service', 'bare'];
        const measured: Record<string, { samples: number[]; tally: CommandTally }> = {};
        for (const kind of ['hit', 'miss'] as const) for (const side of order) measured[`${side} ${kind}`] = await series(side, kind);

        for (const kind of ['hit', 'miss'] as const) {
          const [serviceSamples, bareSamples] = [measured[`service ${kind}`].samples, measured[`bare ${kind}`].samples];
          const p50 = percentile(serviceSamples, 50) / percentile(bareSamples, 50);
          const p99 = percentile(serviceSamples, 99) / percentile(bareSamples, 99);
          for (const [side, samples] of [[`bare (${kind} work)`, bareSamples], [`service (cache ${kind})`, serviceSamples]] as const) {
            rows.push({ benchmark: 'get-candidate', side, inFlight: concurrency, calls: samples.length, p50ms: percentile(samples, 50).toFixed(3), p99ms: percentile(samples, 99).toFixed(3) });
          }
          summary[`get ${kind} p50 / bare p50 (x${concurrency})`] = p50;
          summary[`get ${kind} p99 / bare p99 (x${concurrency})`] = p99;
          if (kind === 'hit') {
            goals.push(goal(`get-candidate cache hit p50 / bare hit p50, ${concurrency} in flight`, p50, { atMost: 2 }));
            goals.push(goal(`get-candidate cache hit p99 / bare hit p99, ${concurrency} in flight`, p99, { atMost: 3 }));
          } else {
            goals.push(goal(`get-candidate cache miss p50 / bare miss p50, ${concurrency} in flight`, p50, { atMost: 1.5 }));
          }
        }
        if (concurrency === 1) {
          // A hit is answered from the cache; a miss reads the candidate and the person's key row.
          const costs = [
            commandCost('get-candidate', 'cache hit', gets, measured['service hit'].tally, { commands: 0 }),
            commandCost('get-candidate', 'cache miss', misses, measured['service miss'].tally, { commands: 2, reads: 2 }),
          ];
          for (const cost of costs) {
            costRows.push(cost.row);
            goals.push(...cost.goals);
          }
        }
      }
    } finally {
      for (const undo of unwrap) undo();
      bareMiss.close();
      bareHit.close();
      await bare.close();
    }
    return { rows: [...rows, ...breakdownRows, ...costRows], summary, goals, settings: { gets, misses, inFlight: IN_FLIGHT } };
  });
}

/** The relay's and the bulk writes' commands as parts of the bulk breakdown. */
function addBulkCommands(breakdown: TimeBreakdown, tally: CommandTally): void {
  for (const [target, ms] of Object.entries(tally.msByTarget)) {
    const [command, collection] = target.split(' ');
    if (command === 'insert') breakdown.add(`insert ${collection}`, ms);
    else breakdown.add(`relay: ${target}`, ms);
  }
}

/**
 * The raw side of a bulk create: the service's documents inserted again into fresh databases whose
 * collections have the service's indexes, each batch's outbox entries published by a bare producer,
 * and the entries cleaned up by _id. Returns its time in ms.
 */
async function rawBulkCreate(scene: Scene, batches: CapturedInsert[][], breakdown: TimeBreakdown, context: BenchContext, candidates: number): Promise<number> {
  const { runtime, env } = scene.service;
  const logger = createLogger({ service: 'bench-raw', level: 'warn' });
  const uri = testInfra().mongoUri;
  const stores = {
    data: { source: runtime.mongo, raw: await connectMongo({ uri, database: `${scene.database}_raw`, logger }) },
    keys: { source: runtime.keyStore, raw: await connectMongo({ uri, database: `${scene.keyStoreDatabase}_raw`, logger }) },
  };
  const kafka = createKafka({ clientId: uniqueName('bench-raw'), brokers: env.KAFKA_BROKERS!.split(','), logger });
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1, allowAutoTopicCreation: false });
  const topicPrefix = env.KAFKA_TOPIC_PREFIX ?? '';
  try {
    for (const [store, names] of Object.entries(BULK_COLLECTIONS) as [keyof typeof BULK_COLLECTIONS, readonly string[]][]) {
      for (const name of names) {
        const indexes = (await stores[store].source.db!.collection(name).listIndexes().toArray()).filter((index) => index.name !== '_id_');
        const target = stores[store].raw.db!.collection(name);
        await stores[store].raw.db!.createCollection(name);
        if (indexes.length > 0) await target.createIndexes(indexes.map(({ key, name: indexName, unique }) => ({ key, name: indexName, ...(unique ? { unique } : {}) })));
      }
    }
    await producer.connect();
    const progress = context.progress('bulk create (raw)', candidates);
    const start = process.hrtime.bigint();
    for (const batch of batches) {
      const withOutbox: { collection: mongo.Collection; ids: unknown[] }[] = [];
      const messages = new Map<string, Message[]>();
      await breakdown.time('inserts', async () => {
        for (const { store, collection, documents } of batch) {
          const target = stores[store].raw.db!.collection(collection);
          await target.insertMany(documents, { ordered: false });
          const pending = documents.filter((doc) => Array.isArray(doc.outbox) && doc.outbox.length > 0);
          if (pending.length > 0) withOutbox.push({ collection: target, ids: pending.map((doc) => doc._id as unknown) });
          for (const doc of pending) {
            for (const entry of doc.outbox as OutboxEntry[]) {
              const record = outboxRecord(entry, 'candidates');
              const topic = topicPrefix + record.topic;
              if (!messages.has(topic)) messages.set(topic, []);
              messages.get(topic)!.push({ key: record.key, value: record.value, headers: record.headers });
            }
          }
        }
      });
      await breakdown.time('Kafka publish', () => producer.sendBatch({ topicMessages: [...messages].map(([topic, topicMessages]) => ({ topic, messages: topicMessages })), acks: -1 }));
      await breakdown.time('outbox clean-up', async () => {
        for (const { collection, ids } of withOutbox) {
          for (const writes of inBatches(ids.map((id) => ({ updateOne: { filter: { _id: id }, update: { $set: { outbox: [], outboxPending: false } } } })))) {
            await collection.bulkWrite(writes as mongo.AnyBulkWriteOperation[], { ordered: true });
          }
        }
      });
      progress.tick(batch.filter((insert) => insert.collection === 'candidates').reduce((sum, insert) => sum + insert.documents.length, 0));
    }
    const ms = elapsedMs(start);
    progress.done();
    return ms;
  } finally {
    await producer.disconnect().catch(() => undefined);
    for (const { raw } of Object.values(stores)) {
      await raw.dropDatabase().catch(() => undefined);
      await closeMongo(raw);
    }
  }
}

function bulkCreateBenchmark(context: BenchContext): Promise<BenchResult> {
  const bulkTotal = intSetting('BENCH_CANDIDATES_BULK', 2_000);
  const batchSize = Math.min(MAX_BATCH, intSetting('BENCH_CANDIDATES_BATCH', MAX_BATCH));
  // The relay's polls of the collections a bulk create writes are how it finds their entries: counted.
  return withCandidatesService(relayPollsExcept(BULK_COLLECTIONS.data), async (scene) => {
    const { client, service, commands, outbox } = scene;
    const { runtime } = service;
    const batches = inBatches(Array.from({ length: bulkTotal }, (_, i) => candidate(i)), batchSize);
    // Warm-up: the topics exist, the relay has run once.
    await unaryCall(client, 'BulkCreateCandidates', { candidates: [candidate(-1)], allowDuplicates: true });
    await outbox.drained(runtime.mongo, context);

    const serviceBreakdown = new TimeBreakdown();
    const unwrap = [
      // Sealing a field is synchronous, so its timer holds no waiting of the batch's other candidates.
      serviceBreakdown.wrap(runtime.cipher as unknown as { sealValue: () => string }, 'sealValue', 'encryption'),
      serviceBreakdown.wrap(runtime.blindIndex, 'compute', 'blind indexes'),
      serviceBreakdown.wrap(runtime.blindIndex, 'computeComposite', 'blind indexes'),
      serviceBreakdown.wrap(runtime.bus, 'publishRecords', 'relay: Kafka publish'),
    ];
    outbox.keepInserts();
    const captured: CapturedInsert[][] = [];
    let callsMs = 0;
    let relayTailMs = 0;
    const progress = context.progress('bulk create (service)', bulkTotal);
    const start = process.hrtime.bigint();
    const { tally } = await commands
      .during(async () => {
        for (const batch of batches) {
          await unaryCall(client, 'BulkCreateCandidates', { candidates: batch, allowDuplicates: true }, { deadlineMs: 600_000 });
          captured.push(outbox.takeInserts());
          progress.tick(batch.length);
        }
        callsMs = elapsedMs(start);
        progress.done();
        // The relay's publishing of the batches' events is part of their cost.
        relayTailMs = await outbox.drained(runtime.mongo, context);
      })
      .finally(() => {
        for (const undo of unwrap) undo();
      });
    const serviceMs = elapsedMs(start);
    addBulkCommands(serviceBreakdown, tally);
    const batchCost = commandCost('bulk create', `batch of ${batchSize}`, batches.length, tally, { commands: bulkCommandBudget(batchSize) });

    const rawBreakdown = new TimeBreakdown();
    const rawMs = await rawBulkCreate(scene, captured, rawBreakdown, context, bulkTotal);
    const serviceRate = bulkTotal / (serviceMs / 1000);
    const rawRate = bulkTotal / (rawMs / 1000);
    return {
      rows: [
        { benchmark: 'bulk create', side: 'raw insertMany + bare producer', created: bulkTotal, seconds: rawMs / 1000, perSecond: Math.round(rawRate) },
        { benchmark: 'bulk create', side: 'service (calls, then relay)', created: bulkTotal, seconds: serviceMs / 1000, perSecond: Math.round(serviceRate), callsSeconds: callsMs / 1000, relayAfterCallsSeconds: relayTailMs / 1000 },
        { benchmark: 'bulk create breakdown', side: 'raw, per 1000 candidates', breakdown: rawBreakdown.describe(bulkTotal / 1000, rawMs, 'the rest') },
        { benchmark: 'bulk create breakdown', side: 'service, per 1000 candidates', breakdown: serviceBreakdown.describe(bulkTotal / 1000, serviceMs, 'gRPC, validation, document building, waiting for the relay') },
        batchCost.row,
      ],
      summary: { 'bulk create service / raw': serviceRate / rawRate },
      goals: [goal('bulk create throughput service / raw insertMany + bare producer', serviceRate / rawRate, { atLeast: 0.5 }), ...batchCost.goals],
      settings: { bulkTotal, batchSize },
    };
  });
}

export const benchmark: Benchmark = {
  name: 'candidates',
  description: 'GetCandidate (cache hit/miss) vs bare grpc-js servers doing the same reads and decryption; BulkCreateCandidates vs raw insertMany of the same documents with a bare producer',
  run: (context) => runParts(context, 'BENCH_CANDIDATES_ONLY', { get: getCandidateBenchmark, bulk: bulkCreateBenchmark }),
};
