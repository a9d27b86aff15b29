import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import type { ReceivedExport } from '@lethe/platform/export';
import { packagePathOf } from './names';
import { summaryHtml, type SummaryFile, type SummaryPart } from './summary';

/** What one service exported, by its name. */
export interface ServiceExport {
  service: string;
  received: ReceivedExport;
}

export interface PackageInput {
  subjectId: string;
  exportedAt: Date;
  /** In the order the package lists them. */
  parts: readonly ServiceExport[];
}

/** Receives the zip's bytes in order; the writer waits for each call before it goes on. */
export type PackageSink = (bytes: Uint8Array) => Promise<void>;

/** `<service>.json`: the sections as the service sent them, with whose, when, and where its files are. */
export function serviceJson(service: string, subjectId: string, exportedAt: Date, received: ReceivedExport, files: readonly SummaryFile[]): string {
  return `${JSON.stringify({ service, subjectId, exportedAt: exportedAt.toISOString(), sections: received.sections, files }, null, 2)}\n`;
}

/**
 * Writes the package, a zip, to `sink` as it is made: `<service>.json` for every service,
 * `index.html` (the readable summary), and every file under `files/<service>/<fileId>-<name>`
 * (names made safe). Text is deflated; files, mostly compressed already, are stored as they are.
 */
export async function writePackage({ subjectId, exportedAt, parts }: PackageInput, sink: PackageSink): Promise<void> {
  let pending: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((err, data, final) => {
    if (err) failure = err;
    else if (data.length > 0 || final) pending.push(data);
  });
  const drain = async () => {
    if (failure) throw failure;
    const ready = pending;
    pending = [];
    for (const bytes of ready) if (bytes.length > 0) await sink(bytes);
  };
  const add = async (name: string, content: Uint8Array, deflate: boolean) => {
    const entry = deflate ? new ZipDeflate(name, { level: 6 }) : new ZipPassThrough(name);
    entry.mtime = exportedAt;
    zip.add(entry);
    entry.push(content, true);
    await drain();
  };

  const taken = new Set<string>();
  const summaryParts: SummaryPart[] = parts.map(({ service, received }) => ({
    service,
    sections: received.sections,
    files: received.files.map((file) => ({ fileId: file.fileId, section: file.section, name: file.name, contentType: file.contentType, size: file.data.length, path: packagePathOf(service, file.fileId, file.name, taken) })),
  }));
  for (const [index, { service, received }] of parts.entries()) {
    await add(`${service}.json`, Buffer.from(serviceJson(service, subjectId, exportedAt, received, summaryParts[index]!.files), 'utf8'), true);
  }
  await add('index.html', Buffer.from(summaryHtml({ subjectId, exportedAt, parts: summaryParts }), 'utf8'), true);
  for (const [index, { received }] of parts.entries()) {
    for (const [fileIndex, file] of received.files.entries()) await add(summaryParts[index]!.files[fileIndex]!.path, file.data, false);
  }
  zip.end();
  await drain();
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
 * Pieces written `perWrite` at a time, by one write each: one write for most packages. The next
 * pieces are made while a write runs; one write runs at a time, so at most two batches are held.
 */
export class PieceWrites<P> {
  private batch: P[] = [];
  private writing: Promise<void> = Promise.resolve();
  /** Pieces added so far. */
  count = 0;

  constructor(
    private readonly perWrite: number,
    private readonly write: (pieces: readonly P[]) => Promise<void>,
  ) {}

  /** Waits only when a full batch must wait for the write before it. */
  async add(piece: P): Promise<void> {
    this.batch.push(piece);
    this.count++;
    if (this.batch.length >= this.perWrite) await this.flush();
  }

  /** Writes the last pieces; rejects when any write failed. */
  async end(): Promise<void> {
    if (this.batch.length > 0) await this.flush();
    await this.writing;
  }

  /** Waits for the write that runs, failed or not. */
  async settled(): Promise<void> {
    await this.writing.catch(() => undefined);
  }

  private async flush(): Promise<void> {
    await this.writing;
    const batch = this.batch;
    this.batch = [];
    const write = this.write(batch);
    // Awaited by the next flush or by end; a failure meanwhile is not unhandled.
    write.catch(() => undefined);
    this.writing = write;
  }
}

/**
 * Pieces made before they may be written: held until `open` (the subject's fence is taken), and
 * from then on handed to `write` in order as they come. The maker waits once `most` are held, so
 * a large package is never held whole; `refuse` fails it instead.
 */
export class HeldUntilOpen<P> {
  private readonly held: P[] = [];
  private opened = false;
  private readonly gate: Promise<void>;
  private openGate!: () => void;
  private refuseGate!: (err: unknown) => void;

  constructor(
    private readonly most: number,
    private readonly write: (piece: P) => Promise<void>,
  ) {
    this.gate = new Promise<void>((resolve, reject) => {
      this.openGate = resolve;
      this.refuseGate = reject;
    });
    // A refused gate fails whoever waits on it; none may wait.
    this.gate.catch(() => undefined);
  }

  async add(piece: P): Promise<void> {
    this.held.push(piece);
    if (!this.opened && this.held.length < this.most) return;
    await this.handOn();
  }

  /** Hands on what is held, once open. */
  async end(): Promise<void> {
    await this.handOn();
  }

  open(): void {
    this.opened = true;
    this.openGate();
  }

  refuse(err: unknown): void {
    this.refuseGate(err);
  }

  private async handOn(): Promise<void> {
    await this.gate;
    while (this.held.length > 0) await this.write(this.held.shift()!);
  }
}
