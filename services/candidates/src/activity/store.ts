import { randomUUID } from 'node:crypto';
import { Schema, type Connection, type Model } from 'mongoose';
import { defineTenantModel, outboxEntry, outboxPlugin, TenantRepository, withOutboxDoc, type OutboxEntry, type Page, type Stored } from '@lethe/platform';
import { toTimestamp, TOPICS, type ActivityKind } from '@lethe/protos';

export interface ActivityToRecord {
  tenantId: string;
  candidateId: string;
  kind: ActivityKind;
  actorId: string;
  occurredAt: Date;
  /** Ids of what the activity is about (application, presentation, file, job order), never personal data. */
  refs?: Record<string, string>;
}

/**
 * The per-candidate activity log. Recording an activity that restarts the retention clock
 * (seed 002) also publishes `ActivityRecorded` through the outbox.
 */
export interface ActivityLog {
  /** Returns the activity's id. */
  record(activity: ActivityToRecord): Promise<string>;
  /** One activity, of a call whose writes an erasure or a mark overtook. */
  remove(tenantId: string, id: string): Promise<void>;
}

/** Seed 002: every activity restarts the clock except automated workflow messages and system entries. */
export function restartsRetentionClock(kind: ActivityKind): boolean {
  return kind !== 'ACTIVITY_KIND_AUTOMATED_MESSAGE_SENT' && kind !== 'ACTIVITY_KIND_SYSTEM' && kind !== 'ACTIVITY_KIND_UNSPECIFIED';
}

export interface ActivityDoc {
  _id: string;
  tenantId: string;
  candidateId: string;
  kind: ActivityKind;
  actorId: string;
  occurredAt: Date;
  refs: Record<string, string>;
  outbox?: OutboxEntry[];
}

const activitySchema = new Schema<ActivityDoc>(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    candidateId: { type: String, required: true },
    kind: { type: String, required: true },
    actorId: { type: String, required: true },
    occurredAt: { type: Date, required: true },
    refs: { type: Schema.Types.Mixed, default: {} },
  },
  { versionKey: false, minimize: false },
);
activitySchema.plugin(outboxPlugin);
activitySchema.index({ tenantId: 1, candidateId: 1, _id: 1 });

function toActivityDoc(activity: ActivityToRecord): Omit<ActivityDoc, 'tenantId'> {
  // Time-ordered ids, so a candidate's log pages in the order things happened.
  const id = `${activity.occurredAt.getTime().toString(36).padStart(9, '0')}-${randomUUID()}`;
  const doc: Omit<ActivityDoc, 'tenantId'> = {
    _id: id,
    candidateId: activity.candidateId,
    kind: activity.kind,
    actorId: activity.actorId,
    occurredAt: activity.occurredAt,
    refs: activity.refs ?? {},
  };
  if (!restartsRetentionClock(activity.kind)) return doc;
  return withOutboxDoc(doc, [
    outboxEntry(TOPICS.candidateEvents, {
      type: 'lethe.candidates.v1.ActivityRecorded',
      tenantId: activity.tenantId,
      subjectId: activity.candidateId,
      time: activity.occurredAt,
      payload: { activityId: id, candidateId: activity.candidateId, kind: activity.kind, occurredAt: toTimestamp(activity.occurredAt), actorId: activity.actorId },
    }),
  ]);
}

/** Activities in MongoDB, one document each; the clock event travels in the same insert. */
export class ActivityStore implements ActivityLog {
  readonly model: Model<ActivityDoc>;
  private readonly repository: TenantRepository<ActivityDoc>;

  constructor(connection: Connection) {
    this.model = defineTenantModel(connection, 'Activity', activitySchema, 'activities');
    this.repository = new TenantRepository(this.model, { resourceType: 'activity' });
  }

  async record(activity: ActivityToRecord): Promise<string> {
    const doc = toActivityDoc(activity);
    await this.repository.insert(activity.tenantId, doc);
    return doc._id;
  }

  /** Records many activities of one tenant in one write. */
  async recordMany(tenantId: string, activities: readonly Omit<ActivityToRecord, 'tenantId'>[]): Promise<void> {
    if (activities.length === 0) return;
    await this.repository.insertMany(tenantId, activities.map((activity) => toActivityDoc({ ...activity, tenantId })));
  }

  /** A merge: the kept candidate takes over the merged one's history; returns the ids moved. */
  /** Moves the candidate's activities (only `only`, when given) to another candidate; returns their ids. */
  async reassign(tenantId: string, fromCandidateId: string, toCandidateId: string, only?: readonly string[]): Promise<string[]> {
    const filter = only ? { candidateId: fromCandidateId, _id: { $in: [...only] } } : { candidateId: fromCandidateId };
    const ids = (await this.repository.find(tenantId, filter, { projection: { _id: 1 } })).map((doc) => doc._id);
    if (ids.length > 0) await this.repository.updateMany(tenantId, { _id: { $in: ids }, candidateId: fromCandidateId }, { $set: { candidateId: toCandidateId } });
    return ids;
  }

  list(tenantId: string, candidateId: string, pageSize: number, pageToken: string): Promise<Page<Stored<ActivityDoc>>> {
    return this.repository.list(tenantId, { filter: { candidateId }, pageSize, pageToken });
  }

  async remove(tenantId: string, id: string): Promise<void> {
    await this.repository.deleteOne(tenantId, { _id: id });
  }

  /** The candidate's activities; only those of `ids`, when given. */
  deleteOf(tenantId: string, candidateId: string, ids?: readonly string[]): Promise<number> {
    return this.repository.deleteMany(tenantId, ids ? { candidateId, _id: { $in: [...ids] } } : { candidateId });
  }
}
