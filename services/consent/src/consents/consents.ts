import type { SubjectCipher } from '@lethe/platform/crypto';
import type { SubjectFence } from '@lethe/platform/erasure';
import { NotFoundError, PreconditionError, ValidationError } from '@lethe/platform/errors';
import { newId } from '@lethe/platform/ids';
import type { IssuedLink, LinkBinding, LinkRefusal, LinkTokens } from '@lethe/platform/links';
import { inBatches, type Page } from '@lethe/platform/mongo';
import type { RestrictionStore } from '../restrictions/store';
import { consentRequired, linkTtlMs } from '../settings/settings';
import type { SettingsStore } from '../settings/store';
import type { TextStore } from '../texts/store';
import { statementOf, type Language, type Statement } from '../texts/texts';
import { checkResultOf, checkTtlSeconds, decodeCheck, encodeCheck, type CheckResult } from './check';
import { CHECK_TTL_SECONDS, type CheckCache } from './check-cache';
import type { ClosedBecause, ConsentDoc, Proof } from './model';
import { closedRefusalOf, grantProof, linkRefusalOf, refusalProof } from './rules';
import { scopeKey, type ConsentScope } from './scope';
import type { ConsentStore } from './store';
import {
  declineTransition,
  expiryTransition,
  grantTransition,
  newRequest,
  outboxEntryOf,
  requestClosed,
  requestCreated,
  withdrawTransition,
  type NewRequest,
  type Transition,
} from './transitions';

/** The purpose link tokens of consent requests are bound to. */
export const LINK_PURPOSE = 'consent';
const DAY_MS = 24 * 60 * 60 * 1000;
/** Used and expired links are kept this long (for the "already used" and "expired" pages), then deleted. */
const KEEP_OLD_LINKS_MS = 90 * DAY_MS;
const SWEEP_BATCH = 100;
/** Granted consents of one scope a withdrawal ends at most. */
const WITHDRAW_LIMIT = 50;

/** A storage consent given on a form: whose, for how long, to which statement (text and hash shown), on which form. */
export interface FormGrant {
  subjectId: string;
  periodMonths: number;
  textId: string;
  textSha256: string;
  form: string;
}

const STORAGE_SCOPE: ConsentScope = { kind: 'CONSENT_KIND_STORAGE', key: scopeKey('CONSENT_KIND_STORAGE') };

export type LinkOutcome = { ok: true; doc: ConsentDoc; link: LinkBinding } | { ok: false; reason: LinkRefusal };

export interface ConsentsDeps {
  store: ConsentStore;
  links: LinkTokens;
  cache: CheckCache;
  settings: SettingsStore;
  texts: TextStore;
  cipher: SubjectCipher;
  fence: SubjectFence;
  restrictions: RestrictionStore;
}

/**
 * What recruiters, messaging (issuing the links), candidates (through their link) and the sweep
 * do with consent requests.
 *
 * Every write about a person runs inside the write fence: it never interleaves with that person's
 * erasure, and a person already erased is refused (NOT_FOUND, SUBJECT_ERASED) before anything is
 * written. Every state change is one conditional single-document write carrying its event, so of
 * two answers (link and manual, or two tabs) exactly one wins. CheckConsent answers from Redis
 * (no personal data in it, see CheckCache), and every change of a person evicts their answers.
 */
export class Consents {
  constructor(private readonly deps: ConsentsDeps) {}

  // ---- requests ----

  /**
   * A recruiter's request, made without a link: the link acts for the candidate, so it goes only
   * into the message to them (`issueLink`, called by messaging), never back to the recruiter.
   * Refused while retention holds the person marked for deletion or their erasure request open.
   */
  async request(tenantId: string, actorId: string, input: NewRequest, now: Date): Promise<ConsentDoc> {
    const { store, texts, cipher, fence, restrictions } = this.deps;
    return fence.write({ tenantId, subjectId: input.subjectId }, async () => {
      await restrictions.refuseNewRequest(tenantId, input.subjectId);
      const text = await texts.latest(tenantId, input.scope.kind, input.language);
      const doc = newRequest(newId(), tenantId, actorId, input, text.id, now);
      if (input.clientName) doc.clientName = await cipher.encrypt(tenantId, input.subjectId, 'clientName', input.clientName);
      await store.insert(doc, [outboxEntryOf(doc, requestCreated(doc))]);
      // A newer request replaces the older open ones of its scope; the one just made stays open.
      await this.closeOpen(doc, 'superseded', now, doc._id);
      return doc;
    });
  }

