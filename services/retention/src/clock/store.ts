import { Schema, type Connection, type Model } from 'mongoose';
import { ALL_TENANTS, defineTenantModel, TenantRepository } from '@lethe/platform';
import type { JobOrderMeaning } from '../marks/marks';
import type { RetentionPolicyValues } from '../policy/policy';
import { scheduleOf, type Schedule, type SubjectClock } from './schedule';

export interface ClockDoc extends SubjectClock {
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
  /** When the candidate is to be told of the deletion (seed 002: two weeks before); indexed. */
  candidateNoticeAt?: Date;
  /** The deletion date the candidate was told of: a restarted clock means a new notice. */
  candidateNoticeFor?: Date;
  /** From when the subject belongs in its owner's daily digest; indexed. */
  ownerNoticeAt?: Date;
  /** First heard of (contract applicant volume, seed 003). */
  firstSeenAt?: Date;
  /** When each application was first seen (contract applicant volume). */
  applicationsReceived?: Record<string, Date>;
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
    storageConsentUntil: Date,
    candidateNoticeAt: Date,
    candidateNoticeFor: Date,
    ownerNoticeAt: Date,
    firstSeenAt: Date,
    applicationsReceived: { type: Schema.Types.Mixed },
    updatedAt: { type: Date, required: true },
  },
  { versionKey: false, minimize: false },
);
schema.index({ deleteAt: 1 });
schema.index({ candidateNoticeAt: 1 });
schema.index({ ownerNoticeAt: 1 });
schema.index({ reduceAt: 1 });
schema.index({ tenantId: 1, subjectId: 1 }, { unique: true });

const idOf = (tenantId: string, subjectId: string) => `${tenantId}/${subjectId}`;
const DAY_MS = 24 * 3600_000;

function toClock(doc: Pick<ClockDoc, 'lastActivityAt' | 'lastActivityEventId' | 'statuses' | 'reduceIssuedAt' | 'storageConsentUntil'>): SubjectClock {
  return {
    lastActivityAt: doc.lastActivityAt,
    lastActivityEventId: doc.lastActivityEventId,
    statuses: doc.statuses ?? {},
    reduced: Boolean(doc.reduceIssuedAt),
    storageConsentUntil: doc.storageConsentUntil,
  };
}

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
    return doc ? toClock(doc) : null;
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
    // A deletion ends every notice; after a reduction the deletion's notices still stand.
    const unset = step === 'reduce' ? { reduceAt: 1 } : { deleteAt: 1, candidateNoticeAt: 1, ownerNoticeAt: 1 };
    await this.repository.updateOne(tenantId, { _id: idOf(tenantId, subjectId) }, { $set: { [step === 'reduce' ? 'reduceIssuedAt' : 'deleteIssuedAt']: new Date() }, $unset: unset });
  }

  /** Applies a change to the subject's clock and stores the due dates it leads to. */
  async change(tenantId: string, subjectId: string, policy: RetentionPolicyValues, now: Date, apply: (clock: SubjectClock) => void, ownerId?: string): Promise<Schedule> {
    // One read: the clock and what was issued and noticed already.
    const existing = await this.repository.findById(tenantId, idOf(tenantId, subjectId));
    const clock: SubjectClock = existing ? toClock(existing) : { statuses: {} };
    apply(clock);
    const schedule = scheduleOf(clock, policy);
    const due = (mode: 'reduce' | 'delete') => schedule.steps.find((step) => step.mode === mode)?.dueAt;
    // Once issued, a step is the erasure protocol's business; the clock does not schedule it again.
    const reduceAt = clock.reduced ? undefined : due('reduce');
    const deleteAt = existing?.deleteIssuedAt ? undefined : due('delete');
    const candidateNoticeAt = deleteAt && existing?.candidateNoticeFor?.getTime() !== deleteAt.getTime() ? new Date(deleteAt.getTime() - policy.candidateNoticeDays * DAY_MS) : undefined;
    const nextStep = [reduceAt, deleteAt].filter((date): date is Date => date !== undefined).sort((a, b) => a.getTime() - b.getTime())[0];
    const ownerNoticeAt = nextStep && new Date(nextStep.getTime() - policy.ownerNoticeDays * DAY_MS);
    const dates = { reduceAt, deleteAt, candidateNoticeAt, ownerNoticeAt };
    await this.repository.updateOne(
      tenantId,
      { _id: idOf(tenantId, subjectId) },
      {
        $set: {
          subjectId,
          statuses: clock.statuses,
          ...(clock.lastActivityAt ? { lastActivityAt: clock.lastActivityAt, lastActivityEventId: clock.lastActivityEventId } : {}),
          ...(clock.storageConsentUntil ? { storageConsentUntil: clock.storageConsentUntil } : {}),
          ...(ownerId ? { ownerId } : {}),
          ...Object.fromEntries(Object.entries(dates).filter(([, date]) => date !== undefined)),
          updatedAt: now,
        },
        $unset: {
          ...Object.fromEntries(Object.entries(dates).filter(([, date]) => date === undefined).map(([field]) => [field, 1])),
          ...(clock.storageConsentUntil ? {} : { storageConsentUntil: 1 }),
        },
        $setOnInsert: { firstSeenAt: now },
      },
      { upsert: true },
    );
    return schedule;
  }

  /** Records when an application was first seen (for the contract applicant volume). */
  async applicationReceived(tenantId: string, subjectId: string, applicationId: string, at: Date): Promise<void> {
    const path = `applicationsReceived.${applicationId.replace(/[.$]/g, '_')}`;
    await this.repository.updateOne(tenantId, { _id: idOf(tenantId, subjectId), [path]: { $exists: false } }, { $set: { [path]: at } });
  }

  /** What marking the subject needs to know: its job-order assignments and its owner. */
  async markingFactsOf(tenantId: string, subjectId: string): Promise<{ assignments: JobOrderMeaning[]; ownerId?: string }> {
    const doc = await this.repository.findById(tenantId, idOf(tenantId, subjectId), { assignments: 1, ownerId: 1 });
    return { assignments: Object.values(doc?.assignments ?? {}), ownerId: doc?.ownerId };
  }

  async setAssignment(tenantId: string, subjectId: string, jobOrderId: string, meaning: JobOrderMeaning | undefined, now: Date): Promise<void> {
    const path = `assignments.${jobOrderId.replace(/[.$]/g, '_')}`;
    const doc = await this.repository.findById(tenantId, idOf(tenantId, subjectId), { assignments: 1 });
    const assignments = { ...(doc?.assignments ?? {}) };
    if (meaning) assignments[path.slice('assignments.'.length)] = meaning;
    else delete assignments[path.slice('assignments.'.length)];
    await this.repository.updateOne(tenantId, { _id: idOf(tenantId, subjectId) }, { $set: { subjectId, assignments, updatedAt: now } }, { upsert: true });
  }

  /** Every clock of a tenant, streamed (previews and reports read them all; nothing is held at once). */
  async *allOf(tenantId: string): AsyncGenerator<ClockDoc & SubjectClock> {
    const cursor = this.model.find({ tenantId }, { outbox: 0 }).lean<ClockDoc>().cursor({ batchSize: 500 });
    for await (const doc of cursor) yield { ...doc, ...toClock(doc as ClockDoc) };
  }

  async forget(tenantId: string, subjectId: string): Promise<number> {
    return this.repository.deleteMany(tenantId, { _id: idOf(tenantId, subjectId) });
  }
}
