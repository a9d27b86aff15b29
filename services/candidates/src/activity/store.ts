import { Schema, type Connection, type Model } from 'mongoose';
import { newId } from '@lethe/platform/ids';
import { defineTenantModel, TenantRepository, type Page, type Stored } from '@lethe/platform/mongo';
import { outboxEntry, outboxPlugin, withOutboxDoc, type OutboxEntry } from '@lethe/platform/outbox';
import { toTimestamp, TOPICS, type ActivityKind } from '@lethe/protos';
import { restartsRetentionClock } from './rules';

export interface ActivityToRecord {
  tenantId: string;
  candidateId: string;
  kind: ActivityKind;
  actorId: string;
  occurredAt: Date;
  /** Ids of what the activity is about (application, presentation, file, job order), never personal data. */
  refs?: Record<string, string>;
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

/** An activity's document; one that restarts the retention clock carries its ActivityRecorded event. */
function toActivityDoc(activity: ActivityToRecord): Omit<ActivityDoc, 'tenantId'> {
  // Dated when it happened, so a candidate's log pages in the order things happened.
  const id = newId(activity.occurredAt);
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

/** The per-candidate activity log, one document per activity; the clock event travels in the same insert. */
export class ActivityStore {
  readonly model: Model<ActivityDoc>;
  private readonly repository: TenantRepository<ActivityDoc>;

  constructor(connection: Connection) {
    this.model = defineTenantModel(connection, 'Activity', activitySchema, 'activities');
    this.repository = new TenantRepository(this.model, { resourceType: 'activity' });
  }

  /** Returns the activity's id. */
  async record(activity: ActivityToRecord): Promise<string> {
    const doc = toActivityDoc(activity);
    await this.repository.insert(activity.tenantId, doc);
    return doc._id;
  }

  /** Many activities of one tenant in one write. */
  async recordMany(tenantId: string, activities: readonly Omit<ActivityToRecord, 'tenantId'>[]): Promise<void> {
    if (activities.length === 0) return;
    await this.repository.insertMany(tenantId, activities.map((activity) => toActivityDoc({ ...activity, tenantId })));
  }

  /** Moves the candidate's activities to another candidate (a merge); returns how many moved. */
  async reassign(tenantId: string, fromCandidateId: string, toCandidateId: string): Promise<number> {
    const { modified } = await this.repository.updateMany(tenantId, { candidateId: fromCandidateId }, { $set: { candidateId: toCandidateId } });
    return modified;
  }

  list(tenantId: string, candidateId: string, pageSize: number, pageToken: string): Promise<Page<Stored<ActivityDoc>>> {
    return this.repository.list(tenantId, { filter: { candidateId }, pageSize, pageToken });
  }

  /** Every activity of the candidate; returns how many went. */
  deleteOf(tenantId: string, candidateId: string): Promise<number> {
    return this.repository.deleteMany(tenantId, { candidateId });
  }
}
