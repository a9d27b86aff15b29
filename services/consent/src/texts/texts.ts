import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Channel } from '@lethe/protos';
import type { ConsentKindName } from '../consents/scope';

export const LANGUAGES = ['de', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const languageSchema = z.enum(LANGUAGES, { errorMap: () => ({ message: 'must be de or en' }) });

/** One version of the statement a candidate consents to, for a kind and a language. */
export interface ConsentText {
  id: string;
  kind: ConsentKindName;
  language: Language;
  /** 0: the built-in default. */
  version: number;
  title: string;
  body: string;
  sha256: string;
  publishedAt?: Date;
  publishedBy?: string;
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** The hash a grant proves: of the title and the body exactly as shown. */
export function textHash(title: string, body: string): string {
  return sha256(`${title}\n\n${body}`);
}

/** Placeholders: {client} the client company, {months} the storage period, {channel} the campaign channel. */
const DEFAULT_TEXTS: Record<ConsentKindName, Record<Language, { title: string; body: string }>> = {
  CONSENT_KIND_CLEAR_DATA_SHARING: {
    de: {
      title: 'Einwilligung in die Weitergabe Ihres Profils',
      body: 'Ich willige ein, dass mein vollständiges Kandidatenprofil mit meinen Kontaktdaten (Klardatenprofil) an {client} weitergegeben wird. Die Einwilligung gilt nur für dieses Unternehmen und kann jederzeit mit Wirkung für die Zukunft widerrufen werden.',
    },
    en: {
      title: 'Consent to sharing your profile',
      body: 'I consent to my complete candidate profile including my contact details (clear-data profile) being shared with {client}. This consent applies to this company only and can be withdrawn at any time with effect for the future.',
    },
  },
  CONSENT_KIND_STORAGE: {
    de: {
      title: 'Einwilligung in die längere Speicherung Ihrer Daten',
      body: 'Ich willige ein, dass meine Bewerberdaten für {months} Monate gespeichert werden, damit ich für weitere passende Stellen kontaktiert werden kann (Talent-Pool). Die Einwilligung kann jederzeit mit Wirkung für die Zukunft widerrufen werden.',
    },
    en: {
      title: 'Consent to keeping your data longer',
      body: 'I consent to my application data being kept for {months} months so that I can be contacted about other suitable jobs (talent pool). This consent can be withdrawn at any time with effect for the future.',
    },
  },
  CONSENT_KIND_CAMPAIGN: {
    de: {
      title: 'Einwilligung in Nachrichten zu Stellenangeboten',
      body: 'Ich willige ein, Nachrichten zu passenden Stellenangeboten per {channel} zu erhalten. Die Einwilligung kann jederzeit mit Wirkung für die Zukunft widerrufen werden.',
    },
    en: {
      title: 'Consent to messages about job offers',
      body: 'I consent to receiving messages about suitable job offers by {channel}. This consent can be withdrawn at any time with effect for the future.',
    },
  },
};

const CHANNEL_NAMES: Record<Language, Partial<Record<Channel, string>>> = {
  de: { CHANNEL_EMAIL: 'E-Mail', CHANNEL_SMS: 'SMS', CHANNEL_WHATSAPP: 'WhatsApp' },
  en: { CHANNEL_EMAIL: 'email', CHANNEL_SMS: 'SMS', CHANNEL_WHATSAPP: 'WhatsApp' },
};

export function builtinId(kind: ConsentKindName, language: Language): string {
  return `builtin.${kind}.${language}`;
}

/** The text a tenant has until it publishes its own. */
export function builtin(kind: ConsentKindName, language: Language): ConsentText {
  const { title, body } = DEFAULT_TEXTS[kind][language];
  return { id: builtinId(kind, language), kind, language, version: 0, title, body, sha256: textHash(title, body) };
}

/** The built-in text with this id for the kind, if it is one. */
export function builtinById(kind: ConsentKindName, id: string): ConsentText | undefined {
  const language = LANGUAGES.find((candidate) => builtinId(kind, candidate) === id);
  return language && builtin(kind, language);
}

/** What fills a text's placeholders. */
export interface StatementValues {
  clientName?: string;
  periodMonths?: number;
  channel?: Channel;
}

/** The exact statement a candidate is shown, and its hash (what a grant proves). */
export interface Statement {
  text: ConsentText;
  title: string;
  body: string;
  sha256: string;
}

export function statementOf(text: ConsentText, values: StatementValues): Statement {
  const body = text.body
    .replaceAll('{client}', values.clientName ?? '')
    .replaceAll('{months}', values.periodMonths ? String(values.periodMonths) : '')
    .replaceAll('{channel}', values.channel ? (CHANNEL_NAMES[text.language][values.channel] ?? '') : '');
  return { text, title: text.title, body, sha256: textHash(text.title, body) };
}
