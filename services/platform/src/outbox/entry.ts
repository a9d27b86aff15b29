import { EventEmitter } from 'node:events';
import { bufferOf } from '../mongo/binary';
import { documentLockKey, documentLocks } from '../mongo/ferretdb';
import { Schema } from 'mongoose';
import { PreconditionError } from '../errors/errors';
import type { EventTypeName, TopicContract } from '@lethe/protos';
import type { SubjectCipher } from '../crypto/subject-cipher';
import type { EncodedRecord, PublishEvent } from '../kafka/events';
import { HEADERS } from '../kafka/events';
import { encodeEvent } from '../kafka/records';
import { injectTraceContext } from '../telemetry/tracing';

/**
 * An event waiting in an aggregate document until the relay has published it. It is written in
 * the same single-document write as the state change it announces, so either both exist or neither.
 */
export interface OutboxEntry {
  eventId: string;
  topic: string;
  type: EventTypeName;
  key: string;
  tenantId: string;
  subjectId?: string;
  /** The event encoded for its topic (see `sealed`). */
  payload: Buffer;
  /**
   * The payload is sealed under the subject's data key: an event that carries the person's data
   * to an integration's topic waits encrypted, as every personal datum at rest does. The relay
   * opens it as it publishes; once the person's key is gone (erased, reduced) it is dropped unsent.
   */
  sealed?: boolean;
  /** CloudEvents headers and the trace context of the write. */
  headers: Record<string, string>;
  createdAt: Date;
}

/** The cipher field a sealed payload is bound to. */
const SEALED_PAYLOAD_FIELD = 'outbox-payload';

/**
 * An outbox entry whose payload carries the subject's personal data (an integration's topic):
 * encrypted under the subject's key until the relay publishes it.
 */
export async function sealedOutboxEntry<T extends EventTypeName>(topic: TopicContract<T>, event: PublishEvent<T> & { subjectId: string }, cipher: SubjectCipher): Promise<OutboxEntry> {
  const { payload, headers, createdAt, ...entry } = outboxEntry(topic, event);
  const sealed = await cipher.encrypt(entry.tenantId, event.subjectId, SEALED_PAYLOAD_FIELD, payload);
  // Fields in the schema's order, as outboxEntry writes them.
  return { ...entry, payload: Buffer.from(sealed, 'utf8'), sealed: true, headers, createdAt };
}

/** The payload of an entry as it is published: a sealed one opened with the subject's key. */
export async function openedPayload(entry: OutboxEntry, cipher: SubjectCipher | undefined): Promise<Buffer> {
  const payload = bufferOf(entry.payload);
  if (!entry.sealed) return payload;
  if (!cipher || !entry.subjectId) throw new TypeError('a sealed outbox entry needs the cipher and its subject to be opened');
  return cipher.decryptBuffer(entry.tenantId, entry.subjectId, SEALED_PAYLOAD_FIELD, payload.toString('utf8'));
}

/** Field names the outbox adds to an aggregate document. */
export const OUTBOX_FIELD = 'outbox';
/** Indexed flag: true while the document has entries to publish (FerretDB has no partial indexes). */
export const OUTBOX_PENDING_FIELD = 'outboxPending';

/** Encodes an event for the outbox now, capturing the active trace context. */
export function outboxEntry<T extends EventTypeName>(topic: TopicContract<T>, event: PublishEvent<T>): OutboxEntry {
  const encoded = encodeEvent(topic, event, injectTraceContext({}));
  // Fields in the schema's order, as MongoDB stores them: the relay removes entries by equality.
  return {
    eventId: encoded.id,
    topic: encoded.topic,
    type: encoded.type,
    key: encoded.key,
    tenantId: encoded.tenantId,
    ...(encoded.subjectId ? { subjectId: encoded.subjectId } : {}),
    payload: encoded.value,
    headers: encoded.headers,
    createdAt: new Date(),
  };
}

type UpdateOperators = { [operator: `$${string}`]: unknown };

/**
 * Adds outbox entries to an update (operators only, e.g. `{ $set: {...} }`): `$push`es them and
 * raises the pending flag, in the same single-document write as the state change.
 */
export function withOutbox<U extends UpdateOperators>(update: U, entries: readonly OutboxEntry[]): U {
  if (entries.length === 0) return update;
  const plain = Object.keys(update).filter((key) => !key.startsWith('$'));
  if (plain.length > 0) throw new PreconditionError('INVALID_OUTBOX_UPDATE', `withOutbox needs an update made of operators, got field(s) ${plain.join(', ')}`);
  const push = (update.$push ?? {}) as Record<string, unknown>;
  const set = (update.$set ?? {}) as Record<string, unknown>;
  return {
    ...update,
    $push: { ...push, [OUTBOX_FIELD]: { $each: [...entries] } },
    $set: { ...set, [OUTBOX_PENDING_FIELD]: true },
  };
}

/** A new document carrying outbox entries (for inserts). */
export function withOutboxDoc<D extends object>(doc: D, entries: readonly OutboxEntry[]): D & { outbox: OutboxEntry[]; outboxPending: boolean } {
  return { ...doc, [OUTBOX_FIELD]: [...entries], [OUTBOX_PENDING_FIELD]: entries.length > 0 } as D & { outbox: OutboxEntry[]; outboxPending: boolean };
}

/** The record an entry becomes on Kafka (with its payload as published); `ce_source` is the publishing service's name. */
export function outboxRecord(entry: OutboxEntry, source: string, value: Buffer = bufferOf(entry.payload)): EncodedRecord {
  return {
    topic: entry.topic,
    key: entry.key,
    value,
    headers: { ...entry.headers, [HEADERS.source]: entry.headers[HEADERS.source] ?? source },
  };
}

