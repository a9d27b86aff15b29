// The retention service against bare baselines on the same machine, in the same run:
//   sweep: finding the due subjects among 200,000 subject clocks, a share of them due. The service's
//     paths (ClockStore.dueBy, and the clock's due source the Sweeper asks, which reads the delete
//     and the reduce dates) vs the raw driver's range query on the same collection and indexes;
//     p50 over alternating repetitions, one Sweeper batch (200) per query; and the database commands
//     of one batch of each service path (one find per date).
//   fan-out: an erasure issued by the orchestrator until retention recorded the last acknowledgement,
//     every erasure service in one process (as the chart's ERASURE_SERVICES), vs the same for each
//     service alone (the only one that obeys and is waited for, in a stack of its own beside it);
//     p50 over subjects taken one at a time, against the slowest service's p50.
//   throughput: erasures issued one at a time (as a mass action issues them) until every service
//     confirmed every one, vs every service's own erasure handler called directly for as many
//     subjects prepared the same way (services side by side, each one subject at a time, as their
//     erasure consumers run); erasures per second, where the time went, database commands per erasure.
// Settings: BENCH_RETENTION_CLOCKS (200000), BENCH_RETENTION_DUE_PERMILLE (15), BENCH_RETENTION_REPS (5),
// BENCH_RETENTION_SUBJECTS (50), BENCH_RETENTION_ERASURES (1000),
// BENCH_RETENTION_ONLY (fan-out, throughput or sweep; all by default).
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Connection } from 'mongoose';
import { RIGHTS } from '../../services/platform/src/auth';
import { SubjectFence, Tombstones, type ErasureHandler } from '../../services/platform/src/erasure';
import { createClient, unaryCall } from '../../services/platform/src/grpc';
import { newId } from '../../services/platform/src/ids';
import { ALL_TENANTS, closeMongo, connectMongo } from '../../services/platform/src/mongo';
import { closeRedis, connectRedis, RedisKeyspace } from '../../services/platform/src/redis';
import type { ServiceDefinition, ServiceParts } from '../../services/platform/src/service';
import { createLogger } from '../../services/platform/src/telemetry';
import { definitionWithHandle, freePort, startTestService, startTestServices, testAuth, testInfra, uniqueName } from '../../services/platform/src/testkit';
import { candidatesService } from '../../services/candidates/src/service';
import { consentService } from '../../services/consent/src/service';
import { messagingService } from '../../services/messaging/src/service';
import { profileRenderingService } from '../../services/profile-rendering/src/service';
import { talentCrmService } from '../../services/talent-crm/src/service';
import { SERVICES, serviceCallersOf } from '../../deploy/src/registry';
import { clockDueSource } from '../../services/retention/src/clock/due';
import { ClockStore } from '../../services/retention/src/clock/store';
import type { ErasureDoc } from '../../services/retention/src/erasures/orchestrator';
import { PolicyStore } from '../../services/retention/src/policy/store';
import { buildRetention, grpcAddressVariable, retentionConfigSchema, type Retention } from '../../services/retention/src/service';
import { loadGrpcObject, type CandidatesProto } from '../../protos/src';
import { CommandCounter, commandCost, type CommandTally } from './commands';
import { type BenchContext, type Benchmark, type BenchResult, goal, intSetting, runParts, percentile } from './harness';

const CandidatesService = loadGrpcObject<CandidatesProto>().lethe.candidates.v1.CandidatesService;
/** What the Sweeper asks a source for per round (its BATCH). */
const SWEEP_BATCH = 200;
/** Database commands of one sweep batch: one find per date, the whole batch in its reply. */
const SWEEP_COMMANDS = { dueBy: 1, findDue: 2 };
const TENANTS = 20;
const DAY_MS = 24 * 60 * 60 * 1000;

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

// ---------------------------------------------------------------- erasure stacks

/** The services that confirm every erasure, as the chart's registry sets ERASURE_SERVICES. */
const ERASURE_SERVICES = SERVICES.filter((service) => service.obeysErasure).map((service) => service.name);
/** Retention issues and records; candidates holds the subjects: both run in every stack. */
const ALWAYS_RUNNING = ['retention', 'candidates'];
/** The largest BulkCreateCandidates batch. */
const CREATE_BATCH = 1_000;
/** A wait without progress that means the stack is stuck (never a budget for the whole run). */
const STALLED_MS = 5 * 60_000;

