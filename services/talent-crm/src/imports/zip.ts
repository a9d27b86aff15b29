import { Readable, Transform, type TransformCallback } from 'node:stream';
import { finished } from 'node:stream/promises';
import { crc32, createInflateRaw } from 'node:zlib';
import { ValidationError } from '@lethe/platform/errors';

/**
 * An uploaded .xlsx is a zip archive, and a zip says of itself how large its parts become. That
 * claim is checked here, on the archive's central directory, before anything is inflated; and
 * every part that is inflated later goes through `openEntry`, which stops at the size the
 * directory declared, so an archive that lies about its sizes cannot inflate past them either.
 */
export const XLSX_LIMITS = {
  /** The upload itself. */
  fileBytes: 5 * 1024 * 1024,
  /** A workbook has a dozen or two parts; images and charts add some. */
  entries: 500,
  /** What one part may inflate to: a sheet of 20,000 wide rows stays well below. */
  entryBytes: 50 * 1024 * 1024,
  /** What all parts together may inflate to. */
  totalBytes: 100 * 1024 * 1024,
  /** Inflated bytes per compressed byte, for parts larger than `ratioFreeBytes` (Apache POI's default bound). */
  ratio: 100,
  ratioFreeBytes: 1024 * 1024,
  nameBytes: 512,
} as const;

export type XlsxLimits = { readonly [K in keyof typeof XLSX_LIMITS]: number };

/** Why a file is refused, as the `code` of the `xlsx` field's violation. */
export type FileRefusalCode = 'too_big' | 'not_xlsx' | 'zip_bomb' | 'unsupported';

/** The refusal of the uploaded file: INVALID_ARGUMENT on the `xlsx` field. */
export function refuseFile(code: FileRefusalCode, description: string): ValidationError {
  return new ValidationError([{ field: 'xlsx', code, description }]);
}

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
  /** Where the entry's (compressed) bytes begin in the file. */
  dataOffset: number;
}

export interface ZipDirectory {
  entries: readonly ZipEntry[];
  byName: ReadonlyMap<string, ZipEntry>;
  /** What the entries declare they inflate to, together. */
  declaredBytes: number;
}

const SIGNATURE = { local: 0x04034b50, central: 0x02014b50, end: 0x06054b50, zip64Locator: 0x07064b50, descriptor: 0x08074b50 } as const;
const END_RECORD_BYTES = 22;
const CENTRAL_HEADER_BYTES = 46;
const LOCAL_HEADER_BYTES = 30;
const MAX_COMMENT_BYTES = 0xffff;
const ZIP64_MARK_16 = 0xffff;
const ZIP64_MARK_32 = 0xffffffff;
const FLAG_ENCRYPTED = 0x0001;
const FLAG_DATA_DESCRIPTOR = 0x0008;
const FLAG_STRONG_ENCRYPTION = 0x0040;
const FLAG_UTF8_NAME = 0x0800;
const METHOD_STORED = 0;
const METHOD_DEFLATED = 8;

// Archives inside the workbook are never read; refusing them keeps a bomb from hiding a level down.
const NESTED_ARCHIVE = /\.(?:zip|xlsx|xlsm|xlsb|xltx|xltm|docx|docm|pptx|pptm|odt|ods|jar|gz|tgz|bz2|xz|7z|rar|tar)$/i;

const shortName = (name: string) => (name.length > 64 ? `${name.slice(0, 63)}…` : name);
const mib = (bytes: number) => `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MiB`;

/** The end-of-central-directory record: the last one whose comment runs exactly to the end of the file. */
function findEndRecord(buffer: Buffer): number {
  const lowest = Math.max(0, buffer.length - END_RECORD_BYTES - MAX_COMMENT_BYTES);
  for (let at = buffer.length - END_RECORD_BYTES; at >= lowest; at--) {
    if (buffer.readUInt32LE(at) === SIGNATURE.end && at + END_RECORD_BYTES + buffer.readUInt16LE(at + 20) === buffer.length) return at;
  }
  return -1;
}

