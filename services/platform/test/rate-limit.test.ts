import { status as GrpcStatus } from '@grpc/grpc-js';
import request from 'supertest';
import { describeError, RateLimitedError } from '../src/errors/errors';
import { RETRY_AFTER_TRAILER, statusForError } from '../src/grpc/error-details';
import { createHttpApp } from '../src/http/app';
import { rateLimitedPages } from '../src/http/rate-limit';
import { closeRedis, connectRedis, RedisKeyspace, type Redis } from '../src/redis/client';
import { RateLimiter } from '../src/redis/rate-limit';
import { createLogger } from '../src/telemetry/logger';
import { randomKey, testInfra, uniqueName } from '../src/testkit/infra';

const logger = createLogger({ service: 'rate-limit-test', level: 'silent' });
/** This file's installation: every key it writes is under this prefix. */
const installation = uniqueName('rate-test');
const keys = new RedisKeyspace(installation);
const LIMITS = { pages: { perClient: 3, perTenant: 5, windowSeconds: 60 } };
let redis: Redis;
let limiter: RateLimiter;

beforeAll(async () => {
  redis = await connectRedis(testInfra().redisUrl, { logger });
  limiter = new RateLimiter({ redis, keys, service: 'svc', limits: LIMITS, clientKey: Buffer.from(randomKey(), 'base64') });
});

afterAll(async () => {
  if (redis) {
    const leftovers = await redis.keys(`${installation}:*`);
    if (leftovers.length > 0) await redis.unlink(leftovers);
    await closeRedis(redis);
  }
});

/** Resolves with the error `take` threw, or undefined when the request was let through. */
const refusal = (take: Promise<void>) => take.then(() => undefined, (err: unknown) => err);

describe('RateLimiter', () => {
  it("refuses a client's request over its limit within the window, with the seconds until the window ends; another client goes on", async () => {
    const now = Date.UTC(2026, 0, 1, 12, 0, 15);
    for (let i = 0; i < LIMITS.pages.perClient; i += 1) expect(await refusal(limiter.take('pages', { client: '203.0.113.7' }, now))).toBeUndefined();
    const refused = await refusal(limiter.take('pages', { client: '203.0.113.7' }, now));
    expect(refused).toBeInstanceOf(RateLimitedError);
    expect(refused).toMatchObject({ reason: 'RATE_LIMITED', retryAfterSeconds: 45 });
    expect(await refusal(limiter.take('pages', { client: '203.0.113.8' }, now))).toBeUndefined();
    // The next window starts afresh.
    expect(await refusal(limiter.take('pages', { client: '203.0.113.7' }, now + 60_000))).toBeUndefined();
  });

  it("refuses a tenant's request over its limit from any client; another tenant goes on", async () => {
    const tenantId = uniqueName('tenant');
    for (let i = 0; i < LIMITS.pages.perTenant; i += 1) expect(await refusal(limiter.take('pages', { tenantId, client: `198.51.100.${i}` }))).toBeUndefined();
    expect(await refusal(limiter.take('pages', { tenantId, client: '198.51.100.200' }))).toBeInstanceOf(RateLimitedError);
    expect(await refusal(limiter.take('pages', { tenantId: uniqueName('tenant'), client: '198.51.100.201' }))).toBeUndefined();
  });

  it('counts under the installation prefix, never with the client address in a key, and each counter expires with its window', async () => {
    await limiter.take('pages', { tenantId: 'tenant-keys', client: '192.0.2.55' });
    const written = await redis.keys(`${installation}:*`);
    expect(written.length).toBeGreaterThan(0);
    expect(written.every((key) => key.startsWith(`${installation}:svc:rate:pages:`))).toBe(true);
    expect(written.some((key) => key.includes('192.0.2.55'))).toBe(false);
    for (const key of written) expect(await redis.ttl(key)).toBeGreaterThan(0);
  });

  it('maps to RESOURCE_EXHAUSTED with a retry-after trailer, and HTTP 429', () => {
    const described = describeError(new RateLimitedError(12));
    expect(described).toMatchObject({ grpcCode: GrpcStatus.RESOURCE_EXHAUSTED, httpStatus: 429, reason: 'RATE_LIMITED', retryAfterSeconds: 12 });
    expect(statusForError(described).metadata.get(RETRY_AFTER_TRAILER)).toEqual(['12']);
  });
});

describe('rateLimitedPages', () => {
  const pageApp = (trustedProxies: number) =>
    createHttpApp({
      logger,
      readiness: async () => ({}),
      trustedProxies,
      routes: rateLimitedPages(
        new RateLimiter({ redis, keys, service: uniqueName('pages'), limits: LIMITS, clientKey: Buffer.from(randomKey(), 'base64') }),
        ['/page'],
        (app) => app.get('/page', (_req, res) => res.send('the page')),
      ),
    });

  it('answers the request over the limit with 429 problem+json and Retry-After; another client address is served', async () => {
    const app = pageApp(1);
    const from = (address: string) => request(app).get('/page').set('x-forwarded-for', address);
    for (let i = 0; i < LIMITS.pages.perClient; i += 1) expect((await from('203.0.113.9')).status).toBe(200);
    const refused = await from('203.0.113.9');
    expect(refused.status).toBe(429);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(JSON.parse(refused.text)).toMatchObject({ status: 429, reason: 'RATE_LIMITED' });
    expect((await from('203.0.113.10')).status).toBe(200);
    // The probes are not limited.
    expect((await request(app).get('/healthz').set('x-forwarded-for', '203.0.113.9')).status).toBe(200);
  });

  it('trusts no X-Forwarded-For without a proxy in front: a client cannot escape its limit by naming another address', async () => {
    const app = pageApp(0);
    for (let i = 0; i < LIMITS.pages.perClient; i += 1) expect((await request(app).get('/page').set('x-forwarded-for', `192.0.2.${i}`)).status).toBe(200);
    expect((await request(app).get('/page').set('x-forwarded-for', '192.0.2.99')).status).toBe(429);
  });
});
