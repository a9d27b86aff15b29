// The candidates service against bare baselines on the same machine, in the same run:
//   get-candidate: GetCandidate over gRPC (cache hit and cache miss) vs a bare grpc-js server of the
//     same service answering with a fixed candidate, both through the same client; p50/p99 with 1
//     call at a time and with 50 in flight.
//   bulk create: BulkCreateCandidates (encryption, blind indexes, a data key per person, events and
//     activity log) vs the raw driver's bulkWrite of documents of the same shape and size.
//   db cost: the database commands per GetCandidate (hit: none; miss: 2 point reads) and per bulk
//     batch (a fixed number, the relay's publishing included), counted by command monitoring.
// Settings: BENCH_CANDIDATES_GETS (2000 per series), BENCH_CANDIDATES_BULK (20000), BENCH_CANDIDATES_BATCH (1000),
// BENCH_CANDIDATES_BULK_BUDGET_S (600: the service side's time budget), BENCH_CANDIDATES_ONLY (get or bulk; both by default).
import * as grpc from '@grpc/grpc-js';
import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Connection } from 'mongoose';
import { createClient, unaryCall } from '../../services/platform/src/grpc';
import { STATEMENTS_PER_WRITE } from '../../services/platform/src/mongo/ferretdb';
import { startTestService, testAuth, uniqueName } from '../../services/platform/src/testkit';
import { candidatesService } from '../../services/candidates/src/service';
import { loadGrpcObject, type Candidate__Output, type CandidateInput, type CandidatesProto } from '../../protos/src';
import { CommandCounter, commandCost, sumTallies } from './commands';
import { type BenchContext, type Benchmark, type BenchResult, goal, intSetting, percentile, runParts } from './harness';

const CandidatesService = loadGrpcObject<CandidatesProto>().lethe.candidates.v1.CandidatesService;
type CandidatesClient = InstanceType<typeof CandidatesService>;
const IN_FLIGHT = 50;
const CANDIDATES_FOR_GETS = 500;
/**
 * The commands a bulk batch may take, the relay's publishing included: three inserts (data keys,
 * candidates, activities) and, for each of its two outbox collections, a read per relay batch of
 * 500 and a clean-up write per STATEMENTS_PER_WRITE entries (FerretDB's cap on statements in one
 * write). A command per candidate would be far over it.
 */
function bulkCommandBudget(batchSize: number): number {
  return 3 + 2 * (Math.ceil(batchSize / 500) + Math.ceil(batchSize / STATEMENTS_PER_WRITE));
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
        samples.push(Number(process.hrtime.bigint() - start) / 1e6);
        progress.tick();
      }
    }),
  );
  progress.done();
  return samples.sort((a, b) => a - b);
}

/**
 * A bare grpc-js server of the same service that answers GetCandidate with a fixed candidate: no
 * auth, cache, database or decryption. It is called through the same client as the service, so
 * both sides pay the same serialisation, metadata and client work and differ only in the server.
 */
async function startEcho(reply: Candidate__Output, token: string): Promise<{ server: grpc.Server; client: CandidatesClient; call: () => Promise<unknown> }> {
  const server = new grpc.Server();
  server.addService(CandidatesService.service, {
    GetCandidate: (_call: grpc.ServerUnaryCall<unknown, Candidate__Output>, callback: grpc.sendUnaryData<Candidate__Output>) => callback(null, reply),
  });
  const port = await new Promise<number>((resolve, reject) => server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (err, bound) => (err ? reject(err) : resolve(bound))));
  const client: CandidatesClient = createClient(CandidatesService, `127.0.0.1:${port}`, { token });
  return { server, client, call: () => unaryCall(client, 'GetCandidate', { id: 'any' }, { deadlineMs: 30_000 }) };
}

/** Reads are measured in steady state: after the outbox relay has published the writes' events. */
async function outboxDrained(mongo: Connection, context: BenchContext): Promise<void> {
  const pending = async () => (await mongo.collection('candidates').countDocuments({ outboxPending: true })) + (await mongo.collection('activities').countDocuments({ outboxPending: true }));
  const started = Date.now();
  while ((await pending()) > 0) {
    if (Date.now() - started > 120_000) throw new Error('the outbox did not drain within 2 minutes');
    await sleep(250);
  }
  context.note(`outbox drained after ${Date.now() - started} ms`);
}

interface Scene {
  client: CandidatesClient;
  token: string;
  tenantId: string;
  runtime: Awaited<ReturnType<typeof startTestService>>['runtime'];
  /** Counts the service database's commands. */
  commands: CommandCounter;
}

