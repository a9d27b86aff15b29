import { hkdfSync } from 'node:crypto';
import type { SASLOptions } from 'kafkajs';
import type { Connection } from 'mongoose';
import type { DestinationStream } from 'pino';
import type { SpanExporter } from '@opentelemetry/sdk-trace-base';
import type { z } from 'zod';
import { TokenSigner } from '../auth';
import { TokenVerifier } from '../auth/tokens';
import { ServiceTokenProvider } from '../auth/service-tokens';
import { baseConfigSchema, ConfigError, keyStoreDatabaseOf, loadConfig, redisKeyPrefixOf, type BaseConfig } from './config';
import { PreconditionError } from '../errors/errors';
import { BlindIndex, KekRing, SubjectCipher } from '../crypto';
import { SubjectFence } from '../erasure/fence';
import { Tombstones } from '../erasure/tombstones';
import { createKafka, EventBus, ProcessedEventStore, type Kafka } from '../kafka';
import { createLogger, type Logger } from '../telemetry/logger';
import { closeMongo } from '../mongo';
import { openMongo } from '../mongo/connection';
import { createMongoConnection } from '../mongo/connection';
import { closeRedis, createRedis, openRedis, RedisKeyspace, TenantCache, type Redis } from '../redis/client';
import { RateLimiter } from '../redis/rate-limit';
import { initTelemetry, type Telemetry } from '../telemetry/tracing';
import { systemClock, type Clock } from './clock';
import { localEnv } from './local-config';

/** Everything a service (or one of its commands) is built from. */
export interface ServiceRuntime<C extends BaseConfig = BaseConfig> {
  readonly name: string;
  readonly config: C;
  readonly logger: Logger;
  readonly telemetry: Telemetry;
  /** The service's own database; define models on it before `connect`, query it after. */
  readonly mongo: Connection;
  /** Its name: what names the service's data, also in the Redis keys of its fences (under the installation's prefix). */
  readonly database: string;
  readonly redis: Redis;
  /** The installation's Redis keys (REDIS_KEY_PREFIX): every key this service writes is under it. */
  readonly redisKeys: RedisKeyspace;
  /** The service's read cache in Redis (keys `<prefix>:<service>:<tenant>:…`, values under a MAC). */
  readonly cache: TenantCache;
  /** Per-tenant and per-client limits in Redis: `pages` (public pages) and `expensive` (exports, mass actions, imports). */
  readonly rateLimits: RateLimiter;
  readonly kafka: Kafka;
  readonly bus: EventBus;
  /** Redelivery guard of the bus's subscriptions. */
  readonly processedEvents: ProcessedEventStore;
  /**
   * The service's key store (KEY_STORE_URI): a database apart from `mongo`, holding the per-person
   * data keys and the erasures' tombstones, so a restored data backup never brings either back.
   */
  readonly keyStore: Connection;
  /** Its database's name. */
  readonly keyStoreDatabase: string;
  /** Per-person encryption; its keys live in the key store, wrapped by the KEK ring (KEY_ENCRYPTION_KEYS). */
  readonly cipher: SubjectCipher;
  /**
   * The tombstones of every erasure the service obeyed, in the key store: what `keys
   * reapply-erasures` applies again to a restored data database, whose own tombstones are as old as its backup.
   */
  readonly keyStoreTombstones: Tombstones;
  readonly blindIndex: BlindIndex;
  readonly tombstones: Tombstones;
  /** Serialises writes about a person with that person's erasure (see SubjectFence). */
  readonly fence: SubjectFence;
  readonly verifier: TokenVerifier;
  /** Tokens for calls to other Lethe services; present when AUTH_SIGNING_KEY is configured. */
  readonly serviceTokens?: ServiceTokenProvider;
  readonly clock: Clock;
}

export interface RuntimeOptions {
  env?: NodeJS.ProcessEnv;
  clock?: Clock;
  /** Log destination (tests capture it); stdout by default. */
  logDestination?: DestinationStream;
  /** Extra span exporter (tests). */
  spanExporter?: SpanExporter;
  /** Names the logger, e.g. `retention-sweep` for a command; the service's name by default. */
  component?: string;
  /** Read the configuration `pnpm start` wrote for the service (.lethe/local) under the environment: for commands. */
  localConfig?: boolean;
}

/** Consumer groups and database of a service are named after it. */
/**
 * A token for the calls this service makes to the service `callee` for a tenant: its own, for that
 * service only, carrying exactly `rights`. FAILED_PRECONDITION (NOT_CONFIGURED) when the service has
 * no signing key.
 */
export function serviceTokenFor(runtime: Pick<ServiceRuntime, 'serviceTokens' | 'name'>, callee: string, tenantId: string, rights: readonly string[]): Promise<string> {
  if (!runtime.serviceTokens) throw new PreconditionError('NOT_CONFIGURED', `${runtime.name} has no signing key (AUTH_SIGNING_KEY) to call other services`);
  return runtime.serviceTokens.token(callee, tenantId, rights);
}

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

/** The service's rate limits (RATE_LIMIT_*), counted under its own Redis keys. */
function rateLimiterOf(config: BaseConfig, redis: Redis, keys: RedisKeyspace, service: string): RateLimiter {
  const windowSeconds = config.RATE_LIMIT_WINDOW_SECONDS;
  return new RateLimiter({
    redis,
    keys,
    service,
    // Client addresses are personal data: they are counted under a keyed hash, never in clear.
    clientKey: Buffer.from(hkdfSync('sha256', Buffer.from(config.CACHE_MAC_KEY, 'base64'), Buffer.alloc(0), 'lethe-rate-limit-clients', 32)),
    limits: {
      pages: { perClient: config.RATE_LIMIT_PAGES_PER_CLIENT, perTenant: config.RATE_LIMIT_PAGES_PER_TENANT, windowSeconds },
      expensive: { perClient: config.RATE_LIMIT_EXPENSIVE_PER_CLIENT, perTenant: config.RATE_LIMIT_EXPENSIVE_PER_TENANT, windowSeconds },
    },
  });
}

