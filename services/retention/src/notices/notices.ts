import { createHash } from 'node:crypto';
import { Schema, type Model } from 'mongoose';
import { ALL_TENANTS, defineTenantModel, isDuplicateKey, outboxEntry, outboxPlugin, TenantRepository, withOutboxDoc, type ErasureModeName, type OutboxEntry, type OutboxSource, type ServiceRuntime } from '@lethe/platform';
import { toTimestamp, TOPICS, type DueSubject, type ScheduledAction } from '@lethe/protos';
import type { ClockStore } from '../clock/store';
import type { MarkStore } from '../marks/marks';
import { dueByIndex, type DueItem, type DueSource } from '../sweep/due-source';

/** One owner's digest of one day: its existence is what makes the digest go out once. */
interface DigestDoc {
  _id: string;
  tenantId: string;
  ownerId: string;
  digestDate: string;
  subjects: number;
  sentAt: Date;
  outbox?: OutboxEntry[];
}

const digestSchema = new Schema<DigestDoc>(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    ownerId: { type: String, required: true },
    digestDate: { type: String, required: true },
    subjects: { type: Number, required: true },
    sentAt: { type: Date, required: true },
  },
  { versionKey: false },
);
digestSchema.plugin(outboxPlugin);

/** One candidate notice: its id is its content's hash, so it is sent once per deletion date. */
interface CandidateNoticeDoc {
  _id: string;
  tenantId: string;
  subjectId: string;
  deleteAt: Date;
  sentAt: Date;
  outbox?: OutboxEntry[];
}

const candidateNoticeSchema = new Schema<CandidateNoticeDoc>(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    subjectId: { type: String, required: true },
    deleteAt: { type: Date, required: true },
    sentAt: { type: Date, required: true },
  },
  { versionKey: false },
);
candidateNoticeSchema.plugin(outboxPlugin);
candidateNoticeSchema.index({ tenantId: 1, subjectId: 1 });

/** Inserts a once-only record; a second insert of the same id (another sweep was first) changes nothing. */
async function insertOnce<T extends { _id: string; tenantId: string }>(repository: TenantRepository<T>, tenantId: string, doc: Omit<T, 'tenantId'>): Promise<void> {
  await repository.insert(tenantId, doc).catch((err: unknown) => {
    if (!isDuplicateKey(err)) throw err;
  });
}

/** A digest names at most this many subjects (the earliest due first); the rest follow the next days. */
const MAX_DIGEST_SUBJECTS = 1000;

/** A stable id from its parts: the same notice computed twice is the same notice. */
function noticeId(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\n')).digest('hex').slice(0, 32);
}

const utcDate = (date: Date) => date.toISOString().slice(0, 10);
const MARK_ACTION: Record<ErasureModeName, ScheduledAction> = { delete: 'SCHEDULED_ACTION_DELETE', anonymise: 'SCHEDULED_ACTION_ANONYMISE', reduce: 'SCHEDULED_ACTION_REDUCE' };

/**
 * Notices ahead of the clock's steps, published for the messaging service: the candidate's notice
 * before deletion (seed 002, two weeks by default) and each owner's daily digest of the subjects
 * due within the tenant's lead time. Both are found by indexed dates and sent once.
 */
export class NoticeSources {
  readonly digests: Model<DigestDoc>;
  readonly candidateNoticeModel: Model<CandidateNoticeDoc>;
  private readonly digestRepository: TenantRepository<DigestDoc>;
  private readonly candidateNoticeRepository: TenantRepository<CandidateNoticeDoc>;

  constructor(
    runtime: Pick<ServiceRuntime, 'mongo'>,
    private readonly clocks: ClockStore,
    private readonly marks: MarkStore,
  ) {
    this.digests = defineTenantModel(runtime.mongo, 'OwnerDigest', digestSchema, 'owner_digests');
    this.digestRepository = new TenantRepository(this.digests, { resourceType: 'owner digest' });
    this.candidateNoticeModel = defineTenantModel(runtime.mongo, 'CandidateNotice', candidateNoticeSchema, 'candidate_notices');
    this.candidateNoticeRepository = new TenantRepository(this.candidateNoticeModel, { resourceType: 'candidate notice' });
  }

  /** The collections whose outbox entries are the notices. */
  get outbox(): OutboxSource[] {
    return [this.digests, this.candidateNoticeModel];
  }

  async init(): Promise<void> {
    await Promise.all([this.digests.init(), this.candidateNoticeModel.init()]);
  }

  /** Erasure: the record of the subject's notices goes too. */
  async forget(tenantId: string, subjectId: string): Promise<number> {
    return this.candidateNoticeRepository.deleteMany(tenantId, { subjectId });
  }

