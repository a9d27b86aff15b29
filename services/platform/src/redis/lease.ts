import { ConflictError } from '../errors/errors';
import type { Redis } from './client';
import { retry } from '../retry';

/** Pauses between tries to take a busy lock. */
const POLL_BACKOFF = { initialMs: 2, maxMs: 100 };

// KEYS[1] the lock, KEYS[2] its token counter; ARGV[1] the lease in ms, ARGV[2] how long the counter outlives its last use.
const ACQUIRE = `if redis.call('exists', KEYS[1]) == 1 then return 0 end
local token = redis.call('incr', KEYS[2])
redis.call('pexpire', KEYS[2], ARGV[2])
redis.call('set', KEYS[1], token, 'PX', ARGV[1])
return token`;
const RELEASE_IF_HELD = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end";
const RENEW_IF_HELD = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0 end";

/** Far longer than any lease, so a token counter never restarts while a holder of an older token could still act. */
const TOKEN_COUNTER_TTL_MS = 7 * 24 * 3600_000;

/**
 * A lock this process holds on a key, across processes. Its fencing token grows with every
 * holder of the key, so work can tell that a later holder took over (its lease ran out meanwhile).
 */
export interface Lease {
  readonly token: number;
  /** Extends the lease by its TTL; false when it had run out (another process may hold it now). */
  renew(): Promise<boolean>;
  /** True while the key is still held under this lease's token. */
  isHeld(): Promise<boolean>;
  /** Gives the key up; false when the lease had run out before. */
  release(): Promise<boolean>;
}

/**
 * Takes `key` for `ttlMs` unless another process holds it; null when it is taken. The TTL bounds
 * how long a holder that died keeps everyone else out.
 */
export async function tryLease(redis: Redis, key: string, ttlMs: number): Promise<Lease | null> {
  const token = Number(await redis.eval(ACQUIRE, { keys: [key, `${key}:token`], arguments: [String(ttlMs), String(TOKEN_COUNTER_TTL_MS)] }));
  if (!token) return null;
  const value = String(token);
  return {
    token,
    renew: async () => Number(await redis.eval(RENEW_IF_HELD, { keys: [key], arguments: [value, String(ttlMs)] })) === 1,
    isHeld: async () => (await redis.get(key)) === value,
    release: async () => Number(await redis.eval(RELEASE_IF_HELD, { keys: [key], arguments: [value] })) === 1,
  };
}

export interface LeaseOptions {
  /** How long a lease lasts unless renewed; it is renewed every third of it while the work runs. */
  ttlMs: number;
  /** How long to wait for another holder to finish before failing with ABORTED (reason LOCKED). */
  waitMs: number;
}

/** A lease held while `withLease` runs its work; `lost` turns true when a renewal or the release found it gone. */
export interface HeldLease {
  readonly token: number;
  readonly lost: boolean;
  isHeld(): Promise<boolean>;
}

/**
 * Runs `work` while holding `key`, across processes: waits (polling with back-off) up to `waitMs`
 * for another holder to finish, then fails with ABORTED (LOCKED) so the caller retries later. The
 * lease is renewed while the work runs, so only a process that stalls for longer than `ttlMs`
 * loses it; the work can tell by `lost` or `isHeld()`.
 */
export async function withLease<T>(redis: Redis, key: string, { ttlMs, waitMs }: LeaseOptions, work: (lease: HeldLease) => Promise<T>): Promise<T> {
  const deadline = Date.now() + waitMs;
  const lease = await retry(
    async () => {
      const taken = await tryLease(redis, key, ttlMs);
      if (!taken) throw new ConflictError(`${key} stayed locked for ${waitMs} ms`, 'LOCKED');
      return taken;
    },
    { backoff: POLL_BACKOFF, deadline, retryIf: (err) => err instanceof ConflictError },
  );
  const held = { token: lease.token, lost: false, isHeld: () => lease.isHeld() };
  const renewal = setInterval(() => {
    lease.renew().then(
      (renewed) => {
        if (!renewed) held.lost = true;
      },
      () => undefined,
    );
  }, Math.max(1, Math.floor(ttlMs / 3)));
  renewal.unref();
  try {
    return await work(held);
  } finally {
    clearInterval(renewal);
    if (!(await lease.release().catch(() => true))) held.lost = true;
  }
}

