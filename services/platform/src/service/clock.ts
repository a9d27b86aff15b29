/** Where services read the current time, so tests and `--now` flags can move it. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock that stands still until moved; for tests and dry runs. */
export class ManualClock implements Clock {
  private current: Date;

  constructor(start: Date | string = new Date()) {
    this.current = new Date(start);
  }

  now(): Date {
    return new Date(this.current);
  }

  set(to: Date | string): void {
    this.current = new Date(to);
  }

  advance({ days = 0, hours = 0, minutes = 0, ms = 0 }: { days?: number; hours?: number; minutes?: number; ms?: number }): Date {
    this.current = new Date(this.current.getTime() + ((days * 24 + hours) * 60 + minutes) * 60_000 + ms);
    return this.now();
  }
}
