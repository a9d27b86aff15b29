import { Schema, type Connection, type Model } from 'mongoose';
import type { SubjectFence } from '@lethe/platform/erasure';
import { newId } from '@lethe/platform/ids';
import { ALL_TENANTS, defineTenantModel, isDuplicateKey, TenantRepository } from '@lethe/platform/mongo';
import { outboxEntry, outboxPlugin, withOutboxDoc, type OutboxEntry, type OutboxSource } from '@lethe/platform/outbox';
import { toTimestamp, TOPICS } from '@lethe/protos';
import type { ClockStore } from '../clock/store';
import type { MarkStore } from '../marks/store';
import type { RetentionPolicy } from '../policy/policy';
import { dueByIndex, type DueItem, type DueSource } from '../sweep/due-source';
import { digestEntries, MAX_DIGEST_SUBJECTS, onceKey, SCHEDULED_ACTION, utcDate } from './digest';

/** One owner's digest of one day: its existence is what makes the digest go out once. */
interface DigestDoc {
  /** `<tenantId>/<ownerId>/<digestDate>`. */
  _id: string;
  tenantId: string;
  digestId?: string;
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
    digestId: String,
    ownerId: { type: String, required: true },
    digestDate: { type: String, required: true },
    subjects: { type: Number, required: true },
    sentAt: { type: Date, required: true },
  },
  { versionKey: false },
);
digestSchema.plugin(outboxPlugin);
// The digest run reads which digests of the day went out already, across tenants.
digestSchema.index({ digestDate: 1 });

/** One candidate notice: keyed by the deletion date it announces, so it is sent once per date. */
interface CandidateNoticeDoc {
  _id: string;
  tenantId: string;
  noticeId?: string;
  subjectId: string;
  deleteAt: Date;
  sentAt: Date;
  outbox?: OutboxEntry[];
}

const candidateNoticeSchema = new Schema<CandidateNoticeDoc>(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    noticeId: String,
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

/**
 * Notices ahead of the clock's steps, published for the messaging service: the candidate's notice
 * before deletion (two weeks by default, unless the tenant switched it off) and each owner's daily digest of the subjects due within
 * the tenant's lead time. Both are found by indexed dates and sent once.
 */
export class NoticeSources {
  readonly digests: Model<DigestDoc>;
  readonly candidateNoticeModel: Model<CandidateNoticeDoc>;
  private readonly digestRepository: TenantRepository<DigestDoc>;
  private readonly candidateNoticeRepository: TenantRepository<CandidateNoticeDoc>;

  constructor(
    connection: Connection,
    private readonly fence: SubjectFence,
    private readonly clocks: ClockStore,
    private readonly marks: MarkStore,
    private readonly policyOf: (tenantId: string) => Promise<RetentionPolicy>,
  ) {
    this.digests = defineTenantModel(connection, 'OwnerDigest', digestSchema, 'owner_digests');
    this.digestRepository = new TenantRepository(this.digests, { resourceType: 'owner digest' });
    this.candidateNoticeModel = defineTenantModel(connection, 'CandidateNotice', candidateNoticeSchema, 'candidate_notices');
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

  /**
   * Candidates whose deletion is near: told once per deletion date, as their only writer (no notice
   * about a person erased meanwhile), unless the tenant switched notices off since the date was set.
   */
  candidateNotices(): DueSource {
    return {
      name: 'candidate-notices',
      ...dueByIndex(this.clocks.model, 'candidateNoticeAt'),
      execute: async (item, now) => {
        await this.fence.writeUnlessErased({ tenantId: item.tenantId, subjectId: item.subjectId }, async () => {
          const dates = await this.clocks.noticeDatesOf(item.tenantId, item.subjectId);
          if (!dates?.candidateNoticeAt || dates.candidateNoticeAt > now || !dates.deleteAt) return;
          const policy = await this.policyOf(item.tenantId);
          if (policy.candidateNoticesOff) return;
          const noticeId = newId();
          const storageConsentMonths = policy.storageConsentExtensionMonths;
          const event = outboxEntry(TOPICS.retentionNotices, {
            type: 'lethe.retention.v1.CandidateNoticeDue',
            tenantId: item.tenantId,
            subjectId: item.subjectId,
            time: now,
            payload: { noticeId, subjectId: item.subjectId, action: SCHEDULED_ACTION.toProto('delete'), actionDueAt: toTimestamp(dates.deleteAt), storageConsentMonths },
          });
          const key = onceKey(item.tenantId, item.subjectId, dates.deleteAt.toISOString());
          await insertOnce(this.candidateNoticeRepository, item.tenantId, withOutboxDoc({ _id: key, noticeId, subjectId: item.subjectId, deleteAt: dates.deleteAt, sentAt: now }, [event]));
          await this.clocks.candidateNoticeSent(item.tenantId, item.subjectId, dates.candidateNoticeAt, dates.deleteAt);
        });
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
        const entries = digestEntries(dueMarks, dueClocks);
        if (entries.length === 0) return;
        const digestDate = utcDate(now);
        const digestId = newId();
        const event = outboxEntry(TOPICS.retentionNotices, {
          type: 'lethe.retention.v1.OwnerNoticeDigest',
          tenantId: item.tenantId,
          time: now,
          payload: { digestId, ownerId, digestDate, subjects: entries.map((entry) => ({ subjectId: entry.subjectId, action: SCHEDULED_ACTION.toProto(entry.action), actionDueAt: toTimestamp(entry.dueAt) })) },
        });
        await insertOnce(this.digestRepository, item.tenantId, withOutboxDoc({ _id: item.key, digestId, ownerId, digestDate, subjects: entries.length, sentAt: now }, [event]));
      },
    };
  }
}
