import { z } from 'zod';
import { fields } from '@lethe/platform/validation';
import { callProvider, DEFAULT_TIMEOUT_MS, e164, readAnswer, type ProviderDialect } from './provider-api';
import type { Accepted, OutgoingMessage, Transport } from './transport';

/** A Twilio message SID: SM (MM for a message Twilio turned into MMS) and 32 hex digits. */
export const twilioMessageSid = fields.pattern(/^(SM|MM)[0-9a-f]{32}$/, 'is not a Twilio message SID', { max: 64 });

export interface TwilioSmsSettings {
  /** `AC…`: the account the messages are sent and billed under. */
  accountSid: string;
  authToken: string;
  /** A Twilio number in E.164, or a Messaging Service (`MG…`) that picks the number itself. */
  sender: { from: string } | { messagingServiceSid: string };
  /** Where Twilio posts the message's delivery reports: the public URL of POST /callbacks/twilio. */
  statusCallbackUrl?: string;
  /** https://api.twilio.com unless given. */
  baseUrl?: string;
  /** How long Twilio may take to answer; 10 s unless given. */
  timeoutMs?: number;
}

/** Twilio answers 201 with the message's SID, or an error with Twilio's numeric code (21211, 21610, …). */
export const TWILIO: ProviderDialect = {
  name: 'TWILIO',
  messageId: z.object({ sid: twilioMessageSid }).transform((body) => body.sid),
  errorCode: z.object({ code: z.number().int().nonnegative() }).transform((body) => body.code),
};

/** SMS over Twilio's Programmable Messaging API. */
export class TwilioSmsTransport implements Transport {
  readonly channel = 'sms' as const;
  private readonly url: string;
  private readonly authorization: string;

  constructor(private readonly settings: TwilioSmsSettings) {
    const baseUrl = (settings.baseUrl ?? 'https://api.twilio.com').replace(/\/$/, '');
    this.url = `${baseUrl}/2010-04-01/Accounts/${encodeURIComponent(settings.accountSid)}/Messages.json`;
    this.authorization = `Basic ${Buffer.from(`${settings.accountSid}:${settings.authToken}`).toString('base64')}`;
  }

  async send(message: OutgoingMessage): Promise<Accepted> {
    const headers = { authorization: this.authorization, 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' };
    const answer = await callProvider(this.url, { method: 'POST', headers, body: this.form(message).toString() }, this.settings.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    return readAnswer(answer, TWILIO);
  }

  async close(): Promise<void> {}

  private form(message: OutgoingMessage): URLSearchParams {
    const { sender, statusCallbackUrl } = this.settings;
    const form = new URLSearchParams({ To: e164(message.to), Body: message.text });
    if ('from' in sender) form.set('From', sender.from);
    else form.set('MessagingServiceSid', sender.messagingServiceSid);
    if (statusCallbackUrl) form.set('StatusCallback', statusCallbackUrl);
    return form;
  }
}
