import type { SubjectFence } from '@lethe/platform/erasure';
import { LetheError, NotFoundError, PreconditionError } from '@lethe/platform/errors';
import { newId } from '@lethe/platform/ids';
import type { IssuedLink, LinkRefusal, LinkTokens } from '@lethe/platform/links';
import type { TenantSettings } from '@lethe/platform/mongo';
import type { TalentSettingsValues } from '../settings/settings';
import type { SubjectStates } from '../subjects/store';
import type { Talent, TalentProfile } from '../talents/talent';
import type { Talents } from '../talents/talents';
import { withAnswers, type Questions } from '../forms/answers';
import { ANSWER_ACTIVITY, FOLLOW_UP_QUESTIONS, LINK_PURPOSE, linkRequested, type FollowUpPurposeName } from './follow-up';
import type { FollowUpDoc, FollowUpStore } from './store';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Ended links are kept this long (for the "already used" and "expired" pages), then deleted. */
const KEEP_OLD_LINKS_MS = 90 * DAY_MS;

/** What a link opens: the request, whom it greets (the first name, nothing else of the profile), what it asks. */
export interface OpenedRequest {
  request: FollowUpDoc;
  firstName: string;
  questions: Questions;
}

export type Opened = { ok: true; opened: OpenedRequest } | { ok: false; reason: LinkRefusal };

/** A second step to ask: the form's detail fields (as profile fields) and its interest choices. */
export interface DetailsToAsk {
  formId: string;
  formVersion: number;
  asked: FollowUpDoc['asked'];
  interestOptions: string[];
}

export interface FollowUpsDeps {
  store: FollowUpStore;
  links: LinkTokens;
  talents: Talents;
  subjects: SubjectStates;
  settings: TenantSettings<TalentSettingsValues>;
  fence: SubjectFence;
  now: () => Date;
}

/**
 * Questions to a talent answered through a link: a recruiter's follow-up (career, salary,
 * availability) and a two-step form's second step. A request is written with the event that has
 * messaging send it; messaging then obtains the link with its service token (`issueLink`), so the
 * link is in that message and nowhere else. The link is single-use, expires after the tenant's
 * `followUpLinkDays`, is bound to its purpose, the talent and the request, and a new one ends the
 * one before. The answers go into the talent's profile as one activity.
 */
export class FollowUps {
  constructor(private readonly deps: FollowUpsDeps) {}

  /** A recruiter asks the talent for updates; FAILED_PRECONDITION while the person is marked or asked to be forgotten. */
  request(tenantId: string, actorId: string, talentId: string): Promise<FollowUpDoc> {
    const { talents, subjects } = this.deps;
    return talents.writeExisting(tenantId, talentId, async (talent) => {
      await subjects.refuseIfRestricted(tenantId, talentId);
      if (!talent.profile.email) throw new PreconditionError('NO_ADDRESS', `talent ${talentId} has no email address to ask`, { type: 'talent', id: talentId });
      const doc = await this.insert(tenantId, actorId, talent, 'follow-up', { asked: [...FOLLOW_UP_QUESTIONS], interestOptions: [] });
      await talents.recordActivity(tenantId, talentId, 'follow-up-requested', actorId);
      return doc;
    });
  }

  /** The second step of a two-step form, asked of the talent the form's first step just made. */
  requestDetails(tenantId: string, actorId: string, talent: Talent, details: DetailsToAsk): Promise<FollowUpDoc> {
    return this.deps.fence.write({ tenantId, subjectId: talent.id }, () => this.insert(tenantId, actorId, talent, 'form-details', details), 'talent');
  }

  private async insert(tenantId: string, actorId: string, talent: Talent, purpose: FollowUpPurposeName, asks: Pick<FollowUpDoc, 'asked' | 'interestOptions'> & Partial<DetailsToAsk>): Promise<FollowUpDoc> {
    const now = this.deps.now();
    const doc: FollowUpDoc = {
      _id: newId(now),
      tenantId,
      talentId: talent.id,
      purpose,
      asked: asks.asked,
      interestOptions: asks.interestOptions,
      language: talent.profile.language,
      ...(asks.formId ? { formId: asks.formId, formVersion: asks.formVersion } : {}),
      requestedAt: now,
      requestedBy: actorId,
    };
    await this.deps.store.insert(doc, [linkRequested({ tenantId, id: doc._id, talentId: talent.id, purpose, language: doc.language, requestedBy: actorId, at: now })]);
    return doc;
  }