  /**
   * A fresh link for an open request, valid for the tenant's link validity: the request points at
   * it from now on, so the link issued before stops working. The request counts as sent from then.
   */
  async issueLink(tenantId: string, requestId: string, now: Date): Promise<IssuedLink> {
    const { store, links, settings, fence } = this.deps;
    const { subjectId } = await store.get(tenantId, requestId);
    return fence.write({ tenantId, subjectId }, async () => {
      const doc = await store.get(tenantId, requestId);
      this.requireOpen(doc);
      const link = await links.issue({ tenantId, subjectId, purpose: LINK_PURPOSE, scope: doc.scope, ttlMs: linkTtlMs(await settings.get(tenantId)), now });
      // Answered meanwhile (by a writer that lost its lease): the new link points nowhere and opens nothing.
      if (!(await store.pointAt(doc, link))) throw new PreconditionError('CONSENT_REQUEST_ANSWERED', `request ${requestId} is no longer open`, { type: 'consent request', id: requestId });
      if (doc.linkId) await links.expire(tenantId, subjectId, LINK_PURPOSE, [doc.linkId], now);
      return link;
    });
  }

  async clientNameOf(doc: ConsentDoc): Promise<string | undefined> {
    if (!doc.clientName) return undefined;
    return this.deps.cipher.decrypt(doc.tenantId, doc.subjectId, 'clientName', doc.clientName);
  }

  /** The statement of a text for this request: its placeholders filled from the request. */
  async statement(doc: ConsentDoc, textId: string): Promise<Statement | undefined> {
    const text = await this.deps.texts.byId(doc.tenantId, doc.kind, textId);
    return text && statementOf(text, { clientName: await this.clientNameOf(doc), periodMonths: doc.periodMonths, channel: doc.channel });
  }

  /** What the page shows for the request: the client company and the tenant's current text in the page's language. */
  async pageOf(doc: ConsentDoc, language: Language): Promise<{ clientName?: string; statement: Statement }> {
    const [text, clientName] = await Promise.all([this.deps.texts.latest(doc.tenantId, doc.kind, language), this.clientNameOf(doc)]);
    return { clientName, statement: statementOf(text, { clientName, periodMonths: doc.periodMonths, channel: doc.channel }) };
  }

  // ---- consent given on a service's own form ----

  /** The tenant's current storage statement for a period, as a form shows it. */
  async storageStatement(tenantId: string, language: Language, periodMonths: number): Promise<Statement> {
    return statementOf(await this.deps.texts.latest(tenantId, 'CONSENT_KIND_STORAGE', language), { periodMonths });
  }

  /**
   * A storage consent the person gave on a form a service showed them: granted at once, proving the
   * statement shown (the text by id, its hash compared with the one the form showed), the form and
   * the person. No request precedes it, so nothing is sent to the person; only the grant is announced.
   */
  async recordFormGrant(tenantId: string, actorId: string, input: FormGrant, now: Date): Promise<ConsentDoc> {
    const { store, texts, cache, fence } = this.deps;
    return fence.write({ tenantId, subjectId: input.subjectId }, async () => {
      const text = await texts.byId(tenantId, 'CONSENT_KIND_STORAGE', input.textId);
      const statement = text && statementOf(text, { periodMonths: input.periodMonths });
      if (!statement || statement.sha256 !== input.textSha256) {
        throw new ValidationError([{ field: 'textSha256', code: 'not_shown', description: 'is not the hash of a storage statement of this tenant for this period (GetConsentStatement)' }]);
      }
      const request = newRequest(newId(), tenantId, actorId, { subjectId: input.subjectId, scope: STORAGE_SCOPE, periodMonths: input.periodMonths, language: text.language }, text.id, now);
      const grant = grantTransition(request, grantProof('GRANT_METHOD_FORM', input.subjectId, now, statement, input.form), now, newId());
      const doc: ConsentDoc = { ...request, ...grant.set };
      await store.insert(doc, [outboxEntryOf(doc, grant.event)]);
      await cache.evictSubject(tenantId, input.subjectId).catch(() => undefined);
      return doc;
    });
  }

  // ---- the link, used by the candidate ----

  /** What a link opens, without using it up (GET). */
  async open(token: unknown, now: Date): Promise<LinkOutcome> {
    const check = await this.deps.links.inspect(token, LINK_PURPOSE, now);
    if (!check.ok) return check;
    return this.requestOf(check.link);
  }

