import type { Express } from 'express';
import type { SASLOptions } from 'kafkajs';
import type { Connection } from 'mongoose';
import type { DestinationStream } from 'pino';
import type { SpanExporter } from '@opentelemetry/sdk-trace-base';
import type { z } from 'zod';
import { ServiceTokenProvider, TokenSigner, TokenVerifier } from '../auth';
import { baseConfigSchema, ConfigError, loadConfig, type BaseConfig } from '../config';
import { BlindIndex, SubjectCipher } from '../crypto';
import { obeyErasureCommands, Tombstones, type ErasureHandler } from '../erasure';
import { createGrpcServer, type LetheGrpcServer, type ServiceRegistration } from '../grpc';
import { createHttpApp, listen, type ListeningApp } from '../http';
import { createKafka, EventBus, ProcessedEventStore, type Kafka, type Subscription, type TopicSpec } from '../kafka';
import { createLogger, type Logger } from '../logger';
import { closeMongo, createMongoConnection, openMongo } from '../mongo';
import { OutboxRelay, type OutboxSource } from '../outbox';
import { closeRedis, createRedis, openRedis, type Redis } from '../redis';
import { initTelemetry, type Telemetry } from '../telemetry';
import { systemClock, type Clock } from './clock';

/** Everything a service is built from. Connections are not open yet while `create` runs. */
export interface ServiceRuntime<C extends BaseConfig = BaseConfig> {
  readonly name: string;
  readonly config: C;
  readonly logger: Logger;
  readonly telemetry: Telemetry;
  /** The service's own database; define models on it in `create`, query it from `start` on. */
  readonly mongo: Connection;
  /** Its name: what identifies this installation's data (e.g. in shared Redis keys). */
  readonly database: string;
  readonly redis: Redis;
  readonly kafka: Kafka;
  readonly bus: EventBus;
  readonly cipher: SubjectCipher;
  readonly blindIndex: BlindIndex;
  readonly tombstones: Tombstones;
  readonly verifier: TokenVerifier;
  /** Tokens for calls to other Lethe services; present when AUTH_SIGNING_KEY is configured. */
  readonly serviceTokens?: ServiceTokenProvider;
  readonly clock: Clock;
}

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
  /** Runs once the connections are open, before SERVING: indexes, consumers, background work. */
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

