/**
 * Mutual exclusion per document within this process, for the writes to aggregates with an
 * outbox: the service's own updates and the relay's removal of published entries.
 *
 * MongoDB applies every update atomically, so there this only orders writes. FerretDB (which
 * stands in for MongoDB locally) reads a document and writes it back whole, so two concurrent
 * updates of one document lose one of them; the relay's removal racing a status change lost the
 * status change. One service's writes and its relay share a process, so ordering them here is
 * enough.
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
