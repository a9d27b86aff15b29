import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { LetheError, ValidationError } from '@lethe/platform/errors';
import { newId } from '@lethe/platform/ids';
import type { Stored } from '@lethe/platform/mongo';
import { retry } from '@lethe/platform/retry';
import { heartbeatWhileRunning } from '@lethe/platform/service';
import type { Logger } from '@lethe/platform/telemetry';
import type { PoolStore } from '../pools/store';
import { normaliseEmail } from '../talents/profile';
import type { NewTalent, TalentProfile } from '../talents/talent';
import type { Talents } from '../talents/talents';
import { columnLetter, mapColumns, type ColumnMapping, type ExplicitColumn } from './columns';
import { isBlankRow, rowChecker, type RowProblem } from './rows';
import { TalentImportStore, type TalentImportRecord } from './store';
import { sheetRows } from './workbook';
import { inspectZip, refuseFile, verifyEntries, type ZipDirectory } from './zip';

export const IMPORT_LIMITS = {
  /** Data rows of one file. */
  rows: 20_000,
  /** Rows checked against the tenant's talents and created together: one lookup and one insert each. */
  batchRows: 500,
  /** Problems a report lists; more are counted. */
  reportedProblems: 10_000,
  /** How often a running import says its process is alive. */
  heartbeatMs: 10_000,
  /** A running import not heard of for this long is taken as failed: the process that ran it ended. */
  staleAfterMs: 60_000,
  /** How often a watcher reads the import. */
  watchPollMs: 500,
} as const;

export type ImportLimits = { readonly [K in keyof typeof IMPORT_LIMITS]: number };

export interface ImportRequest {
  file: Buffer;
  fileName: string;
  columns: readonly ExplicitColumn[];
  poolIds: readonly string[];
  tags: readonly string[];
  /** The talents' recruiter; the importing user when absent. */
  recruiterId?: string;
  dryRun: boolean;
}

export interface TalentImportsDeps {
  store: TalentImportStore;
  talents: Pick<Talents, 'findIdsByEmails' | 'createMany'>;
  pools: Pick<PoolStore, 'requireKnown'>;
  logger: Logger;
  now: () => Date;
  limits?: Partial<ImportLimits>;
}

/** A row that became a profile, waiting to be checked against the tenant's talents. */
interface ValidRow {
  row: number;
  profile: TalentProfile;
}

/**
 * What the first reading of the file found: how many rows it has, the refused ones with their
 * problems (as many as the report lists), and the rows to create, by number: no row's content is
 * kept, so an import holds one batch of profiles at a time, whatever the file's size.
 */
interface RowCheck {
  totalRows: number;
  refused: number;
  duplicates: number;
  problems: RowProblem[];
  /** The valid rows, each the first of its email in the file. */
  creatableRows: Set<number>;
}

/** A short digest of a normalised address, to find a file's repeated addresses. */
function emailDigest(email: string): string {
  return createHash('sha256').update(normaliseEmail(email)).digest('base64').slice(0, 16);
}

/** The import stopped because the service did. */
class ImportInterrupted extends Error {}

const WRITE_ATTEMPTS = 6;
const WRITE_BACKOFF = { initialMs: 250, maxMs: 8_000 } as const;

const FAILED_UNEXPECTEDLY = 'the import stopped on an internal error';
const SERVICE_STOPPED = 'the service stopped before the import finished';
const PROCESS_ENDED = 'the import stopped: the process that ran it ended';

/**
 * Excel imports of talents. A file is checked before anything is kept: its size, its archive's
 * directory, every part inflated once against what the directory declares, and its header row's
 * mapping. The rows are then read in the background, twice: first each checked with the profile
 * schema and duplicates in the file reported, then the valid ones read again a batch at a time,
 * checked against the tenant's talents and created, the import's document recording progress after
 * each (and its process's heartbeat).
 */
export class TalentImports {
  private readonly store: TalentImportStore;
  private readonly talents: TalentImportsDeps['talents'];
  private readonly pools: TalentImportsDeps['pools'];
  private readonly logger: Logger;
  private readonly now: () => Date;
  private readonly limits: ImportLimits;
  private readonly running = new Map<string, Promise<void>>();
  private stopping = false;

  constructor(deps: TalentImportsDeps) {
    ({ store: this.store, talents: this.talents, pools: this.pools, logger: this.logger, now: this.now } = deps);
    this.limits = { ...IMPORT_LIMITS, ...deps.limits };
  }

