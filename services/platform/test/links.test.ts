import type { Connection } from 'mongoose';
import { createLogger } from '../src/telemetry/logger';
import { LinkTokens, linkTokenHash } from '../src/links';
import { closeMongo, connectMongo } from '../src/mongo';
import { MissingTenantError } from '../src/mongo/tenant-scope';
import { closeRedis, connectRedis, RedisKeyspace } from '../src/redis/client';
import { RateLimiter } from '../src/redis/rate-limit';
import { randomKey, testInfra, uniqueName } from '../src/testkit/infra';

const logger = createLogger({ service: 'links-test', level: 'silent' });
const DAY = 24 * 60 * 60 * 1000;
const NOW = new Date('2030-01-10T10:00:00Z');
let connection: Connection;
let links: LinkTokens;

beforeAll(async () => {
  connection = await connectMongo({ uri: testInfra().mongoUri, database: uniqueName('platform_links').replace(/-/g, '_'), logger });
  links = new LinkTokens(connection, 'test_links');
  await links.init();
});

afterAll(async () => {
  await connection?.dropDatabase().catch(() => undefined);
  await closeMongo(connection);
});

const issue = (overrides: Partial<Parameters<LinkTokens['issue']>[0]> = {}) =>
  links.issue({ tenantId: 'tenant-a', subjectId: 'subject-1', purpose: 'consent', scope: 'client-1', ttlMs: 30 * DAY, now: NOW, ...overrides });

/** The same token with one character changed. */
function tampered(token: string): string {
  const index = 10;
  return token.slice(0, index) + (token[index] === 'A' ? 'B' : 'A') + token.slice(index + 1);
}

describe('linkTokenHash', () => {
  it('hashes only well-formed tokens', () => {
    expect(linkTokenHash('x'.repeat(43))).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(linkTokenHash('x'.repeat(42))).toBeUndefined();
    expect(linkTokenHash('x'.repeat(44))).toBeUndefined();
    expect(linkTokenHash(`${'x'.repeat(42)}=`)).toBeUndefined();
    expect(linkTokenHash({ $ne: null })).toBeUndefined();
    expect(linkTokenHash(undefined)).toBeUndefined();
  });
});

