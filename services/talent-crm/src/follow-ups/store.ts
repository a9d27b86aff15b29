import { Schema, type Connection, type Model } from 'mongoose';
import type { IssuedLink } from '@lethe/platform/links';
import { defineTenantModel, TenantRepository, type Stored } from '@lethe/platform/mongo';
import { outboxPlugin, withOutboxDoc, type OutboxEntry } from '@lethe/platform/outbox';
import type { Language, ProfileFieldName } from '../talents/talent';
import type { FollowUpPurposeName } from './follow-up';

/**
 * A question to a talent answered through a link in a message: a recruiter's follow-up, or the
 * second step of a two-step talent form. Ids, dates and field names only; the answers go into the
 * talent's profile. Erased with the talent.
 */
export interface FollowUpDoc {
  /** A UUIDv7: also the scope its links are bound to. */
  _id: string;
  tenantId: string;
  talentId: string;
  purpose: FollowUpPurposeName;
  /** The profile fields the page asks, and the choices of interests where it asks them. */
  asked: ProfileFieldName[];
  interestOptions: string[];
  /** The language of the message and the page. */
  language: Language;
  /** The form (and its version) whose second step this is. */
  formId?: string;
  formVersion?: number;
  requestedAt: Date;
  /** A recruiter, or `talent-form:<form id>`. */
  requestedBy: string;
  /** The current link, issued into the message `messageId`; the one before stops working. */
  linkId?: string;
  messageId?: string;
  sentAt?: Date;
  expiresAt?: Date;
  answeredAt?: Date;
  outbox?: OutboxEntry[];
  outboxPending?: boolean;
}

const schema = new Schema<FollowUpDoc>(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    talentId: { type: String, required: true },
    purpose: { type: String, required: true },
    asked: { type: [String], default: [] },
    interestOptions: { type: [String], default: [] },
    language: { type: String, required: true },
    formId: String,
    formVersion: Number,
    requestedAt: { type: Date, required: true },
    requestedBy: { type: String, required: true },
    linkId: String,
    messageId: String,
    sentAt: Date,
    expiresAt: Date,
    answeredAt: Date,
  },
  { versionKey: false },
);
schema.plugin(outboxPlugin);
schema.index({ tenantId: 1, talentId: 1 });

const WITHOUT_OUTBOX = { outbox: 0, outboxPending: 0 } as const;
const UNANSWERED = { answeredAt: { $exists: false } } as const;

/** Follow-up requests (and forms' second steps), read and changed by `_id`. */
export class FollowUpStore {
  readonly model: Model<FollowUpDoc>;
  private readonly repository: TenantRepository<FollowUpDoc>;

  constructor(connection: Connection) {
    this.model = defineTenantModel(connection, 'TalentFollowUp', schema, 'follow_ups');
    this.repository = new TenantRepository(this.model, { resourceType: 'follow-up request' });
  }

  /** A new request with the event that has messaging send it. */
  async insert(doc: FollowUpDoc, events: readonly OutboxEntry[]): Promise<void> {
    await this.repository.insert(doc.tenantId, withOutboxDoc(doc, events));
  }

  find(tenantId: string, id: string): Promise<Stored<FollowUpDoc> | null> {
    return this.repository.findById(tenantId, id, WITHOUT_OUTBOX);
  }

  get(tenantId: string, id: string): Promise<Stored<FollowUpDoc>> {
    return this.repository.getById(tenantId, id, WITHOUT_OUTBOX);
  }

  /** Points an unanswered request at the link issued into `messageId`; false once it was answered. */
  async pointAt(doc: Pick<FollowUpDoc, '_id' | 'tenantId'>, link: Pick<IssuedLink, 'id' | 'expiresAt'>, messageId: string, now: Date): Promise<boolean> {
    const result = await this.repository.updateOne(doc.tenantId, { _id: doc._id, ...UNANSWERED }, { $set: { linkId: link.id, expiresAt: link.expiresAt, messageId, sentAt: now } });
    return result.matched === 1;
  }

  async answered(doc: Pick<FollowUpDoc, '_id' | 'tenantId'>, now: Date): Promise<void> {
    await this.repository.updateOne(doc.tenantId, { _id: doc._id, ...UNANSWERED }, { $set: { answeredAt: now } });
  }

  /** Every request to the talent: for erasure. */
  deleteOfSubject(tenantId: string, talentId: string): Promise<number> {
    return this.repository.deleteMany(tenantId, { talentId });
  }
}
