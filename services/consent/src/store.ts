import type { FilterQuery, Model, UpdateQuery } from 'mongoose';
import {
  ALL_TENANTS,
  LinkTokens,
  NotFoundError,
  outboxEntry,
  PreconditionError,
  TenantCache,
  TenantRepository,
  withOutbox,
  withOutboxDoc,
  type LinkRefusal,
  type OutboxEntry,
  type PublishEvent,
  type Page,
  type ServiceRuntime,
} from '@lethe/platform';
import { toTimestamp, TOPICS, type Channel, type EventInput } from '@lethe/protos';
import { CHECK_TTL_SECONDS, CheckCache } from './check-cache';
import { newId } from './ids';
import { consentModel, type ClosedBecause, type ConsentDoc, type Proof } from './model';
import type { ConsentScope } from './scope';
import type { SettingsStore } from './settings';
import { statementOf, type Language, type Statement, type TextStore } from './texts';

/** The purpose link tokens of consent requests are bound to. */
export const LINK_PURPOSE = 'consent';
const DAY_MS = 24 * 60 * 60 * 1000;
/** Used and expired links are kept this long (for "already used" / "expired" pages), then deleted. */
const KEEP_OLD_LINKS_MS = 90 * DAY_MS;
const SWEEP_BATCH = 100;
/** Requests closed per write (FerretDB: keep update commands small). */
const CLOSE_BATCH = 50;
/** Unanswered and not closed: what the link or a manual grant may still turn into a consent. */
const OPEN = { state: 'requested', closedAt: { $exists: false } } as const;

export interface NewRequest {
  subjectId: string;
  scope: ConsentScope;
  clientName?: string;
  periodMonths?: number;
  language: Language;
}

export interface CheckResult {
  granted: boolean;
  consentId?: string;
  validUntil?: Date;
  consentRequired: boolean;
}

export type LinkOutcome = { ok: true; doc: ConsentDoc } | { ok: false; reason: LinkRefusal };

function addMonths(date: Date, months: number): Date {
  const result = new Date(date);
  const day = result.getUTCDate();
  result.setUTCDate(1);
  result.setUTCMonth(result.getUTCMonth() + months);
  // 31 January + 1 month is the last day of February, not 3 March.
  result.setUTCDate(Math.min(day, new Date(Date.UTC(result.getUTCFullYear(), result.getUTCMonth() + 1, 0)).getUTCDate()));
  return result;
}

/** Kind, client and channel as every consent event names them (ids only). */
function scopeOf(doc: ConsentDoc): { subjectId: string; kind: ConsentDoc['kind']; clientId: string; channel: Channel } {
  return { subjectId: doc.subjectId, kind: doc.kind, clientId: doc.clientId ?? '', channel: doc.channel ?? 'CHANNEL_UNSPECIFIED' };
}

const erased = (subjectId: string) => new PreconditionError('SUBJECT_ERASED', `subject ${subjectId} has been erased`, { type: 'subject', id: subjectId });

type ConsentEventType = (typeof TOPICS.consentEvents.eventTypes)[number];

function event<T extends ConsentEventType>(doc: ConsentDoc, type: T, payload: EventInput<T>): OutboxEntry {
  return outboxEntry<ConsentEventType>(TOPICS.consentEvents, { type, tenantId: doc.tenantId, subjectId: doc.subjectId, payload } as PublishEvent<ConsentEventType>);
}

/**
 * Consent requests and consents of every tenant. Every state change is one conditional
 * single-document write carrying its event, so of two concurrent answers (link and manual, or two
 * tabs) exactly one wins. CheckConsent answers from Redis (no personal data in it, see CheckCache)
 * and every change of a subject evicts that subject's entries.
 */
export class ConsentStore {
  readonly model: Model<ConsentDoc>;
  readonly repository: TenantRepository<ConsentDoc>;
  readonly links: LinkTokens;
  readonly cache: CheckCache;

  constructor(
    private readonly runtime: ServiceRuntime,
    private readonly settings: SettingsStore,
    readonly texts: TextStore,
  ) {
    this.model = consentModel(runtime.mongo);
    this.repository = new TenantRepository(this.model, { resourceType: 'consent', defaultPageSize: 20, maxPageSize: 100 });
    this.links = new LinkTokens(runtime.mongo, 'consent_links');
    this.cache = new CheckCache(new TenantCache(runtime.redis, 'consent'));
  }

