import { Schema, type Connection, type Model } from 'mongoose';
import { defineTenantModel } from '@lethe/platform/mongo';
import { outboxPlugin, type OutboxEntry } from '@lethe/platform/outbox';
import type { GrantMethod } from '@lethe/protos';
import type { Language } from '../texts/texts';
import type { ChannelName, ConsentKindName } from './scope';

export type ConsentStateName = 'requested' | 'granted' | 'declined' | 'withdrawn' | 'expired';

/** Why an unanswered request was closed: a newer one for its scope, the candidate's no, or a withdrawal. */
export type ClosedBecause = 'superseded' | 'declined' | 'withdrawn';

/** Who answered, how, when, to which text (hash of the exact statement shown). */
export interface Proof {
  method: Exclude<GrantMethod, 'GRANT_METHOD_UNSPECIFIED'> | 'none';
  actorId: string;
  at: Date;
  textId: string;
  textVersion: number;
  textLanguage: Language;
  textSha256: string;
  /** GRANT_METHOD_FORM: the form it was given on, e.g. `talent-crm/talent-form/<form id>`. */
  form?: string;
}

/**
 * One consent request and what became of it: requested → granted → withdrawn | expired, or
 * requested → declined. Every transition is one single-document write with its event (outbox),
 * so a request, its grant and its receipt cannot disagree. An unanswered request can also be closed
 * (it stays `requested`, with `closedAt` and its link ended): it then never becomes a consent.
 * A request is made without a link; it is sent once messaging had a link issued for it, and each
 * new link replaces the one before.
 */
export interface ConsentDoc {
  /** The request id: time-ordered (UUIDv7), so lists by _id are lists by age. */
  _id: string;
  tenantId: string;
  subjectId: string;
  kind: ConsentKindName;
  /** client.<id> | channel.<name> | storage */
  scope: string;
  clientId?: string;
  channel?: ChannelName;
  periodMonths?: number;
  /** The client company's name as given, encrypted under the subject's key (it says whom they were proposed to). */
  clientName?: string;
  language: Language;
  /** The text current when the request was made: what a manual grant refers to. */
  textId: string;
  state: ConsentStateName;
  requestedAt: Date;
  requestedBy: string;
  /** The request's current link (issued for the message to the candidate); unset until the request was sent. */
  linkId?: string;
  /** When the current link expires (for a closed request: when it was closed); unset while the request was not sent. */
  linkExpiresAt?: Date;
  consentId?: string;
  proof?: Proof;
  validFrom?: Date;
  validUntil?: Date;
  withdrawnAt?: Date;
  withdrawnBy?: string;
  expiredAt?: Date;
  /** Set when the request was closed unanswered; linkExpiresAt is then the same moment. */
  closedAt?: Date;
  closedBecause?: ClosedBecause;
  outbox?: OutboxEntry[];
  outboxPending?: boolean;
}

const proofSchema = new Schema<Proof>(
  {
    method: { type: String, required: true },
    actorId: { type: String, required: true },
    at: { type: Date, required: true },
    textId: { type: String, required: true },
    textVersion: { type: Number, required: true },
    textLanguage: { type: String, required: true },
    textSha256: { type: String, required: true },
    form: String,
  },
  { _id: false },
);

export function consentModel(connection: Connection): Model<ConsentDoc> {
  const schema = new Schema<ConsentDoc>(
    {
      _id: { type: String, required: true },
      tenantId: { type: String, required: true },
      subjectId: { type: String, required: true },
      kind: { type: String, required: true },
      scope: { type: String, required: true },
      clientId: String,
      channel: String,
      periodMonths: Number,
      clientName: String,
      language: { type: String, required: true },
      textId: { type: String, required: true },
      state: { type: String, required: true },
      requestedAt: { type: Date, required: true },
      requestedBy: { type: String, required: true },
      linkId: String,
      linkExpiresAt: Date,
      consentId: String,
      proof: proofSchema,
      validFrom: Date,
      validUntil: Date,
      withdrawnAt: Date,
      withdrawnBy: String,
      expiredAt: Date,
      closedAt: Date,
      closedBecause: String,
    },
    { versionKey: false },
  );
  schema.plugin(outboxPlugin);
  schema.index({ tenantId: 1, subjectId: 1, kind: 1, scope: 1, state: 1 });
  schema.index({ tenantId: 1, subjectId: 1, requestedAt: -1 });
  schema.index({ tenantId: 1, consentId: 1 });
  schema.index({ tenantId: 1, linkId: 1 });
  // The expiry sweep across tenants.
  schema.index({ state: 1, validUntil: 1 });
  return defineTenantModel(connection, 'Consent', schema, 'consents');
}
