import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { ValidationError } from '@lethe/platform/errors';
import { openEntry, refuseFile, type ZipDirectory, type ZipEntry } from './zip';

/** What a cell of an imported sheet holds: its text, or a formula or an error value, whose content is never used. */
export type CellContent = { kind: 'text'; text: string } | { kind: 'formula' } | { kind: 'error' };

export interface SheetRow {
  /** The spreadsheet's row number (1-based). */
  number: number;
  cell(column: number): CellContent;
  /** The columns (1-based) that hold something. */
  filledColumns(): number[];
}

const EMPTY: CellContent = { kind: 'text', text: '' };

function isoDate(date: Date): string {
  const iso = date.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
}

/**
 * A cell's value as read by exceljs. A formula is recognised by its key alone: a shared formula's
 * dependent cells carry an empty one, and neither the formula nor its cached result is used.
 */
export function cellContent(value: ExcelJS.CellValue): CellContent {
  if (value === null || value === undefined) return EMPTY;
  if (typeof value === 'string') return { kind: 'text', text: value };
  if (typeof value === 'number' || typeof value === 'boolean') return { kind: 'text', text: String(value) };
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? { kind: 'error' } : { kind: 'text', text: isoDate(value) };
  if ('formula' in value || 'sharedFormula' in value) return { kind: 'formula' };
  if ('error' in value) return { kind: 'error' };
  if ('richText' in value && Array.isArray(value.richText)) return { kind: 'text', text: value.richText.map((run) => run.text ?? '').join('') };
  if ('text' in value && typeof value.text === 'string') return { kind: 'text', text: value.text };
  return { kind: 'error' };
}

function sheetRow(row: ExcelJS.Row): SheetRow {
  return {
    number: row.number,
    cell: (column) => cellContent(row.getCell(column).value),
    filledColumns: () => {
      const columns: number[] = [];
      row.eachCell({ includeEmpty: false }, (_cell, column) => columns.push(column));
      return columns;
    },
  };
}

/** The parts of exceljs' streaming reader that read one part of the workbook each (exceljs 4.4). */
interface ReaderParts {
  _parseRels(entry: Readable): Promise<void>;
  _parseWorkbook(entry: Readable): Promise<void>;
  _parseStyles(entry: Readable): Promise<void>;
  _parseSharedStrings(entry: Readable): AsyncIterable<unknown>;
  _parseWorksheet(content: Readable, sheetNo: string): Iterable<{ eventType: string; value: unknown }>;
  workbookRels?: { Id: string; Target: string }[];
  model?: { sheets?: { rId: string; id: number }[] };
}

const PARTS = { rels: 'xl/_rels/workbook.xml.rels', workbook: 'xl/workbook.xml', styles: 'xl/styles.xml', sharedStrings: 'xl/sharedStrings.xml' } as const;

/**
 * exceljs' streaming WorkbookReader, fed the workbook's parts through `openEntry` instead of its
 * own unzipping: what it inflates is bounded by the sizes the archive declared (and checked), and
 * the parts come in the order it needs (no temporary files). Only the first worksheet is read.
 */
class BoundedWorkbookReader extends ExcelJS.stream.xlsx.WorkbookReader {
  private readonly opened: Readable[] = [];

  constructor(
    private readonly file: Buffer,
    private readonly directory: ZipDirectory,
  ) {
    super(Readable.from([]), { worksheets: 'emit', sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'cache', entries: 'ignore' });
  }

  private open(entry: ZipEntry): Readable {
    const content = openEntry(this.file, entry);
    this.opened.push(content);
    return content;
  }

  private part(name: string): ZipEntry {
    const entry = this.directory.byName.get(name);
    if (!entry) throw refuseFile('not_xlsx', 'is not an .xlsx workbook (it has no workbook part)');
    return entry;
  }

  /** The path of the first worksheet in the workbook's order, from the workbook and its relationships. */
  private firstSheet(parts: ReaderParts): { entry: ZipEntry; sheetNo: string } {
    const [first] = parts.model?.sheets ?? [];
    const target = first && parts.workbookRels?.find((rel) => rel.Id === first.rId)?.Target;
    if (!target) throw refuseFile('not_xlsx', 'the workbook has no worksheet');
    const path = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
    return { entry: this.part(path), sheetNo: String(first.id) };
  }

  override async *parse(): AsyncGenerator<{ eventType: string; value: unknown }> {
    const parts = this as unknown as ReaderParts;
    await parts._parseRels(this.open(this.part(PARTS.rels)));
    await parts._parseWorkbook(this.open(this.part(PARTS.workbook)));
    const styles = this.directory.byName.get(PARTS.styles);
    if (styles) await parts._parseStyles(this.open(styles));
    const sharedStrings = this.directory.byName.get(PARTS.sharedStrings);
    // In 'cache' mode the shared strings are kept on the reader and nothing is yielded.
    if (sharedStrings) for await (const _ of parts._parseSharedStrings(this.open(sharedStrings))) void _;
    const sheet = this.firstSheet(parts);
    yield* parts._parseWorksheet(this.open(sheet.entry), sheet.sheetNo);
  }

  close(): void {
    for (const content of this.opened) content.destroy();
  }
}

/**
 * The rows of the workbook's first worksheet, streamed: read as they are consumed, and stopped
 * (with every inflation) when the consumer stops. A part inflating beyond its declared size is a
 * refusal of the file (`xlsx`); XML that does not parse is one too.
 */
export async function* sheetRows(file: Buffer, directory: ZipDirectory): AsyncGenerator<SheetRow> {
  const reader = new BoundedWorkbookReader(file, directory);
  try {
    for await (const worksheet of reader) {
      for await (const row of worksheet) yield sheetRow(row);
      return;
    }
  } catch (err) {
    if (err instanceof ValidationError) throw err;
    throw refuseFile('not_xlsx', 'the workbook could not be read: its XML is damaged');
  } finally {
    reader.close();
  }
}
