/**
 * What Lethe's stores do so that one code path is correct, and fast enough, on FerretDB 1.24 with
 * SQLite (which stands in for MongoDB locally and in CI) as on MongoDB (production). The rules,
 * each measured on FerretDB, and where they are applied:
 *
 * - An update command of 100 or more statements is not answered: bulk writes go in batches of
 *   `STATEMENTS_PER_WRITE` (`inBatches`; the outbox relay, consent's request closing).
 * - Two concurrent updates of one document may lose one of them (it reads the document and writes
 *   it back whole), and a conditional update or findAndModify is not atomic under concurrency:
 *   what must happen once is an insert with a unique id (link tokens), the updates of one
 *   aggregate in one process take turns (`DocumentLocks`: the service's writes and its outbox
 *   relay), and writes about one person across processes go through the write fence
 *   (erasure/fence.ts).
 * - A filter naming `_id` (a value or `$in`, next to other keys or not) is matched from the `_id`
 *   index (as `scripts/setup.sh` builds FerretDB); any other filter decodes every document of the
 *   collection: lookups that can name the document by `_id` do (TenantRepository.findById, the
 *   subject keys, tombstones, the relay's reads and clean-ups of documents).
 * - No TTL or partial indexes, no transactions, no change streams: housekeeping runs as sweeps
 *   over ordinary indexes, and an event travels in the same single-document write as its change.
 */

/** Statements per bulk write: FerretDB stops answering at 100. */
export const STATEMENTS_PER_WRITE = 50;

/** `items` in consecutive batches of at most `size`. */
export function inBatches<T>(items: readonly T[], size = STATEMENTS_PER_WRITE): T[][] {
  const batches: T[][] = [];
  for (let start = 0; start < items.length; start += size) batches.push(items.slice(start, start + size));
  return batches;
}

/**
 * Mutual exclusion per document within this process, for the writes to aggregates with an
 * outbox: the service's own updates and the relay's removal of published entries. On MongoDB it
 * only orders writes; on FerretDB the relay's removal racing a status change lost the change.
 * One service's writes and its relay share a process, so ordering them here is enough.
 */
export class DocumentLocks {
  private readonly tails = new Map<string, Promise<void>>();

  /** Waits for the document's earlier holders; returns the release. */
  async acquire(key: string): Promise<() => void> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const tail = previous.then(() => held);
    this.tails.set(key, tail);
    await previous;
    return () => {
      release();
      if (this.tails.get(key) === tail) this.tails.delete(key);
    };
  }

  /** Several documents at once, in one global order (so two holders of several never deadlock). */
  async acquireAll(keys: readonly string[]): Promise<() => void> {
    const releases: (() => void)[] = [];
    for (const key of [...new Set(keys)].sort()) releases.push(await this.acquire(key));
    return () => releases.reverse().forEach((release) => release());
  }

  get held(): number {
    return this.tails.size;
  }
}

export const documentLocks = new DocumentLocks();

/** By collection name and id: documents of equal name and id in two databases of one process only take turns. */
export function documentLockKey(collection: string, id: unknown): string | undefined {
  if (typeof id !== 'string' && typeof id !== 'number') return undefined;
  return `${collection}:${String(id)}`;
}
