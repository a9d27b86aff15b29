import { Schema, type Model } from 'mongoose';
import {
  defineTenantModel,
  outboxEntry,
  outboxPlugin,
  PreconditionError,
  TenantRepository,
  withOutbox,
  type ErasureModeName,
  type OutboxEntry,
  type Page,
  type Stored,
} from '@lethe/platform';
import { toTimestamp, TOPICS, type ErasureMode } from '@lethe/protos';
import type { ClockStore } from '../clock/store';
import type { ErasureIssuer } from '../erasure/issuer';
import type { RetentionPolicyValues } from '../policy/policy';
import { dueByIndex, type DueSource } from '../sweep/due-source';

export type JobOrderMeaning = 'normal-processing' | 'placement';

export interface MarkDoc {
  _id: string;
  tenantId: string;
  subjectId: string;
  mode: ErasureModeName;
  state: 'marked' | 'restored' | 'executed';
  markedAt: Date;
  markedBy: string;
  earliestDeletionAt: Date;
  waitRule: string;
  /** The subject's owner, told in the daily digest before the mark is executed. */
  ownerId?: string;
  /** Set while marked: from when the mark is in its owner's digest (indexed). */
  ownerNoticeAt?: Date;
  /** Set while marked: what the sweep looks for (indexed). */
  executeAt?: Date;
  outbox?: OutboxEntry[];
}

const schema = new Schema<MarkDoc>(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    subjectId: { type: String, required: true },
    mode: { type: String, required: true },
    state: { type: String, required: true },
    markedAt: { type: Date, required: true },
    markedBy: { type: String, required: true },
    earliestDeletionAt: { type: Date, required: true },
    waitRule: { type: String, required: true },
    ownerId: String,
    ownerNoticeAt: Date,
    executeAt: Date,
  },
  { versionKey: false },
);
schema.plugin(outboxPlugin);
schema.index({ executeAt: 1 });
schema.index({ ownerNoticeAt: 1 });
schema.index({ tenantId: 1, state: 1 });

const MODE: Record<ErasureModeName, ErasureMode> = { delete: 'ERASURE_MODE_DELETE', anonymise: 'ERASURE_MODE_ANONYMISE', reduce: 'ERASURE_MODE_REDUCE' };
const HOUR_MS = 3600_000;

/**
 * The earliest deletion time of a marked subject (seed 004): 6 hours (or the tenant's wait) when
 * it has no job-order assignment; otherwise the tenant's wait for normal processing or, if any
 * assignment is a placement, for placements.
 */
export function earliestDeletion(markedAt: Date, assignments: readonly JobOrderMeaning[], policy: RetentionPolicyValues): { at: Date; rule: string } {
  if (assignments.includes('placement')) {
    return { at: new Date(markedAt.getTime() + policy.waitDaysPlacement * 24 * HOUR_MS), rule: `wait_days_placement=${policy.waitDaysPlacement}` };
  }
  if (assignments.length > 0) {
    return { at: new Date(markedAt.getTime() + policy.waitDaysNormalProcessing * 24 * HOUR_MS), rule: `wait_days_normal_processing=${policy.waitDaysNormalProcessing}` };
  }
  return { at: new Date(markedAt.getTime() + policy.waitHoursWithoutAssignment * HOUR_MS), rule: `wait_hours_without_assignment=${policy.waitHoursWithoutAssignment}` };
}

const idOf = (tenantId: string, subjectId: string) => `${tenantId}/${subjectId}`;

/** Marks for deletion; each change publishes its event in the same write (services hide and lock). */
export class MarkStore {
  readonly model: Model<MarkDoc>;
  private readonly repository: TenantRepository<MarkDoc>;

  constructor(
    mongo: Parameters<typeof defineTenantModel>[0],
    private readonly clocks: ClockStore,
  ) {
    this.model = defineTenantModel(mongo, 'Mark', schema, 'marks');
    this.repository = new TenantRepository(this.model, { resourceType: 'mark' });
  }

