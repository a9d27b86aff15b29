import { Schema, type Connection, type Model } from 'mongoose';
import type { SubjectCipher } from '@lethe/platform/crypto';
import { defineTenantModel, isDuplicateKey, TenantRepository, type Page, type Stored } from '@lethe/platform/mongo';
import { outboxPlugin, withOutbox, type OutboxEntry } from '@lethe/platform/outbox';
import type { Requester, RequestStateName } from './rules';

/** The subject's erasure request; its reasons are personal data, stored encrypted for the subject. */
export interface ErasureRequestDoc {
  _id: string;
  tenantId: string;
  subjectId: string;
  requestId: string;
  state: RequestStateName;
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

/** A request as it is read: reasons decrypted ('' when absent or gone with the subject's key). */
export interface ErasureRequestView extends Omit<ErasureRequestDoc, 'reason' | 'withdrawReason' | 'outbox' | 'history'> {
  reason: string;
  withdrawReason: string;
}

export interface OpenedRequest {
  requestId: string;
  requestedBy: Requester;
  openedBy: string;
  openedAt: Date;
  deadlineAt: Date;
  reason?: string;
}

export interface WithdrawnRequest {
  withdrawnBy: Requester;
  withdrawnByActor: string;
  withdrawnAt: Date;
  reason?: string;
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

const idOf = (tenantId: string, subjectId: string) => `${tenantId}/${subjectId}`;
const REASON_FIELD = 'erasureRequest.reason';
const WITHDRAW_REASON_FIELD = 'erasureRequest.withdrawReason';

/** Erasure requests: one document per subject holding the current request, each change with its event. */
export class ErasureRequestStore {
  readonly model: Model<ErasureRequestDoc>;
  private readonly repository: TenantRepository<ErasureRequestDoc>;

  constructor(
    connection: Connection,
    private readonly cipher: SubjectCipher,
  ) {
    this.model = defineTenantModel(connection, 'ErasureRequest', schema, 'erasure_requests');
    this.repository = new TenantRepository(this.model, { resourceType: 'erasure request' });
  }

  find(tenantId: string, subjectId: string): Promise<Stored<ErasureRequestDoc> | null> {
    return this.repository.findById(tenantId, idOf(tenantId, subjectId), { outbox: 0 });
  }

  /** The subject's request, or NOT_FOUND. */
  async get(tenantId: string, subjectId: string): Promise<ErasureRequestView> {
    return this.view(await this.repository.getById(tenantId, idOf(tenantId, subjectId), { outbox: 0 }));
  }

  /** The request of a sweep item (its key is the request document's id). */
  byKey(tenantId: string, key: string): Promise<Stored<ErasureRequestDoc> | null> {
    return this.repository.findById(tenantId, key, { outbox: 0 });
  }

  /**
   * Stores a newly opened request over `current` (the subject's earlier one, withdrawn, or none),
   * with its event. The state read is in the filter: of two concurrent opens, one writes.
   */
  async open(tenantId: string, subjectId: string, current: ErasureRequestDoc | null, request: OpenedRequest, events: readonly OutboxEntry[]): Promise<void> {
    const history = current?.state === 'withdrawn' ? [...current.history, { requestId: current.requestId, state: 'withdrawn' as const, openedAt: current.openedAt, withdrawnAt: current.withdrawnAt }] : [];
    const { reason, ...opened } = request;
    const fields = {
      ...opened,
      subjectId,
      state: 'open' as const,
      executeAt: request.deadlineAt,
      history,
      ...(reason ? { reason: await this.cipher.encrypt(tenantId, subjectId, REASON_FIELD, reason) } : {}),
    };
    const unset = { withdrawnBy: 1, withdrawnByActor: 1, withdrawnAt: 1, withdrawReason: 1, erasureId: 1, ...(reason ? {} : { reason: 1 }) };
    const filter = current ? { _id: current._id, state: current.state } : { _id: idOf(tenantId, subjectId) };
    await this.repository.updateOne(tenantId, filter, withOutbox({ $set: fields, $unset: unset }, events), { upsert: !current }).catch((err: unknown) => {
      // Two first opens at once: the loser's upsert hits the winner's _id, and the winner's request stands.
      if (!isDuplicateKey(err)) throw err;
    });
  }

  /** Withdraws the open request, with its event; false when it was not open any more. */
  async withdraw(tenantId: string, subjectId: string, withdrawal: WithdrawnRequest, events: readonly OutboxEntry[]): Promise<boolean> {
    const { reason, ...withdrawn } = withdrawal;
    const set = {
      ...withdrawn,
      state: 'withdrawn' as const,
      ...(reason ? { withdrawReason: await this.cipher.encrypt(tenantId, subjectId, WITHDRAW_REASON_FIELD, reason) } : {}),
    };
    const result = await this.repository.updateOne(tenantId, { _id: idOf(tenantId, subjectId), state: 'open' }, withOutbox({ $set: set, $unset: { executeAt: 1 } }, events));
    return result.matched > 0;
  }

  /** The open request's erasure was issued (or the subject was erased otherwise): it is executed. */
  async close(tenantId: string, subjectId: string, erasureId?: string): Promise<number> {
    const result = await this.repository.updateOne(tenantId, { _id: idOf(tenantId, subjectId), state: 'open' }, { $set: { state: 'executed', ...(erasureId ? { erasureId } : {}) }, $unset: { executeAt: 1 } });
    return result.modified;
  }

  /** The request's reasons go; its ids and dates stay as the record of it. */
  async forgetReasons(tenantId: string, subjectId: string): Promise<number> {
    const result = await this.repository.updateOne(
      tenantId,
      { _id: idOf(tenantId, subjectId), $or: [{ reason: { $exists: true } }, { withdrawReason: { $exists: true } }] },
      { $unset: { reason: 1, withdrawReason: 1 } },
    );
    return result.modified;
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

  private async view(doc: Stored<ErasureRequestDoc> | ErasureRequestDoc): Promise<ErasureRequestView> {
    const { outbox: _outbox, history: _history, reason, withdrawReason, ...rest } = doc;
    const decrypt = async (field: string, value: string | undefined) => (value ? this.cipher.decrypt(doc.tenantId, doc.subjectId, field, value).catch(() => '') : '');
    return { ...rest, reason: await decrypt(REASON_FIELD, reason), withdrawReason: await decrypt(WITHDRAW_REASON_FIELD, withdrawReason) };
  }
}
