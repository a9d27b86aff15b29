import { Schema, type Connection, type Model } from 'mongoose';
import { defineTenantModel, TenantRepository, type Stored } from '@lethe/platform/mongo';
import type { MassActionKind } from './selection';

export type MassActionRunStateName = 'running' | 'done' | 'failed' | 'interrupted';

/** A subject the action did not apply to, and why. */
export interface SkippedSubject {
  subjectId: string;
  reason: string;
}

/** How far a run got: what it matched, applied and skipped. */
export interface MassActionProgress {
  matched: number;
  affected: number;
  skipped: number;
  /** The first subjects matched and skipped (ids only). */
  sample: string[];
  skippedSample: SkippedSubject[];
}

/** One mass action as it runs and after: ids and counts only. */
export interface MassActionRunDoc extends MassActionProgress {
  _id: string;
  tenantId: string;
  action: MassActionKind;
  state: MassActionRunStateName;
  startedAt: Date;
  startedBy: string;
  /** Written by the replica running it while it runs; a run whose heartbeat stopped was interrupted. */
  heartbeatAt: Date;
  finishedAt?: Date;
}

const schema = new Schema<MassActionRunDoc>(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    action: { type: String, required: true },
    state: { type: String, required: true },
    matched: { type: Number, required: true },
    affected: { type: Number, required: true },
    skipped: { type: Number, required: true },
    sample: { type: [String], default: [] },
    skippedSample: { type: [{ subjectId: String, reason: String }], _id: false, default: [] },
    startedAt: { type: Date, required: true },
    startedBy: { type: String, required: true },
    heartbeatAt: { type: Date, required: true },
    finishedAt: Date,
  },
  { versionKey: false },
);

/** The tenant's mass-action runs, by id; progress is written as a run goes on. */
export class MassActionRunStore {
  readonly model: Model<MassActionRunDoc>;
  private readonly repository: TenantRepository<MassActionRunDoc>;

  constructor(connection: Connection) {
    this.model = defineTenantModel(connection, 'MassActionRun', schema, 'mass_action_runs');
    this.repository = new TenantRepository(this.model, { resourceType: 'mass action run' });
  }

  async start(tenantId: string, run: Omit<MassActionRunDoc, 'tenantId'>): Promise<void> {
    await this.repository.insert(tenantId, run);
  }

  async progress(tenantId: string, runId: string, progress: MassActionProgress, at: Date, end?: Exclude<MassActionRunStateName, 'running' | 'interrupted'>): Promise<void> {
    await this.repository.updateOne(tenantId, { _id: runId }, { $set: { ...progress, heartbeatAt: at, ...(end ? { state: end, finishedAt: at } : {}) } });
  }

  /** The running replica says the run goes on. */
  async heartbeat(tenantId: string, runId: string, at: Date): Promise<void> {
    await this.repository.updateOne(tenantId, { _id: runId, state: 'running' }, { $set: { heartbeatAt: at } });
  }

  /**
   * Ends a running run whose heartbeat is older than `staleBefore` as interrupted, unless its
   * replica wrote again meanwhile; returns whether it did.
   */
  async interruptIfStale(tenantId: string, run: MassActionRunDoc, staleBefore: Date, at: Date): Promise<boolean> {
    if (run.state !== 'running' || run.heartbeatAt >= staleBefore) return false;
    const { matched } = await this.repository.updateOne(
      tenantId,
      { _id: run._id, state: 'running', heartbeatAt: run.heartbeatAt },
      { $set: { state: 'interrupted', finishedAt: at } },
    );
    return matched > 0;
  }

  /** The run, or NOT_FOUND (another tenant's too). */
  get(tenantId: string, runId: string): Promise<Stored<MassActionRunDoc>> {
    return this.repository.getById(tenantId, runId);
  }
}
