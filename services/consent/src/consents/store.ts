import type { Connection, FilterQuery, Model } from 'mongoose';
import { NotFoundError } from '@lethe/platform/errors';
import type { IssuedLink, LinkBinding } from '@lethe/platform/links';
import { ALL_TENANTS, TenantRepository, type Page } from '@lethe/platform/mongo';
import { withOutbox, withOutboxDoc, type OutboxEntry } from '@lethe/platform/outbox';
import { consentModel, type ClosedBecause, type ConsentDoc, type ConsentStateName } from './model';
import type { ConsentScope } from './scope';

/** Unanswered and not closed (rules.ts `isOpen` as a query). */
const OPEN = { state: 'requested', closedAt: { $exists: false } } as const;

/** Without the events waiting to be published. */
const WITHOUT_OUTBOX = { outbox: 0, outboxPending: 0 } as const;

type ScopeOf = Pick<ConsentDoc, 'tenantId' | 'subjectId' | 'kind' | 'scope'>;

/** The consent requests and consents of every tenant, each one document with its outbox. */
export class ConsentStore {
  readonly model: Model<ConsentDoc>;
  readonly repository: TenantRepository<ConsentDoc>;

  constructor(connection: Connection) {
    this.model = consentModel(connection);
    this.repository = new TenantRepository(this.model, { resourceType: 'consent', defaultPageSize: 20, maxPageSize: 100 });
  }

  async init(): Promise<void> {
    await this.model.init();
  }

  async insert(doc: ConsentDoc, events: readonly OutboxEntry[]): Promise<void> {
    await this.repository.insert(doc.tenantId, withOutboxDoc(doc, events));
  }

  /** A request by id; NOT_FOUND when the tenant has none. */
  async get(tenantId: string, requestId: string): Promise<ConsentDoc> {
    return this.repository.getById(tenantId, requestId, WITHOUT_OUTBOX);
  }

  /** The request whose current link this is. */
  async ofLink(link: Pick<LinkBinding, 'id' | 'tenantId' | 'subjectId' | 'scope'>): Promise<ConsentDoc | null> {
    return this.repository.findOne(link.tenantId, { linkId: link.id, subjectId: link.subjectId, scope: link.scope }, { projection: WITHOUT_OUTBOX });
  }

  /** Points an open request at its new link; false when the request is no longer open. */
  async pointAt(doc: Pick<ConsentDoc, '_id' | 'tenantId'>, link: Pick<IssuedLink, 'id' | 'expiresAt'>): Promise<boolean> {
    const result = await this.repository.updateOne(doc.tenantId, { _id: doc._id, ...OPEN }, { $set: { linkId: link.id, linkExpiresAt: link.expiresAt } });
    return result.matched === 1;
  }

  /** The newest open request of the scope that was sent and whose link is still valid (a request not sent has no link). */
  async newestOpen(tenantId: string, subjectId: string, scope: ConsentScope, now: Date): Promise<ConsentDoc | null> {
    return this.repository.findOne(
      tenantId,
      { subjectId, kind: scope.kind, scope: scope.key, ...OPEN, linkExpiresAt: { $gt: now } },
      { sort: { _id: -1 }, projection: WITHOUT_OUTBOX },
    );
  }

  /** The open requests of a scope, sent or not, their links valid or expired (made before `before`, when given). */
  async openRequests(of: ScopeOf, before?: string): Promise<ConsentDoc[]> {
    const filter: FilterQuery<ConsentDoc> = { subjectId: of.subjectId, kind: of.kind, scope: of.scope, ...OPEN };
    if (before) filter._id = { $lt: before };
    return this.repository.find(of.tenantId, filter, { projection: WITHOUT_OUTBOX });
  }

  /**
   * Closes a request that is still open, with the event announcing it in the same write; its link
   * ends with it. False when it was answered or closed meanwhile.
   */
  async close(doc: Pick<ConsentDoc, '_id' | 'tenantId'>, because: ClosedBecause, now: Date, event: OutboxEntry): Promise<boolean> {
    const { matched } = await this.repository.updateOne(doc.tenantId, { _id: doc._id, ...OPEN }, withOutbox({ $set: { closedAt: now, closedBecause: because, linkExpiresAt: now } }, [event]));
    return matched === 1;
  }

  /** The granted consents of a scope. */
  async granted(tenantId: string, subjectId: string, scope: ConsentScope, limit: number): Promise<ConsentDoc[]> {
    return this.repository.find(tenantId, { subjectId, kind: scope.kind, scope: scope.key, state: 'granted' }, { limit, projection: WITHOUT_OUTBOX });
  }

  /** The newest consent of the scope in force at `now`. */
  async inForce(tenantId: string, subjectId: string, scope: ConsentScope, now: Date): Promise<ConsentDoc | null> {
    return this.repository.findOne(
      tenantId,
      { subjectId, kind: scope.kind, scope: scope.key, state: 'granted', $or: [{ validUntil: { $exists: false } }, { validUntil: null }, { validUntil: { $gt: now } }] },
      { sort: { validFrom: -1 }, projection: WITHOUT_OUTBOX },
    );
  }

  /** Newest first: request ids are time-ordered, so descending _id is by age and page tokens stay put. */
  async list(tenantId: string, subjectId: string, pageSize: number, pageToken: string): Promise<Page<ConsentDoc>> {
    return this.repository.list(tenantId, { filter: { subjectId }, order: 'desc', pageSize, pageToken, projection: WITHOUT_OUTBOX });
  }

  async byConsentId(tenantId: string, consentId: string): Promise<ConsentDoc> {
    const doc = await this.repository.findOne(tenantId, { consentId }, { projection: WITHOUT_OUTBOX });
    if (!doc) throw new NotFoundError('consent', consentId);
    return doc;
  }

  /** Granted consents whose period ended by `now`, across tenants. */
  async endedPeriods(now: Date, limit: number): Promise<ConsentDoc[]> {
    return this.model
      .find({ state: 'granted', validUntil: { $lte: now } }, WITHOUT_OUTBOX)
      .setOptions({ [ALL_TENANTS]: true })
      .limit(limit)
      .lean<ConsentDoc[]>()
      .exec();
  }

  /**
   * One conditional write with its event: applied only while the request is still in state `from`
   * (and, from `requested`, not closed). Undefined when another change came first.
   */
  async transition(doc: ConsentDoc, from: ConsentStateName, set: Partial<ConsentDoc>, event: OutboxEntry): Promise<ConsentDoc | undefined> {
    const filter: FilterQuery<ConsentDoc> = from === 'requested' ? { _id: doc._id, ...OPEN } : { _id: doc._id, state: from };
    const updated = await this.repository.findOneAndUpdate(doc.tenantId, filter, withOutbox({ $set: set }, [event]));
    if (!updated) return undefined;
    const { outbox: _outbox, outboxPending: _pending, ...rest } = updated;
    return rest;
  }

  /** Every request and consent of the person, with their receipts. Returns the count. */
  async deleteOfSubject(tenantId: string, subjectId: string): Promise<number> {
    return this.repository.deleteMany(tenantId, { subjectId });
  }
}
