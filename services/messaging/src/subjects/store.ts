import { Schema, type Connection } from 'mongoose';
import { defineTenantModel, TenantRepository } from '@lethe/platform/mongo';

/** What retention decided about a person, as far as messages to them depend on it. */
export interface SubjectState {
  _id: string;
  tenantId: string;
  subjectId: string;
  markedAt?: Date;
  erasureRequestedAt?: Date;
  /** Campaign channels the person unsubscribed from. */
  unsubscribed: string[];
}

const schema = new Schema<SubjectState>(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    subjectId: { type: String, required: true },
    markedAt: Date,
    erasureRequestedAt: Date,
    unsubscribed: { type: [String], default: [] },
  },
  { versionKey: false },
);

const idOf = (tenantId: string, subjectId: string) => `${tenantId}:${subjectId}`;

/** One document per person messaging heard of: marks, erasure requests, unsubscribes. No personal data. */
export class SubjectStates {
  private readonly repository: TenantRepository<SubjectState>;

  constructor(connection: Connection) {
    this.repository = new TenantRepository(defineTenantModel(connection, 'MessagingSubject', schema, 'subjects'), { resourceType: 'subject' });
  }

  async get(tenantId: string, subjectId: string): Promise<SubjectState | null> {
    const state = await this.repository.findById(tenantId, idOf(tenantId, subjectId));
    // A record made by an upsert that only set dates has no list yet: nobody unsubscribed.
    return state && { ...state, unsubscribed: state.unsubscribed ?? [] };
  }

  async set(tenantId: string, subjectId: string, change: { markedAt?: Date | null; erasureRequestedAt?: Date | null; unsubscribe?: string }): Promise<void> {
    const $set: Record<string, unknown> = { subjectId };
    const $unset: Record<string, 1> = {};
    for (const field of ['markedAt', 'erasureRequestedAt'] as const) {
      if (change[field] === null) $unset[field] = 1;
      else if (change[field]) $set[field] = change[field];
    }
    const update: Record<string, unknown> = { $set };
    if (Object.keys($unset).length > 0) update.$unset = $unset;
    if (change.unsubscribe) update.$addToSet = { unsubscribed: change.unsubscribe };
    await this.repository.updateOne(tenantId, { _id: idOf(tenantId, subjectId) }, update, { upsert: true });
  }

  delete(tenantId: string, subjectId: string): Promise<number> {
    return this.repository.deleteMany(tenantId, { _id: idOf(tenantId, subjectId) });
  }
}
