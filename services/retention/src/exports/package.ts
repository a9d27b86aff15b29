import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import type { ReceivedFile } from '@lethe/platform/export';
import { InTurn } from './in-turn';
import { packagePathOf } from './names';
import { summaryHtml, type SummaryFile, type SummaryPart } from './summary';

/** Receives the zip's bytes in order; the writer waits for each call before it goes on. */
export type PackageSink = (bytes: Uint8Array) => Promise<void>;

/** `<service>.json`: the sections as the service sent them, with whose, when, and where its files are. */
function serviceJson(subjectId: string, exportedAt: Date, part: SummaryPart): string {
  return `${JSON.stringify({ service: part.service, subjectId, exportedAt: exportedAt.toISOString(), sections: part.sections, files: part.files }, null, 2)}\n`;
}

/**
 * The package, a zip, written to `sink` as it is made: every file under
 * `files/<service>/<fileId>-<name>` (names made safe) as soon as it has arrived, then
 * `<service>.json` for every service and `index.html` (the readable summary). Text is deflated;
 * files, mostly compressed already, are stored as they are. Entries are written one after the
 * other, whichever service's file comes first.
 */
export class PackageWriter {
  private readonly zip: Zip;
  private pending: Uint8Array[] = [];
  private failure: Error | null = null;
  private readonly taken = new Set<string>();
  private readonly entries = new InTurn();

  constructor(
    private readonly subjectId: string,
    private readonly exportedAt: Date,
    private readonly sink: PackageSink,
  ) {
    this.zip = new Zip((err, data, final) => {
      if (err) this.failure = err;
      else if (data.length > 0 || final) this.pending.push(data);
    });
  }

  /** Adds a file that has arrived; resolves with how the summary lists it. */
  async addFile(service: string, file: ReceivedFile): Promise<SummaryFile> {
    const listed: SummaryFile = { fileId: file.fileId, section: file.section, name: file.name, contentType: file.contentType, size: file.data.length, path: packagePathOf(service, file.fileId, file.name, this.taken) };
    await this.entries.run(() => this.add(listed.path, file.data, false));
    return listed;
  }

  /** Writes every service's JSON and the summary, in the order of `parts`, and ends the zip. */
  async finish(parts: readonly SummaryPart[]): Promise<void> {
    await this.entries.run(async () => {
      for (const part of parts) await this.add(`${part.service}.json`, Buffer.from(serviceJson(this.subjectId, this.exportedAt, part), 'utf8'), true);
      await this.add('index.html', Buffer.from(summaryHtml({ subjectId: this.subjectId, exportedAt: this.exportedAt, parts }), 'utf8'), true);
      this.zip.end();
      await this.drain();
    });
  }

  /** Waits for the entries being written, failed or not. */
  settled(): Promise<void> {
    return this.entries.settled();
  }

  private async add(name: string, content: Uint8Array, deflate: boolean): Promise<void> {
    const entry = deflate ? new ZipDeflate(name, { level: 6 }) : new ZipPassThrough(name);
    entry.mtime = this.exportedAt;
    this.zip.add(entry);
    entry.push(content, true);
    await this.drain();
  }

  private async drain(): Promise<void> {
    if (this.failure) throw this.failure;
    const ready = this.pending;
    this.pending = [];
    for (const bytes of ready) if (bytes.length > 0) await this.sink(bytes);
  }
}

/** A sink that hands on the bytes in pieces of exactly `size` (the last one shorter): how the package is stored. */
export function inPieces(size: number, store: (piece: Buffer) => Promise<void>): { sink: PackageSink; end: () => Promise<void> } {
  let held: Buffer[] = [];
  let heldBytes = 0;
  const sink: PackageSink = async (bytes) => {
    held.push(Buffer.from(bytes));
    heldBytes += bytes.byteLength;
    while (heldBytes >= size) {
      const all = Buffer.concat(held);
      await store(all.subarray(0, size));
      held = [all.subarray(size)];
      heldBytes = all.length - size;
    }
  };
  const end = async () => {
    if (heldBytes > 0) await store(Buffer.concat(held));
    held = [];
    heldBytes = 0;
  };
  return { sink, end };
}

/**
 * Pieces written as they come: a write starts as soon as the one before it has ended, with every
 * piece made meanwhile (at most `perWrite`), so a package is stored while it is still being made.
 * The maker waits only when `perWrite` pieces wait for the write that runs.
 */
export class PieceWrites<P> {
  private batch: P[] = [];
  private writing: Promise<void> | null = null;
  private failure: { error: unknown } | null = null;
  /** Pieces added so far. */
  count = 0;

  constructor(
    private readonly perWrite: number,
    private readonly write: (pieces: readonly P[]) => Promise<void>,
  ) {}

  async add(piece: P): Promise<void> {
    this.throwIfFailed();
    this.batch.push(piece);
    this.count++;
    this.next();
    while (this.writing && this.batch.length >= this.perWrite) await this.writing;
    this.throwIfFailed();
  }

  /** Resolves once every piece is written; rejects when a write failed. */
  async end(): Promise<void> {
    await this.settled();
    this.throwIfFailed();
  }

  /** Waits for the writes, failed or not. */
  async settled(): Promise<void> {
    while (this.writing) await this.writing;
  }

  private next(): void {
    if (this.writing || this.failure || this.batch.length === 0) return;
    const batch = this.batch;
    this.batch = [];
    this.writing = this.write(batch).then(
      () => {
        this.writing = null;
        this.next();
      },
      (error: unknown) => {
        this.failure ??= { error };
        this.writing = null;
      },
    );
  }

  private throwIfFailed(): void {
    if (this.failure) throw this.failure.error;
  }
}
