// What the SMS and WhatsApp transports share: the recipient's number, one call to a provider's API
// and the reading of its refusals.
import type { z } from 'zod';
import { DeliveryError, type Accepted } from './transport';

/** How long a provider may take to answer in full, unless the transport is configured otherwise. */
export const DEFAULT_TIMEOUT_MS = 10_000;

/** E.164: '+', a country code that does not start with 0, at most 15 digits in all. */
const E164 = /^\+[1-9]\d{6,14}$/;

/**
 * The recipient's number in E.164 (`+4915112345678`): the spaces, dashes, dots and brackets people
 * type are dropped and a leading 00 is the international prefix. Any other number cannot be
 * delivered however often it is tried (a national number names no country).
 */
export function e164(to: string): string {
  const number = to.replace(/[\s().-]/g, '').replace(/^00/, '+');
  if (!E164.test(number)) throw new DeliveryError('INVALID_ADDRESS', true);
  return number;
}

/** A provider's answer: the HTTP status and the JSON body (undefined when it sent none). */
export interface ProviderAnswer {
  status: number;
  body: unknown;
}

/**
 * One request to a provider, its answer read in full within `timeoutMs`. No connection or a
 * redirect (providers send none) are worth another try later; no answer in time leaves open
 * whether the provider took the message (neither Twilio nor Meta deduplicates a second request).
 */
export async function callProvider(url: string, init: RequestInit, timeoutMs: number): Promise<ProviderAnswer> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetch(url, { ...init, signal: controller.signal, redirect: 'error' });
    return { status: response.status, body: jsonOf(await response.text()) };
  } catch {
    throw controller.signal.aborted ? new DeliveryError('TIMEOUT', false, true) : new DeliveryError('CONNECTION_FAILED', false);
  } finally {
    clearTimeout(timer);
  }
}

function jsonOf(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** How a provider's answers read. */
export interface ProviderDialect {
  /** Prefixes the provider's error codes: `TWILIO_21211`. */
  name: 'TWILIO' | 'META';
  /** The message's id in the body of a 2xx answer. */
  messageId: z.ZodType<string, z.ZodTypeDef, unknown>;
  /** The provider's numeric error code in the body of a refusal. */
  errorCode: z.ZodType<number, z.ZodTypeDef, unknown>;
  /** Codes of 4xx answers that a later try can get past (the provider's rate limits). */
  transientCodes?: ReadonlySet<number>;
}

/** 4xx answers that a later try can get past: a request timeout, a rate limit, credentials the operator renews. */
const TRANSIENT_CLIENT_STATUSES = new Set([401, 408, 429]);

/**
 * The provider's id of an accepted message, or its refusal as a DeliveryError: named by the
 * provider's numeric error code where it gave one (never by its text, which may echo the number),
 * else by the HTTP status. 4xx answers are about the message and permanent, but for the transient
 * ones; 5xx answers are the provider's trouble and tried again. A 2xx answer without a readable id
 * means the message was taken: sending it again would send it twice, so it is a permanent failure
 * for someone to look at.
 */
export function readAnswer(answer: ProviderAnswer, dialect: ProviderDialect): Accepted {
  const { status, body } = answer;
  if (status >= 200 && status < 300) {
    const id = dialect.messageId.safeParse(body);
    if (!id.success) throw new DeliveryError('INVALID_RESPONSE', true);
    return { providerMessageId: id.data };
  }
  const parsed = dialect.errorCode.safeParse(body);
  const code = parsed.success ? parsed.data : undefined;
  const transient = TRANSIENT_CLIENT_STATUSES.has(status) || (code !== undefined && dialect.transientCodes?.has(code) === true);
  throw new DeliveryError(code === undefined ? `HTTP_${status}` : `${dialect.name}_${code}`, status >= 400 && status < 500 && !transient);
}
