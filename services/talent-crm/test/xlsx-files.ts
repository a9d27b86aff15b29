// Spreadsheets the import tests send: real workbooks written with exceljs, and hostile ones built
// by rewriting a real workbook's zip archive (an entry replaced, its declared sizes set at will).
import { crc32, createDeflateRaw, deflateRawSync, inflateRawSync } from 'node:zlib';
import * as ExcelJS from 'exceljs';
import { inspectZip } from '../src/imports/zip';

/** A cell as written: a value, or a formula (with the result a spreadsheet would have cached). */
export type FixtureCell = string | number | Date | null | { formula: string; result?: string | number };

/** A workbook with one worksheet of these rows (the first is the header row). */
export async function workbookFile(rows: readonly (readonly FixtureCell[])[], sheetName = 'Talente'): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  for (const row of rows) sheet.addRow(row.map((cell) => cell ?? null));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** An entry of a zip archive as it will be written: its compressed bytes and what it declares. */
export interface ArchiveEntry {
  name: string;
  /** 8 deflated, 0 stored. */
  method: number;
  data: Buffer;
  crc: number;
  /** The uncompressed size the archive declares (true or not). */
  declaredSize: number;
}

/** An entry with this content, deflated, declaring its true size. */
export function deflatedEntry(name: string, content: Buffer): ArchiveEntry {
  return { name, method: 8, data: deflateRawSync(content), crc: crc32(content), declaredSize: content.length };
}

/**
 * An entry of `totalBytes` bytes: `prefix`, then `unit` repeated, deflated as a stream (the content is never
 * held whole): what a decompression bomb's entry looks like. It declares its true size.
 */
export async function repeatedEntry(name: string, unit: Buffer, totalBytes: number, prefix = Buffer.alloc(0)): Promise<ArchiveEntry> {
  const deflate = createDeflateRaw({ level: 9 });
  const chunks: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => chunks.push(chunk));
  const block = Buffer.concat(Array.from({ length: Math.ceil((1024 * 1024) / unit.length) }, () => unit));
  let crc = crc32(prefix);
  deflate.write(prefix);
  for (let written = prefix.length; written < totalBytes; ) {
    const piece = block.subarray(0, Math.min(block.length, totalBytes - written));
    crc = crc32(piece, crc);
    written += piece.length;
    if (!deflate.write(piece)) await new Promise((resolve) => deflate.once('drain', resolve));
  }
  const ended = new Promise((resolve, reject) => deflate.once('end', resolve).once('error', reject));
  deflate.end();
  await ended;
  return { name, method: 8, data: Buffer.concat(chunks), crc, declaredSize: totalBytes };
}

/** The entries of a real archive, as they are (compressed). */
export function entriesOf(file: Buffer): ArchiveEntry[] {
  return inspectZip(file).entries.map((entry) => ({
    name: entry.name,
    method: entry.method,
    data: file.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize),
    crc: entry.crc32,
    declaredSize: entry.uncompressedSize,
  }));
}

/** The content of a real archive's entry. */
export function contentOf(file: Buffer, name: string): Buffer {
  const entry = entriesOf(file).find((candidate) => candidate.name === name);
  if (!entry) throw new Error(`no entry ${name}`);
  return entry.method === 8 ? inflateRawSync(entry.data) : entry.data;
}

/** A zip archive of these entries, one after the other, then the directory. */
export function zipArchive(entries: readonly ArchiveEntry[]): Buffer {
  const parts: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(entry.method, 8);
    local.writeUInt32LE(entry.crc >>> 0, 14);
    local.writeUInt32LE(entry.data.length, 18);
    local.writeUInt32LE(entry.declaredSize, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(entry.method, 10);
    central.writeUInt32LE(entry.crc >>> 0, 16);
    central.writeUInt32LE(entry.data.length, 20);
    central.writeUInt32LE(entry.declaredSize, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    parts.push(local, name, entry.data);
    directory.push(central, name);
    offset += local.length + name.length + entry.data.length;
  }
  const directoryBytes = directory.reduce((sum, part) => sum + part.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directoryBytes, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, ...directory, end]);
}

/** A real workbook with one of its entries replaced. */
export function withEntry(file: Buffer, replacement: ArchiveEntry): Buffer {
  return zipArchive(entriesOf(file).map((entry) => (entry.name === replacement.name ? replacement : entry)));
}

/** The first worksheet's part in workbooks exceljs writes. */
export const SHEET = 'xl/worksheets/sheet1.xml';

/** How a worksheet's XML begins, up to its rows. */
export const SHEET_START = Buffer.from('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>');
