import { createClient, type RedisClientType } from 'redis';
import { UnavailableError } from '../errors/errors';
import type { Logger } from '../telemetry/logger';
import { backoffDelay } from '../retry';

/** The official node-redis client; it pipelines the commands issued in one tick into one write by itself. */
export type Redis = RedisClientType;

export interface RedisConnectOptions {
  logger: Logger;
  /** How long boot waits for the first connection before failing. */
  connectTimeoutMs?: number;
}

const RECONNECT_BACKOFF = { initialMs: 100, maxMs: 5_000 };

/**
 * A Redis client that connects when `openRedis` is called. Afterwards it reconnects on its own
 * with a capped back-off; a command issued while disconnected fails at once instead of waiting in
 * a queue, so a cache outage degrades into cache misses, not stuck requests.
 */
export function createRedis(url: string, { logger, connectTimeoutMs = 5_000 }: RedisConnectOptions): Redis {
  const client: Redis = createClient({
    url,
    disableOfflineQueue: true,
    socket: { connectTimeout: connectTimeoutMs, reconnectStrategy: (retries) => backoffDelay(retries + 1, RECONNECT_BACKOFF) },
  });
  let lastErrorLog = 0;
  client.on('error', (err: Error) => {
    // The client reports every failed reconnect attempt; one line per 10 s is enough.
    if (Date.now() - lastErrorLog < 10_000) return;
    lastErrorLog = Date.now();
    logger.error({ err }, 'redis connection error');
  });
  client.on('reconnecting', () => logger.warn('redis reconnecting'));
  client.on('ready', () => logger.info('redis ready'));
  return client;
}

/**
 * Connects a client made by createRedis and resolves once it is ready. When the server cannot be
 * reached within the timeout, the client is left disconnected (no background retries) and an
 * UnavailableError is thrown; calling openRedis again tries afresh.
 */
export async function openRedis(client: Redis, { connectTimeoutMs = 5_000 }: Pick<RedisConnectOptions, 'connectTimeoutMs'> = {}): Promise<Redis> {
  if (client.isReady) return client;
  let timer: NodeJS.Timeout | undefined;
  try {
    const connecting = client.isOpen ? new Promise<void>((resolve) => client.once('ready', () => resolve())) : client.connect().then(() => undefined);
    await Promise.race([connecting, new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('timeout')), connectTimeoutMs)))]);
  } catch {
    if (client.isOpen) client.destroy();
    // The URL may carry a password: the message names neither.
    throw new UnavailableError('cannot connect to Redis');
  } finally {
    clearTimeout(timer);
  }
  return client;
}

/** createRedis and openRedis in one step. */
export function connectRedis(url: string, options: RedisConnectOptions): Promise<Redis> {
  return openRedis(createRedis(url, options), options);
}

/** Closes the connection gracefully (pending replies are awaited); safe to call twice. */
export async function closeRedis(client: Redis): Promise<void> {
  if (!client.isOpen) return;
  try {
    await client.close();
  } catch {
    client.destroy();
  }
}

export type KeyPart = string | number;

const UNSAFE_PART = /[:\s*?[\]\\]/u;

function checkPart(name: string, part: KeyPart): string {
  const text = typeof part === 'number' ? String(part) : part;
  if (typeof text !== 'string' || text.length === 0) throw new TypeError(`redis key ${name} must be non-empty`);
  if (typeof part === 'number' && !Number.isFinite(part)) throw new TypeError(`redis key ${name} must be a finite number`);
  // A colon would blur the key layout and glob characters would widen pattern deletes.
  if (UNSAFE_PART.test(text)) throw new TypeError(`redis key ${name} must not contain ':', whitespace or glob characters`);
  return text;
}

/**
 * Builds tenant-scoped keys `lethe:<service>:<tenantId>:<...parts>`. Throws on an empty tenant,
 * so no key can escape its tenant. Keys for one person's data go under `subjectKey`, so an erasure
 * can delete all of them with `TenantCache.delSubject`.
 */
export class TenantKeys {
  readonly service: string;

  constructor(service: string) {
    this.service = checkPart('service', service);
  }

  key(tenantId: string, ...parts: KeyPart[]): string {
    const tenant = checkPart('tenantId', tenantId);
    return ['lethe', this.service, tenant, ...parts.map((part, index) => checkPart(`part ${index}`, part))].join(':');
  }

  /** `lethe:<service>:<tenantId>:subject:<subjectId>:<...parts>` */
  subjectKey(tenantId: string, subjectId: string, ...parts: KeyPart[]): string {
    return this.key(tenantId, 'subject', checkPart('subjectId', subjectId), ...parts);
  }

  /** A SCAN pattern under the tenant; a part that is exactly '*' matches any single part. */
  pattern(tenantId: string, ...parts: KeyPart[]): string {
    const tenant = checkPart('tenantId', tenantId);
    const rest = parts.map((part, index) => (part === '*' ? '*' : checkPart(`part ${index}`, part)));
    return ['lethe', this.service, tenant, ...rest].join(':');
  }
}

/**
 * Read cache for a service, scoped by tenant. Values are opaque: callers store ciphertext (from
 * SubjectCipher) or data without personal content only, never plaintext personal data. Every
 * entry expires, so a missed invalidation cannot keep data forever.
 */
export class TenantCache {
  readonly keys: TenantKeys;

  constructor(
    readonly redis: Redis,
    service: string,
  ) {
    this.keys = new TenantKeys(service);
  }

  async get(tenantId: string, parts: readonly KeyPart[]): Promise<string | null> {
    return this.redis.get(this.keys.key(tenantId, ...parts));
  }

  async set(tenantId: string, parts: readonly KeyPart[], value: string, ttlSeconds: number): Promise<void> {
    if (!Number.isInteger(ttlSeconds) || ttlSeconds <= 0) throw new TypeError('a cache entry needs a positive whole TTL in seconds');
    await this.redis.set(this.keys.key(tenantId, ...parts), value, { expiration: { type: 'EX', value: ttlSeconds } });
  }

  /** Returns how many keys were deleted. */
  async del(tenantId: string, ...keyParts: (readonly KeyPart[])[]): Promise<number> {
    if (keyParts.length === 0) return 0;
    return this.redis.unlink(keyParts.map((parts) => this.keys.key(tenantId, ...parts)));
  }

  /** Deletes every key under the tenant matching the parts ('*' matches one part, and a trailing '*' the rest). */
  async delByPattern(tenantId: string, parts: readonly KeyPart[]): Promise<number> {
    return unlinkMatching(this.redis, this.keys.pattern(tenantId, ...parts));
  }

  /** Everything cached about one person (`subjectKey` and below): for erasure. Returns the count. */
  async delSubject(tenantId: string, subjectId: string): Promise<number> {
    const base = this.keys.subjectKey(tenantId, subjectId);
    return (await this.redis.unlink(base)) + (await unlinkMatching(this.redis, `${base}:*`));
  }
}

/** Deletes every key matching a SCAN pattern, a page at a time; returns how many went. */
export async function unlinkMatching(redis: Redis, pattern: string): Promise<number> {
  let deleted = 0;
  let cursor = '0';
  do {
    const page = await redis.scan(cursor, { MATCH: pattern, COUNT: 500 });
    cursor = page.cursor;
    if (page.keys.length > 0) deleted += await redis.unlink(page.keys);
  } while (cursor !== '0');
  return deleted;
}
