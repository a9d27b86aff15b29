import { Types, type FilterQuery, type Model } from 'mongoose';
import { AlreadyExistsError, ConflictError, outboxEntry, TenantRepository, withOutbox, withOutboxDoc, type OutboxEntry, type Page, type Stored } from '@lethe/platform';
import { toTimestamp, TOPICS, type ActivityKind, type MetaStatus__Output as MetaStatus, type StatusChangeSource__Output as StatusChangeSource } from '@lethe/protos';
import type { ActivityLog } from '../activity/activity-log';
import { confirmWrites, type CandidateDirectory } from '../candidates/directory';
import type { Actor } from '../candidates/store';
import type { StatusCatalogue, StatusKind } from './catalogue';
import type { ApplicationDoc, PresentationDoc, StatusChangeRow } from './model';

type StatusRecordDoc = ApplicationDoc | PresentationDoc;

export interface StatusRecordFilter {
  candidateId?: string;
  statusKey?: string;
  metaStatus?: MetaStatus;
  /** The job (applications) or client request (presentations). */
  targetId?: string;
}

interface KindConfig<D extends StatusRecordDoc> {
  kind: StatusKind;
  model: Model<D>;
  activity: ActivityKind;
  /** The field naming what the record is about: the job or the client request. */
  targetField: 'jobId' | 'clientRequestId';
  /** The status event of a record in its current state (no personal data: ids, statuses, times). */
  event(doc: D): OutboxEntry;
}

/**
 * Applications (candidate ↔ job) and presentations (candidate ↔ client request): a current status
 * from the tenant's catalogue and the history of every change with its source. Each change is
 * announced through the recruiting outbox and recorded as the candidate's activity.
 */
export class StatusRecords<D extends StatusRecordDoc> {
  readonly repository: TenantRepository<D>;

  constructor(
    private readonly config: KindConfig<D>,
    private readonly catalogue: StatusCatalogue,
    private readonly directory: CandidateDirectory,
    private readonly activities: ActivityLog,
  ) {
    this.repository = new TenantRepository(config.model, { resourceType: config.kind, maxPageSize: 100, defaultPageSize: 20 });
  }

  /** A new record with its first status; the candidate must be open for new assignments before and after the writes. */
  async create(actor: Actor, fields: Omit<D, '_id' | 'tenantId' | 'createdAt' | 'createdBy' | 'status' | 'history' | 'revision'>, statusKey: string, source: StatusChangeSource, now: Date): Promise<D> {
    await this.directory.require(actor.tenantId, fields.candidateId, 'new-assignment');
    const def = await this.catalogue.next(actor.tenantId, this.config.kind, undefined, statusKey);
    const existing = await this.repository.findOne(actor.tenantId, { candidateId: fields.candidateId, [this.config.targetField]: (fields as Record<string, unknown>)[this.config.targetField] } as FilterQuery<D>, { projection: { _id: 1 } });
    // One application per candidate and job, one presentation per candidate and client request.
    if (existing) throw new AlreadyExistsError(this.config.kind, existing._id);
    const change: StatusChangeRow = { statusKey: def.key, metaStatus: def.metaStatus, finalOutcome: def.finalOutcome, setAt: now, setBy: actor.actorId, source };
    const doc = { ...fields, _id: new Types.ObjectId().toHexString(), tenantId: actor.tenantId, createdAt: now, createdBy: actor.actorId, status: change, history: [change], revision: 1 } as D;
    await this.repository.insert(actor.tenantId, withOutboxDoc(doc, [this.config.event(doc)]));
    const activityId = await this.recordActivity(actor, doc, now);
    // The record goes with its history. Its event may be out already: it is about a subject that is
    // being erased (dropped by the tombstone), or marked or asked to be forgotten, whose erasure follows.
    await confirmWrites(this.directory, actor.tenantId, doc.candidateId, 'new-assignment', async () => {
      await this.repository.deleteOne(actor.tenantId, { _id: doc._id } as FilterQuery<D>);
      await this.activities.remove(actor.tenantId, activityId);
    });
    return doc;
  }

  async get(tenantId: string, id: string): Promise<Stored<D>> {
    return this.repository.getById(tenantId, id);
  }

  /** A status change of a candidate editable before and after the writes; otherwise the record stays as it was. */
  async setStatus(actor: Actor, id: string, statusKey: string, source: StatusChangeSource, now: Date): Promise<Stored<D>> {
    const { tenantId } = actor;
    const current = await this.get(tenantId, id);
    await this.directory.require(tenantId, current.candidateId, 'edit');
    const def = await this.catalogue.next(tenantId, this.config.kind, current.status.statusKey, statusKey);
    const change: StatusChangeRow = { statusKey: def.key, metaStatus: def.metaStatus, finalOutcome: def.finalOutcome, setAt: now, setBy: actor.actorId, source };
    const next = { ...current, status: change, history: [...current.history, change], revision: current.revision + 1 };
    // The change and its event in one write (the outbox): a crash cannot store one without the other.
    const result = await this.repository.updateOne(
      tenantId,
      { _id: id, revision: current.revision } as FilterQuery<D>,
      withOutbox({ $set: { status: change, revision: next.revision }, $push: { history: change } }, [this.config.event(next)]),
    );
    if (result.matched === 0) {
      // A delete of the candidate took the record too: the answer follows the candidate as it is now.
      await this.directory.requireStored(tenantId, current.candidateId, 'edit');
      throw new ConflictError(`${this.config.kind} ${id} changed concurrently; read it again`, 'VERSION_MISMATCH');
    }
    const activityId = await this.recordActivity(actor, next, now);
    // Anonymise and reduce keep the record, a mark locks it: it is set back as it was, and that is
    // announced in the same write, so consumers that saw the change see it undone.
    await confirmWrites(this.directory, tenantId, current.candidateId, 'edit', async () => {
      const restored = { ...current, revision: next.revision + 1 };
      await this.repository.updateOne(
        tenantId,
        { _id: id, revision: next.revision } as FilterQuery<D>,
        withOutbox({ $set: { status: restored.status, history: restored.history, revision: restored.revision } }, [this.config.event(restored)]),
      );
      await this.activities.remove(tenantId, activityId);
    });
    return next;
  }

