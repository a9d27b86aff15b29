import { Schema, type Connection, type Model } from 'mongoose';
import type { ErasureModeName } from '@lethe/platform/erasure';
import { defineTenantModel, TenantRepository, type Page, type Stored } from '@lethe/platform/mongo';
import { outboxPlugin, withOutbox, type OutboxEntry } from '@lethe/platform/outbox';
import type { MarkStateName } from './rules';

export interface MarkDoc {
  _id: string;
  tenantId: string;
  subjectId: string;
  mode: ErasureModeName;
  state: MarkStateName;
  markedAt: Date;
  markedBy: string;
  earliestDeletionAt: Date;
  waitRule: string;
  /** The subject's owner, told in the daily digest before the mark is executed. */
  ownerId?: string;
  /** Set while marked: from when the mark is in its owner's digest (indexed). */
  ownerNoticeAt?: Date;
  /** Set while marked: what the sweep looks for (indexed). */
  executeAt?: Date;
  outbox?: OutboxEntry[];
}

/** A mark as it is made: everything but the ids the store gives it. */
export type NewMark = Omit<MarkDoc, '_id' | 'tenantId' | 'outbox'>;

const schema = new Schema<MarkDoc>(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    subjectId: { type: String, required: true },
    mode: { type: String, required: true },
    state: { type: String, required: true },
    markedAt: { type: Date, required: true },
    markedBy: { type: String, required: true },
    earliestDeletionAt: { type: Date, required: true },
    waitRule: { type: String, required: true },
    ownerId: String,
    ownerNoticeAt: Date,
    executeAt: Date,
  },
  { versionKey: false },
);
schema.plugin(outboxPlugin);
schema.index({ executeAt: 1 });
schema.index({ ownerNoticeAt: 1 });
schema.index({ tenantId: 1, state: 1 });
// An owner's digest: their marks due for a notice, soonest first.
schema.index({ tenantId: 1, ownerId: 1, ownerNoticeAt: 1 });

const idOf = (tenantId: string, subjectId: string) => `${tenantId}/${subjectId}`;
/** A mark that is no longer open leaves the sweep and the digests. */
const CLOSED = { executeAt: 1, ownerNoticeAt: 1 } as const;

/** One mark per subject (the latest), each change with its event in the same write. */
export class MarkStore {
  readonly model: Model<MarkDoc>;
  private readonly repository: TenantRepository<MarkDoc>;

  constructor(connection: Connection) {
    this.model = defineTenantModel(connection, 'Mark', schema, 'marks');
    this.repository = new TenantRepository(this.model, { resourceType: 'mark' });
  }

  find(tenantId: string, subjectId: string): Promise<Stored<MarkDoc> | null> {
    return this.repository.findById(tenantId, idOf(tenantId, subjectId), { outbox: 0 });
  }

  /** The subject's mark, or NOT_FOUND. */
  get(tenantId: string, subjectId: string): Promise<Stored<MarkDoc>> {
    return this.repository.getById(tenantId, idOf(tenantId, subjectId), { outbox: 0 });
  }

  /** Stores the subject's new mark with its event, replacing a restored one. */
  async save(tenantId: string, mark: NewMark, events: readonly OutboxEntry[]): Promise<MarkDoc> {
    await this.repository.updateOne(tenantId, { _id: idOf(tenantId, mark.subjectId) }, withOutbox({ $set: mark }, events), { upsert: true });
    return { ...mark, _id: idOf(tenantId, mark.subjectId), tenantId };
  }

  /** An open mark is lifted, with its event; false when it was not open. */
  async restore(tenantId: string, subjectId: string, events: readonly OutboxEntry[]): Promise<boolean> {
    const result = await this.repository.updateOne(tenantId, { _id: idOf(tenantId, subjectId), state: 'marked' }, withOutbox({ $set: { state: 'restored' }, $unset: CLOSED }, events));
    return result.matched > 0;
  }

  /** An open mark's erasure was issued (or the subject was erased otherwise): it is done with. */
  async close(tenantId: string, subjectId: string): Promise<number> {
    const result = await this.repository.updateOne(tenantId, { _id: idOf(tenantId, subjectId), state: 'marked' }, { $set: { state: 'executed' }, $unset: CLOSED });
    return result.modified;
  }

  /** The subject's mark while it waits for execution, or null. */
  async openMark(tenantId: string, subjectId: string): Promise<MarkDoc | null> {
    const doc = await this.find(tenantId, subjectId);
    return doc?.state === 'marked' ? doc : null;
  }

  listMarked(tenantId: string, pageSize: number, pageToken: string): Promise<Page<Stored<MarkDoc>>> {
    return this.repository.list(tenantId, { filter: { state: 'marked' }, pageSize, pageToken, projection: { outbox: 0 } });
  }

  /** The mark of a sweep item (its key is the mark's id). */
  byKey(tenantId: string, key: string): Promise<Stored<MarkDoc> | null> {
    return this.repository.findById(tenantId, key, { outbox: 0 });
  }
}