  /**
   * A fresh link for the message to the talent, which messaging writes now (`messageId`): the
   * request points at it from now on, and the link before stops working. NOT_FOUND for a request
   * of another purpose; FAILED_PRECONDITION once it was answered (LINK_USED) or while the person
   * is marked or asked to be forgotten.
   */
  async issueLink(tenantId: string, purpose: FollowUpPurposeName, requestId: string, messageId: string): Promise<IssuedLink> {
    const { store, links, subjects, settings, fence } = this.deps;
    const { talentId, purpose: stored } = await store.get(tenantId, requestId);
    if (stored !== purpose) throw new NotFoundError('follow-up request', requestId);
    return fence.write(
      { tenantId, subjectId: talentId },
      async () => {
        const doc = await store.get(tenantId, requestId);
        if (doc.answeredAt) throw new PreconditionError('LINK_USED', `request ${requestId} was answered`, { type: 'follow-up request', id: requestId });
        await subjects.refuseIfRestricted(tenantId, talentId);
        const now = this.deps.now();
        const { followUpLinkDays } = await settings.get(tenantId);
        const link = await links.issue({ tenantId, subjectId: talentId, purpose: LINK_PURPOSE[purpose], scope: requestId, ttlMs: followUpLinkDays * DAY_MS, now });
        if (!(await store.pointAt(doc, link, messageId, now))) throw new PreconditionError('LINK_USED', `request ${requestId} was answered`, { type: 'follow-up request', id: requestId });
        if (doc.linkId) await links.expire(tenantId, talentId, LINK_PURPOSE[purpose], [doc.linkId], now);
        return link;
      },
      'talent',
    );
  }

  get(tenantId: string, id: string): Promise<FollowUpDoc> {
    return this.deps.store.get(tenantId, id);
  }

  /** Housekeeping across tenants: links that ended long ago go (FerretDB has no TTL indexes). */
  deleteOldLinks(now: Date): Promise<number> {
    return this.deps.links.deleteExpired(new Date(now.getTime() - KEEP_OLD_LINKS_MS));
  }

  /** What the link opens, using nothing up (a GET, a mail scanner's too). */
  async open(token: unknown, purpose: FollowUpPurposeName): Promise<Opened> {
    const check = await this.deps.links.inspect(token, LINK_PURPOSE[purpose], this.deps.now());
    if (!check.ok) return check;
    const { tenantId, subjectId, scope, id: linkId } = check.link;
    const request = scope ? await this.deps.store.find(tenantId, scope) : null;
    // Only the request's current link opens it; the links before were ended when it replaced them.
    if (!request || request.talentId !== subjectId || request.linkId !== linkId) return { ok: false, reason: 'invalid' };
    if (request.answeredAt) return { ok: false, reason: 'used' };
    const talent = await this.deps.talents.get(tenantId, subjectId).catch((err: unknown) => {
      if (err instanceof NotFoundError) return undefined;
      throw err;
    });
    if (!talent) return { ok: false, reason: 'invalid' };
    return { ok: true, opened: { request, firstName: talent.profile.firstName, questions: { asked: request.asked, interestOptions: request.interestOptions, atLeastOne: true } } };
  }

  /**
   * The talent's answers (POST): the link is used up and the answers become one activity of the
   * talent (a blank answer keeps what was known). A link of a person erased, reduced or marked for
   * deletion meanwhile opens nothing, and is not used up.
   */
  async answer(token: string, opened: OpenedRequest, answers: Partial<TalentProfile>): Promise<{ ok: true } | { ok: false; reason: LinkRefusal }> {
    const { links, talents, subjects, store } = this.deps;
    const { request } = opened;
    const { tenantId, talentId, purpose } = request;
    try {
      return await talents.writeExisting(tenantId, talentId, async (talent) => {
        await subjects.refuseIfRestricted(tenantId, talentId, ['marked-for-deletion']);
        const now = this.deps.now();
        const used = await links.consume(token, LINK_PURPOSE[purpose], now, { tenantId, subjectId: talentId, scope: request._id });
        if (!used.ok) return used;
        await talents.update(tenantId, talentId, talentId, { profile: withAnswers(talent.profile, answers), ...(purpose === 'form-details' ? { detailsPending: false } : {}) }, { activity: ANSWER_ACTIVITY[purpose] });
        await store.answered(request, now);
        return { ok: true };
      });
    } catch (err) {
      if (isGone(err)) return { ok: false, reason: 'invalid' };
      throw err;
    }
  }
}

/** The person is no longer there to answer: erased, reduced, anonymised or marked for deletion. */
function isGone(err: unknown): boolean {
  if (err instanceof NotFoundError) return true;
  return err instanceof LetheError && err.kind === 'failed_precondition' && ['SUBJECT_REDUCED', 'SUBJECT_ANONYMISED', 'SUBJECT_MARKED_FOR_DELETION'].includes(err.reason ?? '');
}