describe('LinkTokens', () => {
  it('issues 256-bit base64url tokens, stored only as their hash and bound to tenant, subject, purpose and scope', async () => {
    const issued = await issue();
    expect(issued.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(issued.token, 'base64url')).toHaveLength(32);
    expect(issued.expiresAt).toEqual(new Date(NOW.getTime() + 30 * DAY));
    const stored = await connection.collection('test_links').findOne({ _id: issued.id as never });
    expect(stored).toMatchObject({ tenantId: 'tenant-a', subjectId: 'subject-1', purpose: 'consent', scope: 'client-1', hash: linkTokenHash(issued.token) });
    expect(JSON.stringify(stored)).not.toContain(issued.token);

    const second = await issue();
    expect(second.token).not.toBe(issued.token);
    expect(second.id).not.toBe(issued.id);
  });

  it('inspect shows the binding without using the token up', async () => {
    const { token, id } = await issue();
    for (let i = 0; i < 3; i++) {
      expect(await links.inspect(token, 'consent', NOW)).toEqual({
        ok: true,
        link: { id, tenantId: 'tenant-a', subjectId: 'subject-1', purpose: 'consent', scope: 'client-1', issuedAt: NOW, expiresAt: new Date(NOW.getTime() + 30 * DAY) },
      });
    }
    expect((await links.consume(token, 'consent', NOW)).ok).toBe(true);
  });

  it('is single-use: a replay is refused as used', async () => {
    const { token } = await issue();
    const first = await links.consume(token, 'consent', NOW);
    expect(first).toMatchObject({ ok: true, link: { usedAt: NOW } });
    expect(await links.consume(token, 'consent', new Date(NOW.getTime() + 1000))).toEqual({ ok: false, reason: 'used' });
    expect(await links.inspect(token, 'consent', NOW)).toEqual({ ok: false, reason: 'used' });
  });

  it('of many concurrent consumes exactly one succeeds', async () => {
    const { token } = await issue();
    const results = await Promise.all(Array.from({ length: 10 }, () => links.consume(token, 'consent', NOW)));
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.filter((result) => !result.ok && result.reason === 'used')).toHaveLength(9);
  });

  it('a token of another purpose is invalid and stays usable for its own', async () => {
    const { token } = await issue({ purpose: 'erasure-request' });
    expect(await links.inspect(token, 'consent', NOW)).toEqual({ ok: false, reason: 'invalid' });
    expect(await links.consume(token, 'consent', NOW)).toEqual({ ok: false, reason: 'invalid' });
    expect((await links.consume(token, 'erasure-request', NOW)).ok).toBe(true);
  });

  it('inspected for several purposes, a token names its own; one of none of them is invalid', async () => {
    const { token } = await issue({ purpose: 'erasure-request' });
    const check = await links.inspect(token, ['consent', 'erasure-request'], NOW);
    expect(check).toMatchObject({ ok: true, link: { purpose: 'erasure-request', tenantId: 'tenant-a', subjectId: 'subject-1' } });
    expect(await links.inspect(token, ['consent', 'unsubscribe'], NOW)).toEqual({ ok: false, reason: 'invalid' });
    expect(await links.inspect(token, [], NOW)).toEqual({ ok: false, reason: 'invalid' });
    expect(await links.inspect(token, ['consent', 'Not A Name'], NOW)).toEqual({ ok: false, reason: 'invalid' });
  });

  it('a token bound to another tenant, subject or scope than expected is invalid and not used up', async () => {
    const { token } = await issue();
    expect(await links.consume(token, 'consent', NOW, { tenantId: 'tenant-b' })).toEqual({ ok: false, reason: 'invalid' });
    expect(await links.consume(token, 'consent', NOW, { subjectId: 'subject-2' })).toEqual({ ok: false, reason: 'invalid' });
    expect(await links.consume(token, 'consent', NOW, { scope: 'client-2' })).toEqual({ ok: false, reason: 'invalid' });
    expect(await links.inspect(token, 'consent', NOW, { tenantId: 'tenant-b' })).toEqual({ ok: false, reason: 'invalid' });
    expect((await links.consume(token, 'consent', NOW, { tenantId: 'tenant-a', subjectId: 'subject-1', scope: 'client-1' })).ok).toBe(true);
  });

  it('expires: refused as expired from expiresAt on, and not used up by the attempt', async () => {
    const { token, expiresAt } = await issue({ ttlMs: DAY });
    expect((await links.inspect(token, 'consent', new Date(expiresAt.getTime() - 1))).ok).toBe(true);
    expect(await links.inspect(token, 'consent', expiresAt)).toEqual({ ok: false, reason: 'expired' });
    expect(await links.consume(token, 'consent', expiresAt)).toEqual({ ok: false, reason: 'expired' });
    const stored = await connection.collection('test_links').findOne({ hash: linkTokenHash(token) });
    expect(stored?.usedAt).toBeUndefined();
  });

  it('a tampered, truncated, foreign or malformed token is invalid', async () => {
    const { token } = await issue();
    for (const bad of [tampered(token), token.slice(0, 42), `${token}A`, 'A'.repeat(43), '', ' '.repeat(43), { $gt: '' }, ['x'], null, 42]) {
      expect(await links.inspect(bad, 'consent', NOW)).toEqual({ ok: false, reason: 'invalid' });
      expect(await links.consume(bad, 'consent', NOW)).toEqual({ ok: false, reason: 'invalid' });
    }
    expect((await links.consume(token, 'consent', NOW)).ok).toBe(true);
  });

  it('an unknown purpose name is invalid rather than a query', async () => {
    const { token } = await issue();
    expect(await links.inspect(token, { $ne: 'x' } as unknown as string, NOW)).toEqual({ ok: false, reason: 'invalid' });
  });

  it('revoke marks a subject’s open links of a purpose as used', async () => {
    const subjectId = uniqueName('subject');
    const a = await issue({ subjectId, scope: 'client-a' });
    const b = await issue({ subjectId, scope: 'client-b' });
    expect(await links.revoke('tenant-a', subjectId, 'consent', NOW, { scope: 'client-a' })).toBe(1);
    expect(await links.inspect(a.token, 'consent', NOW)).toEqual({ ok: false, reason: 'used' });
    expect((await links.inspect(b.token, 'consent', NOW)).ok).toBe(true);
    expect(await links.revoke('tenant-a', subjectId, 'consent', NOW, { id: b.id })).toBe(1);
    expect(await links.inspect(b.token, 'consent', NOW)).toEqual({ ok: false, reason: 'used' });
  });

  it('expire ends named links now: they read as expired, not used; others stay valid', async () => {
    const subjectId = uniqueName('subject');
    const a = await issue({ subjectId, scope: 'client-a' });
    const b = await issue({ subjectId, scope: 'client-b' });
    const otherPurpose = await issue({ subjectId, purpose: 'erasure-request', scope: undefined });
    expect(await links.expire('tenant-a', subjectId, 'consent', [a.id, otherPurpose.id], NOW)).toBe(1);
    expect(await links.inspect(a.token, 'consent', NOW)).toEqual({ ok: false, reason: 'expired' });
    expect((await links.inspect(b.token, 'consent', NOW)).ok).toBe(true);
    expect((await links.inspect(otherPurpose.token, 'erasure-request', NOW)).ok).toBe(true);
    expect(await links.expire('tenant-b', subjectId, 'consent', [b.id], NOW)).toBe(0);
    expect(await links.expire('tenant-a', subjectId, 'consent', [], NOW)).toBe(0);
  });

  it('deletes every link of a subject for erasure, in its tenant only', async () => {
    const subjectId = uniqueName('subject');
    const mine = [await issue({ subjectId }), await issue({ subjectId, purpose: 'erasure-request', scope: undefined })];
    const otherTenant = await issue({ subjectId, tenantId: 'tenant-b' });
    await links.consume(mine[0].token, 'consent', NOW);
    expect(await links.deleteOfSubject('tenant-a', subjectId)).toBe(2);
    for (const { token } of mine) expect(await links.inspect(token, 'consent', NOW)).toEqual({ ok: false, reason: 'invalid' });
    expect((await links.inspect(otherTenant.token, 'consent', NOW)).ok).toBe(true);
    expect(await links.deleteOfSubject('tenant-a', subjectId)).toBe(0);
  });

  it('housekeeping deletes links that expired before a date, across tenants', async () => {
    const old = await issue({ now: new Date('2020-01-01T00:00:00Z'), ttlMs: DAY, tenantId: uniqueName('t') });
    const fresh = await issue();
    expect(await links.deleteExpired(new Date('2021-01-01T00:00:00Z'))).toBeGreaterThanOrEqual(1);
    expect(await links.inspect(old.token, 'consent', NOW)).toEqual({ ok: false, reason: 'invalid' });
    expect((await links.inspect(fresh.token, 'consent', NOW)).ok).toBe(true);
  });

  it('refuses malformed issue input and tenant-less direct queries', async () => {
    await expect(issue({ tenantId: '' })).rejects.toThrow(TypeError);
    await expect(issue({ subjectId: '' })).rejects.toThrow(TypeError);
    await expect(issue({ purpose: 'Consent Page' })).rejects.toThrow(TypeError);
    await expect(issue({ scope: '' })).rejects.toThrow(TypeError);
    await expect(issue({ ttlMs: 0 })).rejects.toThrow(TypeError);
    await expect(issue({ ttlMs: 1.5 })).rejects.toThrow(TypeError);
    await expect(issue({ ttlMs: 400 * DAY })).rejects.toThrow(TypeError);
    await expect(issue({ now: new Date('nope') })).rejects.toThrow(TypeError);
    await expect(links.model.find({ subjectId: 'subject-1' }).exec()).rejects.toBeInstanceOf(MissingTenantError);
  });
});

