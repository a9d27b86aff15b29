import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { Express, Response } from 'express';
import { z } from 'zod';
import { LetheError, ValidationError } from '@lethe/platform/errors';
import { rawBodyOf } from '@lethe/platform/http';
import { fields, parseInput } from '@lethe/platform/validation';
import { whatsappMessageId } from './meta-whatsapp';
import { twilioMessageSid } from './twilio-sms';

/** What a provider reported of a message it took: its final outcome. */
export interface DeliveryReport {
  providerMessageId: string;
  outcome: 'delivered' | 'failed';
  /** The provider's reason for a failure, e.g. `TWILIO_30003` or `META_131026`. */
  errorCode?: string;
}

export interface DeliveryCallbackOptions {
  /** Mounts POST /callbacks/twilio. */
  twilio?: {
    authToken: string;
    /** The exact URL Twilio calls (the transport's StatusCallback): Twilio signs it, not the Host it reached. */
    publicUrl: string;
  };
  /** Mounts POST and GET /callbacks/meta. */
  meta?: {
    /** The app secret Meta signs webhooks with. */
    appSecret: string;
    /** The token entered with the webhook's URL in Meta's app dashboard, echoed in the handshake. */
    verifyToken: string;
  };
  /**
   * Takes each report. Providers send again what was not answered 2xx, so it may see one report
   * twice, and an id it does not know; when it throws, the provider is answered 500 and sends again.
   */
  onReport: (report: DeliveryReport) => Promise<void>;
}

/** A report whose signature is missing or wrong: not from the provider, or altered on the way. */
class SignatureError extends LetheError {
  readonly kind = 'permission_denied';
  constructor() {
    super('the request does not carry the provider\'s valid signature');
  }
}

type Outcome = DeliveryReport['outcome'];

/** The statuses that end a message's delivery ('read' implies delivered); queued, sent and the like are steps on the way. */
const TWILIO_OUTCOMES = new Map<string, Outcome>([
  ['delivered', 'delivered'],
  ['read', 'delivered'],
  ['undelivered', 'failed'],
  ['failed', 'failed'],
]);
const META_OUTCOMES = new Map<string, Outcome>([
  ['delivered', 'delivered'],
  ['read', 'delivered'],
  ['failed', 'failed'],
]);

/**
 * Twilio's signature of a request (X-Twilio-Signature): base64 HMAC-SHA1, keyed with the auth
 * token, of the URL it called followed by every POST parameter's name and value, sorted by name
 * (a repeated name once for each of its distinct values, sorted).
 */
export function twilioSignature(authToken: string, url: string, params: Readonly<Record<string, string | readonly string[]>>): string {
  const signed = Object.keys(params)
    .sort()
    .map((name) => [...new Set([params[name]].flat())].sort().map((value) => name + value).join(''))
    .join('');
  return createHmac('sha1', authToken).update(url + signed).digest('base64');
}

/** Meta's signature of a webhook (X-Hub-Signature-256): hex HMAC-SHA256, keyed with the app secret, of the body's bytes. */
export function metaSignature(appSecret: string, body: Buffer): string {
  return `sha256=${createHmac('sha256', appSecret).update(body).digest('hex')}`;
}