  /** Checks the file and its mapping (INVALID_ARGUMENT naming `xlsx` or `columns`), then runs the import in the background. */
  async start(tenantId: string, actorId: string, request: ImportRequest): Promise<Stored<TalentImportRecord>> {
    const directory = inspectZip(request.file);
    await verifyEntries(request.file, directory);
    const header = await this.readHeader(request.file, directory);
    const mapping = mapColumns(header.texts, request.columns);
    await this.pools.requireKnown(tenantId, request.poolIds);
    const now = this.now();
    const record = await this.store.insert({
      _id: newId(now),
      tenantId,
      state: 'running',
      fileName: request.fileName,
      dryRun: request.dryRun,
      totalRows: 0,
      processedRows: 0,
      created: 0,
      refused: 0,
      duplicates: 0,
      problems: mapping.ignored.map((column) => ({ row: header.row, field: columnLetter(column), code: 'unknown_column', description: 'the header names no profile field: the column was ignored' })),
      problemsOmitted: 0,
      failure: '',
      startedAt: now,
      startedBy: actorId,
      heartbeatAt: now,
      revision: 0,
    });
    const run = this.run(record, actorId, request, directory, mapping, header.row).finally(() => this.running.delete(record._id));
    this.running.set(record._id, run);
    return record;
  }

  /** The import; a running one whose process stopped saying it is alive is marked failed first. */
  async get(tenantId: string, id: string): Promise<Stored<TalentImportRecord>> {
    const record = await this.store.get(tenantId, id);
    if (record.state !== 'running' || this.running.has(id) || this.now().getTime() - record.heartbeatAt.getTime() < this.limits.staleAfterMs) return record;
    await this.store.markFailed(tenantId, id, PROCESS_ENDED, this.now());
    return this.store.get(tenantId, id);
  }

  /** The import as it changes, until it ends (or `cancelled` says the watcher left); read from the store, so any replica can serve it. */
  async *watch(tenantId: string, id: string, cancelled: () => boolean): AsyncGenerator<Stored<TalentImportRecord>> {
    let seen = -1;
    while (!cancelled()) {
      const record = await this.get(tenantId, id);
      if (record.revision !== seen || record.state !== 'running') {
        seen = record.revision;
        yield record;
      }
      if (record.state !== 'running') return;
      await sleep(this.limits.watchPollMs);
    }
  }

  /** Stops the imports this process runs between two batches; each is marked failed. */
  async stop(): Promise<void> {
    this.stopping = true;
    await Promise.allSettled([...this.running.values()]);
  }

  /** The first row that holds anything, as the column headers. */
  private async readHeader(file: Buffer, directory: ZipDirectory): Promise<{ row: number; texts: Map<number, string> }> {
    for await (const row of sheetRows(file, directory)) {
      const columns = row.filledColumns();
      if (columns.length === 0) continue;
      const texts = new Map<number, string>();
      for (const column of columns) {
        const content = row.cell(column);
        texts.set(column, content.kind === 'text' ? content.text : '');
      }
      return { row: row.number, texts };
    }
    throw refuseFile('not_xlsx', 'the first worksheet is empty');
  }

  private async run(record: TalentImportRecord, actorId: string, request: ImportRequest, directory: ZipDirectory, mapping: ColumnMapping, headerRow: number): Promise<void> {
    const { tenantId, _id: id } = record;
    const stopHeartbeat = heartbeatWhileRunning(() => this.store.heartbeat(tenantId, id, this.now()), this.limits.heartbeatMs, this.logger, { importId: id });
    const tally = { problems: record.problems.length, omitted: 0, created: 0 };
    const listed = (problems: RowProblem[]): RowProblem[] => {
      const room = Math.max(0, this.limits.reportedProblems - tally.problems);
      tally.problems += Math.min(room, problems.length);
      tally.omitted += Math.max(0, problems.length - room);
      return problems.slice(0, room);
    };
    try {
      const read = await this.checkRows(request.file, directory, mapping, headerRow, listed);
      let processed = read.refused + read.duplicates;
      let duplicates = read.duplicates;
      await this.persist(() =>
        this.store.progress(tenantId, id, { totalRows: read.totalRows, processedRows: processed, refused: read.refused, duplicates, problemsOmitted: tally.omitted, heartbeatAt: this.now() }, read.problems),
      );
      for await (const batch of this.creatableBatches(request.file, directory, mapping, read.creatableRows)) {
        if (this.stopping) throw new ImportInterrupted();
        const holders = await this.persist(() => this.talents.findIdsByEmails(tenantId, batch.map((valid) => valid.profile.email)));
        const problems: RowProblem[] = [];
        const creatable: NewTalent[] = [];
        for (const { row, profile } of batch) {
          const holder = holders.get(normaliseEmail(profile.email));
          if (holder) problems.push({ row, field: 'email', code: 'duplicate_talent', description: 'a talent of the tenant has this email', duplicateTalentId: holder });
          else creatable.push({ profile, source: 'excel-import', sourceInfo: request.fileName, poolIds: [...request.poolIds], tags: [...request.tags], recruiterId: request.recruiterId ?? actorId });
        }
        if (!request.dryRun && creatable.length > 0) tally.created += await this.createBatch(tenantId, actorId, creatable);
        processed += batch.length;
        duplicates += problems.length;
        const batchProblems = listed(problems);
        await this.persist(() => this.store.progress(tenantId, id, { processedRows: processed, created: tally.created, duplicates, problemsOmitted: tally.omitted, heartbeatAt: this.now() }, batchProblems));
      }
      await this.persist(() => this.store.progress(tenantId, id, { state: 'done', finishedAt: this.now(), heartbeatAt: this.now() }));
    } catch (err) {
      await this.fail(record, err, tally.created);
    } finally {
      stopHeartbeat();
    }
  }