/** A service's definition, whatever its configuration. */
type AnyServiceDefinition = Pick<ServiceDefinition, 'name'> & { create(runtime: never): ServiceParts | Promise<ServiceParts> };

interface HandlerSpan {
  service: string;
  start: number;
  end: number;
}

/** Every service's own erasure handler, and the spans of those the protocol ran (wall clock, to compare with the erasure's own dates). */
class ErasureProbe {
  readonly handlers = new Map<string, ErasureHandler>();
  readonly spans = new Map<string, HandlerSpan[]>();

  /** The definition with its erasure handler timed when it obeys the protocol, without it when it does not. */
  instrument<D extends AnyServiceDefinition>(definition: D, obeys: boolean): D {
    const create = async (runtime: Parameters<D['create']>[0]) => {
      const { erasure: handler, ...parts } = await definition.create(runtime);
      if (!handler) throw new Error(`${definition.name} has no erasure handler`);
      this.handlers.set(definition.name, handler);
      return obeys ? { ...parts, erasure: this.timed(definition.name, handler) } : parts;
    };
    return { ...definition, create };
  }

  private timed(service: string, handler: ErasureHandler): ErasureHandler {
    return async (command) => {
      const start = Date.now();
      try {
        return await handler(command);
      } finally {
        const spans = this.spans.get(command.subjectId) ?? [];
        spans.push({ service, start, end: Date.now() });
        this.spans.set(command.subjectId, spans);
      }
    };
  }
}

interface ErasureStack {
  retention: Retention;
  probe: ErasureProbe;
  /** The services the orchestrator waits for. */
  awaited: string[];
  prepareSubjects(tenantId: string, count: number, context: BenchContext): Promise<string[]>;
  stop(): Promise<void>;
}

/**
 * The services named in `awaited` (and retention and candidates) in one process and one Kafka
 * namespace, as the chart runs them; only the awaited ones obey erasure commands.
 */
async function startErasureStack(awaited: readonly string[]): Promise<ErasureStack> {
  const auth = await testAuth();
  const probe = new ErasureProbe();
  const running = new Set([...ALWAYS_RUNNING, ...awaited]);
  const ports = new Map(await Promise.all(ERASURE_SERVICES.map(async (name) => [name, await freePort()] as const)));
  const addresses = Object.fromEntries(ERASURE_SERVICES.map((name) => [grpcAddressVariable(name), `127.0.0.1:${ports.get(name)}`]));
  const shared = {
    KAFKA_TOPIC_PREFIX: `${uniqueName('bench-erasure')}.`,
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    ERASURE_SERVICES: awaited.join(','),
    // The service's own timed sweep stays out of the measurement.
    RETENTION_SWEEP_INTERVAL_MS: String(60 * 60 * 1000),
    ERASURE_RECEIPT_SIGNING_KEY: generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    SMTP_URL: testInfra().smtpUrl,
    ...addresses,
  };
  const env = (name: string) => ({ env: { ...shared, AUTH_SERVICE_CALLERS: JSON.stringify(serviceCallersOf(name)), GRPC_PORT: String(ports.get(name)) } });
  const obeys = (name: string) => awaited.includes(name);
  const retention = definitionWithHandle('retention', retentionConfigSchema, buildRetention);
  const starters: Record<string, () => Promise<{ stop(): Promise<void> }>> = {
    retention: () => startTestService(probe.instrument(retention.definition, obeys('retention')), auth, env('retention')),
    candidates: () => startTestService(probe.instrument(candidatesService, obeys('candidates')), auth, env('candidates')),
    consent: () => startTestService(probe.instrument(consentService, obeys('consent')), auth, env('consent')),
    messaging: () => startTestService(probe.instrument(messagingService, obeys('messaging')), auth, env('messaging')),
    'profile-rendering': () => startTestService(probe.instrument(profileRenderingService, obeys('profile-rendering')), auth, env('profile-rendering')),
    'talent-crm': () => startTestService(probe.instrument(talentCrmService, obeys('talent-crm')), auth, env('talent-crm')),
  };
  const services = await startTestServices([...running].map((name) => starters[name]()));
  return {
    retention: retention.built(),
    probe,
    awaited: [...awaited],
    prepareSubjects: async (tenantId, count, context) => {
      const token = await auth.mint({ tenantId, actorId: 'bench', rights: [RIGHTS.readCandidates, RIGHTS.writeCandidates] });
      const client = createClient(CandidatesService, `127.0.0.1:${ports.get('candidates')}`, { token });
      const ids: string[] = [];
      try {
        const progress = context.progress('subjects: candidates, then their clocks', 2 * count);
        for (let offset = 0; offset < count; offset += CREATE_BATCH) {
          const size = Math.min(CREATE_BATCH, count - offset);
          const { candidateIds } = await unaryCall(client, 'BulkCreateCandidates', { candidates: Array.from({ length: size }, (_, i) => benchCandidate(offset + i)) }, { deadlineMs: 120_000 });
          ids.push(...candidateIds);
          progress.tick(size);
        }
        // Every subject has something to erase at candidates and retention: a candidate record and a running clock.
        const clocks = retention.built().clocks.model;
        let clocked = 0;
        // A count reads the whole collection on FerretDB: not more often than the clocks come.
        for (let progressedAt = Date.now(); clocked < count; await sleep(1_000)) {
          if (Date.now() - progressedAt > STALLED_MS) throw new Error(`retention started no clock for ${STALLED_MS / 60_000} minutes (${clocked} of ${count})`);
          const now = await clocks.countDocuments({ tenantId });
          if (now > clocked) progressedAt = Date.now();
          progress.tick(now - clocked);
          clocked = now;
        }
        progress.done();
        return ids;
      } finally {
        client.close();
      }
    },
    stop: async () => void (await Promise.all(services.map((service) => service.stop()))),
  };
}

