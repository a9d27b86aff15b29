import type { Express } from 'express';
import type { z } from 'zod';
import type { EventTypeName, TopicContract } from '@lethe/protos';
import { baseConfigSchema, ConfigError, loadConfig, type BaseConfig } from './config';
import { obeyErasureCommands, reapplyErasure, type ErasureHandler } from '../erasure/obey';
import { skipErasedSubjects } from '../erasure/filter';
import { subjectExportService, type SubjectExporter } from '../export/subject-export';
import { ErasureSigner, ErasureVerifier } from '../erasure/signing';
import type { Tombstones } from '../erasure/tombstones';
import { type ServiceRegistration } from '../grpc';
import { type LetheGrpcServer } from '../grpc/server';
import { createGrpcServer } from '../grpc/server';
import { listen } from '../http';
import { type ListeningApp } from '../http/listen';
import { createHttpApp } from '../http/app';
import type { EventFilter, SubscribeOptions, Subscription } from '../kafka';
import type { TopicSpec } from '../kafka/bus';
import { openMongo } from '../mongo/connection';
import { type OutboxSource } from '../outbox';
import { OutboxRelay } from '../outbox/relay';
import { openRedis } from '../redis/client';
import { retry } from '../retry';
import { initTelemetry } from '../telemetry/tracing';
import { KEYS_USAGE, KeysUsageError, runKeysCommand } from './keys-command';
import { closeRuntime, createRuntime, openKeyStore, prepareRuntime, type RuntimeOptions, type ServiceRuntime } from './runtime';

/** Thrown into the connection retries when the service stops before it connected. */
class StoppingError extends Error {}

/** What a service adds to the runtime. The lifecycle wires each part in and tears it down again. */
export interface ServiceParts {
  grpcServices?: readonly ServiceRegistration[];
  httpRoutes?: (app: Express) => void;
  /** Topics the service publishes to; created (if missing) before it reports SERVING. */
  publishes?: readonly TopicSpec[];
  /** Collections whose outbox entries the relay publishes. */
  outbox?: readonly OutboxSource[];
  /** Erases what the service holds about a subject; subscribed to the erasure commands and acknowledged. */
  erasure?: ErasureHandler;
  /** What the service holds about a subject, for the access protocol: served as ExportSubject (`src/export.ts`). */
  export?: SubjectExporter;
  /** The service's Kafka consumers (`src/events/<topic>.ts`); subscribed after `start`, stopped on shutdown. */
  consumers?: readonly ConsumerSpec[];
  /** Runs once the connections are open, before SERVING: indexes, background work. */
  start?(): Promise<void>;
  /** Runs on shutdown after calls have drained, before the connections close. */
  stop?(): Promise<void>;
}

export interface ServiceDefinition<S extends z.ZodTypeAny = typeof baseConfigSchema> {
  /** Lower-case service name: the default SERVICE_NAME, database name and consumer-group prefix. */
  name: string;
  /** baseConfigSchema extended with the service's own variables. */
  configSchema?: S;
  create(runtime: ServiceRuntime<z.infer<S>>): ServiceParts | Promise<ServiceParts>;
}

export interface StartOptions extends Pick<RuntimeOptions, 'env' | 'clock' | 'logDestination' | 'spanExporter'> {
  /** Pause between connection attempts while a dependency is unreachable. */
  reconnectDelayMs?: number;
}

/** A consumer of the service: a subscription the lifecycle runs. */
export type ConsumerSpec<C extends TopicContract<EventTypeName> = TopicContract<EventTypeName>> = SubscribeOptions<C> & {
  /**
   * `skip` (the default): events about subjects this service erased are acknowledged and not
   * handled, so a late or replayed event never brings a person back. `deliver`: the erasure
   * protocol's own topics, which are about erased subjects by nature.
   */
  erasedSubjects?: 'skip' | 'deliver';
};

/** Declares a consumer; the handler's events are typed by the topics. */
export function consumer<C extends TopicContract<EventTypeName>>(spec: ConsumerSpec<C>): ConsumerSpec {
  return spec as unknown as ConsumerSpec;
}

/** The filter of a consumer: the erased-subject filter unless it asks for everything, then its own. */
function filterOf(spec: ConsumerSpec, tombstones: Tombstones): EventFilter | undefined {
  const own = spec.filter;
  if (spec.erasedSubjects === 'deliver') return own;
  const notErased = skipErasedSubjects(tombstones);
  if (!own) return notErased;
  return async (events) => {
    const [first, second] = await Promise.all([notErased(events), own(events)]);
    return first.map((keep, index) => keep && second[index]);
  };
}