  /** Marks the subject; executed at the earliest deletion time its job-order assignments allow. */
  async mark(tenantId: string, subjectId: string, mode: ErasureModeName, actorId: string, now: Date, policy: RetentionPolicyValues): Promise<MarkDoc> {
    const current = await this.repository.findById(tenantId, idOf(tenantId, subjectId), { outbox: 0 });
    if (current?.state === 'marked') return current;
    if (current?.state === 'executed') throw new PreconditionError('ALREADY_EXECUTED', `the mark of ${subjectId} was executed`, { type: 'subject', id: subjectId });
    const { assignments, ownerId } = await this.clocks.markingFactsOf(tenantId, subjectId);
    const earliest = earliestDeletion(now, assignments, policy);
    const ownerNoticeAt = new Date(Math.max(now.getTime(), earliest.at.getTime() - policy.ownerNoticeDays * 24 * HOUR_MS));
    const doc: Omit<MarkDoc, 'tenantId' | '_id' | 'outbox'> = {
      subjectId,
      mode,
      state: 'marked',
      markedAt: now,
      markedBy: actorId,
      earliestDeletionAt: earliest.at,
      waitRule: earliest.rule,
      executeAt: earliest.at,
      ...(ownerId ? { ownerId, ownerNoticeAt } : {}),
    };
    const event = outboxEntry(TOPICS.retentionEvents, {
      type: 'lethe.retention.v1.SubjectMarkedForDeletion',
      tenantId,
      subjectId,
      time: now,
      payload: { subjectId, mode: MODE[mode], markedAt: toTimestamp(now), markedBy: actorId, earliestDeletionAt: toTimestamp(earliest.at) },
    });
    await this.repository.updateOne(tenantId, { _id: idOf(tenantId, subjectId) }, withOutbox({ $set: doc }, [event]), { upsert: true });
    return { ...doc, _id: idOf(tenantId, subjectId), tenantId };
  }

  async restore(tenantId: string, subjectId: string, actorId: string, now: Date): Promise<MarkDoc> {
    const current = await this.repository.getById(tenantId, idOf(tenantId, subjectId), { outbox: 0 });
    if (current.state === 'executed') throw new PreconditionError('ALREADY_EXECUTED', `the mark of ${subjectId} was executed; it cannot be restored`, { type: 'subject', id: subjectId });
    if (current.state === 'restored') return current;
    const event = outboxEntry(TOPICS.retentionEvents, {
      type: 'lethe.retention.v1.SubjectRestored',
      tenantId,
      subjectId,
      time: now,
      payload: { subjectId, restoredAt: toTimestamp(now), restoredBy: actorId },
    });
    const result = await this.repository.updateOne(tenantId, { _id: current._id, state: 'marked' }, withOutbox({ $set: { state: 'restored' }, $unset: { executeAt: 1, ownerNoticeAt: 1 } }, [event]));
    if (result.matched === 0) throw new PreconditionError('ALREADY_EXECUTED', `the mark of ${subjectId} was executed meanwhile`, { type: 'subject', id: subjectId });
    return { ...current, state: 'restored', executeAt: undefined };
  }

  /** The subject's mark while it waits for execution, or null. */
  async openMark(tenantId: string, subjectId: string): Promise<MarkDoc | null> {
    const doc = await this.repository.findById(tenantId, idOf(tenantId, subjectId), { outbox: 0 });
    return doc?.state === 'marked' ? doc : null;
  }

  listMarked(tenantId: string, pageSize: number, pageToken: string): Promise<Page<Stored<MarkDoc>>> {
    return this.repository.list(tenantId, { filter: { state: 'marked' }, pageSize, pageToken, projection: { outbox: 0 } });
  }

  /** Marks past their earliest deletion time: erased in the marked mode. */
  dueSource(issuer: ErasureIssuer, skeletonOf: (tenantId: string) => Promise<string[]>): DueSource {
    return {
      name: 'marks',
      ...dueByIndex(this.model, 'executeAt'),
      execute: async (item) => {
        const doc = await this.repository.findById(item.tenantId, item.key, { outbox: 0 });
        if (!doc || doc.state !== 'marked') return;
        await issuer.issue({
          tenantId: doc.tenantId,
          subjectId: doc.subjectId,
          mode: doc.mode,
          reason: 'ERASURE_REASON_MANUAL',
          keepFields: doc.mode === 'reduce' ? await skeletonOf(doc.tenantId) : [],
          trigger: { kind: 'mark', actorId: doc.markedBy, at: doc.markedAt, sourceId: doc._id },
        });
        await this.repository.updateOne(doc.tenantId, { _id: doc._id, state: 'marked' }, { $set: { state: 'executed' }, $unset: { executeAt: 1, ownerNoticeAt: 1 } });
      },
    };
  }
}
