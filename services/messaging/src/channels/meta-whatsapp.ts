import { z } from 'zod';
import { fields } from '@lethe/platform/validation';
import { callProvider, DEFAULT_TIMEOUT_MS, e164, readAnswer, type ProviderDialect } from './provider-api';
import type { Accepted, OutgoingMessage, Transport } from './transport';

/** A WhatsApp message id: `wamid.` and a base64 tail, at most 200 characters. */
export const whatsappMessageId = fields.pattern(/^wamid\.[A-Za-z0-9+/=_-]+$/, 'is not a WhatsApp message id', { max: 200 });

export interface MetaWhatsAppSettings {
  /** The WhatsApp Business phone number's id (not the number itself). */
  phoneNumberId: string;
  /** A system user's access token with the whatsapp_business_messaging permission. */
  accessToken: string;
  /** The Graph API version the requests name, e.g. `v21.0`: Meta retires versions, so it is configured. */
  apiVersion: string;
  /** https://graph.facebook.com unless given. */
  baseUrl?: string;
  /** How long Meta may take to answer; 10 s unless given. */
  timeoutMs?: number;
}

/**
 * Meta answers with the message's id in `messages[0].id`, or an error with Meta's numeric code.
 * Its rate limits come as 4xx and pass later: the app's calls (4, 80007), the number's throughput
 * (130429), spam protection (131048) and messages to one recipient (131056).
 */
export const META: ProviderDialect = {
  name: 'META',
  messageId: z.object({ messages: z.array(z.object({ id: whatsappMessageId })).min(1) }).transform((body) => body.messages[0].id),
  errorCode: z.object({ error: z.object({ code: z.number().int().nonnegative() }) }).transform((body) => body.error.code),
  transientCodes: new Set([4, 80007, 130429, 131048, 131056]),
};

/** WhatsApp over Meta's WhatsApp Cloud API: a text message, links previewed. */
export class MetaWhatsAppTransport implements Transport {
  readonly channel = 'whatsapp' as const;
  private readonly url: string;

  constructor(private readonly settings: MetaWhatsAppSettings) {
    const baseUrl = (settings.baseUrl ?? 'https://graph.facebook.com').replace(/\/$/, '');
    this.url = `${baseUrl}/${encodeURIComponent(settings.apiVersion)}/${encodeURIComponent(settings.phoneNumberId)}/messages`;
  }

  async send(message: OutgoingMessage): Promise<Accepted> {
    // Meta takes the number in E.164 without its '+'.
    const body = { messaging_product: 'whatsapp', recipient_type: 'individual', to: e164(message.to).slice(1), type: 'text', text: { preview_url: true, body: message.text } };
    const headers = { authorization: `Bearer ${this.settings.accessToken}`, 'content-type': 'application/json', accept: 'application/json' };
    const answer = await callProvider(this.url, { method: 'POST', headers, body: JSON.stringify(body) }, this.settings.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    return readAnswer(answer, META);
  }

  async close(): Promise<void> {}
}
