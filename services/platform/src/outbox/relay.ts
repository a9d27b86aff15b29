import { setTimeout as sleep } from 'node:timers/promises';
import type { Collection, mongo } from 'mongoose';
import type { EventBus } from '../kafka/bus';
import type { EncodedRecord } from '../kafka/events';
import type { Logger } from '../logger';
import { documentLockKey, documentLocks } from './document-locks';
import { onOutboxWrite, OUTBOX_FIELD, OUTBOX_PENDING_FIELD, outboxRecord, type OutboxEntry } from './entry';

/** A collection of aggregates with an outbox, or a mongoose model over one. */
export type OutboxSource = Collection | { readonly collection: Collection; readonly modelName: string };

export interface OutboxRelayOptions {
  bus: EventBus;
  collections: readonly OutboxSource[];
  /** How often the relay looks for pending entries when nobody called notify(); 1 s by default. */
  pollIntervalMs?: number;
  /** Documents read per collection and pass; 500 by default. */
  batchSize?: number;
  logger: Logger;
}

interface AggregateWithOutbox {
  _id: string | number | mongo.ObjectId;
  outbox?: OutboxEntry[];
  outboxPending?: boolean;
}

const MAX_FAILURE_BACKOFF_MS = 30_000;
/** FerretDB (1.24, SQLite) stops answering an update command of 100 or more statements; MongoDB takes any size. */
const STATEMENTS_PER_WRITE = 50;

/**
 * Publishes the outbox entries of aggregate documents and then removes exactly those entries.
 *
 * A crash after the state write and before the publish loses nothing (the entry is in the
 * document); a crash after the publish and before the removal publishes the entry again with the
 * same event id, which consumers' redelivery guard absorbs. Several relays may run at once: the
 * removal is `$pullAll` of the entries as read, so it never touches entries added meanwhile, and
 * the pending flag is cleared only by a write that finds the array empty.
 */
export class OutboxRelay {
  private readonly bus: EventBus;
  private readonly collections: Collection[];
  private readonly pollIntervalMs: number;
  private readonly batchSize: number;
  private readonly logger: Logger;
  private running = false;
  private loop?: Promise<void>;
  private wake?: () => void;
  private woken = false;
  private queue: Promise<unknown> = Promise.resolve();
  private failures = 0;
  private stopListening?: () => void;

  constructor(options: OutboxRelayOptions) {
    this.bus = options.bus;
    this.collections = options.collections.map((source) => ('modelName' in source ? source.collection : source));
    this.pollIntervalMs = options.pollIntervalMs ?? 1_000;
    this.batchSize = options.batchSize ?? 500;
    this.logger = options.logger.child({ component: 'outbox-relay' });
  }

  /** Creates the pending-flag index and starts polling. */
  async start(): Promise<void> {
    if (this.running) return;
    await Promise.all(this.collections.map((collection) => collection.createIndex({ [OUTBOX_PENDING_FIELD]: 1 })));
    this.running = true;
    const names = new Set(this.collections.map((collection) => collection.collectionName));
    this.stopListening = onOutboxWrite((name) => {
      if (names.has(name)) this.notify();
    });
    this.loop = this.run();
  }

  /** Stops polling; a pass in progress finishes first. */
  async stop(): Promise<void> {
    this.running = false;
    this.stopListening?.();
    this.notify();
    await this.loop;
    await this.queue.catch(() => undefined);
  }

  /** Wakes the relay now, e.g. right after a write with outbox entries. */
  notify(): void {
    this.woken = true;
    this.wake?.();
  }

  /** Publishes everything pending now; resolves with the number of events published. */
  async flush(): Promise<number> {
    let total = 0;
    for (;;) {
      const { documents, published } = await this.pass();
      total += published;
      if (documents === 0 || published === 0) return total;
    }
  }

  private async run(): Promise<void> {
    while (this.running) {
      let documents = 0;
      try {
        ({ documents } = await this.pass());
        this.failures = 0;
      } catch (err) {
        this.failures++;
        const delay = Math.min(this.pollIntervalMs * 2 ** this.failures, MAX_FAILURE_BACKOFF_MS);
        this.logger.error({ err, failures: this.failures, delayMs: delay }, 'outbox relay pass failed');
        await this.idle(delay);
        continue;
      }
      // A full batch means there is probably more: go again at once.
      if (documents < this.batchSize) await this.idle(this.pollIntervalMs);
    }
  }

  private async idle(ms: number): Promise<void> {
    if (this.woken || !this.running) {
      this.woken = false;
      return;
    }
    const controller = new AbortController();
    this.wake = () => controller.abort();
    await sleep(ms, undefined, { signal: controller.signal }).catch(() => undefined);
    this.wake = undefined;
    this.woken = false;
  }

  /** One pass over every collection; passes never overlap (flush and the loop share this queue). */
  private pass(): Promise<{ documents: number; published: number }> {
    const next = this.queue.then(async () => {
      let documents = 0;
      let published = 0;
      for (const collection of this.collections) {
        const result = await this.relay(collection);
        documents += result.documents;
        published += result.published;
      }
      return { documents, published };
    });
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async relay(collection: Collection): Promise<{ documents: number; published: number }> {
    const aggregates = collection as unknown as mongo.Collection<AggregateWithOutbox>;
    const docs = await aggregates.find({ [OUTBOX_PENDING_FIELD]: true }, { projection: { [OUTBOX_FIELD]: 1 } }).limit(this.batchSize).toArray();
    if (docs.length === 0) return { documents: 0, published: 0 };

    const records: EncodedRecord[] = [];
    for (const doc of docs) {
      for (const entry of doc.outbox ?? []) {
        try {
          records.push(outboxRecord(entry, this.bus.source));
        } catch (err) {
          // Unpublishable (corrupt) entries would block the document forever; they are removed and logged.
          this.logger.error({ err, collection: collection.collectionName, eventId: entry?.eventId }, 'dropping a malformed outbox entry');
        }
      }
    }
    await this.bus.publishRecords(records);

    // Per document, remove exactly the entries as read (an `_id`-only filter: the one FerretDB answers
    // without decoding every document); then one statement clears the flag of the documents left empty.
    const removals = docs
      .filter((doc) => doc.outbox?.length)
      .map((doc) => ({ updateOne: { filter: { _id: doc._id }, update: { $pullAll: { outbox: doc.outbox ?? [] } } } }));
    // The service's own updates of these documents wait meanwhile (FerretDB would lose one of two concurrent updates).
    const release = await documentLocks.acquireAll(docs.map((doc) => documentLockKey(collection.collectionName, doc._id)).filter((key): key is string => key !== undefined));
    try {
      for (let start = 0; start < removals.length; start += STATEMENTS_PER_WRITE) {
        await aggregates.bulkWrite(removals.slice(start, start + STATEMENTS_PER_WRITE), { ordered: true });
      }
      await aggregates.updateMany(
        { _id: { $in: docs.map((doc) => doc._id) }, $or: [{ [OUTBOX_FIELD]: { $size: 0 } }, { [OUTBOX_FIELD]: { $exists: false } }] },
        { $set: { [OUTBOX_PENDING_FIELD]: false } },
      );
    } finally {
      release();
    }
    if (records.length > 0) this.logger.debug({ collection: collection.collectionName, events: records.length }, 'outbox entries published');
    return { documents: docs.length, published: records.length };
  }
}
