import { randomUUID } from 'node:crypto';
import { Schema, type Model } from 'mongoose';
import {
  defineTenantModel,
  isDuplicateKey,
  outboxEntry,
  outboxPlugin,
  PreconditionError,
  TenantRepository,
  withOutbox,
  type OutboxEntry,
  type Page,
  type ServiceRuntime,
  type Stored,
} from '@lethe/platform';
import { toTimestamp, TOPICS, type RequestedBy } from '@lethe/protos';
import type { ErasureIssuer } from '../erasure/issuer';
import { addMonths } from '../clock/schedule';
import type { RetentionPolicyValues } from '../policy/policy';
import { dueByIndex, type DueSource } from '../sweep/due-source';

export type Requester = 'candidate' | 'recruiter';

/** The subject's erasure request (seed 002); reasons are personal data, encrypted for the subject. */
export interface ErasureRequestDoc {
  _id: string;
  tenantId: string;
  subjectId: string;
  requestId: string;
  state: 'open' | 'withdrawn' | 'executed';
  requestedBy: Requester;
  openedBy: string;
  openedAt: Date;
  deadlineAt: Date;
  reason?: string;
  withdrawnBy?: Requester;
  withdrawnByActor?: string;
  withdrawnAt?: Date;
  withdrawReason?: string;
  erasureId?: string;
  /** Set while open: what the sweep looks for (indexed). */
  executeAt?: Date;
  /** Ids and times of earlier requests of the subject. */
  history: { requestId: string; state: 'withdrawn'; openedAt: Date; withdrawnAt?: Date }[];
  outbox?: OutboxEntry[];
}

export interface ErasureRequestView extends Omit<ErasureRequestDoc, 'reason' | 'withdrawReason' | 'outbox' | 'history'> {
  reason: string;
  withdrawReason: string;
}

const schema = new Schema<ErasureRequestDoc>(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    subjectId: { type: String, required: true },
    requestId: { type: String, required: true },
    state: { type: String, required: true },
    requestedBy: { type: String, required: true },
    openedBy: { type: String, required: true },
    openedAt: { type: Date, required: true },
    deadlineAt: { type: Date, required: true },
    reason: String,
    withdrawnBy: String,
    withdrawnByActor: String,
    withdrawnAt: Date,
    withdrawReason: String,
    erasureId: String,
    executeAt: Date,
    history: { type: Schema.Types.Mixed, default: [] },
  },
  { versionKey: false },
);
schema.plugin(outboxPlugin);
schema.index({ executeAt: 1 });
schema.index({ tenantId: 1, state: 1, deadlineAt: 1 });

const REQUESTED_BY: Record<Requester, RequestedBy> = { candidate: 'REQUESTED_BY_CANDIDATE', recruiter: 'REQUESTED_BY_RECRUITER' };
const idOf = (tenantId: string, subjectId: string) => `${tenantId}/${subjectId}`;

export interface Actor {
  kind: Requester;
  actorId: string;
}

/**
 * Erasure requests: one document per subject holding the current request. Opening and withdrawing
 * publish their event in the same write (services hide the subject, suppress automated messages,
 * refuse new applications); at the deadline the sweep issues the erasure.
 */
/** The person asked to be forgotten: a reduction would keep personal data, so it is never one. */
export function erasureRequestMode(policy: Pick<RetentionPolicyValues, 'defaultMode'>): 'delete' | 'anonymise' {
  return policy.defaultMode === 'anonymise' ? 'anonymise' : 'delete';
}

export class ErasureRequestStore {
  readonly model: Model<ErasureRequestDoc>;
  private readonly repository: TenantRepository<ErasureRequestDoc>;

  constructor(private readonly runtime: Pick<ServiceRuntime, 'mongo' | 'cipher'>) {
    this.model = defineTenantModel(runtime.mongo, 'ErasureRequest', schema, 'erasure_requests');
    this.repository = new TenantRepository(this.model, { resourceType: 'erasure request' });
  }

  async open(tenantId: string, subjectId: string, actor: Actor, reason: string, now: Date, policy: Pick<RetentionPolicyValues, 'deleteAfterMonths'>): Promise<ErasureRequestView> {
    const current = await this.repository.findById(tenantId, idOf(tenantId, subjectId), { outbox: 0 });
    if (current?.state === 'open') return this.view(current);
    if (current?.state === 'executed') throw new PreconditionError('ALREADY_EXECUTED', `the erasure request of ${subjectId} was executed`, { type: 'subject', id: subjectId });
    // Seed 002: the final deletion date is the delete period counted from the request.
    const deadlineAt = addMonths(now, policy.deleteAfterMonths);
    const requestId = randomUUID();
    const event = outboxEntry(TOPICS.retentionEvents, {
      type: 'lethe.retention.v1.ErasureRequestOpened',
      tenantId,
      subjectId,
      time: now,
      payload: { requestId, subjectId, requestedBy: REQUESTED_BY[actor.kind], actorId: actor.actorId, openedAt: toTimestamp(now), deadlineAt: toTimestamp(deadlineAt) },
    });
    const history = current?.state === 'withdrawn' ? [...current.history, { requestId: current.requestId, state: 'withdrawn' as const, openedAt: current.openedAt, withdrawnAt: current.withdrawnAt }] : [];
    const fields = {
      subjectId,
      requestId,
      state: 'open' as const,
      requestedBy: actor.kind,
      openedBy: actor.actorId,
      openedAt: now,
      deadlineAt,
      executeAt: deadlineAt,
      history,
      ...(reason ? { reason: await this.runtime.cipher.encrypt(tenantId, subjectId, 'erasureRequest.reason', reason) } : {}),
    };
    const unset = { withdrawnBy: 1, withdrawnByActor: 1, withdrawnAt: 1, withdrawReason: 1, erasureId: 1, ...(reason ? {} : { reason: 1 }) };
    // The state in the filter: of two concurrent opens, one writes and the other finds it open.
    const filter = current ? { _id: current._id, state: current.state } : { _id: idOf(tenantId, subjectId) };
    await this.repository.updateOne(tenantId, filter, withOutbox({ $set: fields, $unset: unset }, [event]), { upsert: !current }).catch((err: unknown) => {
      // Two first opens at once: the loser's upsert hits the winner's _id, and the winner's request stands.
      if (!isDuplicateKey(err)) throw err;
    });
    return this.get(tenantId, subjectId);
  }

