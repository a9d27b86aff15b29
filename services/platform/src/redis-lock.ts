import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Redis } from 'ioredis';
import { ConflictError } from './errors';

const RELEASE_IF_HELD = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end";
const RENEW_IF_HELD = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0 end";

/** A lock this process holds; only its holder can renew or release it. */
export interface HeldLock {
  /** Extends the lock by its TTL; false when it had expired (another process may hold it now). */
  renew(): Promise<boolean>;
  release(): Promise<void>;
}

/**
 * Takes `key` for `ttlMs` unless another process holds it (SET NX PX); null when it is taken. The
 * TTL bounds how long a holder that died keeps everyone else out.
 */
export async function tryLock(redis: Redis, key: string, ttlMs: number): Promise<HeldLock | null> {
  const holder = randomUUID();
  if ((await redis.set(key, holder, 'PX', ttlMs, 'NX')) !== 'OK') return null;
  return {
    renew: async () => (await redis.eval(RENEW_IF_HELD, 1, key, holder, ttlMs)) === 1,
    release: async () => {
      await redis.eval(RELEASE_IF_HELD, 1, key, holder);
    },
  };
}

/**
 * Runs `work` while holding `key`, across processes: waits (polling with backoff) up to `waitMs` for
 * another holder to finish, then fails with ABORTED so the caller retries later.
 */
export async function withLock<T>(redis: Redis, key: string, { ttlMs, waitMs }: { ttlMs: number; waitMs: number }, work: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + waitMs;
  for (let delayMs = 2; ; delayMs = Math.min(delayMs * 2, 100)) {
    const lock = await tryLock(redis, key, ttlMs);
    if (lock) {
      try {
        return await work();
      } finally {
        await lock.release();
      }
    }
    if (Date.now() >= deadline) throw new ConflictError(`${key} stayed locked for ${waitMs} ms`, 'LOCKED');
    await sleep(delayMs);
  }
}