export interface RunningService<C extends BaseConfig = BaseConfig> {
  readonly runtime: ServiceRuntime<C>;
  readonly grpc: LetheGrpcServer;
  readonly grpcPort: number;
  readonly httpPort: number;
  /** Resolves once every dependency is connected and the service reports SERVING. */
  readonly ready: Promise<void>;
  /** NOT_SERVING, drain calls, stop consumers and background work, close connections. Idempotent. */
  stop(): Promise<void>;
}


/** How often the ids of handled events older than the redelivery horizon are forgotten (no TTL indexes). */
const PRUNE_PROCESSED_EVENTS_EVERY_MS = 60 * 60 * 1000;

/**
 * Starts a service: gRPC and HTTP listen at once and report NOT_SERVING (health) and not ready
 * (/readyz) while MongoDB, Redis and Kafka are connected, retrying until they answer; then the
 * service's topics, indexes and consumers are set up and it reports SERVING.
 */
export async function startService<S extends z.ZodTypeAny>(definition: ServiceDefinition<S>, options: StartOptions = {}): Promise<RunningService<z.infer<S>>> {
  const runtime = createRuntime(definition.name, definition.configSchema, options);
  const { config, logger, telemetry, mongo, redis, bus } = runtime;
  const reconnectDelayMs = options.reconnectDelayMs ?? 2_000;
  const parts = await definition.create(runtime);

  const state = { kafka: false, stopping: false, started: false };
  const services = [...(parts.grpcServices ?? []), ...(parts.export ? [subjectExportService(parts.export, runtime.tombstones)] : [])];
  const grpc = createGrpcServer({ logger, verifier: runtime.verifier, services, reflection: config.GRPC_REFLECTION });
  const app = createHttpApp({
    logger,
    metrics: telemetry.prometheus,
    readiness: async () => ({
      mongodb: mongo.readyState === 1,
      keyStore: runtime.keyStore.readyState === 1,
      redis: redis.isReady,
      kafka: state.kafka,
      serving: grpc.health.isServing,
    }),
    routes: parts.httpRoutes,
    trustedProxies: config.HTTP_TRUSTED_PROXIES,
  });
  const grpcPort = await grpc.start(config.GRPC_PORT);
  let http: ListeningApp;
  try {
    http = await listen(app, config.HTTP_PORT);
  } catch (err) {
    await grpc.drain(0);
    throw err;
  }
  logger.info({ grpcPort, httpPort: http.port }, 'listening; connecting to MongoDB, Redis and Kafka');

  /** Retries `attempt` until it succeeds or the service is stopping. */
  const untilConnected = (dependency: string, attempt: () => Promise<unknown>): Promise<unknown> =>
    retry(
      async () => {
        if (state.stopping) throw new StoppingError();
        return attempt();
      },
      {
        backoff: { initialMs: reconnectDelayMs, maxMs: reconnectDelayMs, factor: 1 },
        retryIf: (err) => !(err instanceof StoppingError),
        beforeRetry: (err, tries) => logger.warn({ err, dependency, tries }, `${dependency} not reachable yet; retrying`),
      },
    );

  let relay: OutboxRelay | undefined;
  let pruneTimer: NodeJS.Timeout | undefined;
  const subscriptions: Subscription[] = [];
  const ready = (async () => {
    try {
      await Promise.all([
        untilConnected('mongodb', () => openMongo(mongo, { uri: config.MONGODB_URI, database: runtime.database, logger, service: runtime.name })),
        untilConnected('key store', () => openKeyStore(runtime)),
        untilConnected('redis', () => openRedis(redis)),
        untilConnected('kafka', () => bus.ensureTopics(parts.publishes ?? []).then(() => (state.kafka = true))),
      ]);
    } catch (err) {
      if (err instanceof StoppingError) return;
      throw err;
    }
    await prepareRuntime(runtime);
    await parts.start?.();
    if (parts.erasure) {
      runtime.fence.reapplyErasuresWith(reapplyErasure(parts.erasure));
      subscriptions.push(
        await obeyErasureCommands({
          bus,
          serviceName: runtime.name,
          tombstones: runtime.tombstones,
          keyStoreTombstones: runtime.keyStoreTombstones,
          fence: runtime.fence,
          handler: parts.erasure,
          commandKeys: new ErasureVerifier(config.ERASURE_COMMAND_PUBLIC_KEYS),
          ackSigner: new ErasureSigner(config.ERASURE_ACK_SIGNING_KEY),
          logger,
        }),
      );
    }
    for (const spec of parts.consumers ?? []) {
      const { erasedSubjects: _erasedSubjects, ...options } = spec;
      subscriptions.push(await bus.subscribe({ ...options, filter: filterOf(spec, runtime.tombstones) }));
    }
    if (parts.outbox?.length) {
      relay = new OutboxRelay({ bus, collections: parts.outbox, logger, cipher: runtime.cipher });
      await relay.start();
    }
    if (state.stopping) return;
    const { processedEvents } = runtime;
    pruneTimer = setInterval(() => {
      processedEvents
        .prune(new Date(runtime.clock.now().getTime() - processedEvents.horizonMs))
        .catch((err: unknown) => logger.warn({ err }, 'could not prune processed event ids'));
    }, PRUNE_PROCESSED_EVENTS_EVERY_MS);
    pruneTimer.unref();
    state.started = true;
    grpc.health.setServing();
    logger.info('serving');
  })();
  // A failing start is reported through `ready`; keep it from also surfacing as an unhandled rejection.
  ready.catch(() => undefined);

  let stopped: Promise<void> | undefined;
  const stop = () =>
    (stopped ??= (async () => {
      state.stopping = true;
      logger.info('shutting down: NOT_SERVING, draining calls');
      grpc.health.setNotServing();
      clearInterval(pruneTimer);
      await Promise.all([grpc.drain(config.SHUTDOWN_TIMEOUT_MS), http.close(config.SHUTDOWN_TIMEOUT_MS)]);
      await ready.catch(() => undefined);
      const steps: [string, (() => Promise<unknown>) | undefined][] = [
        ['consumers', () => Promise.all(subscriptions.map((subscription) => subscription.stop()))],
        ['service', state.started ? parts.stop : undefined],
        ['outbox relay', relay && (() => relay!.stop())],
        ['connections', () => closeRuntime(runtime)],
      ];
      for (const [step, run] of steps) {
        if (!run) continue;
        try {
          await run();
        } catch (err) {
          logger.error({ err, step }, 'shutdown step failed');
        }
      }
      logger.info('stopped');
      await telemetry.shutdown();
    })());

  return { runtime, grpc, grpcPort, httpPort: http.port, ready, stop };
}

