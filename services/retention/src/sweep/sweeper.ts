import { tryLease, type Redis } from '@lethe/platform/redis';
import type { ServiceRuntime } from '@lethe/platform/service';
import { inSpan, type Logger } from '@lethe/platform/telemetry';
import type { DueItem, DueSource } from './due-source';

const BATCH = 200;
const LEASE_LOST = 'the sweep lease ran out and another sweep may have taken over; this run stops';

export interface SweepProgress {
  (source: string, executed: number): void;
}

export interface SweepResult {
  /** False when another replica holds the lease; nothing was done. */
  ran: boolean;
  executed: Record<string, number>;
}

/** The sweep's lease: under the installation's Redis prefix, and keyed by the database swept. */
export function sweepLeaseKey(runtime: Pick<ServiceRuntime, 'redisKeys' | 'database'>): string {
  return runtime.redisKeys.key('retention', runtime.database, 'sweep', 'lock');
}

/**
 * Executes what is due, source by source, on one replica at a time: a lease (a Redis lock whose
 * fencing token grows with every holder), renewed after every batch and checked before every step,
 * so a run that lost it (it stalled past the lease, and another replica may have taken over) stops
 * before it does anything more; a process never runs two sweeps at once. Each source finds its due
 * items by index and its steps are idempotent, so an interrupted sweep is simply run again.
 */
export class Sweeper {
  /** A run of this process still going: the next tick waits for the one after it. */
  private running = false;

  /** `leaseKey` names the one lease of every sweep of the data swept: `sweepLeaseKey` for the service and its command. */
  constructor(
    private readonly redis: Redis,
    private readonly leaseKey: string,
    private readonly sources: readonly DueSource[],
    private readonly logger: Logger,
    private readonly leaseMs = 5 * 60 * 1000,
  ) {}

  async run(now: Date, progress?: SweepProgress): Promise<SweepResult> {
    if (this.running) return { ran: false, executed: {} };
    this.running = true;
    try {
      return await this.runLeased(now, progress);
    } finally {
      this.running = false;
    }
  }

  private async runLeased(now: Date, progress?: SweepProgress): Promise<SweepResult> {
    const lease = await tryLease(this.redis, this.leaseKey, this.leaseMs);
    if (!lease) return { ran: false, executed: {} };
    const executed: Record<string, number> = {};
    try {
      for (const source of this.sources) {
        executed[source.name] = 0;
        // Failed items, and items their execution left due (their subject was erased meanwhile): due again next run.
        const skipped = new Set<string>();
        const done = new Set<string>();
        for (;;) {
          const limit = BATCH + skipped.size;
          const found = await source.findDue(now, limit);
          const due: DueItem[] = [];
          for (const item of found) {
            if (done.has(item.key)) skipped.add(item.key);
            if (!skipped.has(item.key)) due.push(item);
          }
          for (const item of due) {
            if (!(await lease.isHeld())) throw new Error(LEASE_LOST);
            try {
              // Each step its own trace, named by its subject's id (as the logs are): the commands and messages it
              // writes carry it to every service that acts on them.
              await inSpan(`sweep ${source.name}`, { attributes: { 'lethe.sweep.source': source.name, 'lethe.subject.id': item.subjectId } }, () => source.execute(item, now));
              executed[source.name]++;
              done.add(item.key);
            } catch (err) {
              // One failing item must not stop the sweep; it is due again next time.
              skipped.add(item.key);
              this.logger.error({ err, source: source.name, tenantId: item.tenantId, subjectId: item.subjectId }, 'sweep step failed');
            }
          }
          progress?.(source.name, executed[source.name]);
          // A long sweep keeps its lease: renewed after every batch, and only while still its own.
          if (!(await lease.renew())) throw new Error(LEASE_LOST);
          // Fewer found than asked for: the source has nothing more due.
          if (found.length < limit) break;
        }
      }
    } finally {
      await lease.release();
    }
    return { ran: true, executed };
  }
}
