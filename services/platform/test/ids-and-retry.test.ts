import { ConflictError } from '../src/errors';
import { isId, newId, timeOfId } from '../src/ids';
import { backoffDelay, retry } from '../src/retry';

describe('ids', () => {
  it('are UUIDv7 and sort in the order they were made, within one millisecond too', () => {
    const ids = Array.from({ length: 10_000 }, () => newId());
    expect(ids.every(isId)).toBe(true);
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
    expect(Math.abs(timeOfId(ids[0]).getTime() - Date.now())).toBeLessThan(5_000);
  });

  it('can be dated at another time, and then sort by that time', () => {
    const past = new Date('2026-01-02T03:04:05.678Z');
    const id = newId(past);
    expect(timeOfId(id)).toEqual(past);
    expect(id < newId()).toBe(true);
    expect(isId('not-an-id')).toBe(false);
  });
});

describe('retry', () => {
  it('backs off exponentially up to a ceiling', () => {
    expect([1, 2, 3, 4, 5].map((attempt) => backoffDelay(attempt, { initialMs: 100, maxMs: 1_000 }))).toEqual([100, 200, 400, 800, 1_000]);
    expect([1, 2, 3].map((attempt) => backoffDelay(attempt, { initialMs: 100, maxMs: 2_000, factor: 5 }))).toEqual([100, 500, 2_000]);
  });

  it('tries until the work succeeds, and gives up after the attempts with the last error', async () => {
    let calls = 0;
    const seen: number[] = [];
    expect(
      await retry(
        async () => {
          calls += 1;
          if (calls < 3) throw new Error(`try ${calls}`);
          return 'done';
        },
        { backoff: { initialMs: 1, maxMs: 1 }, beforeRetry: (_err, attempt) => void seen.push(attempt) },
      ),
    ).toBe('done');
    expect(seen).toEqual([1, 2]);
    await expect(retry(async (attempt) => Promise.reject(new Error(`try ${attempt}`)), { attempts: 2, backoff: { initialMs: 1, maxMs: 1 } })).rejects.toThrow('try 2');
  });

  it('stops at once on an error it should not retry, and at the deadline', async () => {
    let calls = 0;
    const refused = retry(async () => Promise.reject(new ConflictError('no', 'LOCKED')).finally(() => calls++), { backoff: { initialMs: 1, maxMs: 1 }, retryIf: (err) => !(err instanceof ConflictError) });
    await expect(refused).rejects.toBeInstanceOf(ConflictError);
    expect(calls).toBe(1);
    const started = Date.now();
    await expect(retry(async () => Promise.reject(new Error('down')), { backoff: { initialMs: 20, maxMs: 20 }, deadline: Date.now() + 100 })).rejects.toThrow('down');
    expect(Date.now() - started).toBeLessThan(1_000);
  });
});
