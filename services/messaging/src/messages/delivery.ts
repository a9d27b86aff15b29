import type { SubjectCipher } from '@lethe/platform/crypto';
import type { SubjectFence } from '@lethe/platform/erasure';
import type { TenantSettings } from '@lethe/platform/mongo';
import { outboxEntry, type OutboxEntry } from '@lethe/platform/outbox';
import type { Logger } from '@lethe/platform/telemetry';
import { toTimestamp, TOPICS } from '@lethe/protos';
import type { DeliveryReport } from '../channels/callbacks';
import { DeliveryError, type Transport } from '../channels/transport';
import type { MessagingSettingsValues } from '../settings/settings';
import type { Channel } from '../templates/catalogue';
import { CHANNEL_ENUM } from '../peers/peers';
import { openContent, type Messages } from './messages';
import type { Attempt, MessageDoc } from './model';
import { MAX_ATTEMPTS, nextAttemptAt } from './rules';
import type { MessageStore } from './store';

export interface DeliveryDeps {
  store: MessageStore;
  messages: Messages;
  settings: TenantSettings<MessagingSettingsValues>;
  cipher: SubjectCipher;
  fence: SubjectFence;
  transports: ReadonlyMap<Channel, Transport>;
  logger: Logger;
  now: () => Date;
  /** Messages sent at once by this replica. */
  concurrency: number;
  /** An attempt begun longer ago than this and never ended was interrupted (longer than any transport waits). */
  interruptedAfterMs: number;
}

export interface RoundResult {
  attempted: number;
  interrupted: number;
}

const ROUND_SIZE = 200;

/**
 * The delivery loop: sends the messages whose attempt is due, each as its recipient's only writer
 * (so an erasure or a mark's purge cannot interleave, and two replicas never send the same
 * message), checking the rules once more at this moment. An attempt is recorded as begun before
 * the provider is called; an attempt that never ended leaves the message `unknown`: it may have
 * gone out, so it is not sent again (the email's Message-ID is the message's id, so a provider that
 * deduplicates would see the same one).
 */
export class Delivery {
  private running?: Promise<RoundResult>;
  private again = false;
  private lookedForInterruptedAt = 0;

  constructor(private readonly deps: DeliveryDeps) {}