/**
 * The entry point of a service process: starts it, stops it gracefully on SIGTERM/SIGINT, and
 * exits non-zero with a readable message when the configuration is invalid or start-up fails.
 * The definition is loaded after telemetry is initialised, so every module it loads is traced.
 * `main.js keys …` runs the key store's commands instead (see keys-command.ts).
 */
export function runServiceMain(name: string, loadDefinition: () => Promise<ServiceDefinition<z.ZodTypeAny>>): void {
  if (process.argv[2] === 'keys') {
    runKeysMain(loadDefinition, process.argv.slice(3));
    return;
  }
  const main = async () => {
    const base = loadConfig(baseConfigSchema, { SERVICE_NAME: name, ...process.env });
    initTelemetry({ serviceName: base.SERVICE_NAME, otlpEndpoint: base.OTEL_EXPORTER_OTLP_ENDPOINT });
    const service = await startService(await loadDefinition());
    let signals = 0;
    const onSignal = (signal: NodeJS.Signals) => {
      if (++signals > 1) process.exit(130);
      service.runtime.logger.info({ signal }, 'signal received');
      void service.stop().then(() => process.exit(0));
    };
    process.on('SIGTERM', onSignal);
    process.on('SIGINT', onSignal);
    await service.ready;
  };
  main().catch((err: unknown) => {
    const message = err instanceof ConfigError ? err.message : `start-up failed: ${err instanceof Error ? err.name : typeof err}`;
    process.stderr.write(`lethe-${name}: ${message}\n`);
    if (!(err instanceof ConfigError)) process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
    process.exit(1);
  });
}

/** `main.js keys <command>`: exit code 2 for a malformed command line, 1 for a failure. */
function runKeysMain(loadDefinition: () => Promise<ServiceDefinition<z.ZodTypeAny>>, argv: string[]): void {
  loadDefinition()
    .then((definition) => runKeysCommand(definition, argv, { out: (text) => process.stdout.write(text) }))
    .then(
      (code) => process.exit(code),
      (err: unknown) => {
        if (err instanceof KeysUsageError) process.stderr.write(`keys: ${err.message}\n${KEYS_USAGE}\n`);
        else if (err instanceof ConfigError) process.stderr.write(`keys: ${err.message}\n`);
        else process.stderr.write(`keys: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
        process.exit(err instanceof KeysUsageError ? 2 : 1);
      },
    );
}
