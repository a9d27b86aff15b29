import type { PublishEvent } from '@lethe/platform/kafka';
import { outboxEntry, type OutboxEntry } from '@lethe/platform/outbox';
import { protoEnum, toTimestamp, TOPICS, type Channel, type EventInput, type RequestClosedBecause } from '@lethe/protos';
import type { Language } from '../texts/texts';
import type { ClosedBecause, ConsentDoc, ConsentStateName, Proof } from './model';
import { validUntilOf } from './period';
import { methodOf } from './rules';
import type { ConsentScope } from './scope';

type ConsentEventType = (typeof TOPICS.consentEvents.eventTypes)[number];

/** An event of the consent topic with its payload. */
export type ConsentEvent = { [T in ConsentEventType]: { type: T; payload: EventInput<T> } }[ConsentEventType];

/** One conditional change of a request: the state it must still be in, what it sets, and the event announcing it. */
export interface Transition {
  from: ConsentStateName;
  set: Partial<ConsentDoc>;
  event: ConsentEvent;
}

/** Who answered: the recruiter who recorded it by hand, otherwise the candidate (link, form). */
function actorOf(doc: ConsentDoc, proof: Proof): string {
  return proof.method === 'GRANT_METHOD_MANUAL' ? proof.actorId : `candidate:${doc.subjectId}`;
}

/** Subject, kind, client and channel as every consent event names them (ids only). */
function scopeOf(doc: ConsentDoc): { subjectId: string; kind: ConsentDoc['kind']; clientId: string; channel: Channel } {
  return { subjectId: doc.subjectId, kind: doc.kind, clientId: doc.clientId ?? '', channel: doc.channel ?? 'CHANNEL_UNSPECIFIED' };
}

export interface NewRequest {
  subjectId: string;
  scope: ConsentScope;
  clientName?: string;
  periodMonths?: number;
  language: Language;
}

/** A new, open request, not sent yet: it has no link (the client's name is added encrypted by the caller). */
export function newRequest(id: string, tenantId: string, actorId: string, input: NewRequest, textId: string, now: Date): ConsentDoc {
  const doc: ConsentDoc = {
    _id: id,
    tenantId,
    subjectId: input.subjectId,
    kind: input.scope.kind,
    scope: input.scope.key,
    language: input.language,
    textId,
    state: 'requested',
    requestedAt: now,
    requestedBy: actorId,
  };
  if (input.scope.clientId) doc.clientId = input.scope.clientId;
  if (input.scope.channel) doc.channel = input.scope.channel;
  if (input.periodMonths) doc.periodMonths = input.periodMonths;
  return doc;
}

export function requestCreated(doc: ConsentDoc): ConsentEvent {
  return {
    type: 'lethe.consent.v1.ConsentRequestCreated',
    payload: {
      requestId: doc._id,
      ...scopeOf(doc),
      expiresAt: doc.linkExpiresAt ? toTimestamp(doc.linkExpiresAt) : null,
      requestedBy: doc.requestedBy,
      language: doc.language,
      periodMonths: doc.periodMonths ?? 0,
      requestedAt: toTimestamp(doc.requestedAt),
    },
  };
}

/** The request becomes a consent, valid from now for its period (without one, until withdrawn). */
export function grantTransition(doc: ConsentDoc, proof: Proof, now: Date, consentId: string): Transition {
  const validUntil = validUntilOf(now, doc.periodMonths);
  const set: Partial<ConsentDoc> = { state: 'granted', consentId, proof, validFrom: now };
  if (validUntil) set.validUntil = validUntil;
  return {
    from: 'requested',
    set,
    event: {
      type: 'lethe.consent.v1.ConsentGranted',
      payload: {
        consentId,
        ...scopeOf(doc),
        validFrom: toTimestamp(now),
        validUntil: validUntil ? toTimestamp(validUntil) : null,
        method: methodOf(proof),
        requestId: doc._id,
        grantedBy: actorOf(doc, proof),
      },
    },
  };
}

export function declineTransition(doc: ConsentDoc, proof: Proof, now: Date): Transition {
  return {
    from: 'requested',
    set: { state: 'declined', proof },
    event: { type: 'lethe.consent.v1.ConsentDeclined', payload: { requestId: doc._id, ...scopeOf(doc), declinedAt: toTimestamp(now), declinedBy: actorOf(doc, proof) } },
  };
}

export function withdrawTransition(doc: ConsentDoc, actorId: string, now: Date): Transition {
  return {
    from: 'granted',
    set: { state: 'withdrawn', withdrawnAt: now, withdrawnBy: actorId },
    event: { type: 'lethe.consent.v1.ConsentWithdrawn', payload: { consentId: doc.consentId!, ...scopeOf(doc), withdrawnAt: toTimestamp(now), withdrawnBy: actorId } },
  };
}

/** A consent whose period is over ends at the end of its period, whenever the sweep finds it. */
export function expiryTransition(doc: ConsentDoc): Transition {
  return {
    from: 'granted',
    set: { state: 'expired', expiredAt: doc.validUntil },
    event: { type: 'lethe.consent.v1.ConsentExpired', payload: { consentId: doc.consentId!, ...scopeOf(doc), expiredAt: toTimestamp(doc.validUntil!) } },
  };
}

const CLOSED_BECAUSE = protoEnum({
  superseded: 'REQUEST_CLOSED_BECAUSE_SUPERSEDED',
  declined: 'REQUEST_CLOSED_BECAUSE_DECLINED',
  withdrawn: 'REQUEST_CLOSED_BECAUSE_WITHDRAWN',
} as const satisfies Record<ClosedBecause, RequestClosedBecause>);

/** An unanswered request closed (its link ends with it): announced, so the candidate's activity log and other readers know it is over. */
export function requestClosed(doc: ConsentDoc, because: ClosedBecause, now: Date): ConsentEvent {
  return { type: 'lethe.consent.v1.ConsentRequestClosed', payload: { requestId: doc._id, ...scopeOf(doc), closedAt: toTimestamp(now), because: CLOSED_BECAUSE.toProto(because) } };
}

/** The event as an outbox entry of the request's document, keyed by its subject. */
export function outboxEntryOf(doc: Pick<ConsentDoc, 'tenantId' | 'subjectId'>, event: ConsentEvent): OutboxEntry {
  return outboxEntry<ConsentEventType>(TOPICS.consentEvents, { type: event.type, tenantId: doc.tenantId, subjectId: doc.subjectId, payload: event.payload } as PublishEvent<ConsentEventType>);
}