  async init(): Promise<void> {
    await Promise.all([this.model.init(), this.links.init()]);
  }

  // ---- requests ----

  async request(tenantId: string, actorId: string, input: NewRequest, now: Date): Promise<{ doc: ConsentDoc; token: string }> {
    if (await this.runtime.tombstones.isErased(tenantId, input.subjectId)) throw erased(input.subjectId);
    const [settings, text] = await Promise.all([this.settings.get(tenantId), this.texts.latest(tenantId, input.scope.kind, input.language)]);
    const link = await this.links.issue({ tenantId, subjectId: input.subjectId, purpose: LINK_PURPOSE, scope: input.scope.key, ttlMs: settings.linkValidityDays * DAY_MS, now });
    const doc: ConsentDoc = {
      _id: newId('req'),
      tenantId,
      subjectId: input.subjectId,
      kind: input.scope.kind,
      scope: input.scope.key,
      language: input.language,
      textId: text.id,
      state: 'requested',
      requestedAt: now,
      requestedBy: actorId,
      linkId: link.id,
      linkExpiresAt: link.expiresAt,
    };
    if (input.scope.clientId) doc.clientId = input.scope.clientId;
    if (input.scope.channel) doc.channel = input.scope.channel;
    if (input.periodMonths) doc.periodMonths = input.periodMonths;
    if (input.clientName) doc.clientName = await this.runtime.cipher.encrypt(tenantId, input.subjectId, 'clientName', input.clientName);
    const created = event(doc, 'lethe.consent.v1.ConsentRequestCreated', {
      requestId: doc._id,
      ...scopeOf(doc),
      expiresAt: toTimestamp(link.expiresAt),
      requestedBy: actorId,
    });
    await this.repository.insert(tenantId, withOutboxDoc(doc, [created]));
    // An erasure that ran since the check above recorded its tombstone before deleting, so either its
    // deletes saw these writes or this check sees the tombstone: then they go as the erasure would have.
    if (await this.runtime.tombstones.isErased(tenantId, input.subjectId)) {
      await this.erase(tenantId, input.subjectId);
      throw erased(input.subjectId);
    }
    // Only older ones: of two requests made at once, the newer stays open.
    await this.closeOpen(doc, 'superseded', now, doc._id);
    return { doc, token: link.token };
  }

  async clientNameOf(doc: ConsentDoc): Promise<string | undefined> {
    if (!doc.clientName) return undefined;
    return this.runtime.cipher.decrypt(doc.tenantId, doc.subjectId, 'clientName', doc.clientName);
  }

  /** The statement of a text for this request: its placeholders filled from the request. */
  async statement(doc: ConsentDoc, textId: string): Promise<Statement | undefined> {
    const text = await this.texts.byId(doc.tenantId, doc.kind, textId);
    return text && statementOf(text, { clientName: await this.clientNameOf(doc), periodMonths: doc.periodMonths, channel: doc.channel });
  }

  // ---- the link ----

  /** What a link opens, without using it up (GET). */
  async open(token: unknown, now: Date): Promise<LinkOutcome> {
    const check = await this.links.inspect(token, LINK_PURPOSE, now);
    if (!check.ok) return check;
    const doc = await this.repository.findOne(check.link.tenantId, { linkId: check.link.id, subjectId: check.link.subjectId, scope: check.link.scope });
    if (!doc) return { ok: false, reason: 'invalid' };
    if (doc.state !== 'requested') return { ok: false, reason: 'used' };
    // Its link was ended with it; this catches a close whose link update did not happen.
    if (doc.closedAt) return { ok: false, reason: 'expired' };
    return { ok: true, doc };
  }

