import type { Channel } from '../templates/catalogue';

/** A message as a channel's provider takes it. */
export interface OutgoingMessage {
  /** Lethe's id of the message: the email's Message-ID is made from it, so a resend is recognisable. */
  messageId: string;
  tenantId: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Email only. */
  from?: { name: string; address: string };
  replyTo?: string;
  /** A campaign's one-click unsubscribe link (RFC 8058). */
  unsubscribeUrl?: string;
}

/** What the provider answered: its id of the message, for delivery reports. */
export interface Accepted {
  providerMessageId: string;
}

/** One channel's way out: SMTP for email, a provider's HTTP API for SMS and WhatsApp. */
export interface Transport {
  readonly channel: Channel;
  send(message: OutgoingMessage): Promise<Accepted>;
  close(): Promise<void>;
}

/**
 * A provider refused or did not answer. `permanent`: sending again cannot help (a refused address,
 * a malformed message); otherwise the message is tried again later, unless `uncertain`: the
 * request went out and no answer came, so the provider may have taken it and sending again could
 * reach the person twice. `code` is machine-readable and never carries the provider's text, which
 * may echo the address.
 */
export class DeliveryError extends Error {
  constructor(
    readonly code: string,
    readonly permanent: boolean,
    readonly uncertain = false,
  ) {
    super(`delivery failed: ${code}`);
    this.name = 'DeliveryError';
  }
}
