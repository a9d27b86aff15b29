import type { FilterQuery, Model } from 'mongoose';
import { AlreadyExistsError, ConflictError, ValidationError } from '@lethe/platform/errors';
import { newId } from '@lethe/platform/ids';
import { TenantRepository, type Page, type Stored } from '@lethe/platform/mongo';
import { outboxEntry, withOutbox, withOutboxDoc, type OutboxEntry } from '@lethe/platform/outbox';
import { toTimestamp, TOPICS, type ActivityKind, type MetaStatus__Output as MetaStatus, type StatusChangeSource__Output as StatusChangeSource } from '@lethe/protos';
import type { ActivityStore, ActivityToRecord } from '../activity/store';
import type { Actor, Candidates } from '../candidates/candidates';
import type { CandidateDoc } from '../candidates/model';
import type { StatusCatalogue, StatusDef, StatusKind } from './catalogue';
import type { ApplicationDoc, PresentationDoc, StatusChangeRow } from './model';
import { STATUS_ACTION_KIND, statusActionSkipReason } from './status-actions';

/** The most records a status filter of a candidate search may match. */
export const MAX_STATUS_MATCHES = 10_000;

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
 * written as the candidate's write (checked against the stored candidate inside the write fence),
 * announced in the same write and recorded as the candidate's activity.
 */
export class StatusRecords<D extends StatusRecordDoc> {
  readonly repository: TenantRepository<D>;

  constructor(
    private readonly config: KindConfig<D>,
    private readonly catalogue: StatusCatalogue,
    private readonly candidates: Candidates,
    private readonly activities: ActivityStore,
  ) {
    this.repository = new TenantRepository(config.model, { resourceType: config.kind, maxPageSize: 100, defaultPageSize: 20 });
  }

  /** A new record with its first status; the candidate must be open for new assignments. */
  create(actor: Actor, fields: Omit<D, '_id' | 'tenantId' | 'createdAt' | 'createdBy' | 'status' | 'history' | 'revision'>, statusKey: string, source: StatusChangeSource, now: Date): Promise<D> {
    return this.candidates.write(actor.tenantId, fields.candidateId, 'new-assignment', async (candidate) => {
      const def = await this.catalogue.next(actor.tenantId, this.config.kind, undefined, statusKey);
      const target = (fields as Record<string, unknown>)[this.config.targetField];
      const existing = await this.repository.findOne(actor.tenantId, { candidateId: fields.candidateId, [this.config.targetField]: target } as FilterQuery<D>, { projection: { _id: 1 } });
      // One application per candidate and job, one presentation per candidate and client request.
      if (existing) throw new AlreadyExistsError(this.config.kind, existing._id);
      const change: StatusChangeRow = { statusKey: def.key, metaStatus: def.metaStatus, finalOutcome: def.finalOutcome, setAt: now, setBy: actor.actorId, source };
      const doc = { ...fields, _id: newId(), tenantId: actor.tenantId, createdAt: now, createdBy: actor.actorId, status: change, history: [change], revision: 1 } as D;
      const actions = this.statusActions(actor, def, candidate, doc, now);
      await this.repository.insert(actor.tenantId, withOutboxDoc(doc, [this.config.event(doc), ...actions.events]));
      await this.recordActivity(actor, doc, now);
      await this.activities.recordMany(actor.tenantId, actions.activities);
      return doc;
    });
  }

  get(tenantId: string, id: string): Promise<Stored<D>> {
    return this.repository.getById(tenantId, id);
  }

  /** A status change; the candidate must be editable. */
  async setStatus(actor: Actor, id: string, statusKey: string, source: StatusChangeSource, now: Date): Promise<Stored<D>> {
    const { tenantId } = actor;
    const { candidateId } = await this.get(tenantId, id);
    return this.candidates.write(tenantId, candidateId, 'edit', async (candidate) => {
      // Read again inside the candidate's write: a merge may have moved the record to another candidate.
      const current = await this.get(tenantId, id);
      if (current.candidateId !== candidateId) throw new ConflictError(`${this.config.kind} ${id} moved to another candidate; read it again`);
      const def = await this.catalogue.next(tenantId, this.config.kind, current.status.statusKey, statusKey);
      const change: StatusChangeRow = { statusKey: def.key, metaStatus: def.metaStatus, finalOutcome: def.finalOutcome, setAt: now, setBy: actor.actorId, source };
      const next = { ...current, status: change, history: [...current.history, change], revision: current.revision + 1 };
      const actions = this.statusActions(actor, def, candidate, next, now);
      const { matched } = await this.repository.updateOne(
        tenantId,
        { _id: id, revision: current.revision } as FilterQuery<D>,
        withOutbox({ $set: { status: change, revision: next.revision }, $push: { history: change } }, [this.config.event(next), ...actions.events]),
      );
      if (matched === 0) throw new ConflictError(`${this.config.kind} ${id} changed concurrently; read it again`, 'VERSION_MISMATCH');
      await this.recordActivity(actor, next, now);
      await this.activities.recordMany(tenantId, actions.activities);
      return next;
    });
  }