  /** The candidate's answer on the page (POST): uses the link up, then records the grant or decline. */
  async answer(token: unknown, decision: 'grant' | 'decline', textId: string, now: Date): Promise<LinkOutcome> {
    const opened = await this.open(token, now);
    if (!opened.ok) return opened;
    // The statement is resolved before the token is used up, so a bad text id costs the candidate nothing.
    const statement = decision === 'grant' ? await this.statement(opened.doc, textId) : undefined;
    if (decision === 'grant' && !statement) return { ok: false, reason: 'invalid' };
    const { tenantId, subjectId, scope } = opened.doc;
    const used = await this.links.consume(token, LINK_PURPOSE, now, { tenantId, subjectId, scope });
    if (!used.ok) return used;
    const proof: Proof = statement
      ? { method: 'GRANT_METHOD_LINK', actorId: subjectId, at: now, textId: statement.text.id, textVersion: statement.text.version, textLanguage: statement.text.language, textSha256: statement.sha256 }
      : { method: 'none', actorId: subjectId, at: now, textId: '', textVersion: 0, textLanguage: opened.doc.language, textSha256: '' };
    const doc = decision === 'grant' ? await this.grant(opened.doc, proof, now) : await this.declineDoc(opened.doc, proof, now);
    return doc ? { ok: true, doc } : { ok: false, reason: 'used' };
  }

  // ---- recruiter actions ----

  /**
   * Seed 000: only for the request the candidate was asked, i.e. the newest of its kind and client
   * (channel), while it is unanswered, not closed by a newer request or the candidate's no, and its
   * link still valid.
   */
  async grantManually(tenantId: string, actorId: string, subjectId: string, scope: ConsentScope, now: Date): Promise<ConsentDoc> {
    const open = await this.repository.findOne(tenantId, { subjectId, kind: scope.kind, scope: scope.key, ...OPEN, linkExpiresAt: { $gt: now } }, { sort: { _id: -1 } });
    if (!open) {
      throw new PreconditionError(
        'NO_CONSENT_REQUEST',
        'consent can be set manually only after a consent request for this kind and client was sent, while it is unanswered and its link is valid',
      );
    }
    const statement = await this.statement(open, open.textId);
    if (!statement) throw new PreconditionError('CONSENT_TEXT_MISSING', `the text of request ${open._id} no longer exists`);
    const proof: Proof = { method: 'GRANT_METHOD_MANUAL', actorId, at: now, textId: statement.text.id, textVersion: statement.text.version, textLanguage: statement.text.language, textSha256: statement.sha256 };
    const granted = await this.grant(open, proof, now);
    if (!granted) throw new PreconditionError('CONSENT_REQUEST_ANSWERED', `request ${open._id} was answered meanwhile`, { type: 'consent request', id: open._id });
    await this.links.revoke(tenantId, subjectId, LINK_PURPOSE, now, { id: open.linkId });
    return granted;
  }

  /** The recruiter records a refusal of an unanswered request. */
  async decline(tenantId: string, actorId: string, requestId: string, now: Date): Promise<ConsentDoc> {
    const doc = await this.repository.getById(tenantId, requestId);
    if (doc.closedAt) throw new PreconditionError('CONSENT_REQUEST_CLOSED', `request ${requestId} was closed (${doc.closedBecause})`, { type: 'consent request', id: requestId });
    const proof: Proof = { method: 'GRANT_METHOD_MANUAL', actorId, at: now, textId: '', textVersion: 0, textLanguage: doc.language, textSha256: '' };
    const declined = doc.state === 'requested' ? await this.declineDoc(doc, proof, now) : undefined;
    if (!declined) throw new PreconditionError('CONSENT_REQUEST_ANSWERED', `request ${requestId} is already answered`, { type: 'consent request', id: requestId });
    await this.links.revoke(tenantId, doc.subjectId, LINK_PURPOSE, now, { id: doc.linkId });
    return declined;
  }

  async withdraw(tenantId: string, actorId: string, subjectId: string, scope: ConsentScope, now: Date): Promise<ConsentDoc[]> {
    const granted = await this.repository.find(tenantId, { subjectId, kind: scope.kind, scope: scope.key, state: 'granted' }, { limit: 50 });
    if (granted.length === 0) throw new NotFoundError('consent', `${subjectId}/${scope.key}`);
    // First, so a manual grant racing the withdrawal finds no request left to grant.
    await this.closeOpen({ tenantId, subjectId, kind: scope.kind, scope: scope.key }, 'withdrawn', now);
    const withdrawn: ConsentDoc[] = [];
    for (const doc of granted) {
      const entry = event(doc, 'lethe.consent.v1.ConsentWithdrawn', { consentId: doc.consentId!, ...scopeOf(doc), withdrawnAt: toTimestamp(now) });
      const done = await this.transition(doc, 'granted', { $set: { state: 'withdrawn', withdrawnAt: now, withdrawnBy: actorId } }, entry);
      if (done) withdrawn.push(done);
    }
    if (withdrawn.length === 0) throw new NotFoundError('consent', `${subjectId}/${scope.key}`);
    return withdrawn;
  }

