// The retention service against bare baselines on the same machine, in the same run:
//   sweep: finding the due subjects among 200,000 subject clocks, a share of them due. The service's
//     paths (ClockStore.dueBy, and the clock's due source the Sweeper asks, which reads the delete
//     and the reduce dates) vs the raw driver's range query on the same collection and indexes;
//     p50 over alternating repetitions, one Sweeper batch (200) per query; and the database commands
//     of one batch of each service path (one find per date).
//   fan-out: an erasure command issued by the orchestrator until the last acknowledgement is in
//     (candidates and retention in-process, over Kafka) vs the slowest single service's own erasure
//     handler, called directly for an equivalent subject; p50 over subjects taken one at a time.
// Settings: BENCH_RETENTION_CLOCKS (200000), BENCH_RETENTION_DUE_PERMILLE (15), BENCH_RETENTION_REPS (5),
// BENCH_RETENTION_SUBJECTS (50), BENCH_RETENTION_ONLY (sweep or fan-out; both by default).
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Connection } from 'mongoose';
import { RIGHTS } from '../../services/platform/src/auth';
import { SubjectFence, Tombstones, type ErasureHandler, type ValidErasureCommand } from '../../services/platform/src/erasure';
import { createClient, unaryCall } from '../../services/platform/src/grpc';
import { newId } from '../../services/platform/src/ids';
import { ALL_TENANTS, closeMongo, connectMongo } from '../../services/platform/src/mongo';
import { closeRedis, connectRedis, RedisKeyspace } from '../../services/platform/src/redis';
import type { ServiceDefinition, ServiceParts } from '../../services/platform/src/service';
import { createLogger } from '../../services/platform/src/telemetry';
import { startTestService, testAuth, testInfra, uniqueName } from '../../services/platform/src/testkit';
import { candidatesService } from '../../services/candidates/src/service';
import { clockDueSource } from '../../services/retention/src/clock/due';
import { ClockStore } from '../../services/retention/src/clock/store';
import type { ErasureDoc } from '../../services/retention/src/erasures/orchestrator';
import { PolicyStore } from '../../services/retention/src/policy/store';
import { buildRetention, retentionConfigSchema, type Retention } from '../../services/retention/src/service';
import { loadGrpcObject, type CandidatesProto } from '../../protos/src';
import { CommandCounter, commandCost } from './commands';
import { type BenchContext, type Benchmark, type BenchResult, goal, intSetting, runParts, percentile } from './harness';

const CandidatesService = loadGrpcObject<CandidatesProto>().lethe.candidates.v1.CandidatesService;
/** What the Sweeper asks a source for per round (its BATCH). */
const SWEEP_BATCH = 200;
/** Database commands of one sweep batch: one find per date, the whole batch in its reply. */
const SWEEP_COMMANDS = { dueBy: 1, findDue: 2 };
const TENANTS = 20;
const DAY_MS = 24 * 60 * 60 * 1000;
const WARM_UP_SUBJECTS = 3;
/** The outbox relay's default poll interval. */
const RELAY_POLL_MS = 1_000;

function row(benchmark: string, side: string, samples: number[], baselineP50?: number): Record<string, string | number> {
  const p50 = percentile(samples, 50);
  return {
    benchmark,
    side,
    samples: samples.length,
    p50ms: p50.toFixed(1),
    p90ms: percentile(samples, 90).toFixed(1),
    maxms: Math.max(...samples).toFixed(1),
    p50VsBaseline: baselineP50 === undefined ? '' : (p50 / baselineP50).toFixed(2),
  };
}

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = process.hrtime.bigint();
  const value = await work();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, value };
}

// ---------------------------------------------------------------- sweep

/**
 * A stored clock as the service writes it. Every clock has a delete date; most have a reduce date
 * too, the others were reduced already. `due` puts the dates in the past; the millisecond offset
 * keeps every date distinct, so both sides must return the same subjects in the same order.
 */
