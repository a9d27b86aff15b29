import { ValidationError, type FieldViolation } from '@lethe/platform/errors';
import { deflatedEntry, entriesOf, repeatedEntry, SHEET, withEntry, workbookFile, zipArchive, contentOf } from '../../test/xlsx-files';
import { inspectZip, openEntry, verifyEntries, XLSX_LIMITS } from './zip';

/** The violation a refusal of the file names (inspection throws, reading rejects). */
async function refusalOf(run: () => unknown): Promise<FieldViolation> {
  try {
    await run();
  } catch (err) {
    if (err instanceof ValidationError) return err.violations[0];
    throw err;
  }
  throw new Error('not refused');
}

describe('the zip inspection of an uploaded workbook', () => {
  let workbook: Buffer;
  beforeAll(async () => {
    workbook = await workbookFile([
      ['Vorname', 'Nachname', 'E-Mail'],
      ['Jana', 'Novak', 'jana@example.org'],
    ]);
  });

  it('accepts a workbook as exceljs writes it, and every entry inflates to what it declares', async () => {
    const directory = inspectZip(workbook);
    expect(directory.byName.has(SHEET)).toBe(true);
    expect(directory.declaredBytes).toBe(directory.entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0));
    await expect(verifyEntries(workbook, directory)).resolves.toBeUndefined();
  });

  it('refuses what is not a zip archive, or has bytes before or after it', async () => {
    expect(await refusalOf(() => inspectZip(Buffer.from('Vorname;Nachname;E-Mail\nJana;Novak;jana@example.org\n')))).toMatchObject({ field: 'xlsx', code: 'not_xlsx' });
    expect(await refusalOf(() => inspectZip(Buffer.concat([Buffer.from('MZ'), workbook])))).toMatchObject({ code: 'not_xlsx' });
    expect(await refusalOf(() => inspectZip(Buffer.concat([workbook, Buffer.from('trailing')])))).toMatchObject({ code: 'not_xlsx' });
  });

  it('refuses a file over 5 MiB before looking at it', async () => {
    expect(await refusalOf(() => inspectZip(Buffer.alloc(XLSX_LIMITS.fileBytes + 1)))).toMatchObject({ field: 'xlsx', code: 'too_big', description: 'the file is larger than 5 MiB' });
  });

  it('refuses more entries than a workbook has', async () => {
    const many = zipArchive(Array.from({ length: 6 }, (_, i) => deflatedEntry(`xl/part${i}.xml`, Buffer.from('<x/>'))));
    expect(await refusalOf(() => inspectZip(many, { ...XLSX_LIMITS, entries: 5 }))).toMatchObject({ code: 'zip_bomb', description: 'the archive has 6 entries; at most 5 are accepted' });
  });

  it('refuses an entry that declares more than an entry may inflate to, and entries that together declare more than the total', async () => {
    const entry = await repeatedEntry(SHEET, Buffer.from('<row/>'), 60 * 1024 * 1024);
    expect(await refusalOf(() => inspectZip(withEntry(workbook, entry)))).toMatchObject({ code: 'zip_bomb', description: `the entry ${SHEET} inflates to 60 MiB; at most 50 MiB per entry are accepted` });
    const parts = await Promise.all([1, 2, 3].map((n) => repeatedEntry(`xl/big${n}.xml`, Buffer.from('<row r="1"><c r="A1"><v>1</v></c></row>'), 2 * 1024 * 1024)));
    const heavy = zipArchive([...entriesOf(workbook), ...parts]);
    expect(await refusalOf(() => inspectZip(heavy, { ...XLSX_LIMITS, totalBytes: 5 * 1024 * 1024, ratio: 1_000_000 }))).toMatchObject({ code: 'zip_bomb', description: 'the archive inflates to more than 5 MiB' });
  });

  it('refuses an entry whose declared size is many hundred times its compressed size', async () => {
    const bomb = await repeatedEntry(SHEET, Buffer.from('A'), 40 * 1024 * 1024);
    const violation = await refusalOf(() => inspectZip(withEntry(workbook, bomb)));
    expect(violation.code).toBe('zip_bomb');
    expect(violation.description).toMatch(/^the entry xl\/worksheets\/sheet1\.xml inflates \d+ times its size; at most 100 times are accepted$/);
  });

  it('refuses, while inflating, an entry that inflates beyond the size it declares, after at most one chunk more', async () => {
    const real = await repeatedEntry(SHEET, Buffer.from('<row/>'), 20 * 1024 * 1024);
    const lying = withEntry(workbook, { ...real, declaredSize: 4096 });
    const directory = inspectZip(lying);
    expect(await refusalOf(() => verifyEntries(lying, directory))).toMatchObject({ code: 'zip_bomb', description: `the entry ${SHEET} inflates beyond the 4096 bytes the archive declares for it` });
    let received = 0;
    const content = openEntry(lying, directory.byName.get(SHEET)!);
    await expect(
      (async () => {
        for await (const chunk of content) received += (chunk as Buffer).length;
      })(),
    ).rejects.toBeInstanceOf(ValidationError);
    expect(received).toBeLessThanOrEqual(4096);
  });

  it('refuses an entry that is shorter than it declares or fails its checksum, as damaged', async () => {
    const sheet = contentOf(workbook, SHEET);
    const short = withEntry(workbook, { ...deflatedEntry(SHEET, sheet), declaredSize: sheet.length + 10 });
    expect(await refusalOf(() => verifyEntries(short, inspectZip(short)))).toMatchObject({ code: 'not_xlsx', description: `the entry ${SHEET} is damaged` });
    const wrongSum = withEntry(workbook, { ...deflatedEntry(SHEET, sheet), crc: 1234 });
    expect(await refusalOf(() => verifyEntries(wrongSum, inspectZip(wrongSum)))).toMatchObject({ code: 'not_xlsx' });
    const garbage = withEntry(workbook, { ...deflatedEntry(SHEET, sheet), data: Buffer.from('not deflate data at all, really not') });
    expect(await refusalOf(() => verifyEntries(garbage, inspectZip(garbage)))).toMatchObject({ code: 'not_xlsx' });
  });

  it('refuses nested archives, odd names, twice-named entries, encryption and other compression methods', async () => {
    const plain = entriesOf(workbook);
    const archive = (extra: Parameters<typeof deflatedEntry>) => zipArchive([...plain, deflatedEntry(...extra)]);
    expect(await refusalOf(() => inspectZip(archive(['xl/embeddings/inner.xlsx', Buffer.from('PK')])))).toMatchObject({ code: 'unsupported', description: 'the archive holds another archive (xl/embeddings/inner.xlsx)' });
    expect(await refusalOf(() => inspectZip(archive(['../evil.xml', Buffer.from('<x/>')])))).toMatchObject({ code: 'unsupported' });
    expect(await refusalOf(() => inspectZip(archive(['/etc/passwd', Buffer.from('x')])))).toMatchObject({ code: 'unsupported' });
    expect(await refusalOf(() => inspectZip(zipArchive([...plain, plain[0]])))).toMatchObject({ code: 'unsupported', description: `the archive has the entry ${plain[0].name} twice` });
    expect(await refusalOf(() => inspectZip(zipArchive([...plain, { ...deflatedEntry('xl/x.xml', Buffer.from('x')), method: 12 }])))).toMatchObject({ code: 'unsupported' });

    const encrypted = Buffer.from(workbook);
    const directory = inspectZip(encrypted);
    const centralAt = encrypted.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    encrypted.writeUInt16LE(encrypted.readUInt16LE(centralAt + 8) | 1, centralAt + 8);
    expect(directory.entries.length).toBeGreaterThan(0);
    expect(await refusalOf(() => inspectZip(encrypted))).toMatchObject({ code: 'unsupported', description: expect.stringMatching(/is encrypted$/) });
  });

  it('refuses entries that overlap, leave hidden data between them, or disagree with their local headers', async () => {
    const plain = entriesOf(workbook);
    const archive = zipArchive(plain);
    // A second directory entry for the first local header: the overlap of "better" zip bombs.
    const end = archive.length - 22;
    const directoryOffset = archive.readUInt32LE(end + 16);
    const firstCentral = archive.subarray(directoryOffset, directoryOffset + 46 + archive.readUInt16LE(directoryOffset + 28));
    const overlapCentral = Buffer.from(firstCentral);
    Buffer.from('xl/zzz').copy(overlapCentral, 46, 0);
    const overlapEnd = Buffer.from(archive.subarray(end));
    overlapEnd.writeUInt16LE(plain.length + 1, 8);
    overlapEnd.writeUInt16LE(plain.length + 1, 10);
    overlapEnd.writeUInt32LE(archive.readUInt32LE(end + 12) + overlapCentral.length, 12);
    const overlapping = Buffer.concat([archive.subarray(0, end), overlapCentral, overlapEnd]);
    expect(await refusalOf(() => inspectZip(overlapping))).toMatchObject({ code: 'unsupported' });

    // Bytes slipped in between the last entry and the directory.
    const hidden = Buffer.concat([archive.subarray(0, directoryOffset), Buffer.from('hidden'), archive.subarray(directoryOffset)]);
    hidden.writeUInt32LE(directoryOffset + 6, hidden.length - 22 + 16);
    expect(await refusalOf(() => inspectZip(hidden))).toMatchObject({ code: 'unsupported', description: 'the archive has data between its last entry and its directory' });

    // A local header that names another size than the directory.
    const disagreeing = Buffer.from(archive);
    disagreeing.writeUInt32LE(disagreeing.readUInt32LE(22) + 1, 22);
    expect(await refusalOf(() => inspectZip(disagreeing))).toMatchObject({ code: 'unsupported', description: expect.stringMatching(/is described differently by its own header and by the directory$/) });
  });

  it('refuses zip64 archives', async () => {
    const archive = zipArchive(entriesOf(workbook));
    const marked = Buffer.from(archive);
    marked.writeUInt32LE(0xffffffff, marked.length - 22 + 16);
    expect(await refusalOf(() => inspectZip(marked))).toMatchObject({ code: 'unsupported', description: 'is a zip64 archive, which no workbook of this size needs' });
  });
});
