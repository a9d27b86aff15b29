import { Schema, type Connection, type Model } from 'mongoose';
import { ALL_TENANTS, ConflictError, defineTenantModel, isDuplicateKey, TenantKeys, TenantRepository, withLock, type Redis } from '@lethe/platform';
import type { JobOrderMeaning } from '../marks/marks';
import type { RetentionPolicy } from '../policy/policy';
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
  /** When and by whom the record was created (CandidateCreated), for the deletion log. */
  subjectCreatedAt?: Date;
  subjectCreatedBy?: string;
  /** Written before each storage consent was kept by id: the end of the one that held. Read as a consent. */
  storageConsentUntil?: Date;
  /** The tenant's policy version the due dates were computed under; a newer policy reschedules. */
  policyVersion?: number;
  /** Bumped by every write of the dates: two changes at once cannot overwrite each other. */
  revision?: number;
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
    storageConsents: { type: Schema.Types.Mixed },
    storageConsentUntil: Date,
    candidateNoticeAt: Date,
    candidateNoticeFor: Date,
    ownerNoticeAt: Date,
    firstSeenAt: Date,
    subjectCreatedAt: Date,
    subjectCreatedBy: String,
    policyVersion: Number,
    revision: Number,
    updatedAt: { type: Date, required: true },
  },
  { versionKey: false, minimize: false },
);
schema.index({ deleteAt: 1 });
schema.index({ candidateNoticeAt: 1 });
schema.index({ ownerNoticeAt: 1 });
schema.index({ reduceAt: 1 });
schema.index({ tenantId: 1, subjectId: 1 }, { unique: true });
schema.index({ tenantId: 1, policyVersion: 1 });

/** Clocks still running whose dates another policy version computed. */
const staleUnder = (policyVersion: number) => ({ policyVersion: { $ne: policyVersion }, deleteIssuedAt: { $exists: false } });
const idOf = (tenantId: string, subjectId: string) => `${tenantId}/${subjectId}`;
/** The consent id a clock's single end date from before consents were kept by id goes under. */
const LEGACY_CONSENT = 'before-per-consent-holds';
/** Map keys stored in MongoDB may not contain dots or start with `$`. */
export const storedKey = (id: string) => id.replace(/[.$]/g, '_');
const DAY_MS = 24 * 3600_000;
/** A change that lost the revision check (a lock that expired mid-change) reads again this often. */
const CHANGE_ATTEMPTS = 5;
/** A clock change takes milliseconds; the lock outlives a stalled holder by this much at most. */
const CLOCK_LOCK = { ttlMs: 10_000, waitMs: 15_000 };
const lockKeys = new TenantKeys('retention');

function toClock(doc: Pick<ClockDoc, 'lastActivityAt' | 'lastActivityEventId' | 'statuses' | 'reduceIssuedAt' | 'storageConsents' | 'storageConsentUntil'>): SubjectClock {
  return {
    lastActivityAt: doc.lastActivityAt,
    lastActivityEventId: doc.lastActivityEventId,
    statuses: doc.statuses ?? {},
    reduced: Boolean(doc.reduceIssuedAt),
    // Clocks stored before consents were kept one by one hold their single end date.
    storageConsents: { ...(doc.storageConsents ?? (doc.storageConsentUntil ? { [LEGACY_CONSENT]: doc.storageConsentUntil } : {})) },
  };
}

export interface ClockChangeOptions {
  /** The subject's owner, when the event names one. */
  ownerId?: string;
  /** The record's creation, when the event is about it. */
  created?: { at: Date; by: string };
  /** Changes only a clock that exists; none is created. */
  existingOnly?: boolean;
}

/** The clock of every subject retention has heard of, with its due dates. */
export class ClockStore {
  readonly model: Model<ClockDoc>;
  private readonly repository: TenantRepository<ClockDoc>;

  /** `redis` serialises the changes of one clock across processes (see `change`). */
  constructor(
    connection: Connection,
    private readonly redis: Redis,
  ) {
    this.model = defineTenantModel(connection, 'SubjectClock', schema, 'subject_clocks');
    this.repository = new TenantRepository(this.model, { resourceType: 'subject' });
  }

