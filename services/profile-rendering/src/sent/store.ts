import { Schema, type Connection } from 'mongoose';
import type { SubjectCipher } from '@lethe/platform/crypto';
import { defineTenantModel, TenantRepository, type Page, type Stored } from '@lethe/platform/mongo';
import type { Language, ProfileContent, ProfileKindName } from '../drafts/content';

export type SentState = 'sent' | 'recalled';
export type RecallReason = 'CONSENT_WITHDRAWN' | 'ERASED';
export type ClientFeedback = 'interested' | 'not-interested';

/** One entry of the sent ledger: which client received which profile of whom, when, by whom, with which content. */
export interface SentEntry {
  _id: string;
  tenantId: string;
  draftId: string;
  candidateId: string;
  clientId: string;
  clientRequestId: string;
  contactPersonId: string;
  presentationId: string;
  kind: ProfileKindName;
  language: Language;
  contentHash: string;
  sentAt: Date;
  sentBy: string;
  messageId: string;
  state: SentState;
  recalledAt?: Date;
  recallReason?: RecallReason;
  recallMessageId?: string;
  clientFeedback?: ClientFeedback;
  /** The content as sent, a ciphertext under the candidate's key; gone once the candidate is erased. */
  content?: string;
}

/** How the client and its recall name a sent profile: from its id, short enough to quote, nothing of the person. */
export function referenceOf(entry: Pick<SentEntry, '_id'>): string {
  return `P-${entry._id.replace(/-/g, '').slice(-10).toUpperCase()}`;
}

const schema = new Schema<SentEntry>(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    draftId: { type: String, required: true },
    candidateId: { type: String, required: true },
    clientId: { type: String, required: true },
    clientRequestId: { type: String, required: true },
    contactPersonId: { type: String, required: true },
    presentationId: { type: String, required: true },
    kind: { type: String, required: true },
    language: { type: String, required: true },
    contentHash: { type: String, required: true },
    sentAt: { type: Date, required: true },
    sentBy: { type: String, required: true },
    messageId: { type: String, default: '' },
    state: { type: String, required: true },
    recalledAt: Date,
    recallReason: String,
    recallMessageId: String,
    clientFeedback: String,
    content: String,
  },
  { versionKey: false },
);
schema.index({ tenantId: 1, candidateId: 1, _id: -1 });
schema.index({ tenantId: 1, clientId: 1, _id: -1 });

/** The sent ledger (Art. 19 GDPR): kept with ids, kinds, dates and hashes after the candidate's erasure, never their content. */
export class SentLedger {
  private readonly repository: TenantRepository<SentEntry>;

  constructor(
    connection: Connection,
    private readonly cipher: SubjectCipher,
  ) {
    this.repository = new TenantRepository(defineTenantModel(connection, 'SentProfile', schema, 'sent_profiles'), { resourceType: 'sent profile' });
  }

  async record(entry: Omit<SentEntry, 'content'>, content: ProfileContent): Promise<Stored<SentEntry>> {
    const sealed = await this.cipher.encrypt(entry.tenantId, entry.candidateId, 'sentContent', JSON.stringify(content));
    return this.repository.insert(entry.tenantId, { ...entry, content: sealed });
  }

  get(tenantId: string, id: string): Promise<Stored<SentEntry>> {
    return this.repository.getById(tenantId, id);
  }

  /** The content as it was sent; undefined once the candidate was erased. */
  async contentOf(entry: SentEntry): Promise<ProfileContent | undefined> {
    if (!entry.content) return undefined;
    return JSON.parse(await this.cipher.decrypt(entry.tenantId, entry.candidateId, 'sentContent', entry.content)) as ProfileContent;
  }

  async update(tenantId: string, id: string, set: Partial<SentEntry>): Promise<void> {
    await this.repository.updateOne(tenantId, { _id: id }, { $set: set });
  }

  /** The clear-data profiles of the candidate still out there (for one client, or for all). */
  outstanding(tenantId: string, candidateId: string, clientId?: string): Promise<Stored<SentEntry>[]> {
    const filter: Record<string, unknown> = { candidateId, state: 'sent', kind: 'clear-data' };
    if (clientId) filter.clientId = clientId;
    return this.repository.find(tenantId, filter);
  }

  listOf(tenantId: string, by: { candidateId: string } | { clientId: string }, pageSize: number, pageToken: string): Promise<Page<Stored<SentEntry>>> {
    return this.repository.list(tenantId, { filter: by, order: 'desc', pageSize, pageToken, projection: { content: 0 } });
  }

  /** One page of the entries about the candidate with their content, oldest first (what their data export shows). */
  pageOfCandidate(tenantId: string, candidateId: string, pageToken: string): Promise<Page<Stored<SentEntry>>> {
    return this.repository.list(tenantId, { filter: { candidateId }, pageSize: 100, pageToken });
  }

  /** After the candidate's erasure: the entries keep ids, kinds, dates and hashes; the content is gone. */
  async forgetContentOf(tenantId: string, candidateId: string): Promise<number> {
    return (await this.repository.updateMany(tenantId, { candidateId }, { $unset: { content: 1 } })).modified;
  }
}