export interface StartOptions {
  env?: NodeJS.ProcessEnv;
  clock?: Clock;
  /** Log destination (tests capture it); stdout by default. */
  logDestination?: DestinationStream;
  /** Extra span exporter (tests). */
  spanExporter?: SpanExporter;
  /** Pause between connection attempts while a dependency is unreachable. */
  reconnectDelayMs?: number;
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

/** Consumer groups and database of a service are named after it. */
export function databaseNameOf(service: string): string {
  return `lethe_${service.replace(/-/g, '_')}`;
}

function kafkaSasl(config: BaseConfig): SASLOptions | undefined {
  const { KAFKA_SASL_MECHANISM: mechanism, KAFKA_SASL_USERNAME: username, KAFKA_SASL_PASSWORD: password } = config;
  if (!mechanism) return undefined;
  if (!username || !password) {
    throw new ConfigError([{ variable: username ? 'KAFKA_SASL_PASSWORD' : 'KAFKA_SASL_USERNAME', problem: `is required with KAFKA_SASL_MECHANISM` }]);
  }
  return { mechanism, username, password } as SASLOptions;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** How often the ids of handled events older than the redelivery horizon are forgotten (no TTL indexes). */
const PRUNE_PROCESSED_EVENTS_EVERY_MS = 60 * 60 * 1000;

/**
 * Starts a service: gRPC and HTTP listen at once and report NOT_SERVING (health) and not ready
 * (/readyz) while MongoDB, Redis and Kafka are connected, retrying until they answer; then the
 * service's topics, indexes and consumers are set up and it reports SERVING.
 */
export async function startService<S extends z.ZodTypeAny>(definition: ServiceDefinition<S>, options: StartOptions = {}): Promise<RunningService<z.infer<S>>> {
  const env = { SERVICE_NAME: definition.name, ...(options.env ?? process.env) };
  const config = loadConfig(definition.configSchema ?? baseConfigSchema, env) as z.infer<S> & BaseConfig;
  const name = config.SERVICE_NAME;
  const telemetry = initTelemetry({ serviceName: name, otlpEndpoint: config.OTEL_EXPORTER_OTLP_ENDPOINT, spanExporter: options.spanExporter });
  const logger = createLogger({ service: name, level: config.LOG_LEVEL, destination: options.logDestination });
  const database = config.MONGODB_DATABASE ?? databaseNameOf(name);
  const reconnectDelayMs = options.reconnectDelayMs ?? 2_000;

  const mongo = createMongoConnection({ database, logger });
  const redis = createRedis(config.REDIS_URL, { logger });
  const kafka = createKafka({ clientId: name, brokers: config.KAFKA_BROKERS, ssl: config.KAFKA_SSL, sasl: kafkaSasl(config), logger });
  const processedEvents = new ProcessedEventStore(mongo);
  const bus = new EventBus({ kafka, source: name, logger, processedEvents, replicationFactor: config.KAFKA_REPLICATION_FACTOR, namePrefix: config.KAFKA_TOPIC_PREFIX });
  const signer = TokenSigner.fromConfig(config);
  const runtime: ServiceRuntime<z.infer<S>> = {
    name,
    config,
    logger,
    telemetry,
    mongo,
    database,
    redis,
    kafka,
    bus,
    cipher: new SubjectCipher({ connection: mongo, keyEncryptionKey: Buffer.from(config.KEY_ENCRYPTION_KEY, 'base64') }),
    blindIndex: new BlindIndex({ key: Buffer.from(config.BLIND_INDEX_KEY, 'base64') }),
    tombstones: new Tombstones(mongo),
    verifier: TokenVerifier.fromConfig(config),
    serviceTokens: signer && new ServiceTokenProvider({ signer, serviceName: name }),
    clock: options.clock ?? systemClock,
  };
  const parts = await definition.create(runtime);

  const state = { kafka: false, stopping: false, started: false };
  const grpc = createGrpcServer({ logger, verifier: runtime.verifier, services: parts.grpcServices ?? [] });
  const app = createHttpApp({
    logger,
    metrics: telemetry.prometheus,
    readiness: async () => ({
      mongodb: mongo.readyState === 1,
      redis: redis.status === 'ready',
      kafka: state.kafka,
      serving: grpc.health.isServing,
    }),
    routes: parts.httpRoutes,
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

  /** Retries `attempt` until it succeeds or the service is stopping; false when it gave up. */
  const untilConnected = async (dependency: string, attempt: () => Promise<unknown>): Promise<boolean> => {
    for (let tries = 1; !state.stopping; tries++) {
      try {
        await attempt();
        return true;
      } catch (err) {
        logger.warn({ err, dependency, tries }, `${dependency} not reachable yet; retrying`);
        await sleep(reconnectDelayMs);
      }
    }
    return false;
  };

  let relay: OutboxRelay | undefined;
  let pruneTimer: NodeJS.Timeout | undefined;
  let erasureSubscription: Subscription | undefined;
  const ready = (async () => {
    const connected = await Promise.all([
      untilConnected('mongodb', () => openMongo(mongo, { uri: config.MONGODB_URI, database, logger })),
      untilConnected('redis', () => openRedis(redis)),
      untilConnected('kafka', () => bus.ensureTopics(parts.publishes ?? []).then(() => (state.kafka = true))),
    ]);
    if (!connected.every(Boolean)) return;
    await Promise.all([processedEvents.ensureIndexes(), runtime.cipher.ready()]);
    await parts.start?.();
    if (parts.erasure) {
      erasureSubscription = await obeyErasureCommands({ bus, serviceName: name, tombstones: runtime.tombstones, handler: parts.erasure, logger });
    }
    if (parts.outbox?.length) {
      relay = new OutboxRelay({ bus, collections: parts.outbox, logger });
      await relay.start();
    }
    if (state.stopping) return;
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
        ['service', state.started ? parts.stop : undefined],
        ['erasure consumer', erasureSubscription && (() => erasureSubscription!.stop())],
        ['outbox relay', relay && (() => relay!.stop())],
        ['kafka', () => bus.close()],
        ['redis', () => closeRedis(redis)],
        ['mongodb', () => closeMongo(mongo)],
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
 */
export function runServiceMain(name: string, loadDefinition: () => Promise<ServiceDefinition<z.ZodTypeAny>>): void {
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
