import { setTimeout as sleep } from 'node:timers/promises';
import { ConflictError, UnavailableError } from '../src/errors/errors';
import { createLogger } from '../src/telemetry/logger';
import { type Redis, TenantCache, TenantKeys, closeRedis, connectRedis, createRedis, openRedis } from '../src/redis/client';
import { tryLease, withLease } from '../src/redis/lease';
import { testInfra, uniqueName } from '../src/testkit/infra';

const logger = createLogger({ service: 'redis-test', level: 'silent' });
const service = uniqueName('svc');
let redis: Redis;
let cache: TenantCache;

beforeAll(async () => {
  redis = await connectRedis(testInfra().redisUrl, { logger });
  cache = new TenantCache(redis, service);
});

afterAll(async () => {
  if (redis) {
    const leftovers = await redis.keys(`lethe:${service}:*`);
    if (leftovers.length > 0) await redis.unlink(leftovers);
    await closeRedis(redis);
    await closeRedis(redis);
  }
});

describe('connectRedis', () => {
  it('resolves with a ready client', async () => {
    expect(redis.isReady).toBe(true);
    expect(await redis.ping()).toBe('PONG');
  });

  it('pipelines the commands of one tick and keeps their replies in order', async () => {
    const keys = Array.from({ length: 50 }, (_, i) => `lethe:${service}:pipeline:${i}`);
    await Promise.all(keys.map((key, i) => redis.set(key, String(i))));
    expect(await Promise.all(keys.map((key) => redis.get(key)))).toEqual(keys.map((_, i) => String(i)));
    await redis.unlink(keys);
  });

  it('fails a command at once while disconnected (a cache outage is a miss, not a stuck call), and can be opened again', async () => {
    const client = createRedis(testInfra().redisUrl, { logger });
    await expect(client.get('anything')).rejects.toBeDefined();
    await openRedis(client);
    expect(await client.ping()).toBe('PONG');
    await closeRedis(client);
  });

  it('fails fast with UnavailableError when nothing listens', async () => {
    const started = Date.now();
    await expect(connectRedis('redis://127.0.0.1:1', { logger, connectTimeoutMs: 300 })).rejects.toBeInstanceOf(UnavailableError);
    expect(Date.now() - started).toBeLessThan(3_000);
  });
});

describe('TenantKeys', () => {
  const keys = new TenantKeys('candidates');

  it('prefixes every key with service and tenant', () => {
    expect(keys.key('t1', 'profile', 42)).toBe('lethe:candidates:t1:profile:42');
    expect(keys.subjectKey('t1', 'c-9', 'profile')).toBe('lethe:candidates:t1:subject:c-9:profile');
    expect(keys.key('t2', 'profile', 42)).not.toBe(keys.key('t1', 'profile', 42));
    expect(keys.pattern('t1', 'subject', '*')).toBe('lethe:candidates:t1:subject:*');
  });

  it('throws for an empty tenant or a part that could break out of its place', () => {
    expect(() => keys.key('', 'profile')).toThrow(TypeError);
    expect(() => keys.subjectKey('', 'c-1')).toThrow(TypeError);
    expect(() => keys.pattern('', '*')).toThrow(TypeError);
    expect(() => keys.key('t1:other', 'x')).toThrow(TypeError);
    expect(() => keys.key('t1', 'a:b')).toThrow(TypeError);
    expect(() => keys.key('t1', '*')).toThrow(TypeError);
    expect(() => keys.key('t1', '')).toThrow(TypeError);
    expect(() => keys.key('t1', 'a b')).toThrow(TypeError);
    expect(() => keys.subjectKey('t1', '')).toThrow(TypeError);
    expect(() => new TenantKeys('')).toThrow(TypeError);
  });
});

