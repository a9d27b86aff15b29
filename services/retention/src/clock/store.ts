import { Schema, type Connection, type Model } from 'mongoose';
import { ConflictError } from '@lethe/platform/errors';
import { ALL_TENANTS, defineTenantModel, isDuplicateKey, TenantRepository } from '@lethe/platform/mongo';
import type { JobOrderMeaningName } from '../marks/rules';
import type { RetentionPolicy } from '../policy/policy';
import { dueDatesOf } from './dates';
import type { Schedule, SubjectClock } from './schedule';

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
  /** The subject's job-order assignments and what they mean (they decide a mark's earliest deletion). */
  assignments?: Record<string, JobOrderMeaningName>;
  /** When the candidate is to be told of the deletion; indexed. */
  candidateNoticeAt?: Date;
  /** The deletion date the candidate was told of: a restarted clock means a new notice. */
  candidateNoticeFor?: Date;
  /** From when the subject belongs in its owner's daily digest; indexed. */
  ownerNoticeAt?: Date;
  /** First heard of (the contract applicant volume counts from it when the creation is unknown). */
  firstSeenAt?: Date;
  /** When and by whom the record was created (CandidateCreated, or TalentCreated of a talent not made from a candidate), for the deletion log. */
  subjectCreatedAt?: Date;
  subjectCreatedBy?: string;
  /** The candidates service knows the subject (a CandidateCreated, or a talent made from a candidate): its own clock governs it. */
  knownAsCandidate?: boolean;
  /** Written before each storage consent was kept by id: the end of the one that held. Read as a consent. */
  storageConsentUntil?: Date;
  /** The tenant's policy version the due dates were computed under; a newer policy reschedules. */
  policyVersion?: number;
  /** The end of the subject's legal hold while it holds; indexed, so the sweep ends it on time. */
  legalHoldUntil?: Date;
  /** Raised by every write of the clock (see `change`). */
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
    knownAsCandidate: Boolean,
    talentCreatedAt: Date,
    legalHold: { type: Schema.Types.Mixed },
    legalHoldUntil: Date,
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
schema.index({ legalHoldUntil: 1 });
schema.index({ tenantId: 1, subjectId: 1 }, { unique: true });
schema.index({ tenantId: 1, policyVersion: 1 });
// An owner's digest: their subjects due for a notice, soonest first.
schema.index({ tenantId: 1, ownerId: 1, ownerNoticeAt: 1 });

/** Clocks still running whose dates another policy version computed. */
const staleUnder = (policyVersion: number) => ({ policyVersion: { $ne: policyVersion }, deleteIssuedAt: { $exists: false } });
export const clockIdOf = (tenantId: string, subjectId: string) => `${tenantId}/${subjectId}`;
/** The consent id a clock's single end date from before consents were kept by id goes under. */
const LEGACY_CONSENT = 'before-per-consent-holds';
/** Map keys stored in MongoDB may not contain dots or start with `$`. */
export const storedKey = (id: string) => id.replace(/[.$]/g, '_');

/** What a stored clock says of the subject's schedule. */
export function toClock(doc: Pick<ClockDoc, 'lastActivityAt' | 'lastActivityEventId' | 'statuses' | 'reduceIssuedAt' | 'storageConsents' | 'storageConsentUntil' | 'talentCreatedAt' | 'legalHold'>): SubjectClock {
  return {
    lastActivityAt: doc.lastActivityAt,
    lastActivityEventId: doc.lastActivityEventId,
    statuses: doc.statuses ?? {},
    reduced: Boolean(doc.reduceIssuedAt),
    // Clocks stored before consents were kept one by one hold their single end date.
    storageConsents: { ...(doc.storageConsents ?? (doc.storageConsentUntil ? { [LEGACY_CONSENT]: doc.storageConsentUntil } : {})) },
    talentCreatedAt: doc.talentCreatedAt,
    legalHold: doc.legalHold,
  };
}

export interface ClockChangeOptions {
  /** The subject's owner, when the event names one. */
  ownerId?: string;
  /** The record's creation, when the event is about it. */
  created?: { at: Date; by: string };
  /** Changes only a clock that exists; none is created. */
  existingOnly?: boolean;
  /** The event shows the subject is known to the candidates service. */
  knownAsCandidate?: true;
}

/**
 * The clock of every subject retention has heard of, with its due dates. It only stores: the
 * callers hold the subject's write fence around every change (one change of a clock at a time,
 * across replicas, and none after the subject's erasure).
 */
