import { randomBytes } from 'node:crypto';
import { mongo, type Collection, type Connection } from 'mongoose';

/** The event ids one consumer group handled from one chunk of one partition. */
interface ProcessedChunkDoc {
  /** `<groupId>:<topic>:<partition>:<firstOffset>-<lastOffset>:<random>` */
  _id: string;
  groupId: string;
  topic: string;
  partition: number;
  /**
   * Ids that are lowercase UUIDs (what the bus gives events), 16 bytes each, one after the other:
   * FerretDB took twice as long to write and scan them as JSON text.
   */
  uuids?: mongo.Binary;
  /** The other ids as one JSON array text: FerretDB stores one string 2-3 times faster than an array of thousands. */
  eventIds?: string;
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
 * `processed_events`), not one per event: FerretDB, which stands in for MongoDB locally, scanned the
 * whole collection for every `$in` or even `_id` lookup as published (see mongo/ferretdb.ts) and
 * writes about 20,000 small documents a second, which capped a per-event guard at a few hundred
 * events a second. A subscription loads
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
    return (await this.ledgers(groupId, [{ topic, partition }], now)).get(ledgerKey(topic, partition))!;
  }

  /**
   * The ledgers of several partitions, keyed by `ledgerKey`, in one query: FerretDB reads the whole
   * collection for every query, so a consumer that just got its partitions asks once, not per partition.
   */
  async ledgers(groupId: string, partitions: readonly { topic: string; partition: number }[], now = new Date()): Promise<Map<string, PartitionLedger>> {
    const ledgers = new Map(partitions.map(({ topic, partition }) => [ledgerKey(topic, partition), new PartitionLedger(this.maxIdsPerPartition)]));
    if (partitions.length === 0) return ledgers;
    const byTopic = new Map<string, number[]>();
    for (const { topic, partition } of partitions) byTopic.set(topic, [...(byTopic.get(topic) ?? []), partition]);
    const docs = await this.collection
      .find(
        {
          groupId,
          $or: [...byTopic].map(([topic, numbers]) => ({ topic, partition: { $in: numbers } })),
          processedAt: { $gte: new Date(now.getTime() - this.horizonMs) },
        },
        { projection: { topic: 1, partition: 1, uuids: 1, eventIds: 1, processedAt: 1 } },
      )
      .toArray();
    docs.sort((a, b) => a.processedAt.getTime() - b.processedAt.getTime());
    for (const doc of docs) {
      const ledger = ledgers.get(ledgerKey(doc.topic, doc.partition));
      if (!ledger) continue;
      if (doc.uuids instanceof mongo.Binary) ledger.add(unpackUuids(doc.uuids.value()));
      ledger.add(parseIds(doc.eventIds));
    }
    return ledgers;
  }

  /** Records ids the group handled from a partition (one insert). */
  async record(groupId: string, topic: string, partition: number, offsets: { first: string; last: string }, eventIds: readonly string[], at = new Date()): Promise<void> {
    if (eventIds.length === 0) return;
    const { uuids, others } = packUuids(eventIds);
    const doc: ProcessedChunkDoc = {
      _id: `${groupId}:${topic}:${partition}:${offsets.first}-${offsets.last}:${randomBytes(4).toString('hex')}`,
      groupId,
      topic,
      partition,
      processedAt: at,
    };
    if (uuids.length > 0) doc.uuids = new mongo.Binary(uuids);
    if (others.length > 0) doc.eventIds = JSON.stringify(others);
    await this.collection.insertOne(doc);
  }

  /** Forgets chunks handled before `olderThan`; returns how many chunk documents were removed. */
  async prune(olderThan: Date): Promise<number> {
    const result = await this.collection.deleteMany({ processedAt: { $lt: olderThan } });
    return result.deletedCount;
  }
}

/** How `ledgers` names a partition's ledger. */
export function ledgerKey(topic: string, partition: number): string {
  return `${topic}:${partition}`;
}

const UUID_LENGTH = 36;
const UUID_BYTES = 16;
/** Hex digit values by char code; -1 for anything else (upper case included, so packing is exact). */
const HEX_VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < 16; i++) HEX_VALUE['0123456789abcdef'.charCodeAt(i)] = i;
const HEX_CODE = Buffer.from('0123456789abcdef', 'latin1');
const DASH = 0x2d;

function isDashPosition(i: number): boolean {
  return i === 8 || i === 13 || i === 18 || i === 23;
}

/** Writes a lowercase UUID's 16 bytes at `offset`; false (and nothing meaningful written) for any other id. */
function writeUuid(id: string, target: Buffer, offset: number): boolean {
  if (id.length !== UUID_LENGTH) return false;
  let at = offset;
  let i = 0;
  while (i < UUID_LENGTH) {
    if (isDashPosition(i)) {
      if (id.charCodeAt(i) !== DASH) return false;
      i++;
    } else {
      const high = HEX_VALUE[id.charCodeAt(i)] ?? -1;
      const low = HEX_VALUE[id.charCodeAt(i + 1)] ?? -1;
      if (high < 0 || low < 0) return false;
      target[at++] = (high << 4) | low;
      i += 2;
    }
  }
  return true;
}

/** Splits ids into the packed 16-byte forms of lowercase UUIDs and the other ids, each in order. */
export function packUuids(ids: readonly string[]): { uuids: Buffer; others: string[] } {
  const packed = Buffer.allocUnsafe(ids.length * UUID_BYTES);
  const others: string[] = [];
  let count = 0;
  for (const id of ids) {
    if (writeUuid(id, packed, count * UUID_BYTES)) count++;
    else others.push(id);
  }
  return { uuids: packed.subarray(0, count * UUID_BYTES), others };
}

/** The lowercase UUIDs `packUuids` packed. */
export function unpackUuids(packed: Uint8Array): string[] {
  const count = Math.floor(packed.length / UUID_BYTES);
  // All ids spelled out in one buffer, then cut into flat strings.
  const text = Buffer.allocUnsafe(count * UUID_LENGTH);
  let at = 0;
  for (let n = 0; n < count; n++) {
    for (let b = 0; b < UUID_BYTES; b++) {
      if (b === 4 || b === 6 || b === 8 || b === 10) text[at++] = DASH;
      const byte = packed[n * UUID_BYTES + b];
      text[at++] = HEX_CODE[byte >> 4];
      text[at++] = HEX_CODE[byte & 15];
    }
  }
  const ids: string[] = new Array(count);
  for (let n = 0; n < count; n++) ids[n] = text.toString('latin1', n * UUID_LENGTH, (n + 1) * UUID_LENGTH);
  return ids;
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
