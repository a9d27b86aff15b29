import { createHash } from 'node:crypto';
import { Schema, type Connection, type FilterQuery, type Model } from 'mongoose';
import { ALL_TENANTS, defineTenantModel, isDuplicateKey, TenantRepository, type Page, type Stored } from '@lethe/platform/mongo';
import { withOutbox, type OutboxEntry } from '@lethe/platform/outbox';
import { messageModel, type Attempt, type MessageDoc, type MessageState } from './model';

/** States in which a message has not left yet and can still be purged. */
export const PENDING_STATES: readonly MessageState[] = ['queued', 'held'];

/** Which message an idempotency key made: found by `_id` alone, the key hashed (a caller's key may say more than an id). */
interface MessageKeyDoc {
  _id: string;
  tenantId: string;
  messageId: string;
  recipientId: string;
}

const messageKeySchema = new Schema<MessageKeyDoc>(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    messageId: { type: String, required: true },
    recipientId: { type: String, required: true },
  },
  { versionKey: false },
);
messageKeySchema.index({ tenantId: 1, recipientId: 1 });

const keyIdOf = (tenantId: string, idempotencyKey: string) => `${tenantId}:${createHash('sha256').update(idempotencyKey).digest('base64url')}`;

/**
 * The messages of every tenant, with the queries the delivery loop and the erasure need (each by
 * an index). A message is read and changed by its `_id` in its tenant.
 */
/** A person's part in a message: it goes to them, or it carries their data to someone else. */
export type PersonsRole = 'recipient' | 'about';

export class MessageStore {
  readonly model: Model<MessageDoc>;
  private readonly repository: TenantRepository<MessageDoc>;
  private readonly keys: TenantRepository<MessageKeyDoc>;

  constructor(connection: Connection) {
    this.model = messageModel(connection);
    this.repository = new TenantRepository(this.model, { resourceType: 'message' });
    this.keys = new TenantRepository(defineTenantModel(connection, 'MessageKey', messageKeySchema, 'message_keys'), { resourceType: 'message key' });
  }

  async init(): Promise<void> {
    await Promise.all([this.model.createIndexes(), this.keys.model.createIndexes()]);
  }

  get(tenantId: string, id: string): Promise<Stored<MessageDoc>> {
    return this.repository.getById(tenantId, id);
  }

  find(tenantId: string, id: string): Promise<Stored<MessageDoc> | null> {
    return this.repository.findById(tenantId, id);
  }

  async byIdempotencyKey(tenantId: string, idempotencyKey: string): Promise<Stored<MessageDoc> | null> {
    const key = await this.keys.findById(tenantId, keyIdOf(tenantId, idempotencyKey));
    return key ? this.find(tenantId, key.messageId) : null;
  }

  /**
   * Inserts a new message, its idempotency key first (a unique `_id`: of two writes with one key,
   * one inserts it); null when a message with the key exists already. A key left without its
   * message (the write before stopped between the two inserts) is completed with that message's id.
   */
  async insert(doc: MessageDoc): Promise<Stored<MessageDoc> | null> {
    const { tenantId } = doc;
    const keyId = keyIdOf(tenantId, doc.idempotencyKey);
    let messageId = doc._id;
    try {
      await this.keys.insert(tenantId, { _id: keyId, messageId, recipientId: doc.recipient.id });
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
      const key = await this.keys.findById(tenantId, keyId);
      if (!key || (await this.find(tenantId, key.messageId))) return null;
      messageId = key.messageId;
    }
    try {
      return await this.repository.insert(tenantId, { ...doc, _id: messageId });
    } catch (err) {
      if (isDuplicateKey(err)) return null;
      throw err;
    }
  }

  /** The messages to one person, newest first, without content. */
  listOfRecipient(tenantId: string, recipientId: string, pageSize: number, pageToken: string): Promise<Page<Stored<MessageDoc>>> {
    return this.repository.list(tenantId, { filter: { 'recipient.id': recipientId }, order: 'desc', pageSize, pageToken, projection: { content: 0, outbox: 0 } });
  }

  /** Every message to one person (or carrying their data to someone else), for their erasure or mark. */
  ofRecipient(tenantId: string, recipientId: string, states?: readonly MessageState[], role: PersonsRole = 'recipient'): Promise<Stored<MessageDoc>[]> {
    const filter: FilterQuery<MessageDoc> = role === 'recipient' ? { 'recipient.id': recipientId } : { aboutCandidateId: recipientId };
    if (states) filter.state = { $in: [...states] };
    return this.repository.find(tenantId, filter, { projection: { outbox: 0 } });
  }

