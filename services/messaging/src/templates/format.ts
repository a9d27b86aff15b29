import type { Language } from './catalogue';

const DATE_FORMATS: Readonly<Record<Language, Intl.DateTimeFormat>> = {
  de: new Intl.DateTimeFormat('de-DE', { timeZone: 'Europe/Berlin', day: '2-digit', month: '2-digit', year: 'numeric' }),
  en: new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Berlin', day: 'numeric', month: 'long', year: 'numeric' }),
};

/** A date as a message in the language writes it (German time: the tenants' calendar). */
export function formatDate(date: Date, language: Language): string {
  return DATE_FORMATS[language].format(date);
}

/** The UTC day of a moment, YYYY-MM-DD: what "once per day" counts by. */
export function utcDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A language Lethe writes in, from what an event or a request says ("de" when it says nothing known). */
export function languageOf(value: string | undefined): Language {
  return value === 'en' ? 'en' : 'de';
}