function isOddName(name: string): boolean {
  return name === '' || name.startsWith('/') || name.includes('\\') || name.includes('\0') || name.split('/').some((segment) => segment === '..');
}

interface CentralEntry extends Omit<ZipEntry, 'dataOffset'> {
  nameBytes: Buffer;
  localHeaderOffset: number;
}

/**
 * Reads and checks the archive's directory without inflating anything: a zip at all, not
 * encrypted, not zip64, no more entries than allowed, each entry's declared size and compression
 * ratio and their total within the limits, no nested archives or odd names, and every entry's
 * local header agreeing with the directory, the entries lying one after the other from the first
 * byte to the directory (no overlapping entries, no hidden data between them).
 */
export function inspectZip(buffer: Buffer, limits: XlsxLimits = XLSX_LIMITS): ZipDirectory {
  if (buffer.length > limits.fileBytes) throw refuseFile('too_big', `the file is larger than ${mib(limits.fileBytes)}`);
  const notXlsx = refuseFile('not_xlsx', 'is not an .xlsx workbook (not a zip archive)');
  if (buffer.length < LOCAL_HEADER_BYTES + END_RECORD_BYTES || buffer.readUInt32LE(0) !== SIGNATURE.local) throw notXlsx;
  const end = findEndRecord(buffer);
  if (end < 0) throw notXlsx;

  const disk = buffer.readUInt16LE(end + 4);
  const directoryDisk = buffer.readUInt16LE(end + 6);
  const entriesOnDisk = buffer.readUInt16LE(end + 8);
  const entryCount = buffer.readUInt16LE(end + 10);
  const directoryBytes = buffer.readUInt32LE(end + 12);
  const directoryOffset = buffer.readUInt32LE(end + 16);
  const zip64 = entryCount === ZIP64_MARK_16 || directoryBytes === ZIP64_MARK_32 || directoryOffset === ZIP64_MARK_32 || (end >= 20 && buffer.readUInt32LE(end - 20) === SIGNATURE.zip64Locator);
  if (zip64) throw refuseFile('unsupported', 'is a zip64 archive, which no workbook of this size needs');
  if (disk !== 0 || directoryDisk !== 0 || entriesOnDisk !== entryCount) throw refuseFile('unsupported', 'is a multi-part archive');
  if (entryCount === 0) throw notXlsx;
  if (entryCount > limits.entries) throw refuseFile('zip_bomb', `the archive has ${entryCount} entries; at most ${limits.entries} are accepted`);
  if (directoryOffset + directoryBytes !== end) throw refuseFile('unsupported', 'the archive has data between its directory and the directory\'s end record');

  const central: CentralEntry[] = [];
  const names = new Set<string>();
  let declaredBytes = 0;
  let at = directoryOffset;
  for (let index = 0; index < entryCount; index++) {
    if (at + CENTRAL_HEADER_BYTES > end || buffer.readUInt32LE(at) !== SIGNATURE.central) throw refuseFile('not_xlsx', 'the archive\'s directory is damaged');
    const flags = buffer.readUInt16LE(at + 8);
    const method = buffer.readUInt16LE(at + 10);
    const compressedSize = buffer.readUInt32LE(at + 20);
    const uncompressedSize = buffer.readUInt32LE(at + 24);
    const nameLength = buffer.readUInt16LE(at + 28);
    const next = at + CENTRAL_HEADER_BYTES + nameLength + buffer.readUInt16LE(at + 30) + buffer.readUInt16LE(at + 32);
    if (next > end) throw refuseFile('not_xlsx', 'the archive\'s directory is damaged');
    if (nameLength > limits.nameBytes) throw refuseFile('unsupported', `an entry's name has ${nameLength} bytes; at most ${limits.nameBytes} are accepted`);
    const nameBytes = buffer.subarray(at + CENTRAL_HEADER_BYTES, at + CENTRAL_HEADER_BYTES + nameLength);
    const name = nameBytes.toString(flags & FLAG_UTF8_NAME ? 'utf8' : 'latin1');
    const entry: CentralEntry = { name, method, crc32: buffer.readUInt32LE(at + 16), compressedSize, uncompressedSize, nameBytes, localHeaderOffset: buffer.readUInt32LE(at + 42) };
    at = next;

    if (flags & (FLAG_ENCRYPTED | FLAG_STRONG_ENCRYPTION)) throw refuseFile('unsupported', `the entry ${shortName(name)} is encrypted`);
    if (compressedSize === ZIP64_MARK_32 || uncompressedSize === ZIP64_MARK_32 || entry.localHeaderOffset === ZIP64_MARK_32) throw refuseFile('unsupported', 'is a zip64 archive, which no workbook of this size needs');
    if (method !== METHOD_STORED && method !== METHOD_DEFLATED) throw refuseFile('unsupported', `the entry ${shortName(name)} uses a compression method other than deflate`);
    if (isOddName(name)) throw refuseFile('unsupported', 'the archive has an entry with an empty, absolute or parent-relative name');
    if (names.has(name)) throw refuseFile('unsupported', `the archive has the entry ${shortName(name)} twice`);
    names.add(name);
    if (NESTED_ARCHIVE.test(name)) throw refuseFile('unsupported', `the archive holds another archive (${shortName(name)})`);
    if (name.endsWith('/') && (compressedSize !== 0 || uncompressedSize !== 0)) throw refuseFile('unsupported', `the folder entry ${shortName(name)} has content`);
    if (method === METHOD_STORED && compressedSize !== uncompressedSize) throw refuseFile('not_xlsx', `the stored entry ${shortName(name)} declares two sizes`);
    if (uncompressedSize > limits.entryBytes) {
      throw refuseFile('zip_bomb', `the entry ${shortName(name)} inflates to ${mib(uncompressedSize)}; at most ${mib(limits.entryBytes)} per entry are accepted`);
    }
    if (uncompressedSize > limits.ratioFreeBytes && uncompressedSize > compressedSize * limits.ratio) {
      throw refuseFile('zip_bomb', `the entry ${shortName(name)} inflates ${Math.floor(uncompressedSize / Math.max(compressedSize, 1))} times its size; at most ${limits.ratio} times are accepted`);
    }
    declaredBytes += uncompressedSize;
    if (declaredBytes > limits.totalBytes) throw refuseFile('zip_bomb', `the archive inflates to more than ${mib(limits.totalBytes)}`);
    central.push(entry);
  }
  if (at !== end) throw refuseFile('unsupported', 'the archive has data inside its directory that belongs to no entry');

  const entries = locateEntries(buffer, central, directoryOffset);
  return { entries, byName: new Map(entries.map((entry) => [entry.name, entry])), declaredBytes };
}