function benchCandidate(i: number) {
  return {
    personal: { firstName: `Fanny${i}`, lastName: 'Fanout', email: `fanny.${i}.${randomUUID()}@example.org`, phone: '+49 30 1234567', address: { street: 'Hauptstraße 1', zip: '10115', city: 'Berlin', country: 'DE' }, notes: 'bench' },
    tags: ['bench'],
    source: 'job_board',
  };
}

/** When an erasure was issued and completed, as retention recorded it, and its handlers' spans. */
interface FlowTimes {
  total: number;
  toFirstHandler: number;
  slowestHandler: number;
  afterLastHandler: number;
}

function flowTimes(doc: ErasureDoc, handled: readonly HandlerSpan[]): FlowTimes {
  const issuedAt = doc.issuedAt.getTime();
  const completedAt = doc.completedAt!.getTime();
  return {
    total: completedAt - issuedAt,
    toFirstHandler: Math.min(...handled.map((span) => span.start)) - issuedAt,
    slowestHandler: Math.max(...handled.map((span) => span.end - span.start)),
    afterLastHandler: completedAt - Math.max(...handled.map((span) => span.end)),
  };
}

/** One erasure through the protocol, from the orchestrator's issue until retention recorded the last acknowledgement. */
async function eraseThroughProtocol(stack: ErasureStack, tenantId: string, subjectId: string): Promise<FlowTimes> {
  // Issued right after the previous erasure completed, every command would meet the relay and the
  // consumers at the same point of their cycles; a random pause samples them as a sweep at any time does.
  await sleep(Math.random() * CYCLE_SAMPLING_MS);
  const { orchestrator } = stack.retention;
  const { erasureId } = await orchestrator.issue({ tenantId, subjectId, mode: 'delete', reason: 'ERASURE_REASON_MANUAL', trigger: { kind: 'manual', actorId: 'bench' } });
  let doc: ErasureDoc | undefined;
  for (const started = Date.now(); doc?.state !== 'done'; await sleep(10)) {
    if (Date.now() - started > 60_000) {
      const handled = (stack.probe.spans.get(subjectId) ?? []).map((span) => span.service);
      throw new Error(`erasure ${erasureId} not confirmed within a minute: ${JSON.stringify(doc?.services)}, handled by [${handled.join(', ')}]`);
    }
    doc = await orchestrator.get(tenantId, erasureId);
  }
  const held = Object.entries(doc.services).filter(([, service]) => service.state === 'done').map(([name]) => name);
  if (!held.includes('candidates') && stack.awaited.includes('candidates')) throw new Error(`erasure ${erasureId}: candidates held nothing`);
  return flowTimes(doc, stack.probe.spans.get(subjectId) ?? []);
}

// ---------------------------------------------------------------- fan-out latency

