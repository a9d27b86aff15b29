import { Schema, type Connection, type Model } from 'mongoose';
import type { BlindIndex } from '@lethe/platform/crypto';
import { defineTenantModel, isDuplicateKey, TenantRepository, type Page, type Stored } from '@lethe/platform/mongo';
import { outboxPlugin, withOutbox, type OutboxEntry } from '@lethe/platform/outbox';
import type { AtsJob, JobAssignment } from './job';

type AtsJobDoc = Omit<AtsJob, 'id'> & { _id: string };

const jobSchema = new Schema<AtsJobDoc>(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    atsJobId: { type: String, required: true },
    title: { type: String, default: '' },
    location: { type: String, default: '' },
    department: { type: String, default: '' },
    open: { type: Boolean, required: true },
    version: { type: Number, required: true },
    openedAt: Date,
    closedAt: Date,
  },
  { versionKey: false },
);
jobSchema.index({ tenantId: 1, _id: 1 });
jobSchema.index({ tenantId: 1, open: 1, _id: 1 });

/** What a job event changes: opened with its details, or closed. */
export type JobChange = { open: true; title: string; location: string; department: string; openedAt: Date } | { open: false; closedAt: Date };

function toJob({ _id, ...doc }: Stored<AtsJobDoc>): AtsJob {
  return { id: _id, ...doc };
}

/** The ATS's jobs, newest version per job; ids are keyed hashes of the tenant and the ATS's job id. */
export class JobStore {
  private readonly repository: TenantRepository<AtsJobDoc>;

  constructor(
    connection: Connection,
    private readonly blindIndex: BlindIndex,
  ) {
    this.repository = new TenantRepository(defineTenantModel(connection, 'AtsJob', jobSchema, 'ats_jobs'), { resourceType: 'job', defaultPageSize: 50, maxPageSize: 200 });
  }

  idOf(tenantId: string, atsJobId: string): string {
    const id = this.blindIndex.compute(tenantId, 'ats-job-id', atsJobId);
    if (!id) throw new TypeError('an ATS job id is needed');
    return id;
  }

  async get(tenantId: string, id: string): Promise<AtsJob | null> {
    const doc = await this.repository.findById(tenantId, id);
    return doc && toJob(doc);
  }

  /**
   * Applies the ATS's `version` of the job in one conditional write; false (nothing changed) when
   * the held version is the same or newer.
   */
  async apply(tenantId: string, atsJobId: string, version: number, change: JobChange): Promise<boolean> {
    const _id = this.idOf(tenantId, atsJobId);
    try {
      // A newer version replaces; none held inserts; an older one finds the job and fails to insert it again.
      const result = await this.repository.updateOne(tenantId, { _id, version: { $lt: version } }, { $set: { atsJobId, version, ...change } }, { upsert: true });
      return result.matched > 0 || result.upsertedId !== undefined;
    } catch (err) {
      if (isDuplicateKey(err)) return false;
      throw err;
    }
  }

  async list(tenantId: string, openOnly: boolean, pageSize: number, pageToken: string): Promise<Page<AtsJob>> {
    const page = await this.repository.list(tenantId, { filter: openOnly ? { open: true } : {}, pageSize, pageToken });
    return { items: page.items.map(toJob), nextPageToken: page.nextPageToken };
  }
}

type JobAssignmentDoc = Omit<JobAssignment, 'id'> & { _id: string };

const assignmentSchema = new Schema<JobAssignmentDoc>(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    talentId: { type: String, required: true },
    jobId: { type: String, required: true },
    state: { type: String, required: true, enum: ['assigned', 'sent'] },
    assignedAt: { type: Date, required: true },
    assignedBy: { type: String, required: true },
    sentAt: Date,
    sentBy: String,
    submissionId: String,
  },
  { versionKey: false },
);
// One assignment per talent and job; the erasure finds a talent's by the prefix.
assignmentSchema.index({ tenantId: 1, talentId: 1, jobId: 1 }, { unique: true });
assignmentSchema.plugin(outboxPlugin);

function toAssignment({ _id, ...doc }: Stored<JobAssignmentDoc>): JobAssignment {
  return { id: _id, ...doc };
}

/** Talents assigned to jobs; an application sent carries its event to the ATS in the same write. */
export class AssignmentStore {
  readonly model: Model<JobAssignmentDoc>;
  private readonly repository: TenantRepository<JobAssignmentDoc>;

  constructor(connection: Connection) {
    this.model = defineTenantModel(connection, 'JobAssignment', assignmentSchema, 'job_assignments');
    this.repository = new TenantRepository(this.model, { resourceType: 'job assignment' });
  }

  async get(tenantId: string, id: string): Promise<JobAssignment | null> {
    const doc = await this.repository.findById(tenantId, id, { outbox: 0 });
    return doc && toAssignment(doc);
  }

  /** Stores a new assignment; the existing one when the talent is assigned to the job already. */
  async insert(assignment: JobAssignment): Promise<{ assignment: JobAssignment; created: boolean }> {
    const { id, ...doc } = assignment;
    try {
      await this.repository.insert(assignment.tenantId, { _id: id, ...doc });
      return { assignment, created: true };
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
      const existing = await this.repository.findOne(assignment.tenantId, { talentId: assignment.talentId, jobId: assignment.jobId }, { projection: { outbox: 0 } });
      if (!existing) throw err;
      return { assignment: toAssignment(existing), created: false };
    }
  }

  /** Marks the assignment sent with the application's event, in one write; false when it was sent already. */
  async markSent(tenantId: string, id: string, sent: Required<Pick<JobAssignment, 'sentAt' | 'sentBy' | 'submissionId'>>, event: OutboxEntry): Promise<boolean> {
    const result = await this.repository.updateOne(tenantId, { _id: id, state: 'assigned' }, withOutbox({ $set: { state: 'sent', ...sent } }, [event]));
    return result.matched > 0;
  }

  /** Removes the person's assignments in every erasure mode, and with them any application not yet published. */
  deleteOfSubject(tenantId: string, talentId: string): Promise<number> {
    return this.repository.deleteMany(tenantId, { talentId });
  }
}