  /**
   * A database write or read of the import, tried again when the database refused it for the
   * moment (FerretDB on SQLite answers a write that meets another with "database is locked").
   * Lethe's own refusals are final.
   */
  private persist<T>(work: (attempt: number) => Promise<T>): Promise<T> {
    return retry(work, { attempts: WRITE_ATTEMPTS, backoff: WRITE_BACKOFF, retryIf: (err) => !(err instanceof LetheError) && !this.stopping });
  }

  /**
   * Creates a batch's talents; returns how many. An attempt that failed may have written some of
   * them (FerretDB writes a large insert in parts): before another attempt, the batch's emails
   * that are talents' now count as created by it (they were none before), and only the rest is
   * created again, so nobody is created twice.
   */
  private async createBatch(tenantId: string, actorId: string, creatable: readonly NewTalent[]): Promise<number> {
    let pending = creatable;
    let created = 0;
    await this.persist(async (attempt) => {
      if (attempt > 1) {
        const written = await this.talents.findIdsByEmails(tenantId, pending.map((input) => input.profile.email));
        created += written.size;
        pending = pending.filter((input) => !written.has(normaliseEmail(input.profile.email)));
      }
      if (pending.length === 0) return;
      created += (await this.talents.createMany(tenantId, actorId, pending)).length;
      pending = [];
    });
    return created;
  }

  /**
   * Reads every row once, before anything is created: more rows than allowed, or a part of the
   * file that turns out not to be what it declared, fails the import with nothing created. The
   * problems of refused rows and of duplicates within the file are kept as far as `listed` lets them.
   */
  private async checkRows(file: Buffer, directory: ZipDirectory, mapping: ColumnMapping, headerRow: number, listed: (problems: RowProblem[]) => RowProblem[]): Promise<RowCheck> {
    const result: RowCheck = { totalRows: 0, refused: 0, duplicates: 0, problems: [], creatableRows: new Set() };
    const report = (problems: RowProblem[]) => result.problems.push(...listed(problems));
    const checkRow = rowChecker(mapping);
    // By a digest of the address: the file's addresses are not held for the length of the import.
    const firstRowOfEmail = new Map<string, number>();
    for await (const row of sheetRows(file, directory)) {
      if (this.stopping) throw new ImportInterrupted();
      if (row.number <= headerRow || isBlankRow(row, mapping)) continue;
      result.totalRows++;
      if (result.totalRows > this.limits.rows) throw refuseFile('too_big', `the file has more than ${this.limits.rows} rows; nothing was imported`);
      const checked = checkRow(row);
      if (!checked.profile) {
        result.refused++;
        report(checked.problems);
        continue;
      }
      const email = emailDigest(checked.profile.email);
      const first = firstRowOfEmail.get(email);
      if (first !== undefined) {
        result.duplicates++;
        report([{ row: row.number, field: 'email', code: 'duplicate_in_file', description: `row ${first} has the same email`, duplicateOfRow: first }]);
        continue;
      }
      firstRowOfEmail.set(email, row.number);
      result.creatableRows.add(row.number);
    }
    return result;
  }

  /**
   * The rows `checkRows` found creatable, read from the file again and checked again (the same
   * check gives the same profile), `batchRows` at a time.
   */
  private async *creatableBatches(file: Buffer, directory: ZipDirectory, mapping: ColumnMapping, rows: ReadonlySet<number>): AsyncGenerator<ValidRow[]> {
    const checkRow = rowChecker(mapping);
    let batch: ValidRow[] = [];
    for await (const row of sheetRows(file, directory)) {
      if (!rows.has(row.number)) continue;
      const { profile } = checkRow(row);
      if (!profile) throw new Error(`row ${row.number} passed the first check of the file but not the second`);
      batch.push({ row: row.number, profile });
      if (batch.length === this.limits.batchRows) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length > 0) yield batch;
  }

  private async fail(record: TalentImportRecord, err: unknown, created: number): Promise<void> {
    let failure: string;
    if (err instanceof ValidationError) failure = err.violations.map((violation) => violation.description).join('; ');
    else if (err instanceof ImportInterrupted) failure = SERVICE_STOPPED;
    else {
      this.logger.error({ err, importId: record._id }, 'an import failed');
      failure = FAILED_UNEXPECTEDLY;
    }
    if (created > 0) failure += ` (${created} talents had been created)`;
    await this.persist(() => this.store.markFailed(record.tenantId, record._id, failure, this.now())).catch((markErr: unknown) => this.logger.error({ err: markErr, importId: record._id }, 'an import could not be marked failed'));
  }
}
