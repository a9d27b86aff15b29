import { createHmac } from 'node:crypto';
import type { RequestContext } from '../auth/context';
import { RateLimitedError } from '../errors/errors';
import type { Redis, RedisKeyspace } from './client';

/** How many requests of one kind a tenant and a client may make per window. */
export interface RateLimit {
  perTenant: number;
  perClient: number;
  windowSeconds: number;
}

/** Who a request counts against: its tenant when known, the address of the client that sent it. */
export interface RateLimitSubject {
  tenantId?: string;
  client?: string;
}

export interface RateLimiterOptions {
  redis: Redis;
  keys: RedisKeyspace;
  service: string;
  limits: Readonly<Record<string, RateLimit>>;
  /** Keys the hash of client addresses, so no address stands in a Redis key. */
  clientKey: Buffer;
}

// One counter per key and window: counted and given its expiry in one step, so a counter never outlives its window.
const COUNT = `
local count = redis.call('incr', KEYS[1])
if count == 1 then redis.call('expire', KEYS[1], ARGV[1]) end
return count`;

/**
 * Fixed-window counters in Redis, shared by every replica: a request of a kind is refused
 * (RATE_LIMITED, with the seconds until the window ends) once its tenant or its client made the
 * kind's limit within the window. Keys: `<prefix>:<service>:rate:<kind>:<tenant|client>:<id>:<window>`.
 */
export class RateLimiter {
  constructor(private readonly options: RateLimiterOptions) {}

  /** Counts one request of `kind`; throws RateLimitedError when the tenant or the client is over its limit. */
  async take(kind: string, subject: RateLimitSubject, now = Date.now()): Promise<void> {
    const limit = this.options.limits[kind];
    if (!limit) throw new TypeError(`no rate limit named ${kind}`);
    const window = Math.floor(now / 1000 / limit.windowSeconds);
    const retryAfterSeconds = Math.max(1, Math.ceil((window + 1) * limit.windowSeconds - now / 1000));
    const counted: [string, number][] = [];
    if (subject.tenantId) counted.push([this.key(kind, 'tenant', subject.tenantId, window), limit.perTenant]);
    if (subject.client) counted.push([this.key(kind, 'client', this.clientId(subject.client), window), limit.perClient]);
    const counts = await Promise.all(counted.map(([key]) => this.options.redis.eval(COUNT, { keys: [key], arguments: [String(limit.windowSeconds)] })));
    if (counts.some((count, index) => Number(count) > counted[index][1])) throw new RateLimitedError(retryAfterSeconds);
  }

  /** Counts one gRPC call of `kind` against its caller's tenant and address. */
  takeCall(kind: string, ctx: Pick<RequestContext, 'tenantId' | 'clientAddress'>): Promise<void> {
    return this.take(kind, { tenantId: ctx.tenantId, client: ctx.clientAddress });
  }

  private key(kind: string, scope: string, id: string, window: number): string {
    return this.options.keys.key(this.options.service, 'rate', kind, scope, id, window);
  }

  private clientId(address: string): string {
    return createHmac('sha256', this.options.clientKey).update(address).digest('base64url').slice(0, 22);
  }
}