const outboxEntrySchema = new Schema(
  {
    eventId: { type: String, required: true },
    topic: { type: String, required: true },
    type: { type: String, required: true },
    key: { type: String, required: true },
    tenantId: { type: String, required: true },
    subjectId: { type: String },
    payload: { type: Buffer, required: true },
    sealed: { type: Boolean },
    headers: { type: Schema.Types.Mixed, required: true },
    createdAt: { type: Date, required: true },
  },
  { _id: false },
);

/**
 * Mongoose plugin for aggregate schemas that carry an outbox: the entry array, the indexed pending
 * flag the relay polls on. Without it a strict schema would silently drop the entries.
 */
export function outboxPlugin(schema: Schema): void {
  schema.add({
    [OUTBOX_FIELD]: { type: [outboxEntrySchema], default: undefined },
    [OUTBOX_PENDING_FIELD]: { type: Boolean, default: false },
  });
  schema.index({ [OUTBOX_PENDING_FIELD]: 1 });
  // Updates of one document take turns with the relay's removals (see DocumentLocks).
  schema.pre(['updateOne', 'findOneAndUpdate'], async function (this: LockableQuery) {
    const key = documentLockKey(this.model.collection.collectionName, this.getFilter()._id);
    if (key) this[RELEASE] = await documentLocks.acquire(key);
  });
  schema.post(['updateOne', 'findOneAndUpdate'], function (this: LockableQuery) {
    this[RELEASE]?.();
  });
  const releaseOnError = function (this: LockableQuery, err: unknown, _result: unknown, next: (err?: unknown) => void) {
    this[RELEASE]?.();
    next(err);
  };
  schema.post(['updateOne', 'findOneAndUpdate'], { errorHandler: true }, releaseOnError as never);
  // Tell the relays of this process at once, naming the documents when the write does, so an
  // event waits for Kafka, not for the next poll or a query of the whole collection.
  schema.post(['updateOne', 'updateMany', 'findOneAndUpdate'], function (this: { getUpdate(): unknown; getFilter(): { _id?: unknown }; model: { collection: { collectionName: string } } }, result: unknown) {
    const added = (this.getUpdate() as { $push?: Record<string, { $each?: OutboxEntry[] } | undefined> } | null)?.$push?.[OUTBOX_FIELD]?.$each;
    // An update that matched nothing (e.g. a version check that lost) wrote no entries.
    if (!added?.length || !wroteSomething(result)) return;
    const id = this.getFilter()._id;
    outboxWrites.emit('write', { collectionName: this.model.collection.collectionName, updated: isDocumentId(id) ? [id] : undefined } satisfies OutboxWrite);
  });
  schema.post('save', function (this: WrittenDocument & { collection: { collectionName: string } }) {
    emitInserted(this.collection.collectionName, [this]);
  });
  schema.post('insertMany', function (this: { collection: { collectionName: string } }, docs: unknown) {
    emitInserted(this.collection.collectionName, docs as WrittenDocument[]);
  });
}

/** Whether an update's result says a document was changed or inserted (findOneAndUpdate returns the document, or null). */
function wroteSomething(result: unknown): boolean {
  if (result === null || result === undefined) return false;
  const counts = result as { matchedCount?: number; upsertedCount?: number; lastErrorObject?: { n?: number } };
  if (typeof counts.matchedCount === 'number') return counts.matchedCount + (counts.upsertedCount ?? 0) > 0;
  if (counts.lastErrorObject) return (counts.lastErrorObject.n ?? 0) > 0;
  return true;
}

/** A document as saved or inserted: a mongoose document, or the plain one a lean insertMany wrote. */
type WrittenDocument = { _id: unknown; get(path: string): { toObject(): OutboxEntry }[] | undefined } | { _id: unknown; [OUTBOX_FIELD]?: OutboxEntry[]; get?: undefined };

/** The entries as stored: a plain document's own (no copy), a mongoose document's as plain objects. */
function writtenEntries(doc: WrittenDocument): OutboxEntry[] {
  if (typeof doc.get === 'function') return (doc.get(OUTBOX_FIELD) ?? []).map((entry) => entry.toObject());
  return (doc as { [OUTBOX_FIELD]?: OutboxEntry[] })[OUTBOX_FIELD] ?? [];
}

function emitInserted(collectionName: string, docs: readonly WrittenDocument[]): void {
  const documents = docs.map((doc) => ({ _id: doc._id, outbox: writtenEntries(doc) })).filter((doc) => doc.outbox.length > 0);
  if (documents.length === 0) return;
  const named = documents.every((doc) => isDocumentId(doc._id));
  outboxWrites.emit('write', { collectionName, inserted: named ? (documents as OutboxWrite['inserted']) : undefined } satisfies OutboxWrite);
}

function isDocumentId(id: unknown): id is string | number {
  return typeof id === 'string' || typeof id === 'number';
}

const RELEASE = Symbol('outbox document lock');

interface LockableQuery {
  [RELEASE]?: () => void;
  getFilter(): { _id?: unknown };
  model: { collection: { collectionName: string } };
}

/** Writes with outbox entries in this process, by collection name (the relay listens). */
const outboxWrites = new EventEmitter().setMaxListeners(0);

/** A write through an outbox model that added entries; without `inserted` or `updated` it did not name its documents. */
export interface OutboxWrite {
  collectionName: string;
  /** New documents and their entries, as stored. */
  inserted?: { _id: string | number; outbox: OutboxEntry[] }[];
  /** Documents an update gave entries: the relay reads them, so entries still pending from earlier writes go out first. */
  updated?: (string | number)[];
}

/** Calls `listener` after every write through an outbox model in this process that added entries. */
export function onOutboxWrite(listener: (write: OutboxWrite) => void): () => void {
  outboxWrites.on('write', listener);
  return () => outboxWrites.off('write', listener);
}