describe('TenantCache', () => {
  it('sets with a TTL, gets, deletes', async () => {
    await cache.set('t1', ['profile', 'p1'], 'v1:ciphertext', 60);
    await cache.set('t1', ['photo', 'p1'], 'v1:photo', 60);
    expect(await cache.get('t1', ['profile', 'p1'])).toBe('v1:ciphertext');
    expect(await cache.get('t2', ['profile', 'p1'])).toBeNull();
    const ttl = await redis.ttl(`lethe:${service}:t1:profile:p1`);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(60);
    expect(await cache.del('t1', ['profile', 'p1'], ['photo', 'p1'], ['missing'])).toBe(2);
    expect(await cache.get('t1', ['profile', 'p1'])).toBeNull();
  });

  it('refuses entries without an expiry and keys without a tenant', async () => {
    await expect(cache.set('t1', ['x'], 'v', 0)).rejects.toBeInstanceOf(TypeError);
    await expect(cache.set('t1', ['x'], 'v', 1.5)).rejects.toBeInstanceOf(TypeError);
    await expect(cache.set('', ['x'], 'v', 10)).rejects.toBeInstanceOf(TypeError);
    await expect(cache.get('', ['x'])).rejects.toBeInstanceOf(TypeError);
    expect(await redis.exists(`lethe:${service}:t1:x`)).toBe(0);
  });

  it('deletes everything about one subject, and only that', async () => {
    const keys = cache.keys;
    await cache.set('t1', ['subject', 's1'], 'a', 60);
    await cache.set('t1', ['subject', 's1', 'profile'], 'b', 60);
    await cache.set('t1', ['subject', 's1', 'files', 'f1'], 'c', 60);
    await cache.set('t1', ['subject', 's10', 'profile'], 'd', 60);
    await cache.set('t2', ['subject', 's1', 'profile'], 'e', 60);
    expect(keys.subjectKey('t1', 's1', 'profile')).toBe(`lethe:${service}:t1:subject:s1:profile`);

    expect(await cache.delSubject('t1', 's1')).toBe(3);
    expect(await redis.exists([keys.subjectKey('t1', 's1'), keys.subjectKey('t1', 's1', 'profile'), keys.subjectKey('t1', 's1', 'files', 'f1')])).toBe(0);
    expect(await cache.get('t1', ['subject', 's10', 'profile'])).toBe('d');
    expect(await cache.get('t2', ['subject', 's1', 'profile'])).toBe('e');
    expect(await cache.delSubject('t1', 's1')).toBe(0);
  });

  it('deletes by pattern inside the tenant', async () => {
    await cache.set('t3', ['list', 'page', 1], 'x', 60);
    await cache.set('t3', ['list', 'page', 2], 'x', 60);
    await cache.set('t3', ['other'], 'x', 60);
    await cache.set('t4', ['list', 'page', 1], 'x', 60);
    expect(await cache.delByPattern('t3', ['list', '*'])).toBe(2);
    expect(await cache.get('t3', ['other'])).toBe('x');
    expect(await cache.get('t4', ['list', 'page', 1])).toBe('x');
  });
});

describe('Redis leases', () => {
  const lockKey = () => `lethe:${service}:lock:${uniqueName('lock')}`;

  it('lets one holder at a time take a key; only the holder renews or releases it', async () => {
    const key = lockKey();
    const first = await tryLease(redis, key, 60_000);
    expect(first).not.toBeNull();
    expect(await tryLease(redis, key, 60_000)).toBeNull();
    expect(await first!.renew()).toBe(true);
    expect(await first!.isHeld()).toBe(true);
    expect(await first!.release()).toBe(true);
    const second = await tryLease(redis, key, 60_000);
    expect(second).not.toBeNull();
    // The first holder's release after it lost the key leaves the new holder's lease alone.
    expect(await first!.release()).toBe(false);
    expect(await tryLease(redis, key, 60_000)).toBeNull();
    await second!.release();
  });

  it('gives every holder a larger fencing token than the one before', async () => {
    const key = lockKey();
    const tokens: number[] = [];
    for (let i = 0; i < 3; i++) {
      const lease = await tryLease(redis, key, 60_000);
      tokens.push(lease!.token);
      await lease!.release();
    }
    expect(tokens[1]).toBeGreaterThan(tokens[0]);
    expect(tokens[2]).toBeGreaterThan(tokens[1]);
  });

  it('tells a holder whose lease ran out that renewing failed and that it no longer holds the key', async () => {
    const key = lockKey();
    const lease = await tryLease(redis, key, 50);
    await sleep(120);
    const other = await tryLease(redis, key, 60_000);
    expect(other).not.toBeNull();
    expect(other!.token).toBeGreaterThan(lease!.token);
    expect(await lease!.renew()).toBe(false);
    expect(await lease!.isHeld()).toBe(false);
    await other!.release();
  });

  it('runs the work of concurrent callers one after another, and gives up after the wait', async () => {
    const key = lockKey();
    const trace: string[] = [];
    const work = (name: string) => async () => {
      trace.push(`${name} in`);
      await sleep(30);
      trace.push(`${name} out`);
      return name;
    };
    expect(await Promise.all(['a', 'b', 'c'].map((name) => withLease(redis, key, { ttlMs: 10_000, waitMs: 5_000 }, work(name))))).toEqual(['a', 'b', 'c']);
    for (let i = 0; i < trace.length; i += 2) expect(trace[i + 1]).toBe(trace[i].replace(' in', ' out'));

    const held = await tryLease(redis, key, 10_000);
    const refused = await withLease(redis, key, { ttlMs: 10_000, waitMs: 100 }, work('late')).catch((err: unknown) => err);
    expect(refused).toBeInstanceOf(ConflictError);
    expect((refused as ConflictError).reason).toBe('LOCKED');
    expect(trace).not.toContain('late in');
    await held!.release();
  });

  it('renews the lease while long work runs, and tells the work when it was lost anyway', async () => {
    const key = lockKey();
    const outcome = await withLease(redis, key, { ttlMs: 150, waitMs: 1_000 }, async (lease) => {
      await sleep(400);
      return { lost: lease.lost, held: await lease.isHeld() };
    });
    expect(outcome).toEqual({ lost: false, held: true });

    let seen: { lost: boolean } | undefined;
    await withLease(redis, key, { ttlMs: 60_000, waitMs: 1_000 }, async (lease) => {
      seen = lease;
      // Another process stalled past the lease would find the key gone like this.
      await redis.del(key);
    });
    expect(seen!.lost).toBe(true);
  });
});