  /** The subject's clock; `deleteIssued` once its deletion went out (the clock has ended). */
  async get(tenantId: string, subjectId: string): Promise<(SubjectClock & { deleteIssued: boolean }) | null> {
    const doc = await this.repository.findById(tenantId, idOf(tenantId, subjectId));
    return doc ? { ...toClock(doc), deleteIssued: Boolean(doc.deleteIssuedAt) } : null;
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

  /** Running clocks of a tenant whose dates were computed under another policy version (indexed). */
  async staleUnder(tenantId: string, policyVersion: number, limit: number): Promise<string[]> {
    const docs = await this.repository.find(tenantId, staleUnder(policyVersion), { projection: { subjectId: 1 }, limit });
    return docs.map((doc) => doc.subjectId);
  }

  countStaleUnder(tenantId: string, policyVersion: number): Promise<number> {
    return this.repository.count(tenantId, staleUnder(policyVersion));
  }

  /** A deletion was issued: the clock ends, and with it every notice. */
  async markDeleteIssued(tenantId: string, subjectId: string, now: Date): Promise<void> {
    await this.repository.updateOne(
      tenantId,
      { _id: idOf(tenantId, subjectId) },
      { $set: { deleteIssuedAt: now }, $unset: { deleteAt: 1, candidateNoticeAt: 1, ownerNoticeAt: 1 }, $inc: { revision: 1 } },
    );
  }

  /**
   * A reduction was issued (by the clock, a mark, a mass action): it is not scheduled again, and the
   * notices move to the deletion that remains.
   */
  markReduced(tenantId: string, subjectId: string, policy: RetentionPolicy, now: Date): Promise<Schedule | null> {
    return this.change(tenantId, subjectId, policy, now, (clock) => {
      clock.reduced = true;
    }, { existingOnly: true });
  }

  /**
   * Applies a change to the subject's clock and stores the due dates it leads to under `policy`.
   * Candidate and consent events change one clock from different consumers, possibly in different
   * replicas: a per-subject lock makes each read-apply-write whole (conditional updates are not
   * atomic on FerretDB), and the revision check catches a change whose lock ran out. Null when
   * `existingOnly` and the subject has no clock.
   */
  change(tenantId: string, subjectId: string, policy: RetentionPolicy, now: Date, apply: (clock: SubjectClock) => void, options: ClockChangeOptions = {}): Promise<Schedule | null> {
    return this.locked(tenantId, subjectId, async () => {
      let seen = false;
      for (let attempt = 1; ; attempt++) {
        const existing = await this.repository.findById(tenantId, idOf(tenantId, subjectId));
        // A clock that went while this change ran was erased: it is not made again.
        if (!existing && (options.existingOnly || seen)) return null;
        seen = existing !== null;
        const schedule = await this.store(tenantId, subjectId, existing, policy, now, apply, options);
        if (schedule) return schedule;
        if (attempt >= CHANGE_ATTEMPTS) {
          throw new ConflictError(`the retention clock of ${subjectId} kept changing concurrently`, 'CLOCK_CONTENDED');
        }
      }
    });
  }

  /** Writes the clock read as `existing`, changed by `apply`; null when it changed since that read. */
  private async store(tenantId: string, subjectId: string, existing: ClockDoc | null, policy: RetentionPolicy, now: Date, apply: (clock: SubjectClock) => void, { ownerId, created }: ClockChangeOptions): Promise<Schedule | null> {
    const clock: SubjectClock = existing ? toClock(existing) : { statuses: {}, storageConsents: {} };
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
    const consents = Object.fromEntries(Object.entries(clock.storageConsents ?? {}).map(([id, until]) => [storedKey(id), until]));
    try {
      const { matched, upsertedId } = await this.repository.updateOne(
        tenantId,
        // The revision read: a write in between makes this one match nothing (or, for a new clock, collide on _id).
        { _id: idOf(tenantId, subjectId), revision: existing?.revision ?? { $exists: false } },
        {
          $set: {
            subjectId,
            statuses: clock.statuses,
            storageConsents: consents,
            ...(clock.lastActivityAt ? { lastActivityAt: clock.lastActivityAt, lastActivityEventId: clock.lastActivityEventId } : {}),
            ...(clock.reduced && !existing?.reduceIssuedAt ? { reduceIssuedAt: now } : {}),
            ...(ownerId ? { ownerId } : {}),
            ...(created ? { subjectCreatedAt: created.at, subjectCreatedBy: created.by } : {}),
            ...Object.fromEntries(Object.entries(dates).filter(([, date]) => date !== undefined)),
            policyVersion: policy.version,
            revision: (existing?.revision ?? 0) + 1,
            updatedAt: now,
          },
          $unset: { ...Object.fromEntries(Object.entries(dates).filter(([, date]) => date === undefined).map(([field]) => [field, 1])), storageConsentUntil: 1 },
          $setOnInsert: { firstSeenAt: now },
        },
        { upsert: !existing },
      );
      return matched > 0 || upsertedId !== undefined ? schedule : null;
    } catch (err) {
      if (isDuplicateKey(err)) return null;
      throw err;
    }
  }

  /** When and by whom the subject's record was created, if retention heard of it. */
  async creationOf(tenantId: string, subjectId: string): Promise<{ at?: Date; by?: string } | undefined> {
    const doc = await this.repository.findById(tenantId, idOf(tenantId, subjectId), { subjectCreatedAt: 1, subjectCreatedBy: 1 });
    return doc?.subjectCreatedAt ? { at: doc.subjectCreatedAt, by: doc.subjectCreatedBy } : undefined;
  }

  /** What marking the subject needs to know: its job-order assignments and its owner. */
  async markingFactsOf(tenantId: string, subjectId: string): Promise<{ assignments: JobOrderMeaning[]; ownerId?: string }> {
    const doc = await this.repository.findById(tenantId, idOf(tenantId, subjectId), { assignments: 1, ownerId: 1 });
    return { assignments: Object.values(doc?.assignments ?? {}), ownerId: doc?.ownerId };
  }

  async setAssignment(tenantId: string, subjectId: string, jobOrderId: string, meaning: JobOrderMeaning | undefined, now: Date): Promise<void> {
    const path = `assignments.${storedKey(jobOrderId)}`;
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

  /** The subject's clock goes (erasure); under the clock's lock, so no change in flight writes it back. */
  forget(tenantId: string, subjectId: string): Promise<number> {
    return this.locked(tenantId, subjectId, () => this.repository.deleteMany(tenantId, { _id: idOf(tenantId, subjectId) }));
  }

  /** Runs `work` holding the subject's clock lock (one change of a clock at a time, across processes). */
  private locked<T>(tenantId: string, subjectId: string, work: () => Promise<T>): Promise<T> {
    return withLock(this.redis, lockKeys.subjectKey(tenantId, subjectId, 'clock-lock'), CLOCK_LOCK, work);
  }
}
