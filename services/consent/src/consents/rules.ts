import type { LinkRefusal } from '@lethe/platform/links';
import { protoEnum, type ConsentState, type GrantMethod } from '@lethe/protos';
import type { Language, Statement } from '../texts/texts';
import type { ConsentDoc, ConsentStateName, Proof } from './model';

/** A request's states as Lethe's code names them and as the protos do. */
export const CONSENT_STATE = protoEnum({
  requested: 'CONSENT_STATE_REQUESTED',
  granted: 'CONSENT_STATE_GRANTED',
  declined: 'CONSENT_STATE_DECLINED',
  withdrawn: 'CONSENT_STATE_WITHDRAWN',
  expired: 'CONSENT_STATE_EXPIRED',
} as const satisfies Record<ConsentStateName, ConsentState>);

type RequestState = Pick<ConsentDoc, 'state' | 'closedAt'>;

/** Unanswered and not closed: what its link or a manual grant may still turn into a consent. */
export function isOpen(doc: RequestState): boolean {
  return doc.state === 'requested' && !doc.closedAt;
}

/** The state a request shows in lists: a closed request is unanswered but can no longer be answered. */
export function shownState(doc: RequestState): ConsentState {
  return doc.closedAt ? 'CONSENT_STATE_CLOSED' : CONSENT_STATE.toProto(doc.state);
}

/**
 * Why the request's link decides nothing any more: once the request is answered the link reads
 * as used; once it is closed, as expired (its link was ended with it, this also covers a close
 * whose link update did not happen).
 */
export function linkRefusalOf(doc: RequestState): LinkRefusal | undefined {
  if (doc.state !== 'requested') return 'used';
  if (doc.closedAt) return 'expired';
  return undefined;
}

/**
 * Why the request is no longer open, if it is not: then a recruiter cannot record the candidate's
 * refusal of it, and no new link is issued for it.
 */
export function closedRefusalOf(doc: RequestState): 'CONSENT_REQUEST_CLOSED' | 'CONSENT_REQUEST_ANSWERED' | undefined {
  if (doc.closedAt) return 'CONSENT_REQUEST_CLOSED';
  if (doc.state !== 'requested') return 'CONSENT_REQUEST_ANSWERED';
  return undefined;
}

/**
 * The proof of a grant: who gave it, how, when, and the exact statement they agreed to; given on a
 * service's form, also which form.
 */
export function grantProof(method: 'GRANT_METHOD_LINK' | 'GRANT_METHOD_MANUAL' | 'GRANT_METHOD_FORM', actorId: string, at: Date, statement: Statement, form?: string): Proof {
  const { text } = statement;
  const proof: Proof = { method, actorId, at, textId: text.id, textVersion: text.version, textLanguage: text.language, textSha256: statement.sha256 };
  if (form) proof.form = form;
  return proof;
}

/**
 * The proof of a refusal: who and when. No text was agreed to; on the page the candidate refused
 * (no grant method), a recruiter records a refusal manually.
 */
export function refusalProof(method: 'GRANT_METHOD_MANUAL' | 'none', actorId: string, at: Date, language: Language): Proof {
  return { method, actorId, at, textId: '', textVersion: 0, textLanguage: language, textSha256: '' };
}

/** The proof's method as the protos name it: a refusal on the page has none. */
export function methodOf(proof: Pick<Proof, 'method'>): GrantMethod {
  return proof.method === 'none' ? 'GRANT_METHOD_UNSPECIFIED' : proof.method;
}
