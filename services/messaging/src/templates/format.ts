import type { Language } from './catalogue';

/** The UTC day of a moment, YYYY-MM-DD: what "once per day" counts by. */
export function utcDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A language Lethe writes in, from what an event or a request says ("de" when it says nothing known). */
export function languageOf(value: string | undefined): Language {
  return value === 'en' ? 'en' : 'de';
}