/** A candidates service with a client of one fresh tenant, for one part of the benchmark. */
async function withCandidatesService(part: (scene: Scene) => Promise<BenchResult>): Promise<BenchResult> {
  const auth = await testAuth();
  // Counting starts before the service connects, on its database only.
  const database = uniqueName('bench_candidates').replace(/-/g, '_');
  const commands = new CommandCounter((name) => name === database);
  const service = await startTestService(candidatesService, auth, { env: { LOG_LEVEL: 'warn', MONGODB_DATABASE: database } });
  const tenantId = uniqueName('tenant');
  // A whole run can outlast a test token's default 5 minutes.
  const token = await auth.mint({ tenantId, actorId: 'bench', rights: ['candidates:read', 'candidates:write'], ttlSeconds: 3600 });
  const client: CandidatesClient = createClient(CandidatesService, service.address, { token });
  try {
    return await part({ client, token, tenantId, runtime: service.runtime, commands });
  } finally {
    commands.close();
    client.close();
    await service.stop();
  }
}

function getCandidateBenchmark(context: BenchContext): Promise<BenchResult> {
  const gets = intSetting('BENCH_CANDIDATES_GETS', 2_000);
  return withCandidatesService(async ({ client, token, tenantId, runtime: { cache, mongo }, commands }) => {
    const rows: BenchResult['rows'] = [];
    const summary: BenchResult['summary'] = {};
    const goals: BenchResult['goals'] = [];
    const costRows: BenchResult['rows'] = [];
    const { candidateIds } = await unaryCall(client, 'BulkCreateCandidates', { candidates: Array.from({ length: CANDIDATES_FOR_GETS }, (_, i) => candidate(i)) });
    await outboxDrained(mongo, context);
    const echo = await startEcho(await unaryCall(client, 'GetCandidate', { id: candidateIds[0] }), token);
    try {
      const ids = Array.from({ length: gets }, (_, i) => candidateIds[i % candidateIds.length]);
      const clearCache = () => cache.delByPattern(tenantId, ['*']);
      // Misses: each round starts with an empty cache and reads every candidate once.
      const missIds = async (concurrency: number) => {
        const samples: number[] = [];
        for (let done = 0; done < gets; done += candidateIds.length) {
          await clearCache();
          const round = candidateIds.slice(0, Math.min(candidateIds.length, gets - done));
          samples.push(...(await latencies(round, concurrency, (id) => unaryCall(client, 'GetCandidate', { id }, { deadlineMs: 30_000 }), context, `miss x${concurrency}`)));
        }
        return samples.sort((a, b) => a - b);
      };
      await latencies(ids.slice(0, 200), 10, () => echo.call(), context, 'warm-up echo');
      await latencies(ids.slice(0, 200), 10, (id) => unaryCall(client, 'GetCandidate', { id }, { deadlineMs: 30_000 }), context, 'warm-up get');

      // The relay polls its collections while idle: measured here, taken off the calls' counts.
      const idle = await commands.idle(3_000);
      for (const concurrency of [1, IN_FLIGHT]) {
        const echoSamples = await latencies(ids, concurrency, () => echo.call(), context, `echo x${concurrency}`);
        const hits = await commands.during(() => latencies(ids, concurrency, (id) => unaryCall(client, 'GetCandidate', { id }, { deadlineMs: 30_000 }), context, `hit x${concurrency}`));
        const misses = await commands.during(() => missIds(concurrency));
        const [hitSamples, missSamples] = [hits.result, misses.result];
        if (concurrency === 1) {
          // A hit is answered from the cache; a miss reads the candidate and the person's data key.
          const costs = [commandCost('get-candidate', 'cache hit', hitSamples.length, hits.tally, { commands: 0 }, idle), commandCost('get-candidate', 'cache miss', missSamples.length, misses.tally, { commands: 2, reads: 2 }, idle)];
          for (const cost of costs) {
            costRows.push(cost.row);
            goals.push(...cost.goals);
          }
        }
        const echoP50 = percentile(echoSamples, 50);
        for (const [side, samples] of [['echo', echoSamples], ['get (cache hit)', hitSamples], ['get (cache miss)', missSamples]] as const) {
          rows.push({ benchmark: 'get-candidate', side, inFlight: concurrency, calls: samples.length, p50ms: percentile(samples, 50).toFixed(3), p99ms: percentile(samples, 99).toFixed(3), p50VsEcho: (percentile(samples, 50) / echoP50).toFixed(2), p99VsEcho: (percentile(samples, 99) / percentile(echoSamples, 99)).toFixed(2) });
        }
        const hitRatio = percentile(hitSamples, 50) / echoP50;
        const missRatio = percentile(missSamples, 50) / echoP50;
        summary[`get hit p50 / echo p50 (x${concurrency})`] = hitRatio;
        summary[`get miss p50 / echo p50 (x${concurrency})`] = missRatio;
        goals.push(goal(`get-candidate cache hit p50 / echo p50, ${concurrency} in flight`, hitRatio, { atMost: 2 }));
        goals.push(goal(`get-candidate cache miss p50 / echo p50, ${concurrency} in flight`, missRatio, { atMost: 2 }));
      }
    } finally {
      echo.client.close();
      echo.server.forceShutdown();
    }
    return { rows: [...rows, ...costRows], summary, goals, settings: { gets, inFlight: IN_FLIGHT } };
  });
}