  async list(tenantId: string, filter: StatusRecordFilter, pageSize: number, pageToken: string): Promise<Page<Stored<D>>> {
    return this.repository.list(tenantId, { filter: this.query(filter), pageSize, pageToken });
  }

  /** Ids of the candidates with a record whose current status matches. */
  async candidatesWith(tenantId: string, filter: Pick<StatusRecordFilter, 'statusKey' | 'metaStatus'>): Promise<string[]> {
    const rows = await this.repository.find(tenantId, this.query(filter), { projection: { candidateId: 1 } });
    return [...new Set(rows.map((row) => row.candidateId))];
  }

  /** A merge: the kept candidate takes over the records, and each is announced again under the kept candidate; returns the ids moved. */
  async relink(tenantId: string, fromCandidateId: string, toCandidateId: string, ids?: readonly string[]): Promise<string[]> {
    const docs = await this.repository.find(tenantId, (ids ? { candidateId: fromCandidateId, _id: { $in: [...ids] } } : { candidateId: fromCandidateId }) as FilterQuery<D>);
    const moved: string[] = [];
    for (const doc of docs) {
      const filter = { _id: doc._id, candidateId: fromCandidateId } as FilterQuery<D>;
      const { matched } = await this.repository.updateOne(tenantId, filter, withOutbox({ $set: { candidateId: toCandidateId } }, [this.config.event({ ...doc, candidateId: toCandidateId })]));
      if (matched > 0) moved.push(doc._id);
    }
    return moved;
  }

  /** The candidate's records, with their unsent events; only those of `ids`, when given. */
  deleteOf(tenantId: string, candidateId: string, ids?: readonly string[]): Promise<number> {
    return this.repository.deleteMany(tenantId, (ids ? { candidateId, _id: { $in: [...ids] } } : { candidateId }) as FilterQuery<D>);
  }

  countOf(tenantId: string, candidateId: string): Promise<number> {
    return this.repository.count(tenantId, { candidateId } as FilterQuery<D>);
  }

  private query(filter: StatusRecordFilter): FilterQuery<D> {
    const query: Record<string, unknown> = {};
    if (filter.candidateId) query.candidateId = filter.candidateId;
    if (filter.targetId) query[this.config.targetField] = filter.targetId;
    if (filter.statusKey) query['status.statusKey'] = filter.statusKey;
    if (filter.metaStatus) query['status.metaStatus'] = filter.metaStatus;
    return query as FilterQuery<D>;
  }

  private recordActivity(actor: Actor, doc: D, now: Date): Promise<string> {
    return this.activities.record({ tenantId: actor.tenantId, candidateId: doc.candidateId, kind: this.config.activity, actorId: actor.actorId, occurredAt: now, refs: { [this.config.kind]: doc._id } });
  }
}

export function applicationRecords(model: Model<ApplicationDoc>, catalogue: StatusCatalogue, directory: CandidateDirectory, activities: ActivityLog): StatusRecords<ApplicationDoc> {
  return new StatusRecords<ApplicationDoc>(
    {
      kind: 'application',
      model,
      activity: 'ACTIVITY_KIND_APPLICATION_STATUS_SET',
      targetField: 'jobId',
      event: (doc) =>
        outboxEntry(TOPICS.candidateEvents, {
          type: 'lethe.candidates.v1.ApplicationStatusChanged',
          tenantId: doc.tenantId,
          subjectId: doc.candidateId,
          time: doc.status.setAt,
          payload: {
            applicationId: doc._id,
            candidateId: doc.candidateId,
            jobId: doc.jobId,
            statusKey: doc.status.statusKey,
            metaStatus: doc.status.metaStatus,
            finalOutcome: doc.status.finalOutcome,
            statusSetAt: toTimestamp(doc.status.setAt),
            changedBy: doc.status.setBy,
            appliedAt: toTimestamp(doc.appliedAt),
            source: doc.status.source,
          },
        }),
    },
    catalogue,
    directory,
    activities,
  );
}

export function presentationRecords(model: Model<PresentationDoc>, catalogue: StatusCatalogue, directory: CandidateDirectory, activities: ActivityLog): StatusRecords<PresentationDoc> {
  return new StatusRecords<PresentationDoc>(
    {
      kind: 'presentation',
      model,
      activity: 'ACTIVITY_KIND_PRESENTATION_STATUS_SET',
      targetField: 'clientRequestId',
      event: (doc) =>
        outboxEntry(TOPICS.candidateEvents, {
          type: 'lethe.candidates.v1.PresentationStatusChanged',
          tenantId: doc.tenantId,
          subjectId: doc.candidateId,
          time: doc.status.setAt,
          payload: {
            presentationId: doc._id,
            candidateId: doc.candidateId,
            clientRequestId: doc.clientRequestId,
            clientId: doc.clientId,
            statusKey: doc.status.statusKey,
            metaStatus: doc.status.metaStatus,
            finalOutcome: doc.status.finalOutcome,
            statusSetAt: toTimestamp(doc.status.setAt),
            changedBy: doc.status.setBy,
            source: doc.status.source,
          },
        }),
    },
    catalogue,
    directory,
    activities,
  );
}
