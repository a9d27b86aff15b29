import { randomUUID } from 'node:crypto';
import { Schema, type Connection, type Model } from 'mongoose';
import { defineTenantModel, outboxPlugin, TenantRepository, withOutboxDoc, type OutboxEntry } from '@lethe/platform';

interface EventDoc {
  _id: string;
  tenantId: string;
  candidateId: string;
  createdAt: Date;
  outbox?: OutboxEntry[];
}

const schema = new Schema<EventDoc>(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    candidateId: { type: String, required: true },
    createdAt: { type: Date, required: true },
  },
  { versionKey: false },
);
schema.plugin(outboxPlugin);
schema.index({ tenantId: 1, candidateId: 1 });

/**
 * The recruiting part's outbox: every event in a document of its own, written right after the
 * state change it announces. Applications, presentations and assignments change often, and the
 * relay rewrites the documents it drains; FerretDB applies each update as a read and a rewrite of
 * the whole document, so a status change racing the relay on one document could be lost.
 */
export class RecruitingEvents {
  readonly model: Model<EventDoc>;
  private readonly repository: TenantRepository<EventDoc>;

  constructor(connection: Connection) {
    this.model = defineTenantModel(connection, 'RecruitingEvent', schema, 'recruiting_events');
    this.repository = new TenantRepository(this.model, { resourceType: 'event' });
  }

  async add(tenantId: string, candidateId: string, entries: readonly OutboxEntry[]): Promise<void> {
    if (entries.length === 0) return;
    const now = new Date();
    // Time-ordered ids: a candidate's events sit in the collection in the order they happened.
    const id = `${now.getTime().toString(36).padStart(9, '0')}-${randomUUID()}`;
    await this.repository.insert(tenantId, withOutboxDoc({ _id: id, candidateId, createdAt: now }, entries));
  }

  /** Published or not, a deleted candidate's events go with them. */
  deleteOf(tenantId: string, candidateId: string): Promise<number> {
    return this.repository.deleteMany(tenantId, { candidateId });
  }
}