function bulkCreateBenchmark(context: BenchContext): Promise<BenchResult> {
  const bulkTotal = intSetting('BENCH_CANDIDATES_BULK', 20_000);
  const budgetSeconds = intSetting('BENCH_CANDIDATES_BULK_BUDGET_S', 600);
  const batchSize = Math.min(1_000, intSetting('BENCH_CANDIDATES_BATCH', 1_000));
  return withCandidatesService(async ({ client, tenantId, runtime: { mongo }, commands }) => {
    const inputs = Array.from({ length: bulkTotal }, (_, i) => candidate(i));
    const batches: CandidateInput[][] = [];
    for (let i = 0; i < inputs.length; i += batchSize) batches.push(inputs.slice(i, i + batchSize));
    // The raw side goes first, on a quiet server: the service's outbox relay publishes in the background
    // after its calls returned. It writes documents of a stored candidate's shape and size, without
    // encryption, keys, events or history.
    const { candidateIds } = await unaryCall(client, 'BulkCreateCandidates', { candidates: [candidate(-1)] });
    await outboxDrained(mongo, context);
    const shape = await mongo.collection('candidates').findOne({ tenantId, _id: candidateIds[0] as never }, { projection: { _id: 0, outbox: 0, outboxPending: 0 } });
    const raw = mongo.collection(uniqueName('raw_candidates').replace(/-/g, '_'));
    const rawProgress = context.progress('bulk create (raw bulkWrite)', bulkTotal);
    const rawStart = process.hrtime.bigint();
    for (const batch of batches) {
      await raw.bulkWrite(batch.map(() => ({ insertOne: { document: { ...shape, _id: randomBytes(12).toString('hex') as never } } })), { ordered: false });
      rawProgress.tick(batch.length);
    }
    const rawSeconds = Number(process.hrtime.bigint() - rawStart) / 1e9;
    rawProgress.done();
    await raw.drop();

    // On FerretDB the service side can take hours at full size (see README): past the time budget the
    // rate so far stands for the whole run, and the table says how many were created.
    // The relay polls its collections while idle: measured here, taken off the batches' counts.
    const idle = await commands.idle(3_000);
    const serviceProgress = context.progress('bulk create (service)', bulkTotal);
    const serviceStart = process.hrtime.bigint();
    const elapsedSeconds = () => Number(process.hrtime.bigint() - serviceStart) / 1e9;
    let created = 0;
    let calls = 0;
    const { tally } = await commands.during(async () => {
      for (const batch of batches) {
        if (elapsedSeconds() > budgetSeconds) {
          context.note(`bulk create: the service created ${created} of ${bulkTotal} within the ${budgetSeconds} s budget (BENCH_CANDIDATES_BULK_BUDGET_S)`);
          break;
        }
        await unaryCall(client, 'BulkCreateCandidates', { candidates: batch, allowDuplicates: true }, { deadlineMs: 600_000 });
        created += batch.length;
        calls++;
        serviceProgress.tick(batch.length);
      }
    });
    const serviceSeconds = elapsedSeconds();
    serviceProgress.done();
    // The relay's publishing of the batches' events is part of their cost: counted until it is done.
    const relayed = await commands.during(() => outboxDrained(mongo, context));
    const batchCost = commandCost('bulk create', `batch of ${batchSize}`, Math.max(calls, 1), sumTallies(tally, relayed.tally), { commands: bulkCommandBudget(batchSize) }, idle);

    const serviceRate = created / serviceSeconds;
    const rawRate = bulkTotal / rawSeconds;
    return {
      rows: [
        { benchmark: 'bulk create', side: 'service', created, perSecond: Math.round(serviceRate) },
        { benchmark: 'bulk create', side: 'raw bulkWrite', created: bulkTotal, perSecond: Math.round(rawRate) },
        batchCost.row,
      ],
      summary: { 'bulk create service / raw': serviceRate / rawRate },
      goals: [goal('bulk create throughput service / raw bulkWrite', serviceRate / rawRate, { atLeast: 0.5 }), ...batchCost.goals],
      settings: { bulkTotal, batchSize, budgetSeconds, created },
    };
  });
}

export const benchmark: Benchmark = {
  name: 'candidates',
  description: 'GetCandidate (cache hit/miss) vs a bare grpc-js echo; BulkCreateCandidates vs raw bulkWrite',
  run: (context) => runParts(context, 'BENCH_CANDIDATES_ONLY', { get: getCandidateBenchmark, bulk: bulkCreateBenchmark }),
};
