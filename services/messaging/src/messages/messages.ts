import type { ControllerSource } from '@lethe/platform/controller';
import type { SubjectCipher } from '@lethe/platform/crypto';
import type { SubjectFence } from '@lethe/platform/erasure';
import { ConflictError, NotFoundError, PreconditionError, ValidationError } from '@lethe/platform/errors';
import { newId } from '@lethe/platform/ids';
import type { Stored, TenantSettings } from '@lethe/platform/mongo';
import type { Recipients, RecipientRef, ResolvedRecipient } from '../recipients/recipients';
import type { MessagingSettingsValues } from '../settings/settings';
import type { SubjectStates } from '../subjects/store';
import type { Values } from '../templates/engine';
import { kindOf, type Channel, type Language } from '../templates/catalogue';
import { withControllerBlock } from '../templates/controller-block';
import { render, type Templates } from '../templates/templates';
import type { Peers } from '../peers/peers';
import { CONTENT_FIELDS, keySubjectOf, type MessageDoc, type MessageState, type SealedContent } from './model';
import { sendingDecision, type SendingContext } from './rules';
import type { MessageStore } from './store';

/** The readable content of a message (a ciphertext under `keySubjectOf` the message until now). */
export async function openContent(cipher: SubjectCipher, message: Pick<MessageDoc, 'tenantId' | 'recipient' | 'aboutCandidateId'> & { content: SealedContent }): Promise<SealedContent> {
  const opened = await cipher.decryptFields(message.tenantId, keySubjectOf(message), message.content, CONTENT_FIELDS);
  const text = (field: keyof SealedContent) => (opened[field] === undefined || opened[field] === null ? undefined : String(opened[field]));
  return { to: text('to') ?? '', subject: text('subject') ?? '', text: text('text') ?? '', html: text('html') ?? '', unsubscribeUrl: text('unsubscribeUrl') };
}

/** A message to write: whom, which template, the values its sender fills in. */
export interface Compose {
  tenantId: string;
  recipient: RecipientRef;
  /** The candidate whose data the message carries to its recipient; they are written for as well. */
  aboutCandidateId?: string;
  templateKey: string;
  channel: Channel;
  language: Language;
  /** The same key always yields the same message: a repeated request or redelivered event sends nothing twice. */
  idempotencyKey: string;
  /** The recruiter, or the service whose workflow sends it. */
  createdBy: string;
  /** Sent by a workflow rather than by a recruiter. */
  automated: boolean;
  values?: Values;
  /**
   * Values Lethe fills in once the message may go out (links that act for the candidate, obtained
   * at this moment and only into this message, which it names).
   */
  fill?: (messageId: string) => Promise<Values>;
  /** `held`: written now, sent when the event it belongs to arrives (see `release`). */
  hold?: boolean;
  /** A recruiter without an address (one who left) is reached through the tenant's fallback address. */
  fallbackToTenantAddress?: boolean;
}

export interface Composed {
  message: Stored<MessageDoc>;
  warning?: string;
}

/** The person a message is about, as the suppression rules see them. */
type RulesSubject = SendingContext['subject'];

export interface MessagesDeps {
  store: MessageStore;
  templates: Templates;
  settings: TenantSettings<MessagingSettingsValues>;
  subjects: SubjectStates;
  recipients: Recipients;
  peers: Peers;
  /** Who asks: every message to a candidate names the tenant's controller. */
  controllers: ControllerSource;
  cipher: SubjectCipher;
  fence: SubjectFence;
  unsubscribeLink: (tenantId: string, subjectId: string, channel: Channel, now: Date) => Promise<string>;
  /** The sender's name when the tenant set none. */
  defaultCompany: string;
  now: () => Date;
  /** Called after a message was queued, so delivery need not wait for its next round. */
  queued: () => void;
}

/**
 * Writing messages: each once per idempotency key, as the recipient's only writer (so an erasure
 * of that person cannot interleave), after the rules decided it may go out; the address and the
 * rendered text are stored encrypted under the recipient's key. What the rules refuse is recorded
 * as `suppressed` with the reason, so the sender can see that and why nothing went out.
 */
export class Messages {
  constructor(private readonly deps: MessagesDeps) {}

  /** Writes the message (or returns the one written before under the key). Refuses when the recipient was erased. */
  compose(request: Compose): Promise<Composed> {
    const asRecipientsWriter = () => this.deps.fence.write({ tenantId: request.tenantId, subjectId: request.recipient.id }, () => this.composeAsWriter(request), request.recipient.kind);
    // A message carrying a candidate's data is their write too: refused once they are erased.
    if (!request.aboutCandidateId) return asRecipientsWriter();
    return this.deps.fence.write({ tenantId: request.tenantId, subjectId: request.aboutCandidateId }, asRecipientsWriter, 'candidate');
  }

  /** `compose` for workflows: a recipient erased meanwhile gets nothing, and that is no error. */
  composeUnlessErased(request: Compose): Promise<Composed | undefined> {
    return this.deps.fence.writeUnlessErased({ tenantId: request.tenantId, subjectId: request.recipient.id }, () => this.composeAsWriter(request));
  }

