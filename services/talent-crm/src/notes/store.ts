import { Schema, type Connection, type Model } from 'mongoose';
import { defineTenantModel, TenantRepository, type Page, type Stored } from '@lethe/platform/mongo';
import { outboxPlugin, type OutboxEntry } from '@lethe/platform/outbox';

/** A recruiter's note about a talent, as stored: the text one ciphertext under the talent's key ('' once emptied). */
export interface NoteDoc {
  _id: string;
  tenantId: string;
  talentId: string;
  text: string;
  createdAt: Date;
  createdBy: string;
  outbox?: OutboxEntry[];
  outboxPending?: boolean;
}

const schema = new Schema<NoteDoc>(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    talentId: { type: String, required: true },
    text: { type: String, default: '' },
    createdAt: { type: Date, required: true },
    createdBy: { type: String, required: true },
  },
  { versionKey: false },
);
schema.plugin(outboxPlugin);
schema.index({ tenantId: 1, talentId: 1, _id: 1 });

const WITHOUT_OUTBOX = { outbox: 0 } as const;

/** Notes in MongoDB, listed per talent newest first (UUIDv7 ids sort by time). */
export class NoteStore {
  readonly model: Model<NoteDoc>;
  private readonly repository: TenantRepository<NoteDoc>;

  constructor(connection: Connection) {
    this.model = defineTenantModel(connection, 'TalentNote', schema, 'notes');
    this.repository = new TenantRepository(this.model, { resourceType: 'note', defaultPageSize: 50, maxPageSize: 200 });
  }

  async insert(doc: NoteDoc): Promise<void> {
    await this.repository.insert(doc.tenantId, doc);
  }

  listOfTalent(tenantId: string, talentId: string, pageSize: number, pageToken: string): Promise<Page<Stored<NoteDoc>>> {
    return this.repository.list(tenantId, { filter: { talentId }, pageSize, pageToken, order: 'desc', projection: WITHOUT_OUTBOX });
  }

  allOfTalent(tenantId: string, talentId: string): Promise<Stored<NoteDoc>[]> {
    return this.repository.find(tenantId, { talentId }, { projection: WITHOUT_OUTBOX });
  }

  /** Replaces the text of one note (re-encrypted or emptied by an erasure). */
  async setText(tenantId: string, id: string, text: string): Promise<void> {
    await this.repository.updateOne(tenantId, { _id: id }, { $set: { text } });
  }

  deleteOfSubject(tenantId: string, talentId: string): Promise<number> {
    return this.repository.deleteMany(tenantId, { talentId });
  }
}