/** Subjects erased before the measured ones in each stack. */
const WARM_UP_SUBJECTS = 3;
/** The random pause before each issue spans this much. */
const CYCLE_SAMPLING_MS = 250;

async function fanOutBenchmark(context: BenchContext): Promise<BenchResult> {
  const subjects = intSetting('BENCH_RETENTION_SUBJECTS', 50);
  const services = ERASURE_SERVICES;
  // The full fan-out runs throughout; each service's own stack beside it in turn, one erasure of
  // the full fan-out after every `services.length` of the service alone, so both see the same machine.
  const fullEvery = services.length;
  const fullSamples = services.length * Math.ceil(subjects / fullEvery);
  context.note(`fan-out: every erasure service (${services.join(', ')}) in one process; ${subjects} erasures per service alone, ${fullSamples} through all of them`);
  const full = await startErasureStack(services);
  const flows: FlowTimes[] = [];
  const alone: Record<string, number[]> = {};
  try {
    const tenantId = uniqueName('tenant');
    const fullSubjects = await full.prepareSubjects(tenantId, fullSamples + WARM_UP_SUBJECTS, context);
    for (const subjectId of fullSubjects.slice(0, WARM_UP_SUBJECTS)) await eraseThroughProtocol(full, tenantId, subjectId);
    let nextFull = WARM_UP_SUBJECTS;
    for (const service of services) {
      const single = await startErasureStack([service]);
      try {
        const own = await single.prepareSubjects(tenantId, subjects + WARM_UP_SUBJECTS, context);
        for (const subjectId of own.slice(0, WARM_UP_SUBJECTS)) await eraseThroughProtocol(single, tenantId, subjectId);
        const progress = context.progress(`erase: ${service} alone, and all services`, subjects);
        alone[service] = [];
        for (const [i, subjectId] of own.slice(WARM_UP_SUBJECTS).entries()) {
          alone[service].push((await eraseThroughProtocol(single, tenantId, subjectId)).total);
          if (i % fullEvery === 0) flows.push(await eraseThroughProtocol(full, tenantId, fullSubjects[nextFull++]));
          progress.tick();
        }
        progress.done();
      } finally {
        await single.stop();
      }
    }
  } finally {
    await full.stop();
  }
  const slowest = services.reduce((worst, service) => (percentile(alone[service], 50) > percentile(alone[worst], 50) ? service : worst));
  const baseline = percentile(alone[slowest], 50);
  const totals = flows.map((flow) => flow.total);
  const ratio = percentile(totals, 50) / baseline;
  const p50 = (key: keyof FlowTimes) => percentile(flows.map((flow) => flow[key]), 50);
  context.note(
    `fan-out p50 ${p50('total')} ms: ${p50('toFirstHandler')} ms from issue to the first handler (outbox relay, Kafka, tombstones), ` +
      `${p50('slowestHandler')} ms in the slowest handler, ${p50('afterLastHandler')} ms from the last handler's end to the last acknowledgement recorded; ` +
      `slowest service alone: ${slowest} ${baseline} ms`,
  );
  return {
    rows: [
      ...services.map((service) => row('fan-out', `${service} alone: command -> ack`, alone[service])),
      row('fan-out', `all ${services.length}: command -> last ack`, totals, baseline),
      row('fan-out', '  issue -> first handler', flows.map((flow) => flow.toFirstHandler)),
      row('fan-out', '  slowest handler in flow', flows.map((flow) => flow.slowestHandler)),
      row('fan-out', '  last handler -> last ack', flows.map((flow) => flow.afterLastHandler)),
    ],
    summary: { 'fan-out p50 / slowest service alone p50': ratio, 'fan-out slowest service alone': slowest },
    goals: [goal('fan-out command -> last ack p50 / slowest service alone command -> ack p50', ratio, { atMost: 1.5 })],
    settings: { subjects, fullFanOutSamples: flows.length, warmUpSubjects: WARM_UP_SUBJECTS, erasureServices: services.join(','), cycleSamplingMs: CYCLE_SAMPLING_MS },
  };
}

// ---------------------------------------------------------------- throughput

/** A pause for the consumers to catch up, and as long a window of what the stack sends idle. */
const SETTLE_MS = 5_000;
/** Database commands per erasure through the protocol, all six services together: their handlers' (about 58), two tombstones and the fence per service, the issue, the acknowledgements and the relays. */
const PROTOCOL_COMMANDS_PER_ERASURE = 100;

