import { Schema, type Connection, type Model } from 'mongoose';
import { ALL_TENANTS, defineTenantModel, TenantRepository } from '@lethe/platform';
import type { JobOrderMeaning } from '../marks/marks';
import type { RetentionPolicyValues } from '../policy/policy';
import { scheduleOf, type Schedule, type SubjectClock } from './schedule';

interface ClockDoc extends SubjectClock {
  _id: string;
  tenantId: string;
  subjectId: string;
  ownerId?: string;
  /** Due dates of the next steps, indexed so the sweep finds due subjects without a scan. */
  reduceAt?: Date;
  deleteAt?: Date;
  /** When the sweep issued the step; a reduction happens once, a deletion ends the clock. */
  reduceIssuedAt?: Date;
  deleteIssuedAt?: Date;
  /** The subject's job-order assignments and what they mean (seed 004: earliest deletion time). */
  assignments?: Record<string, JobOrderMeaning>;
  updatedAt: Date;
}

const schema = new Schema<ClockDoc>(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    subjectId: { type: String, required: true },
    ownerId: String,
    lastActivityAt: Date,
    lastActivityEventId: String,
    statuses: { type: Schema.Types.Mixed, default: {} },
    reduceAt: Date,
    deleteAt: Date,
    reduceIssuedAt: Date,
    deleteIssuedAt: Date,
    assignments: { type: Schema.Types.Mixed },
    updatedAt: { type: Date, required: true },
  },
  { versionKey: false, minimize: false },
);
schema.index({ deleteAt: 1 });
schema.index({ reduceAt: 1 });
schema.index({ tenantId: 1, subjectId: 1 }, { unique: true });

const idOf = (tenantId: string, subjectId: string) => `${tenantId}/${subjectId}`;

/** The clock of every subject retention has heard of, with its due dates. */
export class ClockStore {
  readonly model: Model<ClockDoc>;
  private readonly repository: TenantRepository<ClockDoc>;

  constructor(connection: Connection) {
    this.model = defineTenantModel(connection, 'SubjectClock', schema, 'subject_clocks');
    this.repository = new TenantRepository(this.model, { resourceType: 'subject' });
  }

  async get(tenantId: string, subjectId: string): Promise<SubjectClock | null> {
    const doc = await this.repository.findById(tenantId, idOf(tenantId, subjectId));
    return doc ? { lastActivityAt: doc.lastActivityAt, lastActivityEventId: doc.lastActivityEventId, statuses: doc.statuses ?? {}, reduced: Boolean(doc.reduceIssuedAt) } : null;
  }

  /** Clocks of every tenant whose `field` date has passed, oldest first: an index range query. */
  dueBy(field: 'reduceAt' | 'deleteAt', now: Date, limit: number): Promise<ClockDoc[]> {
    return this.model
      .find({ [field]: { $lte: now } })
      .setOptions({ [ALL_TENANTS]: true })
      .sort({ [field]: 1 })
      .limit(limit)
      .lean<ClockDoc[]>()
      .exec();
  }

  countDue(field: 'reduceAt' | 'deleteAt', now: Date): Promise<number> {
    return this.model.countDocuments({ [field]: { $lte: now } }).setOptions({ [ALL_TENANTS]: true }).exec();
  }

  async markIssued(tenantId: string, subjectId: string, step: 'reduce' | 'delete'): Promise<void> {
    const [due, issued] = step === 'reduce' ? ['reduceAt', 'reduceIssuedAt'] : ['deleteAt', 'deleteIssuedAt'];
    await this.repository.updateOne(tenantId, { _id: idOf(tenantId, subjectId) }, { $set: { [issued]: new Date() }, $unset: { [due]: 1 } });
  }

  /** Applies a change to the subject's clock and stores the due dates it leads to. */
  async change(tenantId: string, subjectId: string, policy: RetentionPolicyValues, now: Date, apply: (clock: SubjectClock) => void, ownerId?: string): Promise<Schedule> {
    const clock = (await this.get(tenantId, subjectId)) ?? { statuses: {} };
    apply(clock);
    const schedule = scheduleOf(clock, policy);
    const due = (mode: 'reduce' | 'delete') => schedule.steps.find((step) => step.mode === mode)?.dueAt;
    const existing = await this.repository.findById(tenantId, idOf(tenantId, subjectId), { deleteIssuedAt: 1 });
    // Once issued, a step is the erasure protocol's business; the clock does not schedule it again.
    const reduceAt = clock.reduced ? undefined : due('reduce');
    const deleteAt = existing?.deleteIssuedAt ? undefined : due('delete');
    await this.repository.updateOne(
      tenantId,
      { _id: idOf(tenantId, subjectId) },
      {
        $set: {
          subjectId,
          statuses: clock.statuses,
          ...(clock.lastActivityAt ? { lastActivityAt: clock.lastActivityAt, lastActivityEventId: clock.lastActivityEventId } : {}),
          ...(ownerId ? { ownerId } : {}),
          ...(reduceAt ? { reduceAt } : {}),
          ...(deleteAt ? { deleteAt } : {}),
          updatedAt: now,
        },
        $unset: { ...(reduceAt ? {} : { reduceAt: 1 }), ...(deleteAt ? {} : { deleteAt: 1 }) },
      },
      { upsert: true },
    );
    return schedule;
  }

  async assignmentsOf(tenantId: string, subjectId: string): Promise<JobOrderMeaning[]> {
    const doc = await this.repository.findById(tenantId, idOf(tenantId, subjectId), { assignments: 1 });
    return Object.values(doc?.assignments ?? {});
  }

  async setAssignment(tenantId: string, subjectId: string, jobOrderId: string, meaning: JobOrderMeaning | undefined, now: Date): Promise<void> {
    const path = `assignments.${jobOrderId.replace(/[.$]/g, '_')}`;
    const doc = await this.repository.findById(tenantId, idOf(tenantId, subjectId), { assignments: 1 });
    const assignments = { ...(doc?.assignments ?? {}) };
    if (meaning) assignments[path.slice('assignments.'.length)] = meaning;
    else delete assignments[path.slice('assignments.'.length)];
    await this.repository.updateOne(tenantId, { _id: idOf(tenantId, subjectId) }, { $set: { subjectId, assignments, updatedAt: now } }, { upsert: true });
  }

  async forget(tenantId: string, subjectId: string): Promise<number> {
    return this.repository.deleteMany(tenantId, { _id: idOf(tenantId, subjectId) });
  }
}
