import { Redis } from 'ioredis';
import { UnavailableError } from './errors';
import type { Logger } from './logger';

export { Redis } from 'ioredis';

export interface RedisConnectOptions {
  logger: Logger;
  /** How long boot waits for the first connection before failing. */
  connectTimeoutMs?: number;
}

/**
 * A Redis client that connects when `openRedis` is called. Afterwards ioredis reconnects on its
 * own with a capped back-off; a command issued while disconnected fails after a couple of retries
 * instead of hanging, so a cache outage degrades into cache misses, not stuck requests.
 */
export function createRedis(url: string, { logger, connectTimeoutMs = 5_000 }: RedisConnectOptions): Redis {
  const client = new Redis(url, {
    lazyConnect: true,
    connectTimeout: connectTimeoutMs,
    maxRetriesPerRequest: 2,
    enableOfflineQueue: true,
    // Commands issued in the same tick go out in one write: under concurrent requests the socket
    // writes, not Redis, were the cost.
    enableAutoPipelining: true,
    // After a refused connection ioredis arms this timer on a socket that already closed, so it
    // always runs out in full; short, so a failed boot (or a test) is not held open for long.
    disconnectTimeout: 500,
    retryStrategy: (attempt) => Math.min(100 * 2 ** Math.min(attempt, 6), 5_000),
  });
  let lastErrorLog = 0;
  client.on('error', (err: Error) => {
    // ioredis emits an error per failed reconnect attempt; one line per 10 s is enough.
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
  if (client.status === 'ready') return client;
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('timeout')), connectTimeoutMs);
      client.once('ready', () => {
        clearTimeout(timer);
        resolve();
      });
      if (client.status === 'wait' || client.status === 'end') client.connect().catch(() => undefined);
    });
  } catch {
    client.disconnect();
    // The URL may carry a password: the message names neither.
    throw new UnavailableError('cannot connect to Redis');
  }
  return client;
}

/** createRedis and openRedis in one step. */
export function connectRedis(url: string, options: RedisConnectOptions): Promise<Redis> {
  return openRedis(createRedis(url, options), options);
}

const closing = new WeakMap<Redis, Promise<void>>();

/**
 * Closes the connection gracefully (pending replies are awaited) and resolves once the socket is
 * gone, so test runners can exit. Safe to call twice: a second QUIT on a closing connection would
 * leave a handle open.
 */
export function closeRedis(client: Redis): Promise<void> {
  let closed = closing.get(client);
  if (!closed) {
    closed = (async () => {
      if (client.status === 'end') return;
      const ended = new Promise<void>((resolve) => {
        client.once('end', () => resolve());
        setTimeout(resolve, 2_000).unref();
      });
      try {
        await client.quit();
      } catch {
        client.disconnect();
      }
      await ended;
    })();
    closing.set(client, closed);
  }
  return closed;
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

  async getBuffer(tenantId: string, parts: readonly KeyPart[]): Promise<Buffer | null> {
    return this.redis.getBuffer(this.keys.key(tenantId, ...parts));
  }

  async set(tenantId: string, parts: readonly KeyPart[], value: string | Buffer, ttlSeconds: number): Promise<void> {
    if (!Number.isInteger(ttlSeconds) || ttlSeconds <= 0) throw new TypeError('a cache entry needs a positive whole TTL in seconds');
    await this.redis.set(this.keys.key(tenantId, ...parts), value, 'EX', ttlSeconds);
  }

  /** Returns how many keys were deleted. */
  async del(tenantId: string, ...keyParts: (readonly KeyPart[])[]): Promise<number> {
    if (keyParts.length === 0) return 0;
    return this.redis.unlink(...keyParts.map((parts) => this.keys.key(tenantId, ...parts)));
  }

  /** Deletes every key under the tenant matching the parts ('*' matches one part, and a trailing '*' the rest). */
  async delByPattern(tenantId: string, parts: readonly KeyPart[]): Promise<number> {
    return this.unlinkMatching(this.keys.pattern(tenantId, ...parts));
  }

  /** Everything cached about one person (`subjectKey` and below): for erasure. Returns the count. */
  async delSubject(tenantId: string, subjectId: string): Promise<number> {
    const base = this.keys.subjectKey(tenantId, subjectId);
    return (await this.redis.unlink(base)) + (await this.unlinkMatching(`${base}:*`));
  }

  private async unlinkMatching(pattern: string): Promise<number> {
    let deleted = 0;
    let cursor = '0';
    do {
      const [next, found] = await this.redis.scan(cursor, 'MATCH', pattern, 'COUNT', 500);
      cursor = next;
      if (found.length > 0) deleted += await this.redis.unlink(...found);
    } while (cursor !== '0');
    return deleted;
  }
}
