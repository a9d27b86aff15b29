import { tryLock, type Logger, type Redis } from '@lethe/platform';
import type { DueSource } from './due-source';

const BATCH = 200;

export interface SweepProgress {
  (source: string, executed: number): void;
}

export interface SweepResult {
  /** False when another replica holds the lock; nothing was done. */
  ran: boolean;
  executed: Record<string, number>;
}

/**
 * Executes what is due, source by source, on one replica at a time: a Redis lock (SET NX PX,
 * renewed after every batch and released only by its holder) and a fencing token each run raises
 * and checks before every step, so a run that lost its lock stops before it does anything more; a
 * process never runs two sweeps at once. Each source finds its due items by index and its
 * steps are idempotent, so an interrupted sweep is simply run again.
 */
export class Sweeper {
  private readonly lockKey: string;
  private readonly fenceKey: string;
  /** A run of this process still going: the next tick waits for the one after it. */
  private running = false;

  /** `installation` names the data swept (its database): installations sharing a Redis never block each other. */
  constructor(
    private readonly redis: Redis,
    installation: string,
    private readonly sources: readonly DueSource[],
    private readonly logger: Logger,
    private readonly lockTtlMs = 5 * 60 * 1000,
  ) {
    this.lockKey = `lethe:retention:${installation}:sweep:lock`;
    this.fenceKey = `lethe:retention:${installation}:sweep:fence`;
  }

  async run(now: Date, progress?: SweepProgress): Promise<SweepResult> {
    if (this.running) return { ran: false, executed: {} };
    this.running = true;
    try {
      return await this.runLocked(now, progress);
    } finally {
      this.running = false;
    }
  }

  private async runLocked(now: Date, progress?: SweepProgress): Promise<SweepResult> {
    const lock = await tryLock(this.redis, this.lockKey, this.lockTtlMs);
    if (!lock) return { ran: false, executed: {} };
    const fence = await this.redis.incr(this.fenceKey);
    // A long sweep keeps its lock: renewed after every batch, and only while still ours.
    const renew = async () => {
      if (!(await lock.renew())) throw new Error('the sweep lock expired and another replica may hold it; this run stops');
    };
    const executed: Record<string, number> = {};
    try {
      for (const source of this.sources) {
        executed[source.name] = 0;
        const failed = new Set<string>();
        for (;;) {
          const due = (await source.findDue(now, BATCH + failed.size)).filter((item) => !failed.has(item.key));
          if (due.length === 0) break;
          for (const item of due) {
            // A sweeper that took the lock after ours expired raised the fence: this one stops at once.
            if ((await this.redis.get(this.fenceKey)) !== String(fence)) throw new Error('another sweep took over (its fencing token is newer); this run stops');
            try {
              await source.execute(item, now);
              executed[source.name]++;
            } catch (err) {
              // One failing item must not stop the sweep; it is due again next time.
              failed.add(item.key);
              this.logger.error({ err, source: source.name, tenantId: item.tenantId, subjectId: item.subjectId }, 'sweep step failed');
            }
          }
          progress?.(source.name, executed[source.name]);
          await renew();
          if (due.length < BATCH) break;
        }
      }
    } finally {
      await lock.release();
    }
    return { ran: true, executed };
  }
}
