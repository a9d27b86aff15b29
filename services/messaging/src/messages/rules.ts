import type { Reason } from '@lethe/platform/errors';
import { backoffDelay } from '@lethe/platform/retry';
import type { MessagingSettingsValues } from '../settings/settings';
import { licensed } from '../settings/settings';
import type { Channel, TemplateKind } from '../templates/catalogue';

/** What decides whether a message may go out, read at the moment it is written and again when it is sent. */
export interface SendingContext {
  kind: TemplateKind;
  channel: Channel;
  /** Sent by a workflow rather than a recruiter. */
  automated: boolean;
  settings: MessagingSettingsValues;
  /** The candidate's state, for messages to candidates. */
  subject?: { marked: boolean; erasureRequested: boolean; unsubscribed: readonly string[] };
  /** For campaigns: whether the candidate holds campaign or storage consent now. */
  consented?: boolean;
}

export type SendingDecision = { send: true; warning?: string } | { send: false; because: Reason };

/**
 * Whether a message may go out:
 * - SMS and WhatsApp only with the tenant's licence;
 * - automated messages the tenant switched off do not go out;
 * - no automated message to a candidate who asked to be forgotten or is marked for deletion, except
 *   those about the erasure request itself; a recruiter's own message goes out, with a warning;
 * - a campaign only with the candidate's campaign or storage consent at that moment, and not on a
 *   channel they unsubscribed from.
 */
export function sendingDecision(context: SendingContext): SendingDecision {
  const { kind, settings, subject } = context;
  if (!licensed(settings, context.channel)) return { send: false, because: 'NOT_LICENSED' };
  if (context.automated && switchedOff(kind, settings)) return { send: false, because: 'NOTICES_OFF' };
  let warning: string | undefined;
  if (subject && (subject.erasureRequested || subject.marked) && !kind.aboutErasureRequest) {
    const because: Reason = subject.erasureRequested ? 'ERASURE_REQUESTED' : 'SUBJECT_MARKED_FOR_DELETION';
    if (context.automated || kind.campaign) return { send: false, because };
    warning = subject.erasureRequested ? 'the candidate asked to be forgotten; this message goes out because a recruiter sends it' : 'the candidate is marked for deletion; this message goes out because a recruiter sends it';
  }
  if (kind.campaign) {
    if (subject?.unsubscribed.includes(context.channel)) return { send: false, because: 'UNSUBSCRIBED' };
    if (!context.consented) return { send: false, because: 'NO_CONSENT' };
  }
  return warning ? { send: true, warning } : { send: true };
}

function switchedOff(kind: TemplateKind, settings: MessagingSettingsValues): boolean {
  if (kind.key.startsWith('erasure-')) return !settings.erasureConfirmations;
  if (kind.key === 'appointment-confirmation') return !settings.appointmentConfirmationAuto;
  return false;
}

/** Attempts a message gets before it fails for good. */
export const MAX_ATTEMPTS = 5;
const RETRY_BACKOFF = { initialMs: 30_000, maxMs: 3_600_000, factor: 4 };

/** When the next attempt is due after attempt `number` failed for now; undefined when none is left. */
export function nextAttemptAt(number: number, now: Date, backoff = RETRY_BACKOFF): Date | undefined {
  if (number >= MAX_ATTEMPTS) return undefined;
  return new Date(now.getTime() + backoffDelay(number, backoff));
}