  /** Whether the rules let a message go out now; read when it is written and again when it is sent. */
  async decide(message: Pick<MessageDoc, 'tenantId' | 'recipient' | 'channel' | 'templateKey' | 'automated'>, settings: MessagingSettingsValues) {
    const template = kindOf(message.templateKey);
    if (!template) throw new NotFoundError('template', message.templateKey);
    const subject = message.recipient.kind === 'candidate' ? await this.rulesSubject(message.tenantId, message.recipient.id) : undefined;
    const consented = template.campaign ? await this.deps.peers.campaignAllowed(message.tenantId, message.recipient.id, message.channel) : undefined;
    return sendingDecision({ kind: template, channel: message.channel, automated: message.automated, settings, subject, consented });
  }

  private async composeAsWriter(request: Compose): Promise<Composed> {
    const { tenantId, recipient } = request;
    const existing = await this.deps.store.byIdempotencyKey(tenantId, request.idempotencyKey);
    if (existing) return { message: existing, warning: existing.warning };
    const template = await this.deps.templates.resolve(tenantId, { key: request.templateKey, channel: request.channel, language: request.language });
    if (template.kind.audience !== recipient.kind) {
      throw new ValidationError([{ field: 'recipient', code: 'invalid_value', description: `must be a ${template.kind.audience}: ${template.key} is written to one` }]);
    }
    const now = this.deps.now();
    const settings = await this.deps.settings.get(tenantId);
    const base: MessageDoc = {
      _id: newId(now),
      tenantId,
      recipient,
      ...(request.aboutCandidateId ? { aboutCandidateId: request.aboutCandidateId } : {}),
      channel: request.channel,
      templateKey: template.key,
      templateVersion: template.version,
      language: request.language,
      automated: request.automated,
      campaign: template.kind.campaign,
      idempotencyKey: request.idempotencyKey,
      state: 'queued',
      createdAt: now,
      createdBy: request.createdBy,
      attempts: [],
    };
    const decision = await this.decide(base, settings);
    if (!decision.send) return this.record({ ...base, state: 'suppressed', suppressedBecause: decision.because });

    let address: ResolvedRecipient;
    try {
      address = await this.deps.recipients.resolve(tenantId, recipient, request.channel);
    } catch (err) {
      if (!(err instanceof PreconditionError && err.reason === 'NO_ADDRESS')) throw err;
      if (!(request.fallbackToTenantAddress && settings.fallbackEmail)) return this.record({ ...base, state: 'suppressed', suppressedBecause: 'NO_ADDRESS' });
      address = { to: settings.fallbackEmail, values: { recipientName: '' } };
    }
    const values: Record<string, Values[string]> = {
      company: settings.senderName || this.deps.defaultCompany,
      ...address.values,
      ...(request.values ?? {}),
      ...(request.fill ? await request.fill(base._id) : {}),
      ...(template.kind.selfServiceLinks ? await this.deps.peers.selfServiceLinks(tenantId, recipient.id, template.kind.selfServiceLinks) : {}),
    };
    const unsubscribeUrl = template.kind.campaign ? await this.deps.unsubscribeLink(tenantId, recipient.id, request.channel, now) : undefined;
    if (unsubscribeUrl) values.unsubscribeLink = unsubscribeUrl;
    const written = render(template, values);
    const rendered = template.kind.audience === 'candidate' ? withControllerBlock(written, request.channel, request.language, await this.deps.controllers.controllerOf(tenantId)) : written;
    const content = await this.deps.cipher.encryptFields(tenantId, keySubjectOf(base), { to: address.to, ...rendered, unsubscribeUrl }, CONTENT_FIELDS);
    const state: MessageState = request.hold ? 'held' : 'queued';
    const composed = await this.record({ ...base, state, content, ...(state === 'queued' ? { nextAttemptAt: now } : {}), ...(decision.warning ? { warning: decision.warning } : {}) });
    if (state === 'queued') this.deps.queued();
    return composed;
  }

  /** A held message goes out now. */
  async release(tenantId: string, id: string): Promise<void> {
    await this.deps.store.setState(tenantId, id, 'queued', { nextAttemptAt: this.deps.now() });
    this.deps.queued();
  }

  private async record(doc: MessageDoc): Promise<Composed> {
    const inserted = await this.deps.store.insert(doc);
    // Written by a concurrent request with the same key in the moment between the check and the insert.
    const message = inserted ?? (await this.deps.store.byIdempotencyKey(doc.tenantId, doc.idempotencyKey));
    if (!message) throw new ConflictError('the message was neither written nor found; send it again');
    return { message, warning: message.warning };
  }

  private async rulesSubject(tenantId: string, subjectId: string): Promise<RulesSubject> {
    const state = await this.deps.subjects.get(tenantId, subjectId);
    return { marked: Boolean(state?.markedAt), erasureRequested: Boolean(state?.erasureRequestedAt), unsubscribed: state?.unsubscribed ?? [] };
  }
}
