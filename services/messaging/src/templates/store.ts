import { Schema, type Connection } from 'mongoose';
import { ConflictError } from '@lethe/platform/errors';
import { defineTenantModel, isDuplicateKey, TenantRepository } from '@lethe/platform/mongo';
import type { Channel, Language } from './catalogue';

/** One saved version of a tenant's template for a key, channel and language. */
export interface TemplateDoc {
  _id: string;
  tenantId: string;
  key: string;
  channel: Channel;
  language: Language;
  version: number;
  subject: string;
  body: string;
  savedAt: Date;
  savedBy: string;
}

const schema = new Schema<TemplateDoc>(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    key: { type: String, required: true },
    channel: { type: String, required: true },
    language: { type: String, required: true },
    version: { type: Number, required: true },
    subject: { type: String, default: '' },
    body: { type: String, required: true },
    savedAt: { type: Date, required: true },
    savedBy: { type: String, required: true },
  },
  { versionKey: false },
);
schema.index({ tenantId: 1, key: 1, channel: 1, language: 1, version: -1 });
const headSchema = schema.clone();

const headIdOf = (tenantId: string, id: TemplateId) => `${tenantId}:${id.key}:${id.channel}:${id.language}`;

/** The version in use of a template: one document per key, channel and language, found by `_id` alone. */
interface TemplateHeadDoc extends Omit<TemplateDoc, '_id'> {
  _id: string;
}

export interface TemplateId {
  key: string;
  channel: Channel;
  language: Language;
}

/**
 * Tenants' templates; every save is a new version (kept, for the record of what was sent), and the
 * newest one is in use: it is also the head, read by `_id` alone when a message is written.
 */
export class TemplateStore {
  private readonly versions: TenantRepository<TemplateDoc>;
  private readonly heads: TenantRepository<TemplateHeadDoc>;

  constructor(connection: Connection) {
    this.versions = new TenantRepository(defineTenantModel(connection, 'MessageTemplate', schema, 'templates'), { resourceType: 'template' });
    this.heads = new TenantRepository(defineTenantModel(connection, 'MessageTemplateHead', headSchema, 'template_heads'), { resourceType: 'template' });
  }

  /** The tenant's newest version, or null when the tenant uses the shipped default. */
  current(tenantId: string, id: TemplateId): Promise<TemplateDoc | null> {
    return this.heads.findById(tenantId, headIdOf(tenantId, id));
  }

  /** Every tenant template's newest version. */
  currentOfAll(tenantId: string): Promise<TemplateDoc[]> {
    return this.heads.find(tenantId, {}, { sort: { key: 1, channel: 1, language: 1 }, limit: 5_000 });
  }

  /**
   * Stores the next version and makes it the head; of two saves at once, one fails ABORTED and may
   * be sent again (the version's `_id` is unique).
   */
  async save(tenantId: string, id: TemplateId, text: { subject: string; body: string }, savedBy: string, now: Date): Promise<TemplateDoc> {
    const version = ((await this.current(tenantId, id))?.version ?? 0) + 1;
    const doc: TemplateDoc = { _id: `${headIdOf(tenantId, id)}:${version}`, tenantId, ...id, version, ...text, savedAt: now, savedBy };
    try {
      await this.versions.insert(tenantId, doc);
    } catch (err) {
      if (isDuplicateKey(err)) throw new ConflictError(`template ${id.key} was saved concurrently; save again`);
      throw err;
    }
    const { _id: _versionId, tenantId: _tenant, ...head } = doc;
    await this.heads.updateOne(tenantId, { _id: headIdOf(tenantId, id) }, { $set: head }, { upsert: true });
    return doc;
  }
}
