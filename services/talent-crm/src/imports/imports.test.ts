import { setTimeout as sleep } from 'node:timers/promises';
import { createLogger } from '@lethe/platform/telemetry';
import { workbookFile } from '../../test/xlsx-files';
import { normaliseEmail } from '../talents/profile';
import type { NewTalent, Talent } from '../talents/talent';
import { TalentImports, type TalentImportsDeps } from './imports';
import type { ImportProgress, TalentImportRecord, TalentImportStore } from './store';
import type { RowProblem } from './rows';

/** The import's document, kept in memory. */
class MemoryImportStore {
  record?: TalentImportRecord;
  async insert(record: TalentImportRecord) {
    this.record = structuredClone(record);
    return this.record;
  }
  async get() {
    return structuredClone(this.record!);
  }
  async progress(_tenantId: string, _id: string, progress: ImportProgress, problems: readonly RowProblem[] = []) {
    Object.assign(this.record!, progress, { revision: this.record!.revision + 1, problems: [...this.record!.problems, ...problems] });
  }
  async heartbeat() {}
  async markFailed(_tenantId: string, _id: string, failure: string) {
    Object.assign(this.record!, { state: 'failed', failure });
    return true;
  }
}

/** Talents by email; `failures` lists, per createMany call, how many of its talents are written before it fails (or undefined: it succeeds). */
class FlakyTalents {
  readonly byEmail = new Map<string, string>();
  /** How many talents each createMany call was given. */
  readonly callSizes: number[] = [];
  calls = 0;
  constructor(private readonly failures: (number | undefined)[]) {}
  async findIdsByEmails(_tenantId: string, emails: readonly string[]) {
    return new Map(emails.flatMap((email) => (this.byEmail.has(normaliseEmail(email)) ? [[normaliseEmail(email), this.byEmail.get(normaliseEmail(email))!] as const] : [])));
  }
  async createMany(_tenantId: string, _actorId: string, inputs: readonly NewTalent[]) {
    this.callSizes.push(inputs.length);
    const writtenBeforeFailure = this.failures[this.calls++];
    const written = writtenBeforeFailure === undefined ? inputs : inputs.slice(0, writtenBeforeFailure);
    for (const input of written) {
      const email = normaliseEmail(input.profile.email);
      if (this.byEmail.has(email)) throw new Error(`${email} created twice`);
      this.byEmail.set(email, `talent-${this.byEmail.size}`);
    }
    if (writtenBeforeFailure !== undefined) throw Object.assign(new Error('database is locked (5) (SQLITE_BUSY)'), { code: 1 });
    return written as unknown as Talent[];
  }
}

const personRows = (rows: number) => Array.from({ length: rows }, (_, n) => [`V${n}`, `N${n}`, `person${n}@example.org`]);

async function importWith(talents: FlakyTalents, rows: number | string[][]): Promise<TalentImportRecord> {
  const store = new MemoryImportStore();
  const imports = new TalentImports({
    store: store as unknown as TalentImportStore,
    talents: talents as unknown as TalentImportsDeps['talents'],
    pools: { requireKnown: async () => {} },
    logger: createLogger({ service: 'test', level: 'silent' }),
    now: () => new Date(),
    limits: { batchRows: 4 },
  });
  const file = await workbookFile([['Vorname', 'Nachname', 'E-Mail'], ...(typeof rows === 'number' ? personRows(rows) : rows)]);
  await imports.start('tenant-a', 'recruiter-1', { file, fileName: 'x.xlsx', columns: [], poolIds: [], tags: [], dryRun: false });
  while (store.record!.state === 'running') await sleep(10);
  return store.record!;
}

describe('an import batch the database refuses for the moment', () => {
  it('is tried again; what a failed attempt wrote counts as created, and nobody is created twice', async () => {
    // The second batch fails twice: after writing 3 of its 4 talents, then after writing none.
    const talents = new FlakyTalents([undefined, 3, 0]);
    const record = await importWith(talents, 10);
    expect(record).toMatchObject({ state: 'done', totalRows: 10, processedRows: 10, created: 10, duplicates: 0, failure: '' });
    expect(talents.byEmail.size).toBe(10);
    expect(talents.calls).toBe(5);
  }, 30_000);

  it('fails the import once the attempts are used up, saying how many talents it created', async () => {
    const talents = new FlakyTalents([undefined, ...Array.from({ length: 10 }, () => 0)]);
    const record = await importWith(talents, 8);
    expect(record).toMatchObject({ state: 'failed', failure: 'the import stopped on an internal error (4 talents had been created)' });
  }, 60_000);
});

describe('an import of more rows than a batch', () => {
  it('creates the valid rows a batch at a time in the file\'s order; refused rows and repeated addresses are reported and not created', async () => {
    const rows = personRows(11);
    // Row 5 repeats row 3's address (written differently), row 8 has none.
    rows[3][2] = ' PERSON1@Example.org';
    rows[6][2] = '';
    const talents = new FlakyTalents([]);
    const record = await importWith(talents, rows);
    expect(record).toMatchObject({ state: 'done', totalRows: 11, processedRows: 11, created: 9, refused: 1, duplicates: 1, failure: '' });
    expect(record.problems).toEqual([
      expect.objectContaining({ row: 5, field: 'email', code: 'duplicate_in_file', duplicateOfRow: 3 }),
      expect.objectContaining({ row: 8, field: 'email' }),
    ]);
    expect(talents.callSizes).toEqual([4, 4, 1]);
    expect([...talents.byEmail.keys()]).toEqual([0, 1, 2, 4, 5, 7, 8, 9, 10].map((n) => `person${n}@example.org`));
  }, 30_000);
});
