import { toTimestamp, type Message as MessageMessage, type Template as TemplateMessage } from '@lethe/protos';
import type { MessageDoc, MessageState, SealedContent } from '../messages/model';
import type { RecipientRef } from '../recipients/recipients';
import type { Audience, Channel } from '../templates/catalogue';
import type { ResolvedTemplate } from '../templates/templates';

export const CHANNELS = { email: 'CHANNEL_EMAIL', sms: 'CHANNEL_SMS', whatsapp: 'CHANNEL_WHATSAPP' } as const satisfies Record<Channel, string>;
type ChannelName = (typeof CHANNELS)[Channel];

/** A channel as a request names it; unset means email. */
export function channelOf(value: string | undefined): Channel | undefined {
  if (!value || value === 'CHANNEL_UNSPECIFIED') return 'email';
  return (Object.keys(CHANNELS) as Channel[]).find((channel) => CHANNELS[channel] === value);
}

const AUDIENCES = { candidate: 'MESSAGE_AUDIENCE_CANDIDATE', 'contact-person': 'MESSAGE_AUDIENCE_CONTACT_PERSON', user: 'MESSAGE_AUDIENCE_USER' } as const satisfies Record<Audience, string>;

const STATES = {
  queued: 'MESSAGE_STATE_QUEUED',
  held: 'MESSAGE_STATE_HELD',
  sending: 'MESSAGE_STATE_SENDING',
  sent: 'MESSAGE_STATE_SENT',
  delivered: 'MESSAGE_STATE_DELIVERED',
  failed: 'MESSAGE_STATE_FAILED',
  suppressed: 'MESSAGE_STATE_SUPPRESSED',
  purged: 'MESSAGE_STATE_PURGED',
  unknown: 'MESSAGE_STATE_UNKNOWN',
} as const satisfies Record<MessageState, string>;

export function toRecipientMessage(recipient: RecipientRef): { candidateId?: string; contactPersonId?: string; userId?: string } {
  if (recipient.kind === 'candidate') return { candidateId: recipient.id };
  if (recipient.kind === 'contact-person') return { contactPersonId: recipient.id };
  return { userId: recipient.id };
}

export function toTemplateMessage(template: ResolvedTemplate): TemplateMessage {
  return {
    key: template.key,
    channel: CHANNELS[template.channel] as ChannelName,
    language: template.language,
    version: template.version,
    subject: template.text.subject,
    body: template.text.body,
    placeholders: Object.keys(template.kind.placeholders).sort(),
    savedAt: template.savedAt ? toTimestamp(template.savedAt) : null,
    savedBy: template.savedBy ?? '',
    audience: AUDIENCES[template.kind.audience],
    campaign: template.kind.campaign,
  };
}

/** A message as the API shows it; its content and address only when given (GetMessage with the right). */
export function toMessageMessage(doc: MessageDoc, content?: SealedContent): MessageMessage {
  return {
    id: doc._id,
    recipient: toRecipientMessage(doc.recipient),
    aboutCandidateId: doc.aboutCandidateId ?? '',
    channel: CHANNELS[doc.channel],
    templateKey: doc.templateKey,
    templateVersion: doc.templateVersion,
    language: doc.language,
    state: STATES[doc.state],
    automated: doc.automated,
    campaign: doc.campaign,
    idempotencyKey: doc.idempotencyKey,
    createdAt: toTimestamp(doc.createdAt),
    createdBy: doc.createdBy,
    sentAt: doc.sentAt ? toTimestamp(doc.sentAt) : null,
    deliveredAt: doc.deliveredAt ? toTimestamp(doc.deliveredAt) : null,
    attempts: (doc.attempts ?? []).map((attempt) => ({ number: attempt.number, at: toTimestamp(attempt.at), outcome: attempt.outcome, errorCode: attempt.errorCode ?? '' })),
    failureReason: doc.failureReason ?? '',
    suppressedBecause: doc.suppressedBecause ?? '',
    content: content ? { subject: content.subject, text: content.text, html: content.html } : null,
    to: content?.to ?? '',
  };
}
