import { createLogger } from '@lethe/platform/telemetry';
import { Periodic } from './periodic';

const logger = createLogger({ service: 'periodic-test', level: 'silent' });

/** A round that waits until released, counting how often it started. */
function heldRounds() {
  let started = 0;
  let release: () => void = () => undefined;
  const round = async () => {
    started += 1;
    await new Promise<void>((resolve) => (release = resolve));
    return 0;
  };
  return { round, started: () => started, release: () => release() };
}

describe('background work in rounds', () => {
  it('runs a round when nudged, and nudges during a round collapse into one more round after it', async () => {
    const rounds = heldRounds();
    const work = new Periodic('test', rounds.round, 60_000, logger);
    const first = work.nudge();
    const during = [work.nudge(), work.nudge(), work.nudge()];
    expect(rounds.started()).toBe(1);
    rounds.release();
    await new Promise((resolve) => setImmediate(resolve));
    expect(rounds.started()).toBe(2);
    rounds.release();
    await Promise.all([first, ...during]);
    expect(rounds.started()).toBe(2);
  });

  it('follows a round that did something with another at once, until one finds nothing to do', async () => {
    const waiting = [3, 2, 0, 5];
    const work = new Periodic('test', async () => waiting.shift() ?? 0, 60_000, logger);
    await work.nudge();
    expect(waiting).toEqual([5]);
  });

  it('goes on after a failed round', async () => {
    let calls = 0;
    const work = new Periodic(
      'test',
      async () => {
        calls += 1;
        if (calls === 1) throw new Error('the database did not answer');
        return 0;
      },
      60_000,
      logger,
    );
    await work.nudge();
    await work.nudge();
    expect(calls).toBe(2);
  });

  it('runs every interval once started, and no round after it stopped; stopping waits for the round under way', async () => {
    const rounds = heldRounds();
    const work = new Periodic('test', rounds.round, 20, logger);
    work.start();
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(rounds.started()).toBe(1);
    let stopped = false;
    const stopping = work.stop().then(() => (stopped = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(stopped).toBe(false);
    rounds.release();
    await stopping;
    await new Promise((resolve) => setTimeout(resolve, 60));
    await work.nudge();
    expect(rounds.started()).toBe(1);
  });

  it('tells a round under way that the work is stopping', async () => {
    let seen: (() => boolean) | undefined;
    let release!: () => void;
    const work = new Periodic(
      'test',
      async (stopping) => {
        seen = stopping;
        await new Promise<void>((resolve) => (release = resolve));
        return 0;
      },
      60_000,
      logger,
    );
    const round = work.nudge();
    await new Promise((resolve) => setImmediate(resolve));
    expect(seen?.()).toBe(false);
    const stopped = work.stop();
    expect(seen?.()).toBe(true);
    release();
    await Promise.all([round, stopped]);
  });
});