  /** The candidate's answer on the page (POST): uses the link up, then records the grant or the refusal. */
  async answer(token: unknown, decision: 'grant' | 'decline', textId: string, now: Date): Promise<LinkOutcome> {
    const { links, fence } = this.deps;
    const check = await links.inspect(token, LINK_PURPOSE, now);
    if (!check.ok) return check;
    const { tenantId, subjectId } = check.link;
    try {
      return await fence.write({ tenantId, subjectId }, async (): Promise<LinkOutcome> => {
        const opened = await this.requestOf(check.link);
        if (!opened.ok) return opened;
        // The statement is resolved before the link is used up, so a bad text id costs the candidate nothing.
        const statement = decision === 'grant' ? await this.statement(opened.doc, textId) : undefined;
        if (decision === 'grant' && !statement) return { ok: false, reason: 'invalid' };
        const used = await links.consume(token, LINK_PURPOSE, now, { tenantId, subjectId, scope: opened.doc.scope });
        if (!used.ok) return used;
        const doc = statement
          ? await this.recordGrant(opened.doc, grantProof('GRANT_METHOD_LINK', subjectId, now, statement), now)
          : await this.recordDecline(opened.doc, refusalProof('none', subjectId, now, opened.doc.language), now);
        return doc ? { ok: true, doc, link: used.link } : { ok: false, reason: 'used' };
      });
    } catch (err) {
      // Erased after the link was looked up: the link went with the person.
      if (err instanceof NotFoundError && err.reason === 'SUBJECT_ERASED') return { ok: false, reason: 'invalid' };
      throw err;
    }
  }

  private async requestOf(link: LinkBinding): Promise<LinkOutcome> {
    const doc = await this.deps.store.ofLink(link);
    if (!doc) return { ok: false, reason: 'invalid' };
    const refusal = linkRefusalOf(doc);
    return refusal ? { ok: false, reason: refusal } : { ok: true, doc, link };
  }

  // ---- recruiter actions ----

  /**
   * A recruiter may set consent only after a request was sent (its link issued for the message to
   * the candidate): for the newest request of its kind and client (or channel), while it is
   * unanswered, not closed by a newer request or the candidate's no, and its link still valid.
   */
  async grantManually(tenantId: string, actorId: string, subjectId: string, scope: ConsentScope, now: Date): Promise<ConsentDoc> {
    const { store, fence } = this.deps;
    return fence.write({ tenantId, subjectId }, async () => {
      const open = await store.newestOpen(tenantId, subjectId, scope, now);
      if (!open) {
        throw new PreconditionError(
          'NO_CONSENT_REQUEST',
          'consent can be set manually only after a consent request for this kind and client was sent, while it is unanswered and its link is valid',
        );
      }
      const statement = await this.statement(open, open.textId);
      if (!statement) throw new PreconditionError('CONSENT_TEXT_MISSING', `the text of request ${open._id} no longer exists`);
      const granted = await this.recordGrant(open, grantProof('GRANT_METHOD_MANUAL', actorId, now, statement), now);
      if (!granted) throw new PreconditionError('CONSENT_REQUEST_ANSWERED', `request ${open._id} was answered meanwhile`, { type: 'consent request', id: open._id });
      await this.useUp(open, now);
      return granted;
    });
  }

  /** The recruiter records the candidate's refusal of an unanswered request. */
  async decline(tenantId: string, actorId: string, requestId: string, now: Date): Promise<ConsentDoc> {
    const { store, fence } = this.deps;
    const { subjectId } = await store.get(tenantId, requestId);
    return fence.write({ tenantId, subjectId }, async () => {
      const doc = await store.get(tenantId, requestId);
      this.requireOpen(doc);
      const declined = await this.recordDecline(doc, refusalProof('GRANT_METHOD_MANUAL', actorId, now, doc.language), now);
      if (!declined) throw new PreconditionError('CONSENT_REQUEST_ANSWERED', `request ${requestId} is already answered`, { type: 'consent request', id: requestId });
      await this.useUp(doc, now);
      return declined;
    });
  }

  /** Ends every granted consent of the scope; NOT_FOUND when there is none. */
  async withdraw(tenantId: string, actorId: string, subjectId: string, scope: ConsentScope, now: Date): Promise<ConsentDoc[]> {
    const { store, fence } = this.deps;
    return fence.write({ tenantId, subjectId }, async () => {
      const granted = await store.granted(tenantId, subjectId, scope, WITHDRAW_LIMIT);
      if (granted.length === 0) throw new NotFoundError('consent', `${subjectId}/${scope.key}`);
      // The scope's open requests end too: after a withdrawal, asking again takes a new request.
      await this.closeOpen({ tenantId, subjectId, kind: scope.kind, scope: scope.key }, 'withdrawn', now);
      const withdrawn: ConsentDoc[] = [];
      for (const doc of granted) {
        const done = await this.apply(doc, withdrawTransition(doc, actorId, now));
        if (done) withdrawn.push(done);
      }
      if (withdrawn.length === 0) throw new NotFoundError('consent', `${subjectId}/${scope.key}`);
      return withdrawn;
    });
  }

  // ---- reads ----

