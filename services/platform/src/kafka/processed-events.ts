import { randomBytes } from 'node:crypto';
import type { Collection, Connection } from 'mongoose';

/** The event ids one consumer group handled from one chunk of one partition. */
interface ProcessedChunkDoc {
  /** `<groupId>:<topic>:<partition>:<firstOffset>-<lastOffset>:<random>` */
  _id: string;
  groupId: string;
  topic: string;
  partition: number;
  /** The ids as one JSON array text: FerretDB stores one string 2-3 times faster than an array of thousands. */
  eventIds: string;
  processedAt: Date;
}

export interface ProcessedEventStoreOptions {
  collectionName?: string;
  /** How far back a partition's processed ids are remembered for deduplication; 24 h by default. */
  horizonMs?: number;
  /** Most ids remembered per partition (the oldest are forgotten first); 200,000 by default. */
  maxIdsPerPartition?: number;
}

/**
 * Remembers which event ids a consumer group has handled, so an event redelivered after a
 * rebalance, a crash, an offset reset or a duplicate publish (outbox relay) is handled once.
 *
 * Storage is one document per handled chunk of a partition (MongoDB collection
 * `processed_events`), not one per event: FerretDB, which stands in for MongoDB locally, scans the
 * whole collection for every `$in` or even `_id` lookup and writes about 20,000 small documents a
 * second, which capped a per-event guard at a few hundred events a second. A subscription loads
 * its partition's recent ids once when it gets the partition (see `PartitionLedger`) and checks
 * in memory; the hot path costs one small insert per chunk.
 *
 * Events about one subject share a record key and so a partition, which is why the ledger is
 * kept per partition. FerretDB has no TTL indexes: `prune` removes old chunks (housekeeping).
 */
export class ProcessedEventStore {
  readonly horizonMs: number;
  readonly maxIdsPerPartition: number;
  private readonly collection: Collection<ProcessedChunkDoc>;
  private indexed?: Promise<void>;

  constructor(connection: Connection, options: ProcessedEventStoreOptions = {}) {
    this.collection = connection.collection<ProcessedChunkDoc>(options.collectionName ?? 'processed_events');
    this.horizonMs = options.horizonMs ?? 24 * 60 * 60 * 1000;
    this.maxIdsPerPartition = options.maxIdsPerPartition ?? 200_000;
  }

  /** Creates the indexes `ledger` and `prune` use; idempotent. */
  ensureIndexes(): Promise<void> {
    this.indexed ??= Promise.all([
      this.collection.createIndex({ groupId: 1, topic: 1, partition: 1, processedAt: 1 }),
      this.collection.createIndex({ processedAt: 1 }),
    ]).then(
      () => undefined,
      (err: unknown) => {
        this.indexed = undefined;
        throw err;
      },
    );
    return this.indexed;
  }

  /** The ids the group handled from a partition within the horizon, oldest first (one query). */
  async ledger(groupId: string, topic: string, partition: number, now = new Date()): Promise<PartitionLedger> {
    const docs = await this.collection
      .find(
        { groupId, topic, partition, processedAt: { $gte: new Date(now.getTime() - this.horizonMs) } },
        { projection: { eventIds: 1, processedAt: 1 } },
      )
      .toArray();
    docs.sort((a, b) => a.processedAt.getTime() - b.processedAt.getTime());
    const ledger = new PartitionLedger(this.maxIdsPerPartition);
    for (const doc of docs) ledger.add(parseIds(doc.eventIds));
    return ledger;
  }

  /** Records ids the group handled from a partition (one insert). */
  async record(groupId: string, topic: string, partition: number, offsets: { first: string; last: string }, eventIds: readonly string[], at = new Date()): Promise<void> {
    if (eventIds.length === 0) return;
    await this.collection.insertOne({
      _id: `${groupId}:${topic}:${partition}:${offsets.first}-${offsets.last}:${randomBytes(4).toString('hex')}`,
      groupId,
      topic,
      partition,
      eventIds: JSON.stringify(eventIds),
      processedAt: at,
    });
  }

  /** Forgets chunks handled before `olderThan`; returns how many chunk documents were removed. */
  async prune(olderThan: Date): Promise<number> {
    const result = await this.collection.deleteMany({ processedAt: { $lt: olderThan } });
    return result.deletedCount;
  }
}

function parseIds(text: unknown): string[] {
  if (typeof text !== 'string') return [];
  try {
    const ids: unknown = JSON.parse(text);
    return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
}

/** The in-memory set of recently handled ids of one partition, bounded, oldest forgotten first. */
export class PartitionLedger {
  private readonly ids = new Set<string>();

  constructor(private readonly capacity: number) {}

  has(id: string): boolean {
    return this.ids.has(id);
  }

  add(ids: Iterable<string>): void {
    for (const id of ids) {
      this.ids.delete(id);
      this.ids.add(id);
    }
    this.evict();
  }

  /** Adds one id that `has` just denied (a handled event): no reordering needed. */
  addNew(id: string): void {
    this.ids.add(id);
    if (this.ids.size > this.capacity) this.evict();
  }

  private evict(): void {
    const excess = this.ids.size - this.capacity;
    if (excess > 0) {
      let dropped = 0;
      for (const id of this.ids) {
        if (dropped++ >= excess) break;
        this.ids.delete(id);
      }
    }
  }

  get size(): number {
    return this.ids.size;
  }
}
