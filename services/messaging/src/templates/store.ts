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

export interface TemplateId {
  key: string;
  channel: Channel;
  language: Language;
}

/** Tenants' templates; every save is a new version, and the newest one is in use. */
export class TemplateStore {
  private readonly repository: TenantRepository<TemplateDoc>;

  constructor(connection: Connection) {
    this.repository = new TenantRepository(defineTenantModel(connection, 'MessageTemplate', schema, 'templates'), { resourceType: 'template' });
  }

  /** The tenant's newest version, or null when the tenant uses the shipped default. */
  current(tenantId: string, id: TemplateId): Promise<TemplateDoc | null> {
    return this.repository.findOne(tenantId, { key: id.key, channel: id.channel, language: id.language }, { sort: { version: -1 } });
  }

  /** Every tenant template's newest version. */
  async currentOfAll(tenantId: string): Promise<TemplateDoc[]> {
    const all = await this.repository.find(tenantId, {}, { sort: { key: 1, channel: 1, language: 1, version: -1 }, limit: 5_000 });
    const newest = new Map<string, TemplateDoc>();
    for (const doc of all) if (!newest.has(`${doc.key}:${doc.channel}:${doc.language}`)) newest.set(`${doc.key}:${doc.channel}:${doc.language}`, doc);
    return [...newest.values()];
  }

  /** Stores the next version; of two saves at once, one fails ABORTED and may be sent again. */
  async save(tenantId: string, id: TemplateId, text: { subject: string; body: string }, savedBy: string, now: Date): Promise<TemplateDoc> {
    const version = ((await this.current(tenantId, id))?.version ?? 0) + 1;
    const doc: TemplateDoc = { _id: `${tenantId}:${id.key}:${id.channel}:${id.language}:${version}`, tenantId, ...id, version, ...text, savedAt: now, savedBy };
    try {
      await this.repository.insert(tenantId, doc);
    } catch (err) {
      if (isDuplicateKey(err)) throw new ConflictError(`template ${id.key} was saved concurrently; save again`);
      throw err;
    }
    return doc;
  }
}