  // ---- reads ----

  async check(tenantId: string, subjectId: string, scope: ConsentScope, now: Date): Promise<CheckResult> {
    const cached = await this.cache.get(tenantId, subjectId, scope.key).catch(() => null);
    if (cached) {
      const hit = JSON.parse(cached) as { granted: boolean; consentId?: string; validUntil?: string; consentRequired: boolean };
      const validUntil = hit.validUntil ? new Date(hit.validUntil) : undefined;
      // A cached grant past its period is not trusted (the sweep may not have run yet).
      if (!validUntil || validUntil > now) return { ...hit, validUntil };
    }
    // Before the reads below: a change after them deletes the stamp, and the answer is then not cached.
    const stamp = await this.cache.stamp(tenantId, subjectId).catch(() => undefined);
    const settings = await this.settings.get(tenantId);
    const consentRequired = scope.kind !== 'CONSENT_KIND_CLEAR_DATA_SHARING' || settings.dataSharingPolicy === 'DATA_SHARING_POLICY_CONSENT_REQUIRED';
    const doc = await this.repository.findOne(
      tenantId,
      { subjectId, kind: scope.kind, scope: scope.key, state: 'granted', $or: [{ validUntil: { $exists: false } }, { validUntil: null }, { validUntil: { $gt: now } }] },
      { sort: { validFrom: -1 } },
    );
    const result: CheckResult = doc ? { granted: true, consentId: doc.consentId, validUntil: doc.validUntil, consentRequired } : { granted: false, consentRequired };
    const ttl = doc?.validUntil ? Math.min(CHECK_TTL_SECONDS, Math.ceil((doc.validUntil.getTime() - now.getTime()) / 1000)) : CHECK_TTL_SECONDS;
    if (stamp && ttl > 0) await this.cache.setIfUnchanged(tenantId, subjectId, scope.key, stamp, JSON.stringify(result), ttl).catch(() => undefined);
    return result;
  }

  async list(tenantId: string, subjectId: string, pageSize: number, pageToken: string): Promise<Page<ConsentDoc>> {
    // Request ids are time-ordered (newId): descending _id is newest first, and page tokens stay put.
    return this.repository.list(tenantId, { filter: { subjectId }, order: 'desc', pageSize, pageToken, projection: { outbox: 0 } });
  }

  async byConsentId(tenantId: string, consentId: string): Promise<ConsentDoc> {
    const doc = await this.repository.findOne(tenantId, { consentId }, { projection: { outbox: 0 } });
    if (!doc) throw new NotFoundError('consent', consentId);
    return doc;
  }

  // ---- the sweep and erasure ----

  /** Ends the consents whose period is over (across tenants) and deletes long-dead links. */
  async sweep(now: Date): Promise<{ expired: number; linksDeleted: number }> {
    let expired = 0;
    for (;;) {
      const due = await this.model
        .find({ state: 'granted', validUntil: { $lte: now } }, { outbox: 0 })
        .setOptions({ [ALL_TENANTS]: true })
        .limit(SWEEP_BATCH)
        .lean<ConsentDoc[]>()
        .exec();
      for (const doc of due) {
        const entry = event(doc, 'lethe.consent.v1.ConsentExpired', { consentId: doc.consentId!, ...scopeOf(doc), expiredAt: toTimestamp(doc.validUntil!) });
        if (await this.transition(doc, 'granted', { $set: { state: 'expired', expiredAt: doc.validUntil } }, entry)) expired++;
      }
      if (due.length < SWEEP_BATCH) break;
    }
    const linksDeleted = await this.links.deleteExpired(new Date(now.getTime() - KEEP_OLD_LINKS_MS));
    return { expired, linksDeleted };
  }