export class ClockStore {
  readonly model: Model<ClockDoc>;
  private readonly repository: TenantRepository<ClockDoc>;

  constructor(connection: Connection) {
    this.model = defineTenantModel(connection, 'SubjectClock', schema, 'subject_clocks');
    this.repository = new TenantRepository(this.model, { resourceType: 'subject' });
  }

  /** The subject's clock; `deleteIssued` once its deletion went out (the clock has ended). */
  async get(tenantId: string, subjectId: string): Promise<(SubjectClock & { deleteIssued: boolean }) | null> {
    const doc = await this.repository.findById(tenantId, clockIdOf(tenantId, subjectId));
    return doc ? { ...toClock(doc), deleteIssued: Boolean(doc.deleteIssuedAt) } : null;
  }

  /** Clocks of every tenant whose `field` date has passed, oldest first: an index range query. */
  dueBy(field: 'reduceAt' | 'deleteAt', now: Date, limit: number): Promise<ClockDoc[]> {
    return this.model
      .find({ [field]: { $lte: now } })
      .setOptions({ [ALL_TENANTS]: true })
      .sort({ [field]: 1 })
      .limit(limit)
      // The whole batch in the first reply: by default the server sends 101 and the rest after a getMore.
      .batchSize(limit)
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
      { _id: clockIdOf(tenantId, subjectId) },
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
   * Applies a change to the subject's clock and stores the due dates it leads to under `policy`
   * (read, apply, write). Null when `existingOnly` and the subject has no clock.
   */
  async change(
    tenantId: string,
    subjectId: string,
    policy: RetentionPolicy,
    now: Date,
    apply: (clock: SubjectClock) => void,
    { ownerId, created, existingOnly, knownAsCandidate }: ClockChangeOptions = {},
  ): Promise<Schedule | null> {
    const existing = await this.repository.findById(tenantId, clockIdOf(tenantId, subjectId));
    if (!existing && existingOnly) return null;
    const clock: SubjectClock = existing ? toClock(existing) : { statuses: {}, storageConsents: {} };
    apply(clock);
    const { schedule, dates } = dueDatesOf(clock, policy, { deleteIssued: Boolean(existing?.deleteIssuedAt), candidateNoticeFor: existing?.candidateNoticeFor });
    const consents = Object.fromEntries(Object.entries(clock.storageConsents ?? {}).map(([id, until]) => [storedKey(id), until]));
    const update = {
      $set: {
        subjectId,
        statuses: clock.statuses,
        storageConsents: consents,
        ...(clock.lastActivityAt ? { lastActivityAt: clock.lastActivityAt, lastActivityEventId: clock.lastActivityEventId } : {}),
        ...(clock.talentCreatedAt ? { talentCreatedAt: clock.talentCreatedAt } : {}),
        ...(clock.legalHold ? { legalHold: clock.legalHold } : {}),
        ...(clock.legalHold && !clock.legalHold.endedAt ? { legalHoldUntil: clock.legalHold.until } : {}),
        ...(knownAsCandidate ? { knownAsCandidate } : {}),
        ...(clock.reduced && !existing?.reduceIssuedAt ? { reduceIssuedAt: now } : {}),
        ...(ownerId ? { ownerId } : {}),
        ...(created ? { subjectCreatedAt: created.at, subjectCreatedBy: created.by } : {}),
        ...Object.fromEntries(Object.entries(dates).filter(([, date]) => date !== undefined)),
        policyVersion: policy.version,
        revision: (existing?.revision ?? 0) + 1,
        updatedAt: now,
      },
      $unset: {
        ...Object.fromEntries(Object.entries(dates).filter(([, date]) => date === undefined).map(([field]) => [field, 1])),
        storageConsentUntil: 1,
        ...(clock.legalHold && !clock.legalHold.endedAt ? {} : { legalHoldUntil: 1 }),
      },
      $setOnInsert: { firstSeenAt: now },
    };
    // The fence lets one change of a clock run at a time; the revision read catches a holder whose lease ran out mid-change, so its stale write cannot overwrite the next holder's.
    const written = await this.repository
      .updateOne(tenantId, { _id: clockIdOf(tenantId, subjectId), revision: existing?.revision ?? { $exists: false } }, update, { upsert: !existing })
      .then(({ matched, upsertedId }) => matched > 0 || upsertedId !== undefined)
      .catch((err: unknown) => {
        if (isDuplicateKey(err)) return false;
        throw err;
      });
    if (!written) throw new ConflictError(`the retention clock of ${subjectId} changed concurrently`, 'CLOCK_CONTENDED');
    return schedule;
  }

  /** The candidate was told of the deletion at `deleteAt`; guarded by the notice date as read, so a clock that moved meanwhile is noticed again. */
  async candidateNoticeSent(tenantId: string, subjectId: string, noticeAt: Date, deleteAt: Date): Promise<void> {
    await this.repository.updateOne(
      tenantId,
      { _id: clockIdOf(tenantId, subjectId), candidateNoticeAt: noticeAt },
      { $set: { candidateNoticeFor: deleteAt }, $unset: { candidateNoticeAt: 1 }, $inc: { revision: 1 } },
    );
  }

  /** The clock's dates of the candidate's notice, as the notice source reads them. */
  async noticeDatesOf(tenantId: string, subjectId: string): Promise<Pick<ClockDoc, 'deleteAt' | 'candidateNoticeAt'> | null> {
    return this.repository.findById(tenantId, clockIdOf(tenantId, subjectId), { deleteAt: 1, candidateNoticeAt: 1 });
  }

  /** Everything the clock holds about the subject, as stored (the data export). */
  stored(tenantId: string, subjectId: string): Promise<ClockDoc | null> {
    return this.repository.findById(tenantId, clockIdOf(tenantId, subjectId));
  }

  /** When and by whom the subject's record was created, if retention heard of it. */
  async creationOf(tenantId: string, subjectId: string): Promise<{ at?: Date; by?: string } | undefined> {
    const doc = await this.repository.findById(tenantId, clockIdOf(tenantId, subjectId), { subjectCreatedAt: 1, subjectCreatedBy: 1 });
    return doc?.subjectCreatedAt ? { at: doc.subjectCreatedAt, by: doc.subjectCreatedBy } : undefined;
  }

  /** The end of the subject's legal hold while it is neither lifted nor ended (by the sweep, once its end has come). */
  async legalHoldUntil(tenantId: string, subjectId: string): Promise<Date | undefined> {
    const doc = await this.repository.findById(tenantId, clockIdOf(tenantId, subjectId), { legalHoldUntil: 1 });
    return doc?.legalHoldUntil;
  }

  /** Whether the candidates service knows the subject (then the candidate's own clock governs it). */
  async isKnownAsCandidate(tenantId: string, subjectId: string): Promise<boolean> {
    const doc = await this.repository.findById(tenantId, clockIdOf(tenantId, subjectId), { knownAsCandidate: 1 });
    return Boolean(doc?.knownAsCandidate);
  }

  /** What marking the subject needs to know: its job-order assignments and its owner. */
  async markingFactsOf(tenantId: string, subjectId: string): Promise<{ assignments: JobOrderMeaningName[]; ownerId?: string }> {
    const doc = await this.repository.findById(tenantId, clockIdOf(tenantId, subjectId), { assignments: 1, ownerId: 1 });
    return { assignments: Object.values(doc?.assignments ?? {}), ownerId: doc?.ownerId };
  }

  /** Records (or, without a meaning, removes) one job-order assignment of the subject. */
  async setAssignment(tenantId: string, subjectId: string, jobOrderId: string, meaning: JobOrderMeaningName | undefined, now: Date): Promise<void> {
    const key = storedKey(jobOrderId);
    const doc = await this.repository.findById(tenantId, clockIdOf(tenantId, subjectId), { assignments: 1 });
    const assignments = { ...(doc?.assignments ?? {}) };
    if (meaning) assignments[key] = meaning;
    else delete assignments[key];
    await this.repository.updateOne(tenantId, { _id: clockIdOf(tenantId, subjectId) }, { $set: { subjectId, assignments, updatedAt: now }, $inc: { revision: 1 } }, { upsert: true });
  }

  /** Every clock of a tenant, streamed (previews and reports read them all; nothing is held at once). */
  async *allOf(tenantId: string): AsyncGenerator<ClockDoc & SubjectClock> {
    const cursor = this.model.find({ tenantId }).lean<ClockDoc>().cursor({ batchSize: 500 });
    for await (const doc of cursor) yield { ...doc, ...toClock(doc as ClockDoc) };
  }

  /** The subject's clock goes (erasure). */
  forget(tenantId: string, subjectId: string): Promise<number> {
    return this.repository.deleteMany(tenantId, { _id: clockIdOf(tenantId, subjectId) });
  }
}
