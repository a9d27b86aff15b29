import { Schema, type Connection } from 'mongoose';
import { ConflictError } from '@lethe/platform/errors';
import { newId } from '@lethe/platform/ids';
import { defineTenantModel, isDuplicateKey, TenantRepository } from '@lethe/platform/mongo';
import type { ConsentKindName } from '../consents/scope';
import { builtin, builtinById, textHash, type ConsentText, type Language } from './texts';

interface TextDoc extends Omit<ConsentText, 'id'> {
  _id: string;
  tenantId: string;
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

export interface NewText {
  kind: ConsentKindName;
  language: Language;
  title: string;
  body: string;
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

  async publish(tenantId: string, input: NewText, actorId: string, now: Date): Promise<ConsentText> {
    const latest = await this.latest(tenantId, input.kind, input.language);
    const doc: TextDoc = {
      _id: newId(),
      tenantId,
      ...input,
      version: latest.version + 1,
      sha256: textHash(input.title, input.body),
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
    const known = builtinById(kind, id);
    if (known) return known;
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