function clockDocument(index: number, now: number, due: boolean): Record<string, unknown> {
  const tenantId = `bench-tenant-${index % TENANTS}`;
  const subjectId = randomUUID();
  const days = 1 + (index % 700);
  const lastActivityAt = new Date(now - (index % 400) * DAY_MS);
  const reduced = index % 5 === 0;
  return {
    _id: `${tenantId}/${subjectId}`,
    tenantId,
    subjectId,
    ownerId: `owner-${index % 37}`,
    lastActivityAt,
    lastActivityEventId: randomUUID(),
    statuses: index % 3 === 0 ? { [`application:${randomUUID()}`]: { meta: 'final', outcome: 'rejected', setAt: lastActivityAt, eventId: randomUUID() } } : {},
    deleteAt: new Date(due ? now - (1 + (index % 30)) * DAY_MS - index : now + days * DAY_MS + index),
    ...(reduced ? { reduceIssuedAt: lastActivityAt } : { reduceAt: new Date(due ? now - (index % 20) * DAY_MS - index : now + (days % 180) * DAY_MS + index) }),
    updatedAt: lastActivityAt,
  };
}

/** Whether a find used an index, from MongoDB's winning plan or FerretDB's SQLite plan and pushdown flags. */
function indexUse(explain: Record<string, unknown>): { used: boolean; detail: string } {
  const planner = JSON.stringify(explain.queryPlanner ?? {});
  const used = /IXSCAN|USING (COVERING )?INDEX/.test(planner);
  const stages = [...planner.matchAll(/"stage":"([A-Z_]+)"/g)].map((match) => match[1]);
  const sqlite = [...planner.matchAll(/detail=([^"]+)/g)].map((match) => match[1]);
  const pushdown = ['filterPushdown', 'sortPushdown', 'limitPushdown'].filter((flag) => flag in explain).map((flag) => `${flag}=${String(explain[flag])}`);
  return { used, detail: [...(stages.length > 0 ? [`stages ${stages.join(' <- ')}`] : []), ...(sqlite.length > 0 ? [`plan "${sqlite.join('; ')}"`] : []), ...pushdown].join(', ') || planner.slice(0, 200) };
}

async function seedClocks(db: Connection, clocks: ClockStore, total: number, duePermille: number, now: number, context: BenchContext): Promise<number> {
  const collection = db.getClient().db(db.name).collection(clocks.model.collection.collectionName);
  const progress = context.progress('seed subject clocks', total);
  let due = 0;
  for (let start = 0; start < total; start += 1_000) {
    const batch: Record<string, unknown>[] = [];
    for (let index = start; index < Math.min(total, start + 1_000); index++) {
      // Spread evenly: index i is due when the running share crosses a whole number.
      const isDue = Math.floor(((index + 1) * duePermille) / 1_000) > Math.floor((index * duePermille) / 1_000);
      if (isDue) due++;
      batch.push(clockDocument(index, now, isDue));
    }
    await collection.insertMany(batch as never[], { ordered: false });
    progress.tick(batch.length);
  }
  progress.done();
  return due;
}

async function sweepBenchmark(context: BenchContext): Promise<BenchResult> {
  const total = intSetting('BENCH_RETENTION_CLOCKS', 200_000);
  const duePermille = intSetting('BENCH_RETENTION_DUE_PERMILLE', 15);
  const repetitions = intSetting('BENCH_RETENTION_REPS', 5);
  const logger = createLogger({ service: 'bench', level: process.env.LOG_LEVEL ?? 'warn' });
  const database = uniqueName('bench_retention').replace(/-/g, '_');
  const commands = new CommandCounter((name) => name === database);
  const db = await connectMongo({ uri: process.env.MONGODB_URI ?? testInfra().mongoUri, database, logger });
  const redis = await connectRedis(process.env.REDIS_URL ?? testInfra().redisUrl, { logger });
  try {
    const clocks = new ClockStore(db);
    await clocks.model.init();
    const fence = new SubjectFence({ redis, tombstones: new Tombstones(db), keys: new RedisKeyspace('lethe').tenantKeys(db.name), logger });
    const nowMs = Date.now();
    const now = new Date(nowMs);
    const due = await seedClocks(db, clocks, total, duePermille, nowMs, context);
    const dueReductions = await db.getClient().db(db.name).collection(clocks.model.collection.collectionName).countDocuments({ reduceAt: { $lte: now } });
    context.note(`${total} clocks in ${TENANTS} tenants; ${due} due for deletion, ${dueReductions} due for reduction`);

    const raw = db.getClient().db(db.name).collection(clocks.model.collection.collectionName);
    const rawQuery = (field: 'deleteAt' | 'reduceAt') => raw.find({ [field]: { $lte: now } }).sort({ [field]: 1 }).limit(SWEEP_BATCH).batchSize(SWEEP_BATCH);
    // findDue never executes: the issuer is not part of finding.
    const source = clockDueSource(fence, clocks, new PolicyStore(db), { issue: () => Promise.reject(new Error('the benchmark only finds due subjects')) });
    const sides = {
      dueBy: async () => (await clocks.dueBy('deleteAt', now, SWEEP_BATCH)).map((doc) => doc._id),
      raw: async () => (await rawQuery('deleteAt').toArray()).map((doc) => String(doc._id)),
      // The raw equivalent of the due source: both dates' queries at once, merged by due date.
      findDue: async () => (await source.findDue(now, SWEEP_BATCH)).map((item) => `${item.tenantId}/${item.subjectId}`),
      rawPair: async () => {
        const [deletes, reductions] = await Promise.all([rawQuery('deleteAt').toArray(), rawQuery('reduceAt').toArray()]);
        const items = [...deletes.map((doc) => ({ id: String(doc._id), at: doc.deleteAt as Date })), ...reductions.map((doc) => ({ id: String(doc._id), at: doc.reduceAt as Date }))];
        return items.sort((a, b) => a.at.getTime() - b.at.getTime()).slice(0, SWEEP_BATCH).map((item) => item.id);
      },
    };
    type Side = keyof typeof sides;

    // The same query as dueBy sends (the explain output names the command it planned).
    const explained = indexUse((await rawQuery('deleteAt').explain()) as Record<string, unknown>);
    const explainedService = indexUse((await clocks.model.find({ deleteAt: { $lte: now } }).setOptions({ [ALL_TENANTS]: true }).sort({ deleteAt: 1 }).limit(SWEEP_BATCH).explain()) as unknown as Record<string, unknown>);
    context.note(`explain, raw find on deleteAt: index ${explained.used ? 'USED' : 'NOT used'} (${explained.detail})`);
    context.note(`explain, dueBy's query through mongoose: index ${explainedService.used ? 'USED' : 'NOT used'} (${explainedService.detail})`);

    const order: Side[] = ['raw', 'dueBy', 'rawPair', 'findDue'];
    const progress = context.progress('find due (warm-up + reps)', (repetitions + 1) * order.length);
    const answers = new Map<Side, string[]>();
    for (const side of order) {
      answers.set(side, await sides[side]());
      progress.tick();
    }
    if (answers.get('dueBy')!.join() !== answers.get('raw')!.join() || answers.get('findDue')!.join() !== answers.get('rawPair')!.join()) {
      throw new Error('the service and the raw query found different due subjects');
    }
    const samples: Record<Side, number[]> = { raw: [], dueBy: [], rawPair: [], findDue: [] };
    for (let rep = 0; rep < repetitions; rep++) {
      // Alternate the order, so neither side always runs on a cache the other warmed.
      for (const side of rep % 2 === 0 ? order : [...order].reverse()) {
        samples[side].push((await timed(sides[side])).ms);
        progress.tick();
      }
    }
    progress.done();
    // One batch of each service path, counted: a batch is a fixed number of queries, whatever its size.
    const costs = [
      commandCost('sweep', 'dueBy (one batch)', 1, (await commands.during(sides.dueBy)).tally, { commands: SWEEP_COMMANDS.dueBy }),
      commandCost('sweep', 'findDue (one batch)', 1, (await commands.during(sides.findDue)).tally, { commands: SWEEP_COMMANDS.findDue }),
    ];

    const dueByRatio = percentile(samples.dueBy, 50) / percentile(samples.raw, 50);
    const findDueRatio = percentile(samples.findDue, 50) / percentile(samples.rawPair, 50);
    return {
      rows: [
        row('sweep', 'raw find deleteAt', samples.raw),
        row('sweep', 'ClockStore.dueBy deleteAt', samples.dueBy, percentile(samples.raw, 50)),
        row('sweep', 'raw find deleteAt + reduceAt', samples.rawPair),
        row('sweep', 'clock due source findDue', samples.findDue, percentile(samples.rawPair, 50)),
        ...costs.map((cost) => cost.row),
      ],
      summary: {
        'sweep dueBy p50 / raw p50': dueByRatio,
        'sweep findDue p50 / raw pair p50': findDueRatio,
        'sweep raw find p50 ms': percentile(samples.raw, 50),
        'sweep index used': explained.used ? 'yes' : `no (${explained.detail})`,
      },
      goals: [goal('sweep dueBy p50 / raw indexed find p50', dueByRatio, { atMost: 1.5 }), goal('sweep clock due source p50 / raw pair p50', findDueRatio, { atMost: 1.5 }), ...costs.flatMap((cost) => cost.goals)],
      settings: { clocks: total, tenants: TENANTS, duePermille, dueDeletes: due, dueReductions, sweepBatch: SWEEP_BATCH, repetitions, indexUsed: explained.used },
    };
  } finally {
    commands.close();
    await db.dropDatabase().catch(() => undefined);
    await closeMongo(db);
    await closeRedis(redis);
  }
}

// ---------------------------------------------------------------- fan-out

interface HandlerSpan {
  service: string;
  start: number;
  end: number;
}

/** The service's parts with its erasure handler timed (wall clock, to compare with the erasure's own dates). */
function timedErasure(service: string, parts: ServiceParts, spans: Map<string, HandlerSpan[]>): ServiceParts {
  const handler = parts.erasure;
  if (!handler) throw new Error(`${service} has no erasure handler`);
  const erasure: ErasureHandler = async (command) => {
    const start = Date.now();
    try {
      return await handler(command);
    } finally {
      spans.set(command.subjectId, [...(spans.get(command.subjectId) ?? []), { service, start, end: Date.now() }]);
    }
  };
  return { ...parts, erasure };
}

/** Retention and candidates in one Kafka namespace, so each hears the other; their parts in reach. */
async function startFanOutServices(spans: Map<string, HandlerSpan[]>) {
  const auth = await testAuth();
  const env = {
    KAFKA_TOPIC_PREFIX: `${uniqueName('bench-retention')}.`,
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    // The service's own timed sweep stays out of the measurement.
    RETENTION_SWEEP_INTERVAL_MS: String(60 * 60 * 1000),
    ERASURE_SERVICES: 'candidates,retention',
    // Retention needs the address of every service it would ask for a data export; this benchmark asks none.
    CANDIDATES_GRPC_ADDRESS: '127.0.0.1:9',
    // Signs the receipt of every completed erasure.
    ERASURE_RECEIPT_SIGNING_KEY: generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  };
  let retention: Retention | undefined;
  let candidatesParts: ServiceParts | undefined;
  const retentionDefinition: ServiceDefinition<typeof retentionConfigSchema> = {
    name: 'retention',
    configSchema: retentionConfigSchema,
    create: (runtime) => {
      retention = buildRetention(runtime);
      return timedErasure('retention', retention.parts, spans);
    },
  };
  const candidatesDefinition: ServiceDefinition = {
    name: 'candidates',
    create: async (runtime) => {
      candidatesParts = await candidatesService.create(runtime);
      return timedErasure('candidates', candidatesParts, spans);
    },
  };
  const [retentionService, candidates] = await Promise.all([startTestService(retentionDefinition, auth, { env }), startTestService(candidatesDefinition, auth, { env })]);
  return {
    auth,
    retention: retention!,
    /** The services the orchestrator waits for, each with its own handler. */
    handlers: { candidates: candidatesParts!.erasure!, retention: retention!.parts.erasure! } as Record<string, ErasureHandler>,
    awaited: retentionService.runtime.config.ERASURE_SERVICES,
    candidatesAddress: candidates.address,
    stop: async () => void (await Promise.all([retentionService.stop(), candidates.stop()])),
  };
}

async function fanOutBenchmark(context: BenchContext): Promise<BenchResult> {
  const subjects = intSetting('BENCH_RETENTION_SUBJECTS', 50);
  const spans = new Map<string, HandlerSpan[]>();
  const services = await startFanOutServices(spans);
  const { retention, handlers, auth } = services;
  const tenantId = uniqueName('tenant');
  const token = await auth.mint({ tenantId, actorId: 'bench', rights: [RIGHTS.readCandidates, RIGHTS.writeCandidates] });
  const client = createClient(CandidatesService, services.candidatesAddress, { token });
  try {
    if ([...services.awaited].sort().join() !== Object.keys(handlers).sort().join()) {
      throw new Error(`the orchestrator waits for ${services.awaited.join(', ')}; the benchmark runs ${Object.keys(handlers).join(', ')}`);
    }
    // Half go through the protocol, half are erased by direct handler calls; a few of each warm up.
    const total = 2 * (subjects + WARM_UP_SUBJECTS);
    const { candidateIds } = await unaryCall(
      client,
      'BulkCreateCandidates',
      {
        candidates: Array.from({ length: total }, (_, i) => ({
          personal: { firstName: `Fanny${i}`, lastName: 'Fanout', email: `fanny.${i}.${randomUUID()}@example.org`, phone: '+49 30 1234567', address: { street: 'Hauptstraße 1', zip: '10115', city: 'Berlin', country: 'DE' }, notes: 'bench' },
          tags: ['bench'],
          source: 'job_board',
        })),
      },
      { deadlineMs: 60_000 },
    );
    // Every subject has something to erase at both services: a candidate record and a running clock.
    const clockProgress = context.progress('clocks from candidate events', total);
    let clocked = 0;
    for (const started = Date.now(); clocked < total; await sleep(100)) {
      if (Date.now() - started > 120_000) throw new Error(`retention started only ${clocked} of ${total} clocks within 2 minutes`);
      const count = await retention.clocks.model.countDocuments({ tenantId });
      clockProgress.tick(count - clocked);
      clocked = count;
    }
    clockProgress.done();

    const direct = async (subjectId: string) => {
      const command: ValidErasureCommand = { commandId: newId(), tenantId, subjectId, mode: 'delete', keepFields: [], reason: 'ERASURE_REASON_MANUAL', attempt: 1 };
      const times: Record<string, number> = {};
      for (const [service, handler] of Object.entries(handlers)) {
        const { ms, value } = await timed(() => handler(command));
        if (value.outcome !== 'done') throw new Error(`${service}'s handler found nothing to erase`);
        times[service] = ms;
      }
      return times;
    };
    const fanOut = async (subjectId: string) => {
      // Issued right after the previous erasure completed, every command would meet the relay at the
      // same point of its poll cycle; a random pause samples that cycle as a sweep at any time does.
      await sleep(Math.random() * RELAY_POLL_MS);
      const { erasureId } = await retention.orchestrator.issue({ tenantId, subjectId, mode: 'delete', reason: 'ERASURE_REASON_MANUAL', trigger: { kind: 'manual', actorId: 'bench' } });
      let doc: ErasureDoc | undefined;
      for (const started = Date.now(); doc?.state !== 'done'; await sleep(20)) {
        if (Date.now() - started > 60_000) {
          const handled = (spans.get(subjectId) ?? []).map((span) => span.service);
          throw new Error(`erasure ${erasureId} not confirmed within a minute: ${JSON.stringify(doc?.services)}, handled by [${handled.join(', ')}]`);
        }
        doc = await retention.orchestrator.get(tenantId, erasureId);
      }
      if (Object.values(doc.services).some((service) => service.state !== 'done')) throw new Error(`erasure ${erasureId}: a service held nothing`);
      const handled = spans.get(subjectId) ?? [];
      const issuedAt = doc.issuedAt.getTime();
      const completedAt = doc.completedAt!.getTime();
      return {
        total: completedAt - issuedAt,
        toFirstHandler: Math.min(...handled.map((span) => span.start)) - issuedAt,
        slowestHandler: Math.max(...handled.map((span) => span.end - span.start)),
        afterLastHandler: completedAt - Math.max(...handled.map((span) => span.end)),
      };
    };

    const pairs = Array.from({ length: subjects + WARM_UP_SUBJECTS }, (_, i) => ({ direct: candidateIds[2 * i], fanOut: candidateIds[2 * i + 1] }));
    const samples = { candidates: [] as number[], retention: [] as number[], slowest: [] as number[], total: [] as number[], toFirstHandler: [] as number[], inFlow: [] as number[], afterLastHandler: [] as number[] };
    const progress = context.progress('erase (direct, fan-out)', pairs.length);
    for (const [i, pair] of pairs.entries()) {
      // Alternating which goes first evens out drift on a shared machine.
      let handlerTimes: Record<string, number>;
      let flow: Awaited<ReturnType<typeof fanOut>>;
      if (i % 2 === 0) {
        handlerTimes = await direct(pair.direct);
        flow = await fanOut(pair.fanOut);
      } else {
        flow = await fanOut(pair.fanOut);
        handlerTimes = await direct(pair.direct);
      }
      if (i >= WARM_UP_SUBJECTS) {
        samples.candidates.push(handlerTimes.candidates);
        samples.retention.push(handlerTimes.retention);
        samples.slowest.push(Math.max(...Object.values(handlerTimes)));
        samples.total.push(flow.total);
        samples.toFirstHandler.push(flow.toFirstHandler);
        samples.inFlow.push(flow.slowestHandler);
        samples.afterLastHandler.push(flow.afterLastHandler);
      }
      progress.tick();
    }
    progress.done();
    const baseline = percentile(samples.slowest, 50);
    const ratio = percentile(samples.total, 50) / baseline;
    context.note(
      `fan-out p50 ${percentile(samples.total, 50)} ms: ${percentile(samples.toFirstHandler, 50)} ms from issue to the first handler (outbox relay + Kafka), ` +
        `${percentile(samples.inFlow, 50)} ms in the slowest handler, ${percentile(samples.afterLastHandler, 50)} ms from its end to the last acknowledgement recorded`,
    );
    return {
      rows: [
        row('fan-out', 'candidates handler (direct)', samples.candidates),
        row('fan-out', 'retention handler (direct)', samples.retention),
        row('fan-out', 'slowest handler (direct)', samples.slowest),
        row('fan-out', 'command -> last ack', samples.total, baseline),
        row('fan-out', '  issue -> first handler', samples.toFirstHandler),
        row('fan-out', '  slowest handler in flow', samples.inFlow),
        row('fan-out', '  last handler -> completed', samples.afterLastHandler),
      ],
      summary: { 'fan-out p50 / slowest handler p50': ratio },
      goals: [goal('fan-out command -> last ack p50 / slowest service erase p50', ratio, { atMost: 1.5 })],
      settings: { subjects, warmUpSubjects: WARM_UP_SUBJECTS, erasureServices: services.awaited.join(',') },
    };
  } finally {
    client.close();
    await services.stop();
  }
}

export const benchmark: Benchmark = {
  name: 'retention',
  description: 'finding due subjects among 200,000 clocks vs a raw indexed query; erasure fan-out vs the slowest service erase',
  // The short part first: a failing fan-out does not wait for the long sweep.
  run: (context) => runParts(context, 'BENCH_RETENTION_ONLY', { 'fan-out': fanOutBenchmark, sweep: sweepBenchmark }),
};