describe('the pages limit of a tenant', () => {
  it("refuses the look-up of a link over its tenant's limit; another tenant's links are looked up", async () => {
    const redis = await connectRedis(testInfra().redisUrl, { logger });
    const keys = new RedisKeyspace(uniqueName('links-rate'));
    try {
      const rateLimits = new RateLimiter({ redis, keys, service: 'links', limits: { pages: { perTenant: 2, perClient: 100, windowSeconds: 60 } }, clientKey: Buffer.from(randomKey(), 'base64') });
      const limited = new LinkTokens(connection, 'test_links', { rateLimits });
      const [busy, other] = [uniqueName('tenant'), uniqueName('tenant')];
      const { token } = await issue({ tenantId: busy });
      for (let i = 0; i < 2; i += 1) expect(await limited.inspect(token, 'consent', NOW)).toMatchObject({ ok: true });
      await expect(limited.inspect(token, 'consent', NOW)).rejects.toMatchObject({ reason: 'RATE_LIMITED' });
      const { token: otherToken } = await issue({ tenantId: other });
      expect(await limited.inspect(otherToken, 'consent', NOW)).toMatchObject({ ok: true });
    } finally {
      const written = await redis.keys(`${keys.prefix}:*`);
      if (written.length > 0) await redis.unlink(written);
      await closeRedis(redis);
    }
  });
});