  /** Messages whose next attempt is due, across tenants, oldest due first. */
  due(now: Date, limit: number): Promise<Stored<MessageDoc>[]> {
    return this.model
      .find({ nextAttemptAt: { $lte: now } }, { tenantId: 1, recipient: 1 })
      .sort({ nextAttemptAt: 1 })
      .limit(limit)
      .setOptions({ [ALL_TENANTS]: true })
      .lean<Stored<MessageDoc>[]>()
      .exec();
  }

  /** Messages whose attempt began before `startedBefore` and never ended (the process stopped mid-send). */
  interrupted(startedBefore: Date, limit: number): Promise<Stored<MessageDoc>[]> {
    return this.model
      .find({ sendingSince: { $lte: startedBefore } }, { tenantId: 1, recipient: 1 })
      .limit(limit)
      .setOptions({ [ALL_TENANTS]: true })
      .lean<Stored<MessageDoc>[]>()
      .exec();
  }

  /** The message a provider's delivery report names. */
  byProviderMessageId(providerMessageId: string): Promise<Stored<MessageDoc> | null> {
    return this.model
      .findOne({ providerMessageId }, { tenantId: 1, recipient: 1, state: 1 })
      .setOptions({ [ALL_TENANTS]: true })
      .lean<Stored<MessageDoc>>()
      .exec();
  }

  /** Marks the attempt as begun: from here on a stop of the process leaves the message `unknown`, never sent twice. */
  async beginAttempt(tenantId: string, id: string, now: Date): Promise<void> {
    await this.repository.updateOne(tenantId, { _id: id }, { $set: { state: 'sending', sendingSince: now }, $unset: { nextAttemptAt: 1 } });
  }

  /** Records an attempt's end and the state it leaves; `events` are published with it. */
  async endAttempt(
    tenantId: string,
    id: string,
    attempt: Attempt,
    change: { state: MessageState; nextAttemptAt?: Date; sentAt?: Date; providerMessageId?: string; failureReason?: string },
    events: readonly OutboxEntry[] = [],
  ): Promise<void> {
    const $set: Record<string, unknown> = { state: change.state };
    const $unset: Record<string, 1> = { sendingSince: 1 };
    for (const field of ['nextAttemptAt', 'sentAt', 'providerMessageId', 'failureReason'] as const) {
      if (change[field] !== undefined) $set[field] = change[field];
    }
    if (change.nextAttemptAt === undefined) $unset.nextAttemptAt = 1;
    await this.repository.updateOne(tenantId, { _id: id }, withOutbox({ $set, $unset, $push: { attempts: attempt } }, events));
  }

  /** Sets a state outside an attempt (suppressed, unknown, delivered, held → queued), with fields to set and clear. */
  async setState(tenantId: string, id: string, state: MessageState, set: Partial<MessageDoc> = {}, unset: readonly (keyof MessageDoc)[] = []): Promise<void> {
    const update: Record<string, unknown> = { $set: { ...set, state } };
    if (unset.length > 0) update.$unset = Object.fromEntries(unset.map((field) => [field, 1]));
    await this.repository.updateOne(tenantId, { _id: id }, update);
  }

  /** Deletes every message to the person (or carrying their data), and their idempotency keys. */
  async deleteOfRecipient(tenantId: string, recipientId: string, role: PersonsRole = 'recipient'): Promise<number> {
    if (role === 'recipient') {
      await this.keys.deleteMany(tenantId, { recipientId });
      return this.repository.deleteMany(tenantId, { 'recipient.id': recipientId });
    }
    const carrying = await this.repository.find(tenantId, { aboutCandidateId: recipientId }, { projection: { idempotencyKey: 1 } });
    if (carrying.length === 0) return 0;
    await this.keys.deleteMany(tenantId, { _id: { $in: carrying.map((message) => keyIdOf(tenantId, message.idempotencyKey)) } });
    return this.repository.deleteMany(tenantId, { aboutCandidateId: recipientId });
  }

  /** Removes the content of a person's messages; pending ones become `purged`. Returns how many changed. */
  async purgeOfRecipient(tenantId: string, recipientId: string, only: 'pending' | 'all', role: PersonsRole = 'recipient'): Promise<{ purged: number; shredded: number }> {
    const messages = await this.ofRecipient(tenantId, recipientId, undefined, role);
    let purged = 0;
    let shredded = 0;
    for (const message of messages) {
      if (PENDING_STATES.includes(message.state)) {
        await this.setState(tenantId, message._id, 'purged', {}, ['content', 'nextAttemptAt']);
        purged += 1;
      } else if (only === 'all' && message.content) {
        await this.setState(tenantId, message._id, message.state, {}, ['content']);
        shredded += 1;
      }
    }
    return { purged, shredded };
  }
}
