import { setTimeout as sleep } from 'node:timers/promises';

/** How long an event may take to reach the service that follows it, on a machine running the whole suite. */
export const EVENT_WAIT_MS = 60_000;

/** Polls until `check` returns a truthy value (returned) or fails after `timeoutMs`, naming `what`. */
export async function waitFor<T>(check: () => T | Promise<T>, timeoutMs = 20_000, what = 'condition'): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value as NonNullable<T>;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(50);
  }
}
