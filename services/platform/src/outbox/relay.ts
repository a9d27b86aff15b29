import { setTimeout as sleep } from 'node:timers/promises';
import type { Collection, mongo } from 'mongoose';
import { SubjectShreddedError, type SubjectCipher } from '../crypto/subject-cipher';
import type { EventBus } from '../kafka/bus';
import type { EncodedRecord } from '../kafka/events';
import type { Logger } from '../telemetry/logger';
import { documentLockKey, documentLocks, inBatches } from '../mongo/ferretdb';
import { onOutboxWrite, openedPayload, OUTBOX_FIELD, OUTBOX_PENDING_FIELD, outboxRecord, type OutboxEntry, type OutboxWrite } from './entry';

/** A collection of aggregates with an outbox, or a mongoose model over one. */
export type OutboxSource = Collection | { readonly collection: Collection; readonly modelName: string };

export interface OutboxRelayOptions {
  bus: EventBus;
  collections: readonly OutboxSource[];
  /** How often every collection is queried for pending entries (other processes' writes), however busy the relay is; 1 s by default. */
  pollIntervalMs?: number;
  /** Documents read per collection and pass; RELAY_BATCH by default. */
  batchSize?: number;
  logger: Logger;
  /** Opens sealed entries (see OutboxEntry.sealed). */
  cipher?: SubjectCipher;
}

interface WrittenDocuments {
  inserted: NonNullable<OutboxWrite['inserted']>;
  updated: Set<string | number>;
}

/** Documents read from one collection in a pass, to publish and then clean up. */
interface DocumentsRead {
  collection: Collection;
  docs: AggregateWithOutbox[];
}

interface AggregateWithOutbox {
  _id: string | number | mongo.ObjectId;
  outbox?: OutboxEntry[];
  outboxPending?: boolean;
}

const MAX_FAILURE_BACKOFF_MS = 30_000;

/**
 * Documents a pass reads per collection by default: as many as the largest batch a service writes
 * at once (1,000 candidates in one BulkCreateCandidates), so such a batch is published by one pass,
 * with one clean-up of the pending flags per collection (on FerretDB each reads the collection).
 */
export const RELAY_BATCH = 1_000;

/**
 * Publishes the outbox entries of aggregate documents and then removes exactly those entries.
 *
 * A crash after the state write and before the publish loses nothing (the entry is in the
 * document); a crash after the publish and before the removal publishes the entry again with the
 * same event id, which consumers' redelivery guard absorbs. Several relays may run at once: the
 * removal empties an array only while it is exactly as read and otherwise pulls the entries as
 * read, so it never touches entries added meanwhile, and the pending flag is cleared only by a
 * write that leaves or finds the array empty.
 */
export class OutboxRelay {
  private readonly bus: EventBus;
  private readonly collections: Collection[];
  private readonly pollIntervalMs: number;
  private readonly batchSize: number;
  private readonly logger: Logger;
  private readonly cipher?: SubjectCipher;
  private running = false;
  private loop?: Promise<void>;
  private wake?: () => void;
  /** Collections the next pass queries: written to by a write that did not name its documents, or all. */
  private readonly due = new Set<Collection>();
  /** Documents written in this process since the last pass: published without a query of the whole collection. */
  private readonly written = new Map<Collection, WrittenDocuments>();
  private queue: Promise<unknown> = Promise.resolve();
  private failures = 0;
  private lastQueriedAll = 0;
  private stopListening?: () => void;

  constructor(options: OutboxRelayOptions) {
    this.bus = options.bus;
    this.collections = options.collections.map((source) => ('modelName' in source ? source.collection : source));
    this.pollIntervalMs = options.pollIntervalMs ?? 1_000;
    this.batchSize = options.batchSize ?? RELAY_BATCH;
    this.logger = options.logger.child({ component: 'outbox-relay' });
    this.cipher = options.cipher;
  }

  /** Creates the pending-flag index and starts polling. */
  async start(): Promise<void> {
    if (this.running) return;
    await Promise.all(this.collections.map((collection) => collection.createIndex({ [OUTBOX_PENDING_FIELD]: 1 })));
    this.running = true;
    const byName = new Map(this.collections.map((collection) => [collection.collectionName, collection]));
    // A write in this process wakes the relay for its own documents, or at least its own collection.
    this.stopListening = onOutboxWrite(({ collectionName, inserted, updated }) => {
      const collection = byName.get(collectionName);
      if (!collection) return;
      if (!inserted && !updated) return this.markDue([collection]);
      const written = this.written.get(collection) ?? { inserted: [], updated: new Set() };
      // Writes faster than the relay (a bulk import) are not all held here: past two batches' worth,
      // the collection is queried instead, a batch a pass, from the entries as stored.
      if (written.inserted.length + written.updated.size + (inserted?.length ?? 0) + (updated?.length ?? 0) > 2 * this.batchSize) {
        this.written.delete(collection);
        return this.markDue([collection]);
      }
      written.inserted.push(...(inserted ?? []));
      for (const id of updated ?? []) written.updated.add(id);
      this.written.set(collection, written);
      this.wake?.();
    });
    this.markDue(this.collections);
    this.loop = this.run();
  }