/** Where a service's time went while it handled a run of erasures. */
interface HandlingWindow {
  first: number;
  last: number;
  busy: number;
}

function handlingWindows(spans: Iterable<HandlerSpan[]>): Map<string, HandlingWindow> {
  const windows = new Map<string, HandlingWindow>();
  for (const span of [...spans].flat()) {
    const window = windows.get(span.service) ?? { first: span.start, last: span.end, busy: 0 };
    windows.set(span.service, { first: Math.min(window.first, span.start), last: Math.max(window.last, span.end), busy: window.busy + span.end - span.start });
  }
  return windows;
}

/** Waits until the stack sends no more than it does idle (its consumers caught up with what the last phase set off), or sends no less from one window to the next. */
async function settle(commands: CommandCounter, idle: CommandTally): Promise<number> {
  const started = Date.now();
  for (let previous = Number.POSITIVE_INFINITY; ; ) {
    const window = await commands.idle(SETTLE_MS);
    if (window.commands <= 1.5 * idle.commands + 5 || window.commands >= previous) return Date.now() - started;
    previous = window.commands;
  }
}

async function throughputBenchmark(context: BenchContext): Promise<BenchResult> {
  const erasures = intSetting('BENCH_RETENTION_ERASURES', 1_000);
  const commands = new CommandCounter();
  const stack = await startErasureStack(ERASURE_SERVICES);
  const { orchestrator } = stack.retention;
  try {
    const tenantId = uniqueName('tenant');
    const subjects = await stack.prepareSubjects(tenantId, 2 * erasures, context);
    const throughProtocol = subjects.filter((_, i) => i % 2 === 0);
    const direct = subjects.filter((_, i) => i % 2 === 1);
    // What the stack sends when nothing runs (the relays' and the consumers' polls), once the subjects' events were handled.
    await sleep(SETTLE_MS);
    const idle = await commands.idle(SETTLE_MS);

    // Direct: each service's own handler over every subject, the services side by side and each one
    // subject at a time, as each service's erasure consumer handles its commands.
    const directBusy = new Map<string, number>();
    const directProgress = context.progress('erase directly: every handler', erasures * stack.awaited.length);
    const directRun = await commands.during(() =>
      Promise.all(
        stack.awaited.map(async (service) => {
          const handler = stack.probe.handlers.get(service)!;
          let busy = 0;
          for (const subjectId of direct) {
            const started = Date.now();
            await handler({ commandId: newId(), tenantId, subjectId, mode: 'delete', keepFields: [], reason: 'ERASURE_REASON_MANUAL', attempt: 1 });
            busy += Date.now() - started;
            directProgress.tick();
          }
          directBusy.set(service, busy);
        }),
      ),
    );
    directProgress.done();
    // The direct erasures set off events (a candidate erased, its clock ended) the other services consume: done before the protocol runs.
    const settledMs = await settle(commands, idle);

    // Through the protocol: issued one at a time, as a mass action issues them, until every service confirmed every one.
    let issuedMs = 0;
    const protocolRun = await commands.during(async () => {
      const started = Date.now();
      const issueProgress = context.progress('erase through the protocol: issue', erasures);
      for (const subjectId of throughProtocol) {
        await orchestrator.issue({ tenantId, subjectId, mode: 'delete', reason: 'ERASURE_REASON_MANUAL', trigger: { kind: 'manual', actorId: 'bench' } });
        issueProgress.tick();
      }
      issueProgress.done();
      issuedMs = Date.now() - started;
      const confirmProgress = context.progress('erase through the protocol: confirmed by every service', erasures);
      let done = 0;
      // A count reads the whole collection on FerretDB: once a second, the end taken from the erasures' own completion dates.
      for (let progressedAt = Date.now(); done < erasures; await sleep(1_000)) {
        if (Date.now() - progressedAt > STALLED_MS) throw new Error(`no erasure was confirmed for ${STALLED_MS / 60_000} minutes (${done} of ${erasures})`);
        const now = await orchestrator.model.countDocuments({ tenantId, state: 'done' });
        if (now > done) progressedAt = Date.now();
        confirmProgress.tick(now - done);
        done = now;
      }
      confirmProgress.done();
      return started;
    });
    const protocolStarted = protocolRun.result;
    const lastCompleted = await orchestrator.model.findOne({ tenantId, state: 'done' }, { completedAt: 1 }).sort({ completedAt: -1 }).lean();
    const protocolMs = lastCompleted!.completedAt!.getTime() - protocolStarted;
    const directMs = directRun.tally.ms;
    const protocolRate = erasures / (protocolMs / 1_000);
    const directRate = erasures / (directMs / 1_000);
    const ratio = protocolRate / directRate;
    const windows = handlingWindows(throughProtocol.map((subjectId) => stack.probe.spans.get(subjectId) ?? []));
    const lastHandlerEnd = Math.max(...[...windows.values()].map((window) => window.last));
    const serviceRows = stack.awaited.map((service) => {
      const window = windows.get(service)!;
      return {
        benchmark: 'throughput',
        side: `${service}`,
        directHandlerS: (directBusy.get(service)! / 1_000).toFixed(1),
        protocolHandlerS: (window.busy / 1_000).toFixed(1),
        // From the first command this service handled to the last: handling plus consuming (fetch, tombstones, fence, acknowledgement).
        protocolConsumingS: ((window.last - window.first - window.busy) / 1_000).toFixed(1),
        firstHandlerAfterS: ((window.first - protocolStarted) / 1_000).toFixed(1),
        lastHandlerAfterS: ((window.last - protocolStarted) / 1_000).toFixed(1),
      };
    });
    const protocolCost = commandCost('throughput', 'erasure through the protocol (all services)', erasures, protocolRun.tally, { commands: PROTOCOL_COMMANDS_PER_ERASURE }, idle);
    const directCost = commandCost('throughput', 'erasure by direct handler calls (all services)', erasures, directRun.tally, { commands: PROTOCOL_COMMANDS_PER_ERASURE }, idle);
    const lastAckMs = protocolStarted + protocolMs - lastHandlerEnd;
    context.note(
      `throughput: protocol ${protocolRate.toFixed(1)} erasures/s (${(protocolMs / 1_000).toFixed(1)} s: issued in ${(issuedMs / 1_000).toFixed(1)} s, ` +
        `last handler done after ${((lastHandlerEnd - protocolStarted) / 1_000).toFixed(1)} s, last acknowledgement recorded ${(lastAckMs / 1_000).toFixed(1)} s after it), ` +
        `direct ${directRate.toFixed(1)} erasures/s (${(directMs / 1_000).toFixed(1)} s; the stack settled ${(settledMs / 1_000).toFixed(1)} s after it)`,
    );
    return {
      rows: [
        { benchmark: 'throughput', side: 'direct handler calls', erasures, seconds: (directMs / 1_000).toFixed(1), perSecond: directRate.toFixed(1), vsBaseline: '' },
        { benchmark: 'throughput', side: 'through the protocol', erasures, seconds: (protocolMs / 1_000).toFixed(1), perSecond: protocolRate.toFixed(1), vsBaseline: ratio.toFixed(2) },
        { benchmark: 'throughput', side: '  issue (one at a time)', erasures, seconds: (issuedMs / 1_000).toFixed(1), perSecond: (erasures / (issuedMs / 1_000)).toFixed(1), vsBaseline: '' },
        { benchmark: 'throughput', side: '  last handler -> last ack', erasures, seconds: (lastAckMs / 1_000).toFixed(1), perSecond: '', vsBaseline: '' },
        ...serviceRows,
        protocolCost.row,
        directCost.row,
      ],
      summary: { 'throughput protocol / direct': ratio, 'throughput protocol erasures/s': protocolRate, 'throughput direct erasures/s': directRate },
      goals: [goal('throughput erasures/s through the protocol / by direct handler calls', ratio, { atLeast: 0.5 }), ...protocolCost.goals],
      settings: { erasures, erasureServices: stack.awaited.join(','), directConcurrency: 'services side by side, each one subject at a time', issue: 'one at a time' },
    };
  } finally {
    commands.close();
    await stack.stop();
  }
}

export const benchmark: Benchmark = {
  name: 'retention',
  description: 'finding due subjects among 200,000 clocks vs a raw indexed query; erasure fan-out to every service vs one service alone; erasure throughput through the protocol vs direct handler calls',
  // The short parts first: a failing fan-out does not wait for the long sweep.
  run: (context) => runParts(context, 'BENCH_RETENTION_ONLY', { 'fan-out': fanOutBenchmark, throughput: throughputBenchmark, sweep: sweepBenchmark }),
};
