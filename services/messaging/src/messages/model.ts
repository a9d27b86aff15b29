import { Schema, type Connection, type Model } from 'mongoose';
import { defineTenantModel } from '@lethe/platform/mongo';
import { outboxPlugin, type OutboxEntry } from '@lethe/platform/outbox';
import type { RecipientRef } from '../recipients/recipients';
import type { Channel, Language } from '../templates/catalogue';

/**
 * queued → sending → sent (→ delivered), or back to queued for a retry, or failed; suppressed and
 * purged never left; held waits for the event it belongs to (the erasure it confirms); unknown: an
 * attempt was interrupted, so it may have gone out and is not sent again.
 */
export type MessageState = 'queued' | 'held' | 'sending' | 'sent' | 'delivered' | 'failed' | 'suppressed' | 'purged' | 'unknown';

export interface Attempt {
  number: number;
  at: Date;
  /** unknown: the attempt was interrupted, it may have gone out. */
  outcome: 'sent' | 'retry' | 'failed' | 'unknown';
  /** Machine-readable, never a provider's text (it may echo the address). */
  errorCode?: string;
}

/** The rendered message and its address, each a ciphertext under the key of the person it is about (`keySubjectOf`). */
export type SealedContent = {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** A campaign's one-click unsubscribe link (RFC 8058), for the email header. */
  unsubscribeUrl?: string;
};

export const CONTENT_FIELDS = ['to', 'subject', 'text', 'html', 'unsubscribeUrl'] as const;

export interface MessageDoc {
  _id: string;
  tenantId: string;
  recipient: RecipientRef;
  /** The candidate whose data a message to someone else carries (a profile sent to a client). */
  aboutCandidateId?: string;
  channel: Channel;
  templateKey: string;
  templateVersion: number;
  language: Language;
  automated: boolean;
  campaign: boolean;
  idempotencyKey: string;
  state: MessageState;
  /** Why a recruiter's message went out against a rule, as the send answered it. */
  warning?: string;
  suppressedBecause?: string;
  failureReason?: string;
  createdAt: Date;
  createdBy: string;
  sentAt?: Date;
  deliveredAt?: Date;
  /** Set while an attempt is due (indexed): what the delivery loop looks for. */
  nextAttemptAt?: Date;
  /** Set while an attempt runs (indexed): an attempt that never ended is found by it. */
  sendingSince?: Date;
  attempts: Attempt[];
  providerMessageId?: string;
  /** Gone once purged or shredded. */
  content?: SealedContent;
  outbox?: OutboxEntry[];
}

const schema = new Schema<MessageDoc>(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    recipient: { type: { kind: String, id: String }, _id: false, required: true },
    aboutCandidateId: String,
    channel: { type: String, required: true },
    templateKey: { type: String, required: true },
    templateVersion: { type: Number, required: true },
    language: { type: String, required: true },
    automated: { type: Boolean, required: true },
    campaign: { type: Boolean, required: true },
    idempotencyKey: { type: String, required: true },
    state: { type: String, required: true },
    warning: String,
    suppressedBecause: String,
    failureReason: String,
    createdAt: { type: Date, required: true },
    createdBy: { type: String, required: true },
    sentAt: Date,
    deliveredAt: Date,
    nextAttemptAt: Date,
    sendingSince: Date,
    attempts: { type: [{ number: Number, at: Date, outcome: String, errorCode: String, _id: false }], default: [] },
    providerMessageId: String,
    content: { type: { to: String, subject: String, text: String, html: String, unsubscribeUrl: String }, _id: false, default: undefined },
  },
  { versionKey: false, minimize: false },
);
schema.plugin(outboxPlugin);
schema.index({ tenantId: 1, 'recipient.id': 1, _id: -1 });
schema.index({ tenantId: 1, aboutCandidateId: 1 });
schema.index({ nextAttemptAt: 1 });
schema.index({ sendingSince: 1 });
schema.index({ providerMessageId: 1 });

/** Whose key seals a message: the candidate whose data it carries, else its recipient. */
export function keySubjectOf(message: Pick<MessageDoc, 'recipient' | 'aboutCandidateId'>): string {
  return message.aboutCandidateId || message.recipient.id;
}

export function messageModel(connection: Connection): Model<MessageDoc> {
  return defineTenantModel(connection, 'Message', schema, 'messages');
}