  async withdraw(tenantId: string, subjectId: string, actor: Actor, reason: string, now: Date): Promise<ErasureRequestView> {
    const current = await this.repository.getById(tenantId, idOf(tenantId, subjectId), { outbox: 0 });
    if (current.state === 'withdrawn') return this.view(current);
    if (current.state === 'executed') throw new PreconditionError('ALREADY_EXECUTED', `the erasure request of ${subjectId} was executed; it cannot be withdrawn`, { type: 'subject', id: subjectId });
    const event = outboxEntry(TOPICS.retentionEvents, {
      type: 'lethe.retention.v1.ErasureRequestWithdrawn',
      tenantId,
      subjectId,
      time: now,
      payload: { requestId: current.requestId, subjectId, withdrawnBy: REQUESTED_BY[actor.kind], actorId: actor.actorId, withdrawnAt: toTimestamp(now) },
    });
    const set = {
      state: 'withdrawn' as const,
      withdrawnBy: actor.kind,
      withdrawnByActor: actor.actorId,
      withdrawnAt: now,
      ...(reason ? { withdrawReason: await this.runtime.cipher.encrypt(tenantId, subjectId, 'erasureRequest.withdrawReason', reason) } : {}),
    };
    const result = await this.repository.updateOne(tenantId, { _id: current._id, state: 'open' }, withOutbox({ $set: set, $unset: { executeAt: 1 } }, [event]));
    if (result.matched === 0) throw new PreconditionError('ALREADY_EXECUTED', `the erasure request of ${subjectId} was executed meanwhile`, { type: 'subject', id: subjectId });
    return this.get(tenantId, subjectId);
  }

  async get(tenantId: string, subjectId: string): Promise<ErasureRequestView> {
    return this.view(await this.repository.getById(tenantId, idOf(tenantId, subjectId), { outbox: 0 }));
  }

  /** When the subject's open erasure request falls due, or undefined without one. */
  async openDeadline(tenantId: string, subjectId: string): Promise<Date | undefined> {
    const doc = await this.repository.findById(tenantId, idOf(tenantId, subjectId), { state: 1, executeAt: 1 });
    return doc?.state === 'open' ? doc.executeAt : undefined;
  }

  async listOpen(tenantId: string, pageSize: number, pageToken: string): Promise<Page<ErasureRequestView>> {
    const page = await this.repository.list(tenantId, { filter: { state: 'open' }, pageSize, pageToken, projection: { outbox: 0 } });
    return { ...page, items: await Promise.all(page.items.map((doc) => this.view(doc))) };
  }

  /**
   * Erasure: the reasons go (with the subject's key); ids and dates stay as the record of the
   * request. An erased subject's open request has nothing left to do.
   */
  async forget(tenantId: string, subjectId: string, erased: boolean): Promise<number> {
    const reasons = await this.repository.updateOne(tenantId, { _id: idOf(tenantId, subjectId), $or: [{ reason: { $exists: true } }, { withdrawReason: { $exists: true } }] }, { $unset: { reason: 1, withdrawReason: 1 } });
    if (erased) await this.repository.updateOne(tenantId, { _id: idOf(tenantId, subjectId), state: 'open' }, { $set: { state: 'executed' }, $unset: { executeAt: 1 } });
    return reasons.modified;
  }

  private async view(doc: Stored<ErasureRequestDoc> | ErasureRequestDoc): Promise<ErasureRequestView> {
    const { outbox: _outbox, history: _history, reason, withdrawReason, ...rest } = doc;
    const decrypt = async (field: string, value: string | undefined) => (value ? this.runtime.cipher.decrypt(doc.tenantId, doc.subjectId, field, value).catch(() => '') : '');
    return { ...rest, reason: await decrypt('erasureRequest.reason', reason), withdrawReason: await decrypt('erasureRequest.withdrawReason', withdrawReason) };
  }

  /** Open requests past their deadline: the subject is erased (seed 002: "Endgültige automatische Löschung"). */
  dueSource(issuer: ErasureIssuer, policyOf: (tenantId: string) => Promise<RetentionPolicyValues>): DueSource {
    return {
      name: 'erasure-requests',
      ...dueByIndex(this.model, 'executeAt'),
      execute: async (item) => {
        const doc = await this.repository.findById(item.tenantId, item.key, { outbox: 0 });
        if (!doc || doc.state !== 'open') return;
        const policy = await policyOf(doc.tenantId);
        const { erasureId } = await issuer.issue({
          tenantId: doc.tenantId,
          subjectId: doc.subjectId,
          mode: erasureRequestMode(policy),
          reason: 'ERASURE_REASON_ERASURE_REQUEST',
          trigger: { kind: 'erasure-request', actorId: doc.openedBy, at: doc.openedAt, sourceId: doc.requestId },
        });
        await this.repository.updateOne(doc.tenantId, { _id: doc._id, state: 'open' }, { $set: { state: 'executed', erasureId }, $unset: { executeAt: 1 } });
      },
    };
  }
}