  async check(tenantId: string, subjectId: string, scope: ConsentScope, now: Date): Promise<CheckResult> {
    const { store, cache, settings } = this.deps;
    const cached = await cache.get(tenantId, subjectId, scope.key).catch(() => null);
    const hit = cached ? decodeCheck(cached, now) : undefined;
    if (hit) return hit;
    // Before the reads below: a change after them deletes the stamp, and the answer is then not cached.
    const stamp = await cache.stamp(tenantId, subjectId).catch(() => undefined);
    const tenantSettings = await settings.get(tenantId);
    const grant = await store.inForce(tenantId, subjectId, scope, now);
    const result = checkResultOf(grant, consentRequired(tenantSettings, scope.kind));
    const ttl = checkTtlSeconds(result, now, CHECK_TTL_SECONDS);
    if (stamp && ttl > 0) await cache.setIfUnchanged(tenantId, subjectId, scope.key, stamp, encodeCheck(result), ttl).catch(() => undefined);
    return result;
  }

  list(tenantId: string, subjectId: string, pageSize: number, pageToken: string): Promise<Page<ConsentDoc>> {
    return this.deps.store.list(tenantId, subjectId, pageSize, pageToken);
  }

  byConsentId(tenantId: string, consentId: string): Promise<ConsentDoc> {
    return this.deps.store.byConsentId(tenantId, consentId);
  }

  // ---- the sweep ----

  /** Ends the consents whose period is over (across tenants) and deletes long-dead links. */
  async sweep(now: Date): Promise<{ expired: number; linksDeleted: number }> {
    const { store, links, fence } = this.deps;
    let expired = 0;
    for (;;) {
      const due = await store.endedPeriods(now, SWEEP_BATCH);
      let ended = 0;
      for (const doc of due) {
        // A person erased meanwhile is skipped: their consents went with them.
        const done = await fence.writeUnlessErased({ tenantId: doc.tenantId, subjectId: doc.subjectId }, () => this.apply(doc, expiryTransition(doc)));
        if (done) ended++;
      }
      expired += ended;
      if (due.length < SWEEP_BATCH || ended === 0) break;
    }
    const linksDeleted = await links.deleteExpired(new Date(now.getTime() - KEEP_OLD_LINKS_MS));
    return { expired, linksDeleted };
  }

  // ---- transitions ----

  private recordGrant(doc: ConsentDoc, proof: Proof, now: Date): Promise<ConsentDoc | undefined> {
    return this.apply(doc, grantTransition(doc, proof, now, newId()));
  }

  private async recordDecline(doc: ConsentDoc, proof: Proof, now: Date): Promise<ConsentDoc | undefined> {
    const declined = await this.apply(doc, declineTransition(doc, proof, now));
    // After a no, no other open request of the scope may be granted; asking again takes a new request.
    if (declined) await this.closeOpen(doc, 'declined', now);
    return declined;
  }

  /** Refuses a request that is no longer open: answered, or closed by a newer request, a decline or a withdrawal. */
  private requireOpen(doc: ConsentDoc): void {
    const refusal = closedRefusalOf(doc);
    const resource = { type: 'consent request', id: doc._id };
    if (refusal === 'CONSENT_REQUEST_CLOSED') throw new PreconditionError(refusal, `request ${doc._id} was closed (${doc.closedBecause})`, resource);
    if (refusal) throw new PreconditionError(refusal, `request ${doc._id} is already answered`, resource);
  }

  /** Marks the link of a request answered by a recruiter as used; a request never sent has none. */
  private async useUp(doc: ConsentDoc, now: Date): Promise<void> {
    if (doc.linkId) await this.deps.links.revoke(doc.tenantId, doc.subjectId, LINK_PURPOSE, now, { id: doc.linkId });
  }

  /**
   * Closes the open requests of a scope (those made before `before`, when given), sent or not:
   * their links expire now, and neither they, a new link nor a manual grant can grant any more.
   */
  private async closeOpen(of: Pick<ConsentDoc, 'tenantId' | 'subjectId' | 'kind' | 'scope'>, because: ClosedBecause, now: Date, before?: string): Promise<void> {
    const { store, links } = this.deps;
    const open = await store.openRequests(of, before);
    if (open.length === 0) return;
    const closed: ConsentDoc[] = [];
    for (const request of open) {
      if (await store.close(request, because, now, outboxEntryOf(request, requestClosed(request, because, now)))) closed.push(request);
    }
    // Expired, not revoked: the page then says the link ended, not that it was used.
    const linkIds = closed.flatMap((request) => (request.linkId ? [request.linkId] : []));
    for (const batch of inBatches(linkIds)) await links.expire(of.tenantId, of.subjectId, LINK_PURPOSE, batch, now);
  }

  /** One transition with its event; the person's cached answers go with every attempt. */
  private async apply(doc: ConsentDoc, transition: Transition): Promise<ConsentDoc | undefined> {
    const { store, cache } = this.deps;
    const updated = await store.transition(doc, transition.from, transition.set, outboxEntryOf(doc, transition.event));
    await cache.evictSubject(doc.tenantId, doc.subjectId).catch(() => undefined);
    return updated;
  }
}
