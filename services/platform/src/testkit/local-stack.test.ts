import { nextRestart, RESTART_BACKOFF, STABLE_AFTER_MS } from './local-stack';

describe('the supervisor restarts a dead service', () => {
  it('at once the first time: 1 s', () => {
    expect(nextRestart(0, 5_000, RESTART_BACKOFF)).toEqual({ failuresInARow: 1, delayMs: 1_000 });
  });

  it('waits twice as long each time it dies again soon, up to 30 s', () => {
    const delays: number[] = [];
    let failures = 0;
    for (let death = 0; death < 7; death++) {
      const next = nextRestart(failures, death % 2 === 0 ? undefined : 2_000, RESTART_BACKOFF);
      failures = next.failuresInARow;
      delays.push(next.delayMs);
    }
    expect(delays).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000]);
  });

  it('starts counting afresh once the service served for longer than a minute', () => {
    expect(nextRestart(5, STABLE_AFTER_MS + 1, RESTART_BACKOFF)).toEqual({ failuresInARow: 1, delayMs: 1_000 });
    expect(nextRestart(5, STABLE_AFTER_MS, RESTART_BACKOFF).delayMs).toBe(30_000);
  });
});
