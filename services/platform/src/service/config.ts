import { z } from 'zod';

/** A configuration variable is missing or malformed; the message names the variable. */
export class ConfigError extends Error {
  constructor(readonly problems: { variable: string; problem: string }[]) {
    super(`invalid configuration: ${problems.map((p) => `${p.variable}: ${p.problem}`).join('; ')}`);
    this.name = 'ConfigError';
  }
}

const port = (fallback: number) => z.coerce.number().int().min(0).max(65535).default(fallback);
const base64Key = z
  .string()
  .refine((value) => Buffer.from(value, 'base64').length === 32, 'must be 32 bytes, base64-encoded');
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

export const baseConfigSchema = z.object({
  SERVICE_NAME: z.string().regex(/^[a-z][a-z0-9-]*$/, 'must be a lower-case service name'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  GRPC_PORT: port(50051),
  HTTP_PORT: port(8080),
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
  MONGODB_URI: z.string().regex(/^mongodb(\+srv)?:\/\//, 'must be a mongodb:// URI').default('mongodb://127.0.0.1:27017'),
  MONGODB_DATABASE: z.string().regex(/^[A-Za-z0-9_-]+$/).optional(),
  REDIS_URL: z.string().regex(/^rediss?:\/\//, 'must be a redis:// URI').default('redis://127.0.0.1:6379'),
  /** JSON Web Key Set (public keys) that signed tokens are verified against: inline JSON or a file. */
  AUTH_JWKS: z.string().optional(),
  AUTH_JWKS_FILE: z.string().optional(),
  AUTH_ISSUER: z.string().min(1).default('lethe'),
  AUTH_AUDIENCE: z.string().min(1).default('lethe'),
  /** Private JWK (JSON, or a file) this service signs its own service tokens with. */
  AUTH_SIGNING_KEY: z.string().optional(),
  AUTH_SIGNING_KEY_FILE: z.string().optional(),
  /** Key-encryption key wrapping the per-person data keys. */
  KEY_ENCRYPTION_KEY: base64Key,
  /** Key of the HMAC blind indexes over encrypted fields. */
  BLIND_INDEX_KEY: base64Key,
  OTEL_EXPORTER_OTLP_ENDPOINT: z.string().url().optional(),
  GRPC_CLIENT_DEADLINE_MS: z.coerce.number().int().positive().default(5000),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
});

export type BaseConfig = z.infer<typeof baseConfigSchema>;

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