  /** Everything about the person: requests, consents with their receipts, links, cache, their key. */
  async erase(tenantId: string, subjectId: string): Promise<Record<string, number>> {
    const consents = await this.repository.deleteMany(tenantId, { subjectId });
    const links = await this.links.deleteOfSubject(tenantId, subjectId);
    const cacheEntries = await this.cache.evictSubject(tenantId, subjectId);
    const keys = await this.runtime.cipher.shred(tenantId, subjectId);
    return { consents, links, cacheEntries, keys };
  }

  // ---- transitions ----

  private async grant(doc: ConsentDoc, proof: Proof, now: Date): Promise<ConsentDoc | undefined> {
    const consentId = newId('con');
    const validUntil = doc.periodMonths ? addMonths(now, doc.periodMonths) : undefined;
    const set: Partial<ConsentDoc> = { state: 'granted', consentId, proof, validFrom: now };
    if (validUntil) set.validUntil = validUntil;
    const entry = event(doc, 'lethe.consent.v1.ConsentGranted', {
      consentId,
      ...scopeOf(doc),
      validFrom: toTimestamp(now),
      validUntil: validUntil ? toTimestamp(validUntil) : null,
      method: proof.method === 'none' ? 'GRANT_METHOD_UNSPECIFIED' : proof.method,
      requestId: doc._id,
    });
    return this.transition(doc, 'requested', { $set: set }, entry);
  }

  private async declineDoc(doc: ConsentDoc, proof: Proof, now: Date): Promise<ConsentDoc | undefined> {
    const entry = event(doc, 'lethe.consent.v1.ConsentDeclined', { requestId: doc._id, ...scopeOf(doc), declinedAt: toTimestamp(now) });
    const declined = await this.transition(doc, 'requested', { $set: { state: 'declined', proof } }, entry);
    // After a no, no other open request of the scope may be granted; asking again takes a new request.
    if (declined) await this.closeOpen(doc, 'declined', now);
    return declined;
  }

  /**
   * Closes the open requests of a scope (those made before `before`, when given) whose links are
   * still valid: the links expire now, and neither they nor a manual grant can grant any more.
   */
  private async closeOpen(of: Pick<ConsentDoc, 'tenantId' | 'subjectId' | 'kind' | 'scope'>, because: ClosedBecause, now: Date, before?: string): Promise<void> {
    const { tenantId, subjectId } = of;
    const filter: FilterQuery<ConsentDoc> = { subjectId, kind: of.kind, scope: of.scope, ...OPEN, linkExpiresAt: { $gt: now } };
    if (before) filter._id = { $lt: before };
    for (;;) {
      const open = await this.repository.find(tenantId, filter, { projection: { _id: 1, linkId: 1 }, limit: CLOSE_BATCH });
      if (open.length === 0) return;
      await this.repository.updateMany(tenantId, { _id: { $in: open.map((doc) => doc._id) }, ...OPEN }, { $set: { closedAt: now, closedBecause: because, linkExpiresAt: now } });
      // Expired, not revoked: the page then says the link ended, not that it was used.
      await this.links.expire(tenantId, subjectId, LINK_PURPOSE, open.map((doc) => doc.linkId), now);
      if (open.length < CLOSE_BATCH) return;
    }
  }

  /** One conditional write from `from`, with its event; undefined when another change came first. */
  private async transition(doc: ConsentDoc, from: ConsentDoc['state'], update: UpdateQuery<ConsentDoc>, entry: OutboxEntry): Promise<ConsentDoc | undefined> {
    // A closed request is still `requested` but may no longer be answered.
    const filter: FilterQuery<ConsentDoc> = from === 'requested' ? { _id: doc._id, ...OPEN } : { _id: doc._id, state: from };
    const updated = await this.repository.findOneAndUpdate(doc.tenantId, filter, withOutbox(update as { $set: object }, [entry]));
    await this.cache.evictSubject(doc.tenantId, doc.subjectId).catch(() => undefined);
    if (!updated) return undefined;
    const { outbox: _outbox, outboxPending: _pending, ...rest } = updated;
    return rest;
  }
}
