import { z } from 'zod';
import { testInfra } from './infra';
import { waitFor } from './wait';

// Mailpit's HTTP API (v1), as far as tests need it: what a message looked like when it was sent.
// Responses are checked for the fields used here; Mailpit's other fields are dropped.

const addressSchema = z.object({ Name: z.string(), Address: z.string() });
// Mailpit answers null for an empty address list in summaries and [] in full messages.
const addressListSchema = z
  .array(addressSchema)
  .nullable()
  .transform((list) => list ?? []);

/** What a message's summary and the message itself both say about it. */
const envelopeFields = {
  ID: z.string(),
  MessageID: z.string(),
  From: addressSchema.nullable(),
  To: addressListSchema,
  Cc: addressListSchema,
  Bcc: addressListSchema,
  Subject: z.string(),
};

const summarySchema = z.object({
  ...envelopeFields,
  Created: z.string(),
  Size: z.number(),
  Snippet: z.string(),
});

const messageListSchema = z.object({
  total: z.number(),
  count: z.number(),
  start: z.number(),
  messages: z.array(summarySchema),
});

const messageSchema = z.object({
  ...envelopeFields,
  ReplyTo: addressListSchema,
  ReturnPath: z.string(),
  Date: z.string(),
  Text: z.string(),
  HTML: z.string(),
  Size: z.number(),
  ListUnsubscribe: z.object({ Header: z.string(), Links: z.array(z.string()).nullable(), HeaderPost: z.string() }),
  Attachments: z.array(z.object({ FileName: z.string(), ContentType: z.string(), Size: z.number() })).nullable(),
});

const headersSchema = z.record(z.string(), z.array(z.string()));

const infoSchema = z.object({ Version: z.string(), Messages: z.number() });

export type MailpitAddress = z.infer<typeof addressSchema>;
export type MailpitInfo = z.infer<typeof infoSchema>;
/** A message as listed by search and list: envelope fields and a snippet of the body. */
export type MailpitSummary = z.infer<typeof summarySchema>;
/** One page of messages, newest first; `total` counts all that match. */
export type MailpitMessageList = z.infer<typeof messageListSchema>;
/**
 * A message in full. `MessageID` is the Message-ID header without its angle brackets;
 * `headers` holds every header by lower-case name (e.g. `headers['list-unsubscribe']`).
 */
export type MailpitMessage = z.infer<typeof messageSchema> & { headers: Record<string, string[]> };

export interface PageOptions {
  /** Offset of the first message (newest first). */
  start?: number;
  /** Most messages to return; Mailpit's default is 50. */
  limit?: number;
}

/** Mailpit's search query for messages whose To header contains `address` (a substring match). */
export function toQuery(address: string): string {
  return `to:"${address.replace(/"/g, '')}"`;
}

/**
 * A client of the local Mailpit's HTTP API. Tests share one Mailpit, so each one reads and deletes
 * only the messages it sent (to its own unique recipient addresses), never all of them.
 */
export class MailpitClient {
  constructor(readonly baseUrl: string = testInfra().mailpitUrl) {}

  /** Mailpit's version and how many messages it holds. */
  async info(): Promise<MailpitInfo> {
    return infoSchema.parse(await this.request('GET', '/api/v1/info'));
  }

  /** The messages Mailpit holds, newest first. */
  async listMessages(page: PageOptions = {}): Promise<MailpitMessageList> {
    return messageListSchema.parse(await this.request('GET', `/api/v1/messages${pageQuery(page)}`));
  }

  /** The messages matching a Mailpit search query (e.g. `to:"a@b.test" subject:"Welcome"`), newest first. */
  async search(query: string, page: PageOptions = {}): Promise<MailpitMessageList> {
    return messageListSchema.parse(await this.request('GET', `/api/v1/search${pageQuery(page, query)}`));
  }

  /** The messages with `address` in their To header, newest first. */
  async messagesTo(address: string, page: PageOptions = {}): Promise<MailpitSummary[]> {
    // Mailpit's to: search matches substrings (ann@x.test also finds joann@x.test).
    const wanted = address.toLowerCase();
    const { messages } = await this.search(toQuery(address), page);
    return messages.filter((item) => item.To.some((to) => to.Address.toLowerCase() === wanted));
  }

  /** One message in full, with all its headers. Reading it marks it read in the UI. */
  async getMessage(id: string): Promise<MailpitMessage> {
    const path = `/api/v1/message/${encodeURIComponent(id)}`;
    const [body, head] = await Promise.all([this.request('GET', path), this.request('GET', `${path}/headers`)]);
    const byName: Record<string, string[]> = {};
    for (const [name, values] of Object.entries(headersSchema.parse(head))) {
      const key = name.toLowerCase();
      byName[key] = [...(byName[key] ?? []), ...values];
    }
    return { ...messageSchema.parse(body), headers: byName };
  }

  /** The message's source as received over SMTP. */
  async getRaw(id: string): Promise<string> {
    return this.request('GET', `/api/v1/message/${encodeURIComponent(id)}/raw`, undefined, 'text');
  }

  /** Deletes the messages with these ids; an empty list deletes nothing. */
  async deleteMessages(ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.request('DELETE', '/api/v1/messages', { IDs: ids }, 'text');
  }

  /** Deletes the messages matching a search query. */
  async deleteSearch(query: string): Promise<void> {
    await this.request('DELETE', `/api/v1/search?query=${encodeURIComponent(query)}`, undefined, 'text');
  }

  /** Deletes every message Mailpit holds, other tests' too: only for a Mailpit of one's own. */
  async deleteAllMessages(): Promise<void> {
    await this.request('DELETE', '/api/v1/messages', undefined, 'text');
  }

  /**
   * Waits until a message with `to` in its To header arrives that `predicate` accepts (any message without one) and
   * returns it in full, newest first when several match.
   */
  async waitForMail(to: string, predicate: (message: MailpitMessage) => boolean = () => true, timeoutMs = 10_000): Promise<MailpitMessage> {
    // A message never changes, so each one is fetched and judged once.
    const rejected = new Set<string>();
    return waitFor(
      async () => {
        for (const item of await this.messagesTo(to)) {
          if (rejected.has(item.ID)) continue;
          const full = await this.getMessage(item.ID);
          if (predicate(full)) return full;
          rejected.add(item.ID);
        }
        return undefined;
      },
      timeoutMs,
      `mail to ${to}`,
    );
  }

  private async request(method: 'GET' | 'DELETE', path: string, body?: unknown, as?: 'json'): Promise<unknown>;
  private async request(method: 'GET' | 'DELETE', path: string, body: unknown, as: 'text'): Promise<string>;
  private async request(method: 'GET' | 'DELETE', path: string, body?: unknown, as: 'json' | 'text' = 'json'): Promise<unknown> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: body === undefined ? undefined : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(5_000),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`Mailpit ${method} ${path} answered ${response.status}: ${text.slice(0, 200)}`);
    return as === 'text' ? text : (JSON.parse(text) as unknown);
  }
}

/** `new MailpitClient().waitForMail(...)` against the local Mailpit (testInfra().mailpitUrl). */
export function waitForMail(to: string, predicate?: (message: MailpitMessage) => boolean, timeoutMs?: number): Promise<MailpitMessage> {
  return new MailpitClient().waitForMail(to, predicate, timeoutMs);
}

function pageQuery(page: PageOptions, query?: string): string {
  const params = new URLSearchParams();
  if (query !== undefined) params.set('query', query);
  if (page.start !== undefined) params.set('start', String(page.start));
  if (page.limit !== undefined) params.set('limit', String(page.limit));
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}