/** Whether two secrets are equal, compared in constant time whatever their lengths. */
function sameSecret(given: string, expected: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/** Every parameter Twilio posted (all of them are signed): as many as the form parser takes, none longer than a body may be. */
const FORM_PARAMETERS = 100;
const FORM_VALUE_CHARS = 100 * 1024;
const twilioFormSchema = fields.map(z.union([fields.text(FORM_VALUE_CHARS), fields.list(fields.text(FORM_VALUE_CHARS), FORM_PARAMETERS)]), { max: FORM_PARAMETERS });

const twilioReportSchema = z.object({
  MessageSid: twilioMessageSid,
  MessageStatus: z.string().min(1, 'is required').max(40),
  ErrorCode: fields.pattern(/^\d{0,10}$/, 'is not an error code', { max: 32 }).optional(),
});

/** The report in a Twilio status callback, once its signature holds; none for a status on the way. */
export function twilioReport(authToken: string, publicUrl: string, body: unknown, signature: string | undefined): DeliveryReport[] {
  const params = parseInput(twilioFormSchema, body ?? {});
  if (!signature || !sameSecret(signature, twilioSignature(authToken, publicUrl, params))) throw new SignatureError();
  const report = parseInput(twilioReportSchema, params);
  const outcome = TWILIO_OUTCOMES.get(report.MessageStatus);
  if (!outcome) return [];
  const errorCode = outcome === 'failed' && report.ErrorCode ? `TWILIO_${report.ErrorCode}` : undefined;
  return [{ providerMessageId: report.MessageSid, outcome, ...(errorCode && { errorCode }) }];
}

const metaStatusSchema = z.object({
  id: whatsappMessageId,
  status: z.string().min(1, 'is required').max(40),
  errors: z.array(z.object({ code: z.number().int().nonnegative() })).max(20).optional(),
});

/** A WhatsApp Business Account webhook: statuses of sent messages, besides what this service does not read (incoming messages). */
const metaWebhookSchema = z.object({
  entry: z
    .array(
      z.object({
        changes: z.array(z.object({ value: z.object({ statuses: z.array(metaStatusSchema).max(1000).optional() }).optional() })).max(100),
      }),
    )
    .max(100),
});

/** The reports in a Meta webhook, once its signature over the raw body holds; none for statuses on the way. */
export function metaReports(appSecret: string, body: Buffer, signature: string | undefined): DeliveryReport[] {
  if (!signature || !sameSecret(signature, metaSignature(appSecret, body))) throw new SignatureError();
  const webhook = parseInput(metaWebhookSchema, jsonOf(body));
  return webhook.entry
    .flatMap((entry) => entry.changes.flatMap((change) => change.value?.statuses ?? []))
    .flatMap((status): DeliveryReport[] => {
      const outcome = META_OUTCOMES.get(status.status);
      if (!outcome) return [];
      const code = outcome === 'failed' ? status.errors?.[0]?.code : undefined;
      return [{ providerMessageId: status.id, outcome, ...(code !== undefined && { errorCode: `META_${code}` }) }];
    });
}

function jsonOf(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    throw new ValidationError([{ field: '(body)', description: 'is not valid JSON', code: 'invalid_json' }]);
  }
}

const metaHandshakeSchema = z.object({
  'hub.mode': z.literal('subscribe', { errorMap: () => ({ message: 'must be subscribe' }) }),
  'hub.verify_token': z.string().max(200),
  // Echoed back: letters, digits, _ and - only, so no markup can be reflected.
  'hub.challenge': fields.pattern(/^[A-Za-z0-9_-]{1,200}$/, 'is not a challenge', { max: 200 }),
});

/**
 * The providers' delivery reports over HTTP: POST /callbacks/twilio (form-encoded, signed with
 * X-Twilio-Signature), POST /callbacks/meta (JSON, signed with X-Hub-Signature-256 over the bytes
 * as received) and GET /callbacks/meta (Meta's subscription handshake), on the service's HTTP app,
 * which bounds and parses the bodies. A report that is not signed right is refused 403, a
 * malformed one 400; errors are thrown, so the app answers them as problems. Neither numbers nor
 * bodies are logged.
 */
export function deliveryCallbackRoutes(options: DeliveryCallbackOptions): (app: Express) => void {
  const { twilio, meta, onReport } = options;
  const deliver = async (reports: DeliveryReport[], res: Response) => {
    for (const report of reports) await onReport(report);
    res.status(204).end();
  };
  return (app) => {
    if (twilio) {
      app.post('/callbacks/twilio', async (req, res) => {
        await deliver(twilioReport(twilio.authToken, twilio.publicUrl, req.body, req.get('x-twilio-signature')), res);
      });
    }
    if (meta) {
      app.post('/callbacks/meta', async (req, res) => {
        await deliver(metaReports(meta.appSecret, rawBodyOf(req), req.get('x-hub-signature-256')), res);
      });
      app.get('/callbacks/meta', (req, res) => {
        const handshake = parseInput(metaHandshakeSchema, req.query);
        if (!sameSecret(handshake['hub.verify_token'], meta.verifyToken)) throw new SignatureError();
        res.status(200).type('text/plain').send(handshake['hub.challenge']);
      });
    }
  };
}