/** Checks each local header against the directory and that the entries fill the file up to the directory, in order. */
function locateEntries(buffer: Buffer, central: CentralEntry[], directoryOffset: number): ZipEntry[] {
  const disagrees = (name: string) => refuseFile('unsupported', `the entry ${shortName(name)} is described differently by its own header and by the directory`);
  const inOrder = [...central].sort((a, b) => a.localHeaderOffset - b.localHeaderOffset);
  const located: ZipEntry[] = [];
  let expected = 0;
  for (const entry of inOrder) {
    const at = entry.localHeaderOffset;
    if (at !== expected) throw refuseFile('unsupported', 'the archive\'s entries overlap or leave data between them');
    if (at + LOCAL_HEADER_BYTES > directoryOffset || buffer.readUInt32LE(at) !== SIGNATURE.local) throw disagrees(entry.name);
    const flags = buffer.readUInt16LE(at + 6);
    const nameLength = buffer.readUInt16LE(at + 26);
    const dataOffset = at + LOCAL_HEADER_BYTES + nameLength + buffer.readUInt16LE(at + 28);
    const dataEnd = dataOffset + entry.compressedSize;
    if (dataEnd > directoryOffset) throw disagrees(entry.name);
    if (buffer.readUInt16LE(at + 8) !== entry.method || !buffer.subarray(at + LOCAL_HEADER_BYTES, at + LOCAL_HEADER_BYTES + nameLength).equals(entry.nameBytes)) throw disagrees(entry.name);
    let sizes = { crc: buffer.readUInt32LE(at + 14), compressed: buffer.readUInt32LE(at + 18), uncompressed: buffer.readUInt32LE(at + 22) };
    expected = dataEnd;
    if (flags & FLAG_DATA_DESCRIPTOR) {
      // The sizes follow the data, with or without a signature of their own.
      const withSignature = dataEnd + 4 <= directoryOffset && buffer.readUInt32LE(dataEnd) === SIGNATURE.descriptor;
      const fieldsAt = withSignature ? dataEnd + 4 : dataEnd;
      if (fieldsAt + 12 > directoryOffset) throw disagrees(entry.name);
      sizes = { crc: buffer.readUInt32LE(fieldsAt), compressed: buffer.readUInt32LE(fieldsAt + 4), uncompressed: buffer.readUInt32LE(fieldsAt + 8) };
      expected = fieldsAt + 12;
    }
    if (sizes.crc !== entry.crc32 || sizes.compressed !== entry.compressedSize || sizes.uncompressed !== entry.uncompressedSize) throw disagrees(entry.name);
    located.push({ name: entry.name, method: entry.method, crc32: entry.crc32, compressedSize: entry.compressedSize, uncompressedSize: entry.uncompressedSize, dataOffset });
  }
  if (expected !== directoryOffset) throw refuseFile('unsupported', 'the archive has data between its last entry and its directory');
  return located;
}