  candidateNotices(): DueSource {
    const clocks = this.clocks.model;
    return {
      name: 'candidate-notices',
      ...dueByIndex(clocks, 'candidateNoticeAt'),
      execute: async (item, now) => {
        const doc = await clocks.findOne({ _id: item.key, tenantId: item.tenantId }, { deleteAt: 1, candidateNoticeAt: 1 }).lean().exec();
        if (!doc?.candidateNoticeAt || doc.candidateNoticeAt > now || !doc.deleteAt) return;
        const id = noticeId(item.tenantId, item.subjectId, doc.deleteAt.toISOString());
        const event = outboxEntry(TOPICS.retentionNotices, {
          type: 'lethe.retention.v1.CandidateNoticeDue',
          tenantId: item.tenantId,
          subjectId: item.subjectId,
          time: now,
          payload: { noticeId: id, subjectId: item.subjectId, action: 'SCHEDULED_ACTION_DELETE', actionDueAt: toTimestamp(doc.deleteAt) },
        });
        await insertOnce(this.candidateNoticeRepository, item.tenantId, withOutboxDoc({ _id: id, subjectId: item.subjectId, deleteAt: doc.deleteAt, sentAt: now }, [event]));
        // Guarded by the date as read: a clock that moved meanwhile is noticed again for its new date.
        await clocks.updateOne({ _id: item.key, tenantId: item.tenantId, candidateNoticeAt: doc.candidateNoticeAt }, { $set: { candidateNoticeFor: doc.deleteAt }, $unset: { candidateNoticeAt: 1 } });
      },
    };
  }

  ownerDigests(): DueSource {
    const clocks = this.clocks.model;
    const marks = this.marks.model;
    // Subjects in an owner's digest: clocks whose next step is near, and marks not yet executed.
    const inDigest = (now: Date) => ({ ownerNoticeAt: { $lte: now }, ownerId: { $exists: true } });
    const dueOwners = async (now: Date) => {
      const group = [{ $match: inDigest(now) }, { $group: { _id: { tenantId: '$tenantId', ownerId: '$ownerId' } } }];
      const groups = (
        await Promise.all([clocks, marks].map((model) => model.aggregate<{ _id: { tenantId: string; ownerId: string } }>(group).option({ [ALL_TENANTS]: true }).exec()))
      ).flat();
      const date = utcDate(now);
      const sent = new Set((await this.digests.find({ digestDate: date }, { _id: 1 }).setOptions({ [ALL_TENANTS]: true }).lean().exec()).map((doc) => doc._id));
      const owners = new Map(groups.map((g) => [`${g._id.tenantId}/${g._id.ownerId}/${date}`, g._id]));
      return [...owners].filter(([key]) => !sent.has(key)).map(([key, owner]) => ({ ...owner, key }));
    };
    return {
      name: 'owner-digests',
      findDue: async (now, limit) => (await dueOwners(now)).slice(0, limit).map((owner): DueItem => ({ tenantId: owner.tenantId, subjectId: '', key: owner.key, dueAt: now })),
      countDue: async (now) => (await dueOwners(now)).length,
      execute: async (item, now) => {
        const ownerId = item.key.slice(item.tenantId.length + 1, item.key.lastIndexOf('/'));
        const filter = { tenantId: item.tenantId, ownerId, ownerNoticeAt: { $lte: now } };
        const [dueClocks, dueMarks] = await Promise.all([
          clocks.find(filter, { subjectId: 1, reduceAt: 1, deleteAt: 1 }).sort({ ownerNoticeAt: 1 }).limit(MAX_DIGEST_SUBJECTS).lean().exec(),
          marks.find(filter, { subjectId: 1, mode: 1, earliestDeletionAt: 1 }).sort({ ownerNoticeAt: 1 }).limit(MAX_DIGEST_SUBJECTS).lean().exec(),
        ]);
        const subjects: DueSubject[] = [
          ...dueMarks.map((mark) => ({ subjectId: mark.subjectId, action: MARK_ACTION[mark.mode], actionDueAt: toTimestamp(mark.earliestDeletionAt) })),
          ...dueClocks.flatMap((doc): DueSubject[] => {
            const [action, dueAt]: [ScheduledAction, Date | undefined] = doc.reduceAt && (!doc.deleteAt || doc.reduceAt < doc.deleteAt) ? ['SCHEDULED_ACTION_REDUCE', doc.reduceAt] : ['SCHEDULED_ACTION_DELETE', doc.deleteAt];
            return dueAt ? [{ subjectId: doc.subjectId, action, actionDueAt: toTimestamp(dueAt) }] : [];
          }),
        ].slice(0, MAX_DIGEST_SUBJECTS);
        if (subjects.length === 0) return;
        const digestDate = utcDate(now);
        const event = outboxEntry(TOPICS.retentionNotices, {
          type: 'lethe.retention.v1.OwnerNoticeDigest',
          tenantId: item.tenantId,
          time: now,
          payload: { digestId: noticeId(item.tenantId, ownerId, digestDate), ownerId, digestDate, subjects },
        });
        await insertOnce(this.digestRepository, item.tenantId, withOutboxDoc({ _id: item.key, ownerId, digestDate, subjects: subjects.length, sentAt: now }, [event]));
      },
    };
  }
}
