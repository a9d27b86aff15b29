import type { Collection, Connection } from 'mongoose';
import { z } from 'zod';
import { fields, parseInput } from '../validation';
import { ANONYMISED_NOTES, type AnonymisedNotesName, type ErasureModeName } from './vocabulary';

export interface Tombstone {
  tenantId: string;
  subjectId: string;
  mode: Exclude<ErasureModeName, 'reduce'>;
  /** An anonymisation's note handling, so the erasure can be applied again the same way. */
  notes?: AnonymisedNotesName;
  commandId: string;
  erasedAt: Date;
}

interface Waiter {
  resolve(erased: boolean): void;
  reject(err: unknown): void;
}

interface TombstoneDoc extends Tombstone {
  /** `<tenantId>:<subjectId>` (ids cannot contain ':'), so a lookup is an `_id` match. */
  _id: string;
}

export interface TombstonesOptions {
  collectionName?: string;
  /** Erased subjects remembered in memory; the oldest are forgotten (and asked again) beyond it. */
  cacheSize?: number;
}

const tombstoneInput = z.object({
  tenantId: fields.id(),
  subjectId: fields.id(),
  mode: z.enum(['delete', 'anonymise']),
  notes: z.enum(ANONYMISED_NOTES.names as [AnonymisedNotesName, ...AnonymisedNotesName[]]).optional(),
  commandId: fields.id(),
  erasedAt: z.date().optional(),
});

/**
 * Remembers which subjects this service erased (deleted or anonymised), so a late or replayed
 * event about them never brings them back. A tombstone holds ids, the mode and the time only: no
 * personal data. A reduced subject lives on as its skeleton record and has none.
 *
 * Lookups are cheap on the consumer hot path: positives are cached, and lookups issued in the
 * same tick (one per event of a batch) are answered by a single `$in` query.
 */
export class Tombstones {
  private readonly collection: Collection<TombstoneDoc>;
  private readonly cacheSize: number;
  private readonly erased = new Map<string, true>();
  private pending = new Map<string, Waiter[]>();
  private scheduled = false;
  private indexed?: Promise<void>;

  constructor(connection: Connection, options: TombstonesOptions = {}) {
    this.collection = connection.collection<TombstoneDoc>(options.collectionName ?? 'erasure_tombstones');
    this.cacheSize = options.cacheSize ?? 100_000;
  }

  /** Creates the unique (tenantId, subjectId) index and the (erasedAt, _id) index `recordedSince` walks; idempotent. */
  ensureIndexes(): Promise<void> {
    this.indexed ??= Promise.all([this.collection.createIndex({ tenantId: 1, subjectId: 1 }, { unique: true }), this.collection.createIndex({ erasedAt: 1, _id: 1 })]).then(
      () => undefined,
      (err: unknown) => {
        this.indexed = undefined;
        throw err;
      },
    );
    return this.indexed;
  }

  /** Records (or updates, on a later command) the tombstone of a subject. */
  async record(tombstone: Omit<Tombstone, 'erasedAt'> & { erasedAt?: Date }): Promise<void> {
    const { tenantId, subjectId, mode, notes, commandId, erasedAt = new Date() } = parseInput(tombstoneInput, tombstone);
    const key = keyOf(tenantId, subjectId);
    await this.collection.updateOne({ _id: key }, { $set: { tenantId, subjectId, mode, commandId, erasedAt, ...(notes ? { notes } : {}) } }, { upsert: true });
    this.remember(key);
  }

  /** How many tombstones were recorded at or after `since` (all without it). */
  countSince(since = new Date(0)): Promise<number> {
    return this.collection.countDocuments({ erasedAt: { $gte: since } });
  }

  /**
   * The tombstones recorded at or after `since` (all without it), oldest first, read `batchSize` at
   * a time; those of one instant together, so a batch never splits them.
   */
  async *recordedSince(since = new Date(0), batchSize = 500): AsyncGenerator<Tombstone> {
    let from: { erasedAt: { $gte: Date } | { $gt: Date } } = { erasedAt: { $gte: since } };
    for (;;) {
      const docs = await this.collection.find(from).sort({ erasedAt: 1, _id: 1 }).limit(batchSize).toArray();
      if (docs.length === 0) return;
      const last = docs[docs.length - 1].erasedAt;
      const atLast = await this.collection.find({ erasedAt: last }).sort({ _id: 1 }).toArray();
      for (const { _id: _key, ...tombstone } of [...docs.filter((doc) => doc.erasedAt < last), ...atLast]) yield tombstone;
      from = { erasedAt: { $gt: last } };
    }
  }

  async get(tenantId: string, subjectId: string): Promise<Tombstone | undefined> {
    const doc = await this.collection.findOne({ _id: keyOf(tenantId, subjectId) });
    if (!doc) return undefined;
    const { _id: _key, ...tombstone } = doc;
    return tombstone;
  }

  /** True when the subject has a tombstone. */
  isErased(tenantId: string, subjectId: string): Promise<boolean> {
    const key = keyOf(tenantId, subjectId);
    if (this.erased.has(key)) return Promise.resolve(true);
    return new Promise((resolve, reject) => {
      const waiters = this.pending.get(key);
      if (waiters) waiters.push({ resolve, reject });
      else this.pending.set(key, [{ resolve, reject }]);
      if (!this.scheduled) {
        this.scheduled = true;
        queueMicrotask(() => void this.lookUpPending());
      }
    });
  }

  private async lookUpPending(): Promise<void> {
    const pending = this.pending;
    this.pending = new Map();
    this.scheduled = false;
    try {
      const keys = [...pending.keys()];
      const docs = await this.collection.find({ _id: { $in: keys } }, { projection: { _id: 1 } }).toArray();
      const found = new Set(docs.map((doc) => doc._id));
      for (const key of found) this.remember(key);
      for (const [key, waiters] of pending) for (const waiter of waiters) waiter.resolve(found.has(key));
    } catch (err) {
      for (const waiters of pending.values()) for (const waiter of waiters) waiter.reject(err);
    }
  }

  private remember(key: string): void {
    if (this.erased.has(key)) return;
    if (this.erased.size >= this.cacheSize) {
      const oldest = this.erased.keys().next().value;
      if (oldest !== undefined) this.erased.delete(oldest);
    }
    this.erased.set(key, true);
  }
}

function keyOf(tenantId: string, subjectId: string): string {
  return `${tenantId}:${subjectId}`;
}