  /** Stops polling; a pass in progress finishes first. */
  async stop(): Promise<void> {
    this.running = false;
    this.stopListening?.();
    this.wake?.();
    await this.loop;
    await this.queue.catch(() => undefined);
  }

  /** Wakes the relay now for every collection, e.g. after another process wrote outbox entries. */
  notify(): void {
    this.markDue(this.collections);
  }

  /** Publishes everything pending now; resolves with the number of events published. */
  async flush(): Promise<number> {
    let total = 0;
    for (;;) {
      const results = await this.pass(this.collections, new Map());
      const published = results.reduce((sum, result) => sum + result.published, 0);
      total += published;
      if (published === 0 || results.every((result) => result.documents === 0)) return total;
    }
  }

  private markDue(collections: readonly Collection[]): void {
    for (const collection of collections) this.due.add(collection);
    this.wake?.();
  }

  private async run(): Promise<void> {
    while (this.running) {
      if (this.due.size === 0 && this.written.size === 0) {
        await this.idle(Math.max(0, this.lastQueriedAll + this.pollIntervalMs - Date.now()));
        if (!this.running) break;
      }
      // Every poll interval, busy or not, every collection is queried: other processes write too.
      if (Date.now() - this.lastQueriedAll >= this.pollIntervalMs) this.markDue(this.collections);
      if (this.due.size === this.collections.length) this.lastQueriedAll = Date.now();
      const targets = [...this.due];
      this.due.clear();
      // A collection that is queried anyway needs no separate publishing of its written documents.
      const written = new Map([...this.written].filter(([collection]) => !targets.includes(collection)));
      this.written.clear();
      try {
        const results = await this.pass(targets, written);
        this.failures = 0;
        // A full batch means there is probably more: go again at once.
        targets.forEach((collection, i) => {
          if (results[i].documents >= this.batchSize) this.due.add(collection);
        });
      } catch (err) {
        this.failures++;
        const delay = Math.min(this.pollIntervalMs * 2 ** this.failures, MAX_FAILURE_BACKOFF_MS);
        this.logger.error({ err, failures: this.failures, delayMs: delay }, 'outbox relay pass failed');
        for (const collection of [...targets, ...written.keys()]) this.due.add(collection);
        await this.idle(delay);
      }
    }
  }

  /** Waits `ms`, or less when woken (a write, notify or stop). */
  private async idle(ms: number): Promise<void> {
    if (!this.running) return;
    const controller = new AbortController();
    this.wake = () => controller.abort();
    await sleep(ms, undefined, { signal: controller.signal }).catch(() => undefined);
    this.wake = undefined;
  }

  /**
   * Publishes the `written` documents' entries and those pending in `collections` (queried), in
   * one batch in the order they were written; returns a result per queried collection. Passes
   * never overlap (flush and the loop share this queue).
   */
  private pass(collections: readonly Collection[], written: ReadonlyMap<Collection, WrittenDocuments>): Promise<{ documents: number; published: number }[]> {
    const next = this.queue.then(async () => {
      const reads: DocumentsRead[] = [];
      for (const [collection, documents] of written) reads.push({ collection, docs: await this.readWritten(collection, documents) });
      const queried: DocumentsRead[] = [];
      for (const collection of collections) queried.push({ collection, docs: await this.pending(collection) });
      const published = await this.publish([...reads, ...queried]);
      return queried.map((read, i) => ({ documents: read.docs.length, published: published[reads.length + i] }));
    });
    this.queue = next.catch(() => undefined);
    return next;
  }

  private pending(collection: Collection): Promise<AggregateWithOutbox[]> {
    const aggregates = collection as unknown as mongo.Collection<AggregateWithOutbox>;
    // batchSize: the whole batch in one reply, not 101 documents and a getMore for the rest.
    return aggregates.find({ [OUTBOX_PENDING_FIELD]: true }, { projection: { [OUTBOX_FIELD]: 1 } }).limit(this.batchSize).batchSize(this.batchSize).toArray();
  }

  /**
   * The written documents with their pending entries: new ones as written; updated ones read by
   * `_id`, which also brings entries earlier writes left pending, in their order.
   */
  private async readWritten(collection: Collection, { inserted, updated }: WrittenDocuments): Promise<AggregateWithOutbox[]> {
    const ids = [...updated];
    const aggregates = collection as unknown as mongo.Collection<AggregateWithOutbox>;
    const read = ids.length === 0 ? [] : await aggregates.find({ _id: { $in: ids } }, { projection: { [OUTBOX_FIELD]: 1 } }).toArray();
    return [...inserted.filter((doc) => !updated.has(doc._id)), ...read];
  }

