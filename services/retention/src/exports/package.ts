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
