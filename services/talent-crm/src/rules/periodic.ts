import type { Logger } from '@lethe/platform/telemetry';

/**
 * Background work done in rounds: every `intervalMs`, and at once when nudged (a new trigger, a
 * test). A round returns how much it did: one that did something is followed by another at once
 * (more may be waiting), and nudges during a round collapse into one more round after it; a failed
 * round is logged and the next one tries again. Every replica runs its own rounds: the work itself
 * must make sure each item is handled once (a claim, a unique insert). A round is told when the
 * work is stopping, so a long one ends after the item at hand and shutdown does not wait for it.
 */
export class Periodic {
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private again = false;
  private stopped = false;

  constructor(
    private readonly name: string,
    private readonly round: (stopping: () => boolean) => Promise<number>,
    private readonly intervalMs: number,
    private readonly logger: Logger,
  ) {}

  start(): void {
    this.stopped = false;
    this.timer = setInterval(() => void this.nudge(), this.intervalMs);
    this.timer.unref();
  }

  /** Runs a round now, or once more after the one running; resolves when the rounds end. */
  nudge(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      do {
        this.again = false;
        try {
          if ((await this.round(() => this.stopped)) > 0) this.again = true;
        } catch (err) {
          this.logger.error({ err, work: this.name }, 'a round of background work failed; the next one tries again');
        }
      } while (this.again && !this.stopped);
    })().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  /** No new rounds; resolves once the running one ended (after the item it was at). */
  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.running;
  }
}
