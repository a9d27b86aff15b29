import { z } from 'zod';
import { ed25519PrivateKeySchema, ed25519PublicKeysSchema } from '../crypto/ed25519';
import { isRandomKey, KekRing } from '../crypto/kek-ring';

/** A configuration variable is missing or malformed; the message names the variable. */
export class ConfigError extends Error {
  constructor(readonly problems: { variable: string; problem: string }[]) {
    super(`invalid configuration: ${problems.map((p) => `${p.variable}: ${p.problem}`).join('; ')}`);
    this.name = 'ConfigError';
  }
}

const port = (fallback: number) => z.coerce.number().int().min(0).max(65535).default(fallback);
/** A 32-byte secret key, base64. One made by hand (all zeros, a repeated pattern, a word) is refused at boot. */
const base64Key = z
  .string()
  .refine((value) => Buffer.from(value, 'base64').length === 32, 'must be 32 bytes, base64-encoded')
  .refine((value) => {
    const key = Buffer.from(value, 'base64');
    return key.length !== 32 || isRandomKey(key);
  }, 'must be random (e.g. openssl rand -base64 32), not a pattern or a constant');
/** KEY_ENCRYPTION_KEYS: refused at boot unless KekRing takes it (ids, sizes, randomness, no repeats). */
const kekRingText = z.string().superRefine((value, ctx) => {
  try {
    KekRing.parse(value);
  } catch (err) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, message: (err as Error).message });
  }
});
/** The database a MongoDB URI names in its path, e.g. `lethe-keys-candidates` of mongodb://host/lethe-keys-candidates?tls=true. */
const KEY_STORE_URI_PATTERN = /^mongodb(?:\+srv)?:\/\/[^/?#\s]{1,1000}\/([A-Za-z0-9_-]{1,63})(?:\?[^#\s]{0,2000})?$/;

/** The key store's database, from KEY_STORE_URI. */
export function keyStoreDatabaseOf(uri: string): string {
  const match = KEY_STORE_URI_PATTERN.exec(uri);
  if (!match) throw new ConfigError([{ variable: 'KEY_STORE_URI', problem: 'must be a mongodb:// URI naming its database' }]);
  return match[1];
}
/** A true/false variable ("true", "false", "1" or "0"). */
export const configFlag = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0'])
    .default(fallback ? 'true' : 'false')
    .transform((value) => value === 'true' || value === '1');

/** Variables every Lethe service reads. Services extend it with `.extend({...})`. */
/** Where people reach a service's public pages, e.g. https://lethe.example.com: an origin; links made with it are absolute. */
export const publicOriginSchema = z
  .string()
  .url()
  .refine((url) => /^https?:\/\/[^/?#]+$/.test(url.replace(/\/$/, '')), 'must be an origin such as https://lethe.example.com')
  .transform((url) => url.replace(/\/$/, ''));

/** A Lethe service's name: its SERVICE_NAME, the audience of the tokens for it, the name its service tokens carry. */
export const SERVICE_NAME_PATTERN = /^[a-z][a-z0-9-]*$/;

export const baseConfigSchema = z.object({
  SERVICE_NAME: z.string().regex(SERVICE_NAME_PATTERN, 'must be a lower-case service name'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  GRPC_PORT: port(50051),
  HTTP_PORT: port(8080),
  /** gRPC server reflection: lets anyone who reaches the port list and describe every API; off unless asked for. */
  GRPC_REFLECTION: configFlag(false),
  KAFKA_BROKERS: z
    .string()
    .default('127.0.0.1:9092')
    .transform((value) => value.split(',').map((broker) => broker.trim()).filter(Boolean))
    .refine((brokers) => brokers.length > 0 && brokers.every((b) => /^[^:\s]+:\d+$/.test(b)), 'must be a comma-separated host:port list'),
  KAFKA_SSL: configFlag(false),
  KAFKA_SASL_MECHANISM: z.enum(['plain', 'scram-sha-256', 'scram-sha-512']).optional(),
  KAFKA_SASL_USERNAME: z.string().optional(),
  KAFKA_SASL_PASSWORD: z.string().optional(),
  /** Replicas of the topics a service creates: 1 locally, 3 in production (with min.insync.replicas=2). */
  /** Prepended to every topic and consumer group, so installations (or test runs) can share a cluster. */
  KAFKA_TOPIC_PREFIX: z.string().regex(/^[a-z0-9._-]{0,40}$/, 'must be lower-case letters, digits, ".", "_" or "-"').default(''),
  KAFKA_REPLICATION_FACTOR: z.coerce.number().int().min(1).max(5).default(1),
  /** How long a replica that stopped heartbeating (killed, frozen) keeps its partitions before the others take them; the broker allows 6 s to 5 min. */
  KAFKA_SESSION_TIMEOUT_MS: z.coerce.number().int().min(6_000).max(300_000).default(30_000),
  MONGODB_URI: z.string().regex(/^mongodb(\+srv)?:\/\//, 'must be a mongodb:// URI').default('mongodb://127.0.0.1:27017'),
  MONGODB_DATABASE: z.string().regex(/^[A-Za-z0-9_-]+$/).optional(),
  REDIS_URL: z.string().regex(/^rediss?:\/\//, 'must be a redis:// URI').default('redis://127.0.0.1:6379'),
  /** Begins every Redis key of the installation; without it, see `redisKeyPrefixOf`. */
  REDIS_KEY_PREFIX: z.string().regex(/^[A-Za-z0-9._-]{1,64}$/, 'must be 1 to 64 letters, digits, ".", "_" or "-"').optional(),
  /** JSON Web Key Set (public keys) that signed tokens are verified against: inline JSON or a file. */
  AUTH_JWKS: z.string().optional(),
  AUTH_JWKS_FILE: z.string().optional(),
  AUTH_ISSUER: z.string().min(1).default('lethe'),
  /** The installation's audience: a token for a service names `<AUTH_AUDIENCE>/<service>` in its `aud`. */
  AUTH_AUDIENCE: z.string().min(1).default('lethe'),
  /** How long after it was issued a user's or candidate's token is accepted, whatever its `exp`. */
  AUTH_MAX_TOKEN_AGE_SECONDS: z.coerce.number().int().min(60).max(30 * 24 * 3600).default(24 * 3600),
  /**
   * The services that may call this one with a service token, each with the rights its tokens may
   * carry here: JSON, e.g. {"messaging":["candidates:read"]}. Unset: any service with a key in the JWKS.
   */
  AUTH_SERVICE_CALLERS: z.string().optional(),
  /** Private JWK (JSON, or a file) this service signs its own service tokens with. */
  AUTH_SIGNING_KEY: z.string().optional(),
  AUTH_SIGNING_KEY_FILE: z.string().optional(),
  /**
   * The service's key-encryption keys, `id:base64key,…` (32 bytes each): the first wraps the
   * per-person data keys, the others only unwrap the keys they still wrap (see `keys rewrap`).
   */
  KEY_ENCRYPTION_KEYS: kekRingText,
  /**
   * The service's key store: a MongoDB URI whose path names its database, apart from the data
   * database (own credentials, short backup window); the per-person data keys live only there.
   */
  KEY_STORE_URI: z.string().max(4000).regex(KEY_STORE_URI_PATTERN, 'must be a mongodb:// URI naming its database, e.g. mongodb://host:27017/lethe-keys-candidates'),
  /** Key of the HMAC blind indexes over encrypted fields. */
  BLIND_INDEX_KEY: base64Key,
  /** Retention's command-signing public keys (SPKI PEM, one or more): only an erasure command one of them signed is obeyed. */
  ERASURE_COMMAND_PUBLIC_KEYS: ed25519PublicKeysSchema,
  /** This service's Ed25519 private key (PKCS#8 PEM) its erasure acknowledgements are signed with; retention holds its public key. */
  ERASURE_ACK_SIGNING_KEY: ed25519PrivateKeySchema,
  /** Key of the MACs every cached value carries: a value written into Redis without it decides nothing. */
  CACHE_MAC_KEY: base64Key,
  OTEL_EXPORTER_OTLP_ENDPOINT: z.string().url().optional(),
  GRPC_CLIENT_DEADLINE_MS: z.coerce.number().int().positive().default(5000),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  /** Requests to the public pages a client address, and all clients of one tenant, may make per rate-limit window. */
  RATE_LIMIT_PAGES_PER_CLIENT: z.coerce.number().int().min(1).default(120),
  RATE_LIMIT_PAGES_PER_TENANT: z.coerce.number().int().min(1).default(3_000),
  /** Expensive calls (data exports, mass actions, imports) a client address, and one tenant, may make per window. */
  RATE_LIMIT_EXPENSIVE_PER_CLIENT: z.coerce.number().int().min(1).default(120),
  RATE_LIMIT_EXPENSIVE_PER_TENANT: z.coerce.number().int().min(1).default(30),
  RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().min(1).max(3_600).default(60),
  /** Proxies in front of the HTTP port whose X-Forwarded-For names the client (the chart's ingress: 1); none locally. */
  HTTP_TRUSTED_PROXIES: z.coerce.number().int().min(0).max(5).default(0),
});

export type BaseConfig = z.infer<typeof baseConfigSchema>;

/**
 * Variables of a service whose public pages carry forms (PageForms): CSRF_KEY seals them, a secret
 * of its own, so no other key (and no other service's pages) can forge a form's seal.
 */
export const pageFormsConfigSchema = z.object({ CSRF_KEY: base64Key });

/**
 * The installation's Redis key prefix: REDIS_KEY_PREFIX, or else the Kafka topic prefix followed
 * by `lethe`, so installations that share a Kafka cluster (and must have topic prefixes of their
 * own) keep apart in a shared Redis as well, without a second setting.
 */
export function redisKeyPrefixOf(config: Pick<BaseConfig, 'REDIS_KEY_PREFIX' | 'KAFKA_TOPIC_PREFIX'>): string {
  return config.REDIS_KEY_PREFIX ?? `${config.KAFKA_TOPIC_PREFIX}lethe`;
}

/** Parses and validates the environment at boot; throws a ConfigError naming every bad variable. */
export function loadConfig<S extends z.ZodTypeAny>(schema: S, env: NodeJS.ProcessEnv = process.env): z.infer<S> {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const result = schema.safeParse(cleaned);
  if (!result.success) {
    throw new ConfigError(
      result.error.issues.map((issue) => ({
        variable: issue.path.join('.') || '(environment)',
        problem: issue.message === 'Required' ? 'is required' : issue.message,
      })),
    );
  }
  return result.data;
}
