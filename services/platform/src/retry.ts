import { setTimeout as sleep } from 'node:timers/promises';

/** Exponential back-off: the pause before retry n is `initialMs · factor^(n−1)`, at most `maxMs`. */
export interface Backoff {
  initialMs: number;
  maxMs: number;
  /** 2 unless given. */
  factor?: number;
}

/** The pause before retry `attempt` (1 = the first retry). */
export function backoffDelay(attempt: number, backoff: Backoff): number {
  const exponent = Math.max(0, attempt - 1);
  return Math.min(backoff.initialMs * (backoff.factor ?? 2) ** exponent, backoff.maxMs);
}

export interface RetryOptions {
  backoff: Backoff;
  /** Tries in all (the first included); unbounded unless given. */
  attempts?: number;
  /** No retry starts after this time (epoch ms); the last error is thrown. */
  deadline?: number;
  /** Whether an error is worth another try; every error is unless given. */
  retryIf?: (err: unknown) => boolean;
  /** Runs before each pause: log, heartbeat, or throw to stop retrying. */
  beforeRetry?: (err: unknown, attempt: number, delayMs: number) => void | Promise<void>;
}

/**
 * Runs `work` until it succeeds, pausing between tries as `backoff` says. Throws the last error
 * once the attempts or the deadline are used up, or when `retryIf` declines it.
 */
export async function retry<T>(work: (attempt: number) => Promise<T>, options: RetryOptions): Promise<T> {
  const attempts = options.attempts ?? Number.POSITIVE_INFINITY;
  for (let attempt = 1; ; attempt++) {
    try {
      return await work(attempt);
    } catch (err) {
      if (attempt >= attempts || (options.retryIf && !options.retryIf(err))) throw err;
      let delayMs = backoffDelay(attempt, options.backoff);
      if (options.deadline !== undefined) {
        const remaining = options.deadline - Date.now();
        if (remaining <= 0) throw err;
        delayMs = Math.min(delayMs, remaining);
      }
      await options.beforeRetry?.(err, attempt, delayMs);
      await sleep(delayMs);
    }
  }
}