  list(tenantId: string, filter: StatusRecordFilter, pageSize: number, pageToken: string): Promise<Page<Stored<D>>> {
    return this.repository.list(tenantId, { filter: this.query(filter), pageSize, pageToken });
  }

  /**
   * Ids of the candidates with a record whose current status matches. A status held by more records
   * than one search can narrow by is refused: the caller adds filters rather than the service reading without end.
   */
  async candidatesWith(tenantId: string, filter: Pick<StatusRecordFilter, 'statusKey' | 'metaStatus'>): Promise<string[]> {
    const rows = await this.repository.find(tenantId, this.query(filter), { projection: { candidateId: 1 }, limit: MAX_STATUS_MATCHES + 1 });
    if (rows.length > MAX_STATUS_MATCHES) {
      const field = filter.statusKey ? 'applicationStatusKey' : 'applicationMetaStatus';
      throw new ValidationError([{ field, code: 'too_many_matches', description: `matches more than ${MAX_STATUS_MATCHES} records; narrow the search with other filters` }]);
    }
    return [...new Set(rows.map((row) => row.candidateId))];
  }

  /** A merge: the kept candidate takes over the records, each announced again under the kept candidate; returns how many moved. */
  async relink(tenantId: string, fromCandidateId: string, toCandidateId: string): Promise<number> {
    const docs = await this.repository.find(tenantId, { candidateId: fromCandidateId } as FilterQuery<D>);
    for (const doc of docs) {
      await this.repository.updateOne(tenantId, { _id: doc._id } as FilterQuery<D>, withOutbox({ $set: { candidateId: toCandidateId } }, [this.config.event({ ...doc, candidateId: toCandidateId })]));
    }
    return docs.length;
  }

  /** The candidate's records, with their unsent events. */
  deleteOf(tenantId: string, candidateId: string): Promise<number> {
    return this.repository.deleteMany(tenantId, { candidateId } as FilterQuery<D>);
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

  /**
   * The actions of the status a record was set to: each goes out as StatusActionRequested in the
   * status change's own write (retention reduces, messaging sends) and is an activity of the
   * candidate; for a candidate marked for deletion or with an open erasure request each does
   * nothing, and the activity says why.
   */
  private statusActions(actor: Actor, def: StatusDef, candidate: CandidateDoc, doc: D, now: Date): { events: OutboxEntry[]; activities: Omit<ActivityToRecord, 'tenantId'>[] } {
    const skipped = statusActionSkipReason(candidate);
    const events: OutboxEntry[] = [];
    const activities = def.actions.map((action) => {
      const actionId = newId(now);
      const refs = { [this.config.kind]: doc._id, statusAction: action.kind, action: actionId, ...(action.templateKey ? { template: action.templateKey } : {}) };
      if (skipped) return { candidateId: doc.candidateId, kind: 'ACTIVITY_KIND_STATUS_ACTION_SKIPPED' as const, actorId: actor.actorId, occurredAt: now, refs: { ...refs, reason: skipped } };
      events.push(
        outboxEntry(TOPICS.candidateEvents, {
          type: 'lethe.candidates.v1.StatusActionRequested',
          tenantId: actor.tenantId,
          subjectId: doc.candidateId,
          time: now,
          payload: {
            actionId,
            candidateId: doc.candidateId,
            kind: STATUS_ACTION_KIND.toProto(action.kind),
            templateKey: action.templateKey ?? '',
            statusKey: def.key,
            recordId: doc._id,
            requestedAt: toTimestamp(now),
            requestedBy: actor.actorId,
          },
        }),
      );
      return { candidateId: doc.candidateId, kind: 'ACTIVITY_KIND_STATUS_ACTION_REQUESTED' as const, actorId: actor.actorId, occurredAt: now, refs };
    });
    return { events, activities };
  }

  private recordActivity(actor: Actor, doc: D, now: Date): Promise<string> {
    return this.activities.record({ tenantId: actor.tenantId, candidateId: doc.candidateId, kind: this.config.activity, actorId: actor.actorId, occurredAt: now, refs: { [this.config.kind]: doc._id } });
  }
}

export function applicationRecords(model: Model<ApplicationDoc>, catalogue: StatusCatalogue, candidates: Candidates, activities: ActivityStore): StatusRecords<ApplicationDoc> {
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
    candidates,
    activities,
  );
}

export function presentationRecords(model: Model<PresentationDoc>, catalogue: StatusCatalogue, candidates: Candidates, activities: ActivityStore): StatusRecords<PresentationDoc> {
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
    candidates,
    activities,
  );
}
