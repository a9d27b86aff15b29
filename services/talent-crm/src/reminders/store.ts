import { Schema, type Connection, type FilterQuery, type Model } from 'mongoose';
import { ALL_TENANTS, defineTenantModel, TenantRepository, type Page, type Stored } from '@lethe/platform/mongo';
import type { Reminder, ReminderStateName } from './reminder';

/** A reminder as stored: its text a ciphertext under the talent's key. */
export interface ReminderDoc extends Omit<Reminder, 'id'> {
  _id: string;
  /**
   * When the delivery may take the reminder: its due date, and after a claim the end of that
   * claim (a delivery that stopped half-way leaves it to the next after that).
   */
  availableAt: Date;
  closedAt?: Date;
  closedBy?: string;
}

const schema = new Schema<ReminderDoc>(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    talentId: { type: String, required: true },
    assigneeId: { type: String, required: true },
    dueAt: { type: Date, required: true },
    text: { type: String, required: true },
    state: { type: String, required: true },
    availableAt: { type: Date, required: true },
    createdAt: { type: Date, required: true },
    createdBy: { type: String, required: true },
    deliveredAt: Date,
    messageId: String,
    closedAt: Date,
    closedBy: String,
  },
  { versionKey: false },
);
// The delivery's query across tenants; the two lists, with _id after the equality for their pages.
schema.index({ state: 1, availableAt: 1 });
schema.index({ tenantId: 1, talentId: 1, _id: 1 });
schema.index({ tenantId: 1, assigneeId: 1, _id: 1 });

/** Whom a list of reminders is about: one talent, or one recruiter's reminders. */
export type ReminderOwner = { talentId: string } | { assigneeId: string };

/** States a reminder is still to be acted on in. */
const NOT_CLOSED: readonly ReminderStateName[] = ['open', 'delivered'];

/** Reminders in MongoDB, each read and changed by `_id` (a UUIDv7) after a read in its tenant. */
export class ReminderStore {
  readonly model: Model<ReminderDoc>;
  private readonly repository: TenantRepository<ReminderDoc>;

  constructor(connection: Connection) {
    this.model = defineTenantModel(connection, 'Reminder', schema, 'reminders');
    this.repository = new TenantRepository(this.model, { resourceType: 'reminder' });
  }

  async insert(doc: ReminderDoc): Promise<Stored<ReminderDoc>> {
    return this.repository.insert(doc.tenantId, doc);
  }

  get(tenantId: string, id: string): Promise<Stored<ReminderDoc>> {
    return this.repository.getById(tenantId, id);
  }

  find(tenantId: string, id: string): Promise<Stored<ReminderDoc> | null> {
    return this.repository.findById(tenantId, id);
  }

  /** One page in the order they were made; `openOnly` leaves out the completed and cancelled ones. */
  list(tenantId: string, owner: ReminderOwner, openOnly: boolean, pageSize: number, pageToken: string): Promise<Page<Stored<ReminderDoc>>> {
    const filter: FilterQuery<ReminderDoc> = { ...owner, ...(openOnly ? { state: { $in: [...NOT_CLOSED] } } : {}) };
    return this.repository.list(tenantId, { filter, pageSize, pageToken });
  }

  /** Open reminders the delivery may take now, across tenants, the longest due first. */
  async due(now: Date, limit: number): Promise<Pick<ReminderDoc, '_id' | 'tenantId' | 'talentId'>[]> {
    return this.model
      .find({ state: 'open', availableAt: { $lte: now } }, { tenantId: 1, talentId: 1 })
      .setOptions({ [ALL_TENANTS]: true })
      .sort({ availableAt: 1 })
      .limit(limit)
      .lean<Pick<ReminderDoc, '_id' | 'tenantId' | 'talentId'>[]>()
      .exec();
  }

  /**
   * Takes a due reminder for one delivery with one conditional write: only while it is open and
   * available, and then not again before `until`. False when another delivery took it first.
   */
  async claim(tenantId: string, id: string, now: Date, until: Date): Promise<boolean> {
    const result = await this.repository.updateOne(tenantId, { _id: id, state: 'open', availableAt: { $lte: now } }, { $set: { availableAt: until } });
    return result.modified > 0;
  }

  /** Records the delivery of a claimed reminder. */
  async delivered(tenantId: string, id: string, at: Date, messageId: string): Promise<void> {
    await this.repository.updateOne(tenantId, { _id: id, state: 'open' }, { $set: { state: 'delivered', deliveredAt: at, messageId } });
  }

  /** Moves the reminder from the state it was read in to a closing one; false when it changed meanwhile. */
  async close(tenantId: string, id: string, from: ReminderStateName, to: ReminderStateName, at: Date, by: string): Promise<boolean> {
    const result = await this.repository.updateOne(tenantId, { _id: id, state: from }, { $set: { state: to, closedAt: at, closedBy: by } });
    return result.matched > 0;
  }

  deleteOfSubject(tenantId: string, talentId: string): Promise<number> {
    return this.repository.deleteMany(tenantId, { talentId });
  }
}
