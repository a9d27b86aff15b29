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

/**
 * `months` calendar months after `date` (UTC), on the same day of the month; where that month is
 * shorter, on its last day: 31 January + 1 month is 28 (or 29) February, never 3 March. Retention
 * periods and consent periods are counted this way.
 */
export function addMonths(date: Date, months: number): Date {
  const result = new Date(date);
  const day = result.getUTCDate();
  result.setUTCDate(1);
  result.setUTCMonth(result.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(result.getUTCFullYear(), result.getUTCMonth() + 1, 0)).getUTCDate();
  result.setUTCDate(Math.min(day, lastDay));
  return result;
}

const DATE_FORMATS: Readonly<Record<'de' | 'en', Intl.DateTimeFormat>> = {
  de: new Intl.DateTimeFormat('de-DE', { timeZone: 'Europe/Berlin', day: '2-digit', month: '2-digit', year: 'numeric' }),
  en: new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Berlin', day: 'numeric', month: 'long', year: 'numeric' }),
};

/** A date as a message or page in the language writes it, in German time (the tenants' calendar). */
export function formatDate(date: Date, language: 'de' | 'en'): string {
  return DATE_FORMATS[language].format(date);
}