/** Passes an entry's inflated bytes on, and fails as soon as they exceed what the directory declared. */
class DeclaredSize extends Transform {
  private inflated = 0;
  private checksum = 0;

  constructor(private readonly entry: ZipEntry) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.inflated += chunk.length;
    if (this.inflated > this.entry.uncompressedSize) {
      done(refuseFile('zip_bomb', `the entry ${shortName(this.entry.name)} inflates beyond the ${this.entry.uncompressedSize} bytes the archive declares for it`));
      return;
    }
    this.checksum = crc32(chunk, this.checksum);
    done(null, chunk);
  }

  override _flush(done: TransformCallback): void {
    if (this.inflated !== this.entry.uncompressedSize || this.checksum !== this.entry.crc32) done(refuseFile('not_xlsx', `the entry ${shortName(this.entry.name)} is damaged`));
    else done();
  }
}

/** Inflated chunks are at most this large, so a refused entry overshoots its declared size by at most this much. */
const INFLATE_CHUNK_BYTES = 64 * 1024;

/**
 * The entry's content as a stream that inflates as it is read and stops, with a refusal, at the
 * first chunk beyond the size the directory declared (or with a damaged entry at a wrong size or
 * checksum). Destroying the stream stops the inflation.
 */
export function openEntry(buffer: Buffer, entry: ZipEntry): Readable {
  const compressed = Readable.from([buffer.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize)]);
  const checked = new DeclaredSize(entry);
  if (entry.method === METHOD_STORED) {
    compressed.pipe(checked);
    checked.once('close', () => compressed.destroy());
    return checked;
  }
  const inflate = createInflateRaw({ chunkSize: INFLATE_CHUNK_BYTES });
  inflate.once('error', () => checked.destroy(refuseFile('not_xlsx', `the entry ${shortName(entry.name)} is damaged`)));
  checked.once('close', () => {
    inflate.destroy();
    compressed.destroy();
  });
  compressed.pipe(inflate).pipe(checked);
  return checked;
}

/**
 * Inflates every entry once, keeping nothing, so an archive whose entries inflate beyond what its
 * directory declares (or are damaged) is refused before its content is read.
 */
export async function verifyEntries(buffer: Buffer, directory: ZipDirectory): Promise<void> {
  for (const entry of directory.entries) {
    if (entry.uncompressedSize === 0 && entry.compressedSize === 0) continue;
    const content = openEntry(buffer, entry);
    content.resume();
    await finished(content);
  }
}
