import type { Counter } from '@opentelemetry/api';
import { createClient, type RedisClientType } from 'redis';
import { UnavailableError } from '../errors/errors';
import { newId } from '../ids';
import type { Logger } from '../telemetry/logger';
import { meter } from '../telemetry/tracing';
import { backoffDelay } from '../retry';
import { CacheSeal } from './seal';

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
 * The installation's Redis keys: every key begins `<prefix>:` (config REDIS_KEY_PREFIX), so
 * installations sharing a Redis never read, write or wait for each other's keys, and a Redis ACL
 * on `~<prefix>:*` can hold each to its own. Keys name ids and fixed words only, never personal
 * data (hash anything else with the blind index first).
 */
export class RedisKeyspace {
  readonly prefix: string;

  constructor(prefix: string) {
    this.prefix = checkPart('prefix', prefix);
  }

  /** `<prefix>:<...parts>`: for keys of the installation that belong to no tenant (a sweep's lease). */
  key(...parts: KeyPart[]): string {
    return [this.prefix, ...parts.map((part, index) => checkPart(`part ${index}`, part))].join(':');
  }

  /** The keys of one service (or one store of it), scoped by tenant. */
  tenantKeys(service: string): TenantKeys {
    return new TenantKeys(this, service);
  }
}

/**
 * Builds tenant-scoped keys `<prefix>:<service>:<tenantId>:<...parts>`. Throws on an empty tenant,
 * so no key can escape its tenant. Keys for one person's data go under `subjectKey`, so an erasure
 * can delete all of them with `TenantCache.delSubject`.
 */
export class TenantKeys {
  readonly service: string;

  constructor(
    readonly keyspace: RedisKeyspace,
    service: string,
  ) {
    this.service = checkPart('service', service);
  }

  key(tenantId: string, ...parts: KeyPart[]): string {
    const tenant = checkPart('tenantId', tenantId);
    return [this.keyspace.prefix, this.service, tenant, ...parts.map((part, index) => checkPart(`part ${index}`, part))].join(':');
  }

  /** `<prefix>:<service>:<tenantId>:subject:<subjectId>:<...parts>` */
  subjectKey(tenantId: string, subjectId: string, ...parts: KeyPart[]): string {
    return this.key(tenantId, 'subject', checkPart('subjectId', subjectId), ...parts);
  }

  /** A SCAN pattern under the tenant; a part that is exactly '*' matches any single part. */
  pattern(tenantId: string, ...parts: KeyPart[]): string {
    const tenant = checkPart('tenantId', tenantId);
    const rest = parts.map((part, index) => (part === '*' ? '*' : checkPart(`part ${index}`, part)));
    return [this.keyspace.prefix, this.service, tenant, ...rest].join(':');
  }
}

export interface TenantCacheOptions {
  redis: Redis;
  keys: TenantKeys;
  /** 32 bytes (config CACHE_MAC_KEY): every value carries a MAC under it (see CacheSeal). */
  macKey: Buffer;
  logger: Logger;
}

/** Sets the entry only while the guard key still holds the value the caller read before. */
const SET_WHILE = `if redis.call('GET', KEYS[1]) == ARGV[1] then
  redis.call('SET', KEYS[2], ARGV[2], 'EX', ARGV[3])
  return 1
end
return 0`;

/** The subject's stamp; a missing one is made from a fresh id (never a value seen before). */
const STAMP = `local stamp = redis.call('GET', KEYS[1])
if not stamp then
  stamp = ARGV[1]
  redis.call('SET', KEYS[1], stamp, 'EX', ARGV[2])
end
return stamp`;

/** Where a subject's stamp lives: under the subject, so evicting the subject deletes it too. */
const stampParts = (subjectId: string): KeyPart[] => ['subject', subjectId, 'stamp'];

function checkTtl(ttlSeconds: number): void {
  if (!Number.isInteger(ttlSeconds) || ttlSeconds <= 0) throw new TypeError('a cache entry needs a positive whole TTL in seconds');
}

