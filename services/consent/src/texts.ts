import { createHash, randomUUID } from 'node:crypto';
import { Schema, type Connection } from 'mongoose';
import { ConflictError, defineTenantModel, isDuplicateKey, TenantRepository } from '@lethe/platform';
import { toTimestamp, type Channel, type ConsentText as ConsentTextMessage } from '@lethe/protos';
import type { ConsentKindName } from './scope';

export const LANGUAGES = ['de', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

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

interface TextDoc extends Omit<ConsentText, 'id'> {
  _id: string;
  tenantId: string;
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const hashOf = (title: string, body: string) => sha256(`${title}\n\n${body}`);

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

function builtinId(kind: ConsentKindName, language: Language): string {
  return `builtin.${kind}.${language}`;
}

function builtin(kind: ConsentKindName, language: Language): ConsentText {
  const { title, body } = DEFAULT_TEXTS[kind][language];
  return { id: builtinId(kind, language), kind, language, version: 0, title, body, sha256: hashOf(title, body) };
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
  return { text, title: text.title, body, sha256: hashOf(text.title, body) };
}

const schema = new Schema<TextDoc>(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    kind: { type: String, required: true },
    language: { type: String, required: true },
    version: { type: Number, required: true },
    title: { type: String, required: true },
    body: { type: String, required: true },
    sha256: { type: String, required: true },
    publishedAt: { type: Date, required: true },
    publishedBy: { type: String, required: true },
  },
  { versionKey: false },
);
// Of two concurrent publications of the same next version one wins.
schema.index({ tenantId: 1, kind: 1, language: 1, version: 1 }, { unique: true });

function fromDoc({ _id, tenantId: _ignored, ...text }: TextDoc): ConsentText {
  return { id: _id, ...text };
}

/** Consent texts per tenant, kind and language, versioned; the built-in text until a tenant publishes one. */
export class TextStore {
  readonly repository: TenantRepository<TextDoc>;

  constructor(connection: Connection) {
    this.repository = new TenantRepository(defineTenantModel(connection, 'ConsentText', schema, 'texts'), { resourceType: 'consent text' });
  }

  async init(): Promise<void> {
    await this.repository.model.init();
  }

  async publish(tenantId: string, input: { kind: ConsentKindName; language: Language; title: string; body: string }, actorId: string, now: Date): Promise<ConsentText> {
    const latest = await this.latest(tenantId, input.kind, input.language);
    const doc: TextDoc = {
      _id: `txt_${randomUUID().replace(/-/g, '')}`,
      tenantId,
      ...input,
      version: latest.version + 1,
      sha256: hashOf(input.title, input.body),
      publishedAt: now,
      publishedBy: actorId,
    };
    try {
      await this.repository.insert(tenantId, doc);
    } catch (err) {
      if (isDuplicateKey(err)) throw new ConflictError('another version of this text was published meanwhile; try again', 'VERSION_MISMATCH');
      throw err;
    }
    return fromDoc(doc);
  }

  /** The current text for a kind and language. */
  async latest(tenantId: string, kind: ConsentKindName, language: Language): Promise<ConsentText> {
    const doc = await this.repository.findOne(tenantId, { kind, language }, { sort: { version: -1 } });
    return doc ? fromDoc(doc) : builtin(kind, language);
  }

  /** A text by id (a published one of this tenant or a built-in one) for that kind, or undefined. */
  async byId(tenantId: string, kind: ConsentKindName, id: string): Promise<ConsentText | undefined> {
    for (const language of LANGUAGES) if (id === builtinId(kind, language)) return builtin(kind, language);
    const doc = await this.repository.findOne(tenantId, { _id: id, kind });
    return doc ? fromDoc(doc) : undefined;
  }

  async list(tenantId: string, filter: { kind?: ConsentKindName; language?: Language }): Promise<ConsentText[]> {
    const query: Record<string, string> = {};
    if (filter.kind) query.kind = filter.kind;
    if (filter.language) query.language = filter.language;
    const docs = await this.repository.find(tenantId, query, { sort: { kind: 1, language: 1, version: -1 }, limit: 500 });
    return docs.map(fromDoc);
  }
}

export function toTextMessage(text: ConsentText): ConsentTextMessage {
  return {
    ...text,
    publishedAt: text.publishedAt ? toTimestamp(text.publishedAt) : null,
    publishedBy: text.publishedBy ?? '',
  };
}
