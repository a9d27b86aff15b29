import { setTimeout as sleep } from 'node:timers/promises';
import { ConflictError, UnavailableError } from '../src/errors/errors';
import { createLogger } from '../src/telemetry/logger';
import { type Redis, RedisKeyspace, TenantCache, closeRedis, connectRedis, createRedis, openRedis } from '../src/redis/client';
import { tryLease, withLease } from '../src/redis/lease';
import { CacheSeal } from '../src/redis/seal';
import { randomKey, testInfra, uniqueName } from '../src/testkit/infra';
import { captureLogs } from '../src/testkit/logs';

const logger = createLogger({ service: 'redis-test', level: 'silent' });
/** This file's installation: every key it writes is under this prefix. */
const installation = uniqueName('redis-test');
const keyspace = new RedisKeyspace(installation);
const service = 'svc';
const macKey = Buffer.from(randomKey(), 'base64');
let redis: Redis;
let cache: TenantCache;

beforeAll(async () => {
  redis = await connectRedis(testInfra().redisUrl, { logger });
  cache = new TenantCache({ redis, keys: keyspace.tenantKeys(service), macKey, logger });
});

afterAll(async () => {
  if (redis) {
    const leftovers = await redis.keys(`${installation}:*`);
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
    const keys = Array.from({ length: 50 }, (_, i) => keyspace.key('pipeline', i));
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
  const keys = new RedisKeyspace('acme.lethe').tenantKeys('candidates');

  it("prefixes every key with the installation's prefix, the service and the tenant", () => {
    expect(keys.key('t1', 'profile', 42)).toBe('acme.lethe:candidates:t1:profile:42');
    expect(keys.subjectKey('t1', 'c-9', 'profile')).toBe('acme.lethe:candidates:t1:subject:c-9:profile');
    expect(keys.key('t2', 'profile', 42)).not.toBe(keys.key('t1', 'profile', 42));
    expect(keys.pattern('t1', 'subject', '*')).toBe('acme.lethe:candidates:t1:subject:*');
    expect(new RedisKeyspace('other').tenantKeys('candidates').key('t1', 'profile', 42)).toBe('other:candidates:t1:profile:42');
    expect(new RedisKeyspace('acme.lethe').key('retention', 'sweep', 'lock')).toBe('acme.lethe:retention:sweep:lock');
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
    expect(() => new RedisKeyspace('acme.lethe').tenantKeys('')).toThrow(TypeError);
    for (const prefix of ['', 'a:b', 'a*', 'a b']) expect(() => new RedisKeyspace(prefix)).toThrow(TypeError);
  });
});

describe('TenantCache', () => {
  it('sets with a TTL, gets, deletes', async () => {
    await cache.set('t1', ['profile', 'p1'], 'v1:ciphertext', 60);
    await cache.set('t1', ['photo', 'p1'], 'v1:photo', 60);
    expect(await cache.get('t1', ['profile', 'p1'])).toBe('v1:ciphertext');
    expect(await cache.get('t2', ['profile', 'p1'])).toBeNull();
    const ttl = await redis.ttl(`${installation}:${service}:t1:profile:p1`);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(60);
    expect(await cache.del('t1', ['profile', 'p1'], ['photo', 'p1'], ['missing'])).toBe(2);
    expect(await cache.get('t1', ['profile', 'p1'])).toBeNull();
  });

  it('stores every value under a MAC and gives back the value itself', async () => {
    await cache.set('t5', ['subject', 's1', 'check'], '{"granted":false}', 60);
    const raw = await redis.get(cache.keys.key('t5', 'subject', 's1', 'check'));
    expect(raw).toMatch(/^m1\.\d+\.[A-Za-z0-9_-]{43}\.\{"granted":false\}$/);
    expect(await cache.get('t5', ['subject', 's1', 'check'])).toBe('{"granted":false}');
  });

  it('sets an entry only while its guard still holds the value read before', async () => {
    await redis.set(cache.keys.key('t5', 'stamp'), 'stamp-1', { expiration: { type: 'EX', value: 60 } });
    expect(await cache.setWhile('t5', ['guarded'], 'a', 60, { parts: ['stamp'], equals: 'stamp-2' })).toBe(false);
    expect(await cache.get('t5', ['guarded'])).toBeNull();
    expect(await cache.setWhile('t5', ['guarded'], 'b', 60, { parts: ['stamp'], equals: 'stamp-1' })).toBe(true);
    expect(await cache.get('t5', ['guarded'])).toBe('b');
    expect(await redis.ttl(cache.keys.key('t5', 'guarded'))).toBeGreaterThan(0);
  });

  it('refuses entries without an expiry and keys without a tenant', async () => {
    await expect(cache.set('t1', ['x'], 'v', 0)).rejects.toBeInstanceOf(TypeError);
    await expect(cache.set('t1', ['x'], 'v', 1.5)).rejects.toBeInstanceOf(TypeError);
    await expect(cache.set('', ['x'], 'v', 10)).rejects.toBeInstanceOf(TypeError);
    await expect(cache.get('', ['x'])).rejects.toBeInstanceOf(TypeError);
    expect(await redis.exists(`${installation}:${service}:t1:x`)).toBe(0);
  });

  it('deletes everything about one subject, and only that', async () => {
    const keys = cache.keys;
    await cache.set('t1', ['subject', 's1'], 'a', 60);
    await cache.set('t1', ['subject', 's1', 'profile'], 'b', 60);
    await cache.set('t1', ['subject', 's1', 'files', 'f1'], 'c', 60);
    await cache.set('t1', ['subject', 's10', 'profile'], 'd', 60);
    await cache.set('t2', ['subject', 's1', 'profile'], 'e', 60);
    expect(keys.subjectKey('t1', 's1', 'profile')).toBe(`${installation}:${service}:t1:subject:s1:profile`);

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

describe('TenantCache: a value written into Redis decides nothing', () => {
  const logs = captureLogs();
  let guarded: TenantCache;
  beforeAll(() => {
    guarded = new TenantCache({ redis, keys: keyspace.tenantKeys(service), macKey, logger: createLogger({ service: 'redis-test', level: 'warn', destination: logs.destination }) });
  });
  const FORGED_LINE = 'a cached value failed its MAC check; read from the database instead';

  it('refuses a forged, altered or moved value as a miss, logs it without key or value, and deletes it', async () => {
    const parts = ['subject', 's2', 'check'];
    const key = guarded.keys.key('t7', ...parts);
    await guarded.set('t7', ['subject', 's3', 'check'], '{"granted":true}', 60);
    const anothersGrant = (await redis.get(guarded.keys.key('t7', 'subject', 's3', 'check')))!;
    await guarded.set('t7', parts, '{"granted":false}', 60);
    const genuine = (await redis.get(key))!;
    const expiry = Date.now() + 60_000;
    const forgeries = {
      plain: '{"granted":true}',
      altered: genuine.replace('false', 'true'),
      'moved from another key': anothersGrant,
      'sealed with another key': new CacheSeal(Buffer.from(randomKey(), 'base64'), installation).seal(key, '{"granted":true}', expiry),
      'sealed for another installation': new CacheSeal(macKey, `${installation}-b`).seal(key, '{"granted":true}', expiry),
      'without a MAC': `m1.${expiry}..{"granted":true}`,
      'another version': genuine.replace(/^m1\./, 'm2.'),
    };
    logs.clear();
    for (const [name, forged] of Object.entries(forgeries)) {
      await redis.set(key, forged, { expiration: { type: 'EX', value: 60 } });
      expect([name, await guarded.get('t7', parts)]).toEqual([name, null]);
      expect([name, await redis.exists(key)]).toEqual([name, 0]);
    }
    const refusals = logs.records().filter((record) => record.msg === FORGED_LINE);
    expect(refusals).toHaveLength(Object.keys(forgeries).length);
    expect(refusals[0]).toMatchObject({ level: 'warn', tenantId: 't7' });
    expect(logs.text()).not.toContain(key);
    expect(logs.text()).not.toContain('granted');

    // The true value, once read from the database, is cached again.
    await guarded.set('t7', parts, '{"granted":false}', 60);
    expect(await guarded.get('t7', parts)).toBe('{"granted":false}');
  });

  it('refuses a genuine value written back after its own expiry (a replay), without calling it forged', async () => {
    const key = guarded.keys.key('t7', 'subject', 's4', 'check');
    logs.clear();
    await redis.set(key, new CacheSeal(macKey, installation).seal(key, '{"granted":true}', Date.now() - 1_000));
    expect(await guarded.get('t7', ['subject', 's4', 'check'])).toBeNull();
    expect(await redis.exists(key)).toBe(0);
    expect(logs.text()).not.toContain(FORGED_LINE);
  });

  it('keeps two installations sharing a Redis apart: neither reads, refuses or deletes the other one\'s keys', async () => {
    const other = new TenantCache({ redis, keys: new RedisKeyspace(`${installation}-b`).tenantKeys(service), macKey: Buffer.from(randomKey(), 'base64'), logger });
    await guarded.set('t8', ['subject', 's1', 'doc'], 'ours', 60);
    await other.set('t8', ['subject', 's1', 'doc'], 'theirs', 60);
    expect(await guarded.get('t8', ['subject', 's1', 'doc'])).toBe('ours');
    expect(await other.get('t8', ['subject', 's1', 'doc'])).toBe('theirs');
    expect(await other.delSubject('t8', 's1')).toBe(1);
    expect(await other.delByPattern('t8', ['*'])).toBe(0);
    expect(await guarded.get('t8', ['subject', 's1', 'doc'])).toBe('ours');
    expect(await redis.keys(`${installation}*:${service}:t8:*`)).toEqual([guarded.keys.key('t8', 'subject', 's1', 'doc')]);
  });
});

describe('Redis leases', () => {
  const lockKey = () => keyspace.key('lock', uniqueName('lock'));

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