/**
 * Read cache for a service, scoped by tenant. Values are opaque: callers store ciphertext (from
 * SubjectCipher) or data without personal content only, never plaintext personal data. Every
 * entry expires, so a missed invalidation cannot keep data forever.
 *
 * Redis is not trusted for decisions: every value is sealed with a MAC over the installation's
 * prefix, its key, its expiry and itself (CacheSeal). A value that does not open — written into
 * Redis by anyone without the key, moved from another key, or written back after its own expiry —
 * is a miss, so the caller decides from its database; it is counted (`lethe.cache.refused`), a
 * forged one logged (tenant and service, never the key or the value), and deleted, and the caller's
 * next `set` writes the true value. Coordination values beside the cache (a subject's stamp,
 * leases) decide no answer and are read as they are.
 */
export class TenantCache {
  readonly redis: Redis;
  readonly keys: TenantKeys;
  private readonly seal: CacheSeal;
  private readonly logger: Logger;
  private readonly refused: Counter;

  constructor({ redis, keys, macKey, logger }: TenantCacheOptions) {
    this.redis = redis;
    this.keys = keys;
    this.seal = new CacheSeal(macKey, keys.keyspace.prefix);
    this.logger = logger;
    this.refused = meter().createCounter('lethe.cache.refused', { description: 'Cached values refused and read from the database instead: no valid MAC (forged), or past their expiry' });
  }

  /** The value, or null on a miss, also when the stored value was refused. */
  async get(tenantId: string, parts: readonly KeyPart[]): Promise<string | null> {
    const key = this.keys.key(tenantId, ...parts);
    const raw = await this.redis.get(key);
    if (raw === null) return null;
    const opened = this.seal.open(key, raw, Date.now());
    if (opened.ok) return opened.value;
    this.refused.add(1, { service: this.keys.service, reason: opened.reason });
    if (opened.reason === 'forged') this.logger.warn({ tenantId }, 'a cached value failed its MAC check; read from the database instead');
    await this.redis.unlink(key).catch(() => undefined);
    return null;
  }

  async set(tenantId: string, parts: readonly KeyPart[], value: string, ttlSeconds: number): Promise<void> {
    checkTtl(ttlSeconds);
    const key = this.keys.key(tenantId, ...parts);
    await this.redis.set(key, this.sealed(key, value, ttlSeconds), { expiration: { type: 'EX', value: ttlSeconds } });
  }

  /**
   * `set`, but only while the key `guard.parts` still holds `guard.equals` (a stamp the caller read
   * before its database reads, which every change deletes). Returns whether it was set.
   */
  async setWhile(tenantId: string, parts: readonly KeyPart[], value: string, ttlSeconds: number, guard: { parts: readonly KeyPart[]; equals: string }): Promise<boolean> {
    checkTtl(ttlSeconds);
    const key = this.keys.key(tenantId, ...parts);
    const set = await this.redis.eval(SET_WHILE, {
      keys: [this.keys.key(tenantId, ...guard.parts), key],
      arguments: [guard.equals, this.sealed(key, value, ttlSeconds), String(ttlSeconds)],
    });
    return set === 1;
  }

  /**
   * The subject's stamp, read before the database reads whose result is to be cached with
   * `setIfSubjectUnchanged`. Every change of the subject deletes the stamp with the subject's
   * entries (`delSubject`, or `del` naming `subjectStampParts`), so a value read before a change is never
   * cached after the change's eviction. The stamp is a random id that decides no answer.
   */
  async subjectStamp(tenantId: string, subjectId: string, ttlSeconds: number): Promise<string> {
    checkTtl(ttlSeconds);
    return String(await this.redis.eval(STAMP, { keys: [this.keys.key(tenantId, ...stampParts(subjectId))], arguments: [newId(), String(ttlSeconds)] }));
  }

  /** `set` under the subject, unless the subject changed since `stamp` was read. Returns whether it was set. */
  setIfSubjectUnchanged(tenantId: string, subjectId: string, parts: readonly KeyPart[], value: string, ttlSeconds: number, stamp: string): Promise<boolean> {
    return this.setWhile(tenantId, parts, value, ttlSeconds, { parts: stampParts(subjectId), equals: stamp });
  }

  /** The key parts of the subject's stamp, for `del` after a change that evicts by key. */
  subjectStampParts(subjectId: string): KeyPart[] {
    return stampParts(subjectId);
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

  private sealed(key: string, value: string, ttlSeconds: number): string {
    return this.seal.seal(key, value, Date.now() + ttlSeconds * 1000);
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
