import { NotFoundError, ValidationError, type FieldViolation } from '@lethe/platform/errors';
import { channelsOf, kindOf, LANGUAGES, TEMPLATE_KINDS, type Channel, type Language, type TemplateKind, type TemplateText } from './catalogue';
import { renderTemplate, templateViolations, type Rendered, type Values } from './engine';
import type { TemplateDoc, TemplateId, TemplateStore } from './store';

/** Longest template text a tenant may save. */
export const MAX_TEMPLATE_CHARS = 10_000;
/** Longest subject. */
export const MAX_SUBJECT_CHARS = 300;
/** Longest message a channel takes, rendered: an SMS is cut into at most ten parts; WhatsApp takes 4096 characters. */
export const MAX_RENDERED_CHARS: Readonly<Record<Channel, number>> = { email: 200_000, sms: 1_600, whatsapp: 4_096 };

/** A template in use: the tenant's newest version, or the shipped default (version 0). */
export interface ResolvedTemplate extends TemplateId {
  kind: TemplateKind;
  version: number;
  text: TemplateText;
  savedAt?: Date;
  savedBy?: string;
}

/** What is wrong with a template a tenant wants to save for a kind and channel. */
export function templateTextViolations(kind: TemplateKind, channel: Channel, text: TemplateText): FieldViolation[] {
  const violations: FieldViolation[] = [];
  if (!channelsOf(kind).includes(channel)) violations.push({ field: 'channel', code: 'invalid_value', description: `is not a channel of ${kind.key} (${channelsOf(kind).join(', ')})` });
  if (text.body.trim() === '') violations.push({ field: 'body', code: 'required', description: 'is required' });
  if (text.body.length > MAX_TEMPLATE_CHARS) violations.push({ field: 'body', code: 'too_long', description: `must be at most ${MAX_TEMPLATE_CHARS} characters` });
  if (channel === 'email' && text.subject.trim() === '') violations.push({ field: 'subject', code: 'required', description: 'is required for email' });
  if (channel !== 'email' && text.subject !== '') violations.push({ field: 'subject', code: 'invalid_value', description: 'is only for email' });
  if (text.subject.length > MAX_SUBJECT_CHARS) violations.push({ field: 'subject', code: 'too_long', description: `must be at most ${MAX_SUBJECT_CHARS} characters` });
  if (violations.length > 0) return violations;
  return [...templateViolations(text.subject, kind.placeholders, 'subject'), ...templateViolations(text.body, kind.placeholders, 'body')];
}

/** The sample values of a kind's placeholders, for previews. */
export function samplesOf(kind: TemplateKind): Values {
  return Object.fromEntries(Object.entries(kind.placeholders).map(([name, spec]) => [name, spec.sample]));
}

/** Renders, refusing what is longer than the channel takes. */
export function render(template: ResolvedTemplate | { kind: TemplateKind; channel: Channel; text: TemplateText }, values: Values): Rendered {
  const rendered = renderTemplate(template.text, template.kind.placeholders, values);
  if (rendered.text.length > MAX_RENDERED_CHARS[template.channel]) {
    throw new ValidationError([{ field: 'values', code: 'too_long', description: `make the message longer than a ${template.channel} message can be (${MAX_RENDERED_CHARS[template.channel]} characters)` }]);
  }
  return rendered;
}

/** The templates of every tenant: their own versions over the shipped defaults. */
export class Templates {
  constructor(private readonly store: TemplateStore) {}

  /** NOT_FOUND for an unknown key, a channel the key has no template for, or a language without one. */
  async resolve(tenantId: string, id: TemplateId): Promise<ResolvedTemplate> {
    const kind = kindOf(id.key);
    if (!kind || !channelsOf(kind).includes(id.channel)) throw new NotFoundError('template', `${id.key} (${id.channel}, ${id.language})`);
    const own = await this.store.current(tenantId, id);
    if (own) return fromDoc(kind, own);
    const shipped = kind.defaults[id.language][id.channel];
    if (!shipped) throw new NotFoundError('template', `${id.key} (${id.channel}, ${id.language})`);
    return { ...id, kind, version: 0, text: shipped };
  }

  async save(tenantId: string, id: TemplateId, text: TemplateText, savedBy: string, now: Date): Promise<ResolvedTemplate> {
    const kind = kindOf(id.key);
    if (!kind) throw new ValidationError([{ field: 'key', code: 'invalid_value', description: 'is not a template key (one of the shipped keys, or custom.<name>)' }]);
    const violations = templateTextViolations(kind, id.channel, text);
    if (violations.length > 0) throw new ValidationError(violations);
    return fromDoc(kind, await this.store.save(tenantId, id, text, savedBy, now));
  }

  /** Every key's template in use per channel and language, the tenant's own custom keys included. */
  async list(tenantId: string): Promise<ResolvedTemplate[]> {
    const own = await this.store.currentOfAll(tenantId);
    const ownById = new Map(own.map((doc) => [`${doc.key}:${doc.channel}:${doc.language}`, doc]));
    const listed: ResolvedTemplate[] = [];
    for (const kind of TEMPLATE_KINDS) {
      for (const language of LANGUAGES) {
        for (const channel of channelsOf(kind)) {
          const doc = ownById.get(`${kind.key}:${channel}:${language}`);
          const shipped = kind.defaults[language][channel];
          if (doc) listed.push(fromDoc(kind, doc));
          else if (shipped) listed.push({ key: kind.key, channel, language, kind, version: 0, text: shipped });
        }
      }
    }
    for (const doc of own) {
      const kind = kindOf(doc.key);
      if (kind && !TEMPLATE_KINDS.includes(kind) && !listed.some((t) => t.key === doc.key && t.channel === doc.channel && t.language === doc.language)) listed.push(fromDoc(kind, doc));
    }
    return listed;
  }
}

function fromDoc(kind: TemplateKind, doc: TemplateDoc): ResolvedTemplate {
  return { key: doc.key, channel: doc.channel, language: doc.language as Language, kind, version: doc.version, text: { subject: doc.subject, body: doc.body }, savedAt: doc.savedAt, savedBy: doc.savedBy };
}
