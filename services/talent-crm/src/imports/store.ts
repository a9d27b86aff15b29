import { Schema, type Connection } from 'mongoose';
import { defineTenantModel, TenantRepository, type Stored } from '@lethe/platform/mongo';
import type { RowProblem } from './rows';

export type ImportStateName = 'running' | 'done' | 'failed';

/**
 * An import and its report. It holds no personal data: row numbers, field names, codes, counts
 * and ids (the file's name is the recruiter's). The talents it created are ordinary talents.
 */
export interface TalentImportRecord {
  _id: string;
  tenantId: string;
  state: ImportStateName;
  fileName: string;
  dryRun: boolean;
  /** The file's data rows; 0 until they are all read. */
  totalRows: number;
  processedRows: number;
  created: number;
  refused: number;
  duplicates: number;
  problems: RowProblem[];
  /** Problems beyond the ones a report lists. */
  problemsOmitted: number;
  failure: string;
  startedAt: Date;
  startedBy: string;
  finishedAt?: Date;
  /** Renewed while the process that runs the import is alive; a running import without it is stale. */
  heartbeatAt: Date;
  /** Counts the writes, so a watcher tells progress from no change. */
  revision: number;
}

const problemSchema = new Schema<RowProblem>(
  {
    row: { type: Number, required: true },
    field: { type: String, required: true },
    code: { type: String, required: true },
    description: { type: String, required: true },
    duplicateOfRow: Number,
    duplicateTalentId: String,
  },
  { _id: false },
);

const schema = new Schema<TalentImportRecord>(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    state: { type: String, required: true },
    fileName: { type: String, required: true },
    dryRun: { type: Boolean, required: true },
    totalRows: { type: Number, default: 0 },
    processedRows: { type: Number, default: 0 },
    created: { type: Number, default: 0 },
    refused: { type: Number, default: 0 },
    duplicates: { type: Number, default: 0 },
    problems: { type: [problemSchema], default: [] },
    problemsOmitted: { type: Number, default: 0 },
    failure: { type: String, default: '' },
    startedAt: { type: Date, required: true },
    startedBy: { type: String, required: true },
    finishedAt: Date,
    heartbeatAt: { type: Date, required: true },
    revision: { type: Number, default: 0 },
  },
  { versionKey: false },
);
// The erasure finds the reports that name a person as the talent a row duplicated.
schema.index({ tenantId: 1, 'problems.duplicateTalentId': 1 });

export type ImportProgress = Partial<Pick<TalentImportRecord, 'state' | 'totalRows' | 'processedRows' | 'created' | 'refused' | 'duplicates' | 'problemsOmitted' | 'failure' | 'finishedAt' | 'heartbeatAt'>>;

/** Imports by id: every read and write names the document by `_id` in its tenant. */
export class TalentImportStore {
  private readonly repository: TenantRepository<TalentImportRecord>;

  constructor(connection: Connection) {
    this.repository = new TenantRepository(defineTenantModel(connection, 'TalentImport', schema, 'talent_imports'), { resourceType: 'talent import' });
  }

  async insert(record: Omit<TalentImportRecord, 'tenantId'> & { tenantId: string }): Promise<Stored<TalentImportRecord>> {
    return this.repository.insert(record.tenantId, record);
  }

  get(tenantId: string, id: string): Promise<Stored<TalentImportRecord>> {
    return this.repository.getById(tenantId, id);
  }

  /** Records progress, and appends problems to the report. */
  async progress(tenantId: string, id: string, progress: ImportProgress, problems: readonly RowProblem[] = []): Promise<void> {
    await this.repository.updateOne(tenantId, { _id: id }, {
      $set: progress,
      $inc: { revision: 1 },
      ...(problems.length > 0 ? { $push: { problems: { $each: [...problems] } } } : {}),
    });
  }

  /** Says that the process running the import is alive; no progress, so watchers see no change. */
  async heartbeat(tenantId: string, id: string, at: Date): Promise<void> {
    await this.repository.updateOne(tenantId, { _id: id }, { $set: { heartbeatAt: at } });
  }

  /** The rows of import reports that name a person as the talent they duplicated, for the person's export. */
  async problemsAbout(tenantId: string, subjectId: string): Promise<{ importId: string; startedAt: Date; problem: RowProblem }[]> {
    const reports = await this.repository.find(tenantId, { 'problems.duplicateTalentId': subjectId }, { projection: { problems: 1, startedAt: 1 } });
    return reports.flatMap((report) => report.problems.filter((problem) => problem.duplicateTalentId === subjectId).map((problem) => ({ importId: report._id, startedAt: report.startedAt, problem })));
  }

  /**
   * The erasure of a person: a report keeps its rows and codes, but no longer names them as the
   * talent a row duplicated. Each problem is changed by its position, which appending to a running
   * import's report leaves as it is. Returns the reports changed.
   */
  async deleteOfSubject(tenantId: string, subjectId: string): Promise<number> {
    const reports = await this.repository.find(tenantId, { 'problems.duplicateTalentId': subjectId }, { projection: { problems: 1 } });
    for (const report of reports) {
      const unset = Object.fromEntries(report.problems.flatMap((problem, index) => (problem.duplicateTalentId === subjectId ? [[`problems.${index}.duplicateTalentId`, '']] : [])));
      await this.repository.updateOne(tenantId, { _id: report._id }, { $set: unset });
    }
    return reports.length;
  }

  /** Marks a running import failed; false when it was no longer running. */
  async markFailed(tenantId: string, id: string, failure: string, finishedAt: Date): Promise<boolean> {
    const result = await this.repository.updateOne(tenantId, { _id: id, state: 'running' }, { $set: { state: 'failed', failure, finishedAt }, $inc: { revision: 1 } });
    return result.modified > 0;
  }
}