  /** Runs a round now, or once more after the one running (calls during a round collapse into one). */
  nudge(): Promise<RoundResult> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      let total: RoundResult = { attempted: 0, interrupted: 0 };
      do {
        this.again = false;
        const result = await this.round();
        total = { attempted: total.attempted + result.attempted, interrupted: total.interrupted + result.interrupted };
      } while (this.again);
      return total;
    })().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  /** Resolves when no round runs (a stopping service waits for the messages it is sending). */
  async idle(): Promise<void> {
    await this.running?.catch(() => undefined);
  }

  /**
   * One pass: interrupted attempts first (looked for at most a tenth as often as an attempt takes
   * to count as interrupted: they are rare, and the search costs a scan on FerretDB), then every
   * message due, up to a round's size.
   */
  async round(): Promise<RoundResult> {
    const now = this.deps.now();
    const lookForInterrupted = now.getTime() - this.lookedForInterruptedAt >= this.deps.interruptedAfterMs / 10;
    if (lookForInterrupted) this.lookedForInterruptedAt = now.getTime();
    const stale = lookForInterrupted ? await this.deps.store.interrupted(new Date(now.getTime() - this.deps.interruptedAfterMs), ROUND_SIZE) : [];
    for (const message of stale) await this.guarded(message, () => this.markInterrupted(message.tenantId, message._id));
    const due = await this.deps.store.due(now, ROUND_SIZE);
    let next = 0;
    const worker = async () => {
      while (next < due.length) {
        const message = due[next++];
        await this.guarded(message, () => this.attempt(message.tenantId, message._id));
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.deps.concurrency, due.length) }, worker));
    return { attempted: due.length, interrupted: stale.length };
  }

  /** Runs `work` as the recipient's writer; an erased recipient's message is left to the erasure, a failure to the next round. */
  private async guarded(message: Pick<MessageDoc, 'tenantId' | 'recipient' | '_id'>, work: () => Promise<void>): Promise<void> {
    try {
      await this.deps.fence.writeUnlessErased({ tenantId: message.tenantId, subjectId: message.recipient.id }, work);
    } catch (err) {
      this.deps.logger.warn({ err, tenantId: message.tenantId, messageId: message._id }, 'a delivery step failed; the next round tries again');
    }
  }

  /**
   * Sends a held message at once, in one attempt, for a caller that already is the recipient's
   * only writer: the erasure, which confirms itself to the person before their key is gone.
   */
  async sendHeldNow(tenantId: string, id: string): Promise<void> {
    try {
      await this.attempt(tenantId, id, 'held');
    } catch (err) {
      this.deps.logger.warn({ err, tenantId, messageId: id }, 'a held message could not be sent');
    }
  }

  private async attempt(tenantId: string, id: string, from: 'queued' | 'held' = 'queued'): Promise<void> {
    const { store } = this.deps;
    const now = this.deps.now();
    const message = await store.find(tenantId, id);
    // Another replica's round took it, or a purge or a report changed it, since it was listed.
    if (!message || message.state !== from) return;
    if (from === 'queued' && (!message.nextAttemptAt || message.nextAttemptAt > now)) return;
    const settings = await this.deps.settings.get(tenantId);
    const decision = await this.deps.messages.decide(message, settings);
    if (!decision.send) {
      await store.setState(tenantId, id, 'suppressed', { suppressedBecause: decision.because }, ['content', 'nextAttemptAt']);
      return;
    }
    const transport = this.deps.transports.get(message.channel);
    const number = message.attempts.length + 1;
    if (!transport || !message.content) {
      await store.endAttempt(tenantId, id, { number, at: now, outcome: 'failed', errorCode: transport ? 'NO_CONTENT' : 'CHANNEL_NOT_CONFIGURED' }, { state: 'failed', failureReason: transport ? 'NO_CONTENT' : 'CHANNEL_NOT_CONFIGURED' });
      return;
    }
    const content = await openContent(this.deps.cipher, { ...message, content: message.content });
    await store.beginAttempt(tenantId, id, now);
    try {
      const accepted = await transport.send({
        messageId: id,
        tenantId,
        to: content.to,
        subject: content.subject,
        text: content.text,
        html: content.html,
        from: settings.senderEmail ? { name: settings.senderName, address: settings.senderEmail } : undefined,
        replyTo: settings.replyToEmail || undefined,
        unsubscribeUrl: content.unsubscribeUrl,
      });
      const sentAt = this.deps.now();
      await store.endAttempt(tenantId, id, { number, at: sentAt, outcome: 'sent' }, { state: 'sent', sentAt, providerMessageId: accepted.providerMessageId }, sentEvents(message, sentAt));
    } catch (err) {
      if (!(err instanceof DeliveryError)) throw err;
      const at = this.deps.now();
      if (err.uncertain) {
        await store.endAttempt(tenantId, id, { number, at, outcome: 'unknown', errorCode: err.code }, { state: 'unknown', failureReason: err.code });
        return;
      }
      const retryAt = err.permanent || from === 'held' ? undefined : nextAttemptAt(number, at);
      const attempt: Attempt = { number, at, outcome: retryAt ? 'retry' : 'failed', errorCode: err.code };
      if (retryAt) await store.endAttempt(tenantId, id, attempt, { state: 'queued', nextAttemptAt: retryAt });
      else await store.endAttempt(tenantId, id, attempt, { state: 'failed', failureReason: number >= MAX_ATTEMPTS && !err.permanent ? `GAVE_UP_AFTER_${MAX_ATTEMPTS}_ATTEMPTS` : err.code });
    }
  }

  /**
   * A provider's report on a message it took: delivered, or failed after all. Reports come more
   * than once and in any order; only a message still `sent` changes, and an unknown id (a message
   * erased since) is no error.
   */
  async report(report: DeliveryReport): Promise<void> {
    const message = await this.deps.store.byProviderMessageId(report.providerMessageId);
    if (!message) return;
    await this.deps.fence.writeUnlessErased({ tenantId: message.tenantId, subjectId: message.recipient.id }, async () => {
      const current = await this.deps.store.find(message.tenantId, message._id);
      if (current?.state !== 'sent') return;
      if (report.outcome === 'delivered') await this.deps.store.setState(message.tenantId, message._id, 'delivered', { deliveredAt: this.deps.now() });
      else await this.deps.store.setState(message.tenantId, message._id, 'failed', { failureReason: report.errorCode ?? 'UNDELIVERED' });
    });
  }

  private async markInterrupted(tenantId: string, id: string): Promise<void> {
    const message = await this.deps.store.find(tenantId, id);
    if (!message || message.state !== 'sending') return;
    await this.deps.store.endAttempt(tenantId, id, { number: message.attempts.length + 1, at: this.deps.now(), outcome: 'unknown', errorCode: 'INTERRUPTED' }, { state: 'unknown', failureReason: 'INTERRUPTED' });
  }
}

/** A message to a candidate is an activity of theirs; the candidates service decides what it restarts. */
function sentEvents(message: MessageDoc, sentAt: Date): OutboxEntry[] {
  if (message.recipient.kind !== 'candidate') return [];
  return [
    outboxEntry(TOPICS.messagingEvents, {
      type: 'lethe.messaging.v1.MessageSent',
      tenantId: message.tenantId,
      subjectId: message.recipient.id,
      payload: {
        messageId: message._id,
        subjectId: message.recipient.id,
        channel: CHANNEL_ENUM[message.channel],
        templateKey: message.templateKey,
        automated: message.automated,
        sentAt: toTimestamp(sentAt),
        sentBy: message.automated ? '' : message.createdBy,
      },
    }),
  ];
}
