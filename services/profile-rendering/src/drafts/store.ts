import { Schema, type Connection } from 'mongoose';
import type { SubjectCipher } from '@lethe/platform/crypto';
import { defineTenantModel, TenantRepository, type Page, type Stored } from '@lethe/platform/mongo';
import type { Language, ProfileContent, ProfileKindName } from './content';

/** A draft as the service works with it: its content readable. */
export interface Draft {
  id: string;
  tenantId: string;
  candidateId: string;
  clientRequestId: string;
  clientId: string;
  kind: ProfileKindName;
  language: Language;
  content: ProfileContent;
  redactions: number;
  version: number;
  createdAt: Date;
  createdBy: string;
  updatedAt: Date;
}

/** As stored: the content one ciphertext under the candidate's key. */
interface DraftDoc extends Omit<Draft, 'id' | 'content'> {
  _id: string;
  content: string;
}

const schema = new Schema<DraftDoc>(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    candidateId: { type: String, required: true },
    clientRequestId: { type: String, required: true },
    clientId: { type: String, required: true },
    kind: { type: String, required: true },
    language: { type: String, required: true },
    content: { type: String, required: true },
    redactions: { type: Number, default: 0 },
    version: { type: Number, required: true },
    createdAt: { type: Date, required: true },
    createdBy: { type: String, required: true },
    updatedAt: { type: Date, required: true },
  },
  { versionKey: false },
);
schema.index({ tenantId: 1, candidateId: 1 });

/** Drafts of profiles, their content encrypted for the candidate. Read and changed by `_id` (a UUIDv7). */
export class DraftStore {
  private readonly repository: TenantRepository<DraftDoc>;

  constructor(
    connection: Connection,
    private readonly cipher: SubjectCipher,
  ) {
    this.repository = new TenantRepository(defineTenantModel(connection, 'ProfileDraft', schema, 'drafts'), { resourceType: 'draft' });
  }

  async insert(draft: Draft): Promise<void> {
    await this.repository.insert(draft.tenantId, await this.sealed(draft));
  }

  async get(tenantId: string, id: string): Promise<Draft> {
    return this.opened(await this.repository.getById(tenantId, id));
  }

  /** Replaces the draft (the caller checked its version as the candidate's writer). */
  async replace(draft: Draft): Promise<void> {
    const { _id: _id, tenantId: _tenant, ...fields } = await this.sealed(draft);
    await this.repository.updateOne(draft.tenantId, { _id: draft.id }, { $set: fields });
  }

  /** One page of the candidate's drafts, readable (what their data export shows). */
  async pageOfCandidate(tenantId: string, candidateId: string, pageToken: string): Promise<Page<Draft>> {
    const page = await this.repository.list(tenantId, { filter: { candidateId }, pageSize: 100, pageToken });
    return { items: await Promise.all(page.items.map((doc) => this.opened(doc))), nextPageToken: page.nextPageToken };
  }

  deleteOfCandidate(tenantId: string, candidateId: string): Promise<number> {
    return this.repository.deleteMany(tenantId, { candidateId });
  }

  private async sealed(draft: Draft): Promise<DraftDoc> {
    const { id, content, ...rest } = draft;
    return { _id: id, ...rest, content: await this.cipher.encrypt(draft.tenantId, draft.candidateId, 'content', JSON.stringify(content)) };
  }

  private async opened(doc: Stored<DraftDoc>): Promise<Draft> {
    const { _id, content, ...rest } = doc;
    return { id: _id, ...rest, content: JSON.parse(await this.cipher.decrypt(doc.tenantId, doc.candidateId, 'content', content)) as ProfileContent };
  }
}