/**
 * The runtime of a service from its configuration: the same for the service process and for its
 * commands (the sweep, imports), so both read one configuration and reach Kafka, MongoDB and
 * Redis alike (TLS and SASL included). Nothing is connected yet; see `connectRuntime`.
 */
export function createRuntime<S extends z.ZodTypeAny>(name: string, configSchema: S | undefined, options: RuntimeOptions = {}): ServiceRuntime<z.infer<S>> {
  const env = { SERVICE_NAME: name, ...(options.localConfig ? localEnv(name) : {}), ...(options.env ?? process.env) };
  const config = loadConfig(configSchema ?? baseConfigSchema, env) as z.infer<S> & BaseConfig;
  const serviceName = config.SERVICE_NAME;
  const telemetry = initTelemetry({ serviceName, otlpEndpoint: config.OTEL_EXPORTER_OTLP_ENDPOINT, spanExporter: options.spanExporter });
  const logger = createLogger({ service: options.component ?? serviceName, level: config.LOG_LEVEL, destination: options.logDestination });
  const database = config.MONGODB_DATABASE ?? databaseNameOf(serviceName);
  const mongo = createMongoConnection({ database, logger });
  const keyStoreDatabase = keyStoreDatabaseOf(config.KEY_STORE_URI);
  if (keyStoreDatabase === database) throw new ConfigError([{ variable: 'KEY_STORE_URI', problem: `must name a database apart from the data database ${database}` }]);
  const keyStore = createMongoConnection({ database: keyStoreDatabase, logger });
  const redis = createRedis(config.REDIS_URL, { logger });
  const redisKeys = new RedisKeyspace(redisKeyPrefixOf(config));
  const kafka = createKafka({ clientId: options.component ?? serviceName, brokers: config.KAFKA_BROKERS, ssl: config.KAFKA_SSL, sasl: kafkaSasl(config), logger });
  const processedEvents = new ProcessedEventStore(mongo);
  const bus = new EventBus({ kafka, source: serviceName, logger, processedEvents, replicationFactor: config.KAFKA_REPLICATION_FACTOR, namePrefix: config.KAFKA_TOPIC_PREFIX, sessionTimeoutMs: config.KAFKA_SESSION_TIMEOUT_MS });
  const tombstones = new Tombstones(mongo);
  const signer = TokenSigner.fromConfig(config);
  return {
    name: serviceName,
    config,
    logger,
    telemetry,
    mongo,
    database,
    redis,
    redisKeys,
    cache: new TenantCache({ redis, keys: redisKeys.tenantKeys(serviceName), macKey: Buffer.from(config.CACHE_MAC_KEY, 'base64'), logger }),
    rateLimits: rateLimiterOf(config, redis, redisKeys, serviceName),
    kafka,
    bus,
    processedEvents,
    keyStore,
    keyStoreDatabase,
    cipher: new SubjectCipher({ connection: keyStore, keks: KekRing.parse(config.KEY_ENCRYPTION_KEYS) }),
    keyStoreTombstones: new Tombstones(keyStore),
    blindIndex: new BlindIndex({ key: Buffer.from(config.BLIND_INDEX_KEY, 'base64') }),
    tombstones,
    // Under the installation's prefix and keyed by the database: the data the fence guards.
    fence: new SubjectFence({ redis, tombstones, keys: redisKeys.tenantKeys(database), logger }),
    verifier: TokenVerifier.fromConfig(config),
    serviceTokens: signer && new ServiceTokenProvider({ signer, serviceName }),
    clock: options.clock ?? systemClock,
  };
}

/** Connects MongoDB and Redis, for a command (Kafka connects on first use), and prepares the runtime's stores. */
export async function connectRuntime(runtime: ServiceRuntime): Promise<void> {
  await Promise.all([openMongo(runtime.mongo, { uri: runtime.config.MONGODB_URI, database: runtime.database, logger: runtime.logger, service: runtime.name }), openKeyStore(runtime), openRedis(runtime.redis)]);
  await prepareRuntime(runtime);
}

/** Opens the key store's own connection, with its own URI and credentials. */
export function openKeyStore(runtime: ServiceRuntime): Promise<Connection> {
  return openMongo(runtime.keyStore, { uri: runtime.config.KEY_STORE_URI, database: runtime.keyStoreDatabase, logger: runtime.logger, service: runtime.name });
}

/**
 * Once connected: the indexes of every model defined on the service's connection (the service's
 * stores define theirs when they are built), and those of the runtime's own stores.
 */
export function prepareRuntime(runtime: ServiceRuntime): Promise<unknown> {
  const models = Object.values(runtime.mongo.models).map((model) => model.init());
  return Promise.all([...models, runtime.processedEvents.ensureIndexes(), runtime.cipher.ready(), runtime.tombstones.ensureIndexes(), runtime.keyStoreTombstones.ensureIndexes()]);
}

/** Closes Kafka, Redis and MongoDB, each even when another fails. */
export async function closeRuntime(runtime: ServiceRuntime): Promise<void> {
  const steps: [string, () => Promise<unknown>][] = [
    ['kafka', () => runtime.bus.close()],
    ['redis', () => closeRedis(runtime.redis)],
    ['mongodb', () => closeMongo(runtime.mongo)],
    ['key store', () => closeMongo(runtime.keyStore)],
  ];
  for (const [step, run] of steps) {
    try {
      await run();
    } catch (err) {
      runtime.logger.error({ err, step }, 'closing a connection failed');
    }
  }
}