  /**
   * Publishes the entries of every read document, oldest first across documents and collections
   * (one subject's events may sit in several documents: a record and its activity log), then
   * removes exactly those entries; returns how many events each read put out.
   */
  private async publish(reads: readonly DocumentsRead[]): Promise<number[]> {
    /** Per document, its entries in the order they were written (its array's order). */
    const queues: { record: EncodedRecord; createdAt: number }[][] = [];
    const counts: number[] = [];
    for (const { collection, docs } of reads) {
      let count = 0;
      for (const doc of docs) {
        const queue: { record: EncodedRecord; createdAt: number }[] = [];
        for (const entry of doc.outbox ?? []) {
          try {
            const record = entry.sealed ? outboxRecord(entry, this.bus.source, await openedPayload(entry, this.cipher)) : outboxRecord(entry, this.bus.source);
            queue.push({ record, createdAt: new Date(entry.createdAt).getTime() });
            count++;
          } catch (err) {
            if (err instanceof SubjectShreddedError) {
              // The person was erased or reduced before it went out: what it carried of them is gone, and so is the event.
              this.logger.info({ collection: collection.collectionName, eventId: entry.eventId, type: entry.type }, 'an outbox entry about an erased person is dropped unsent');
            } else {
              // Unpublishable (corrupt) entries would block the document forever; they are removed and logged.
              this.logger.error({ err, collection: collection.collectionName, eventId: entry?.eventId }, 'dropping a malformed outbox entry');
            }
          }
        }
        if (queue.length > 0) queues.push(queue);
      }
      counts.push(count);
    }
    if (reads.every(({ docs }) => docs.length === 0)) return counts;
    await this.bus.publishRecords(mergeByTime(queues));
    for (const { collection, docs } of reads) await this.removePublished(collection, docs);
    const published = counts.reduce((sum, count) => sum + count, 0);
    if (published > 0) this.logger.debug({ events: published }, 'outbox entries published');
    return counts;
  }

  /**
   * Per document (found by `_id`), empties the array and clears the flag in one write where the
   * array is still exactly as read. Where it is not (an entry was added meanwhile, or another relay
   * removed some), removes exactly the entries as read, and then one statement clears the flag of
   * the documents left empty.
   */
  private async removePublished(collection: Collection, docs: readonly AggregateWithOutbox[]): Promise<void> {
    if (docs.length === 0) return;
    const aggregates = collection as unknown as mongo.Collection<AggregateWithOutbox>;
    const withEntries = docs.filter((doc) => doc.outbox?.length);
    // The service's own updates of these documents wait meanwhile (FerretDB would lose one of two concurrent updates).
    const release = await documentLocks.acquireAll(docs.map((doc) => documentLockKey(collection.collectionName, doc._id)).filter((key): key is string => key !== undefined));
    try {
      let emptied = 0;
      for (const batch of inBatches(withEntries)) {
        const writes = batch.map((doc) => ({
          updateOne: { filter: { _id: doc._id, [OUTBOX_FIELD]: doc.outbox }, update: { $set: { [OUTBOX_FIELD]: [], [OUTBOX_PENDING_FIELD]: false } } },
        }));
        emptied += (await aggregates.bulkWrite(writes, { ordered: true })).matchedCount;
      }
      if (emptied < withEntries.length) {
        for (const batch of inBatches(withEntries)) {
          await aggregates.bulkWrite(
            batch.map((doc) => ({ updateOne: { filter: { _id: doc._id }, update: { $pullAll: { [OUTBOX_FIELD]: doc.outbox ?? [] } } } })),
            { ordered: true },
          );
        }
      }
      if (emptied === docs.length) return;
      await aggregates.updateMany(
        { _id: { $in: docs.map((doc) => doc._id) }, $or: [{ [OUTBOX_FIELD]: { $size: 0 } }, { [OUTBOX_FIELD]: { $exists: false } }] },
        { $set: { [OUTBOX_PENDING_FIELD]: false } },
      );
    } finally {
      release();
    }
  }
}

/**
 * One sequence from per-document queues: each document's entries stay in their written order (the
 * times in them come from the writers' clocks, which may differ), and across documents the earliest
 * head goes first; ties keep the order the documents were read in.
 */
function mergeByTime(queues: { record: EncodedRecord; createdAt: number }[][]): EncodedRecord[] {
  const merged: EncodedRecord[] = [];
  const heads = queues.map(() => 0);
  for (;;) {
    let next = -1;
    for (let i = 0; i < queues.length; i++) {
      if (heads[i] < queues[i].length && (next < 0 || queues[i][heads[i]].createdAt < queues[next][heads[next]].createdAt)) next = i;
    }
    if (next < 0) return merged;
    merged.push(queues[next][heads[next]++].record);
  }
}
