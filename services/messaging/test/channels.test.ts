// The SMS and WhatsApp transports against local stand-ins that check every request as Twilio and
// Meta do and answer as they do; the delivery callbacks on the service's HTTP app.
import { randomBytes } from 'node:crypto';
import type { BaseConfig } from '@lethe/platform/service';
import { captureLogs, startTestService, testAuth, type TestService } from '@lethe/platform/testkit';
import { deliveryCallbackRoutes, metaSignature, twilioSignature, type DeliveryCallbackOptions, type DeliveryReport } from '../src/channels/callbacks';
import { MetaWhatsAppTransport } from '../src/channels/meta-whatsapp';
import { DeliveryError, type OutgoingMessage, type Transport } from '../src/channels/transport';
import { TwilioSmsTransport } from '../src/channels/twilio-sms';
import { freePort, standIn, type Answer, type SeenRequest, type StandIn } from './stand-in';

const message = (to: string): OutgoingMessage => ({
  messageId: 'msg-1',
  tenantId: 'tenant-a',
  to,
  subject: 'Ihr Termin',
  text: 'Ihr Termin am 3. März: https://lethe.example/a',
  html: '<p>Ihr Termin</p>',
});

async function refusalOf(transport: Transport, to: string): Promise<DeliveryError> {
  const error = await transport.send(message(to)).then(
    () => undefined,
    (err: unknown) => err,
  );
  if (!(error instanceof DeliveryError)) throw new Error(`expected a DeliveryError, got ${String(error)}`);
  expect(error.message).not.toContain(to.replace('+', ''));
  return error;
}

const E164 = /^\+[1-9]\d{6,14}$/;
const OK_NUMBER = '+4915112345678';
// Twilio's test numbers and their errors; the others answer as Twilio does when busy or broken.
const TWILIO_INVALID = '+15005550001';
const TWILIO_UNSUBSCRIBED = '+15005550004';
const TWILIO_NOT_MOBILE = '+15005550009';
const RATE_LIMITED = '+15005550429';
const BROKEN = '+15005550500';
const HANGING = '+15005550408';

describe('SMS over Twilio', () => {
  const accountSid = `AC${'0123456789abcdef'.repeat(2)}`;
  const authToken = 'twilio-auth-token';
  const messagingServiceSid = `MG${'fedcba9876543210'.repeat(2)}`;
  const twilioError = (status: number, code: number, text: string): Answer => ({ status, body: { code, message: text, more_info: `https://www.twilio.com/docs/errors/${code}`, status } });
  const failures: Record<string, Answer> = {
    [TWILIO_INVALID]: twilioError(400, 21211, `The 'To' number ${TWILIO_INVALID} is not a valid phone number.`),
    [TWILIO_UNSUBSCRIBED]: twilioError(400, 21610, 'Attempt to send to unsubscribed recipient'),
    [TWILIO_NOT_MOBILE]: twilioError(400, 21614, `'To' number ${TWILIO_NOT_MOBILE} is not a valid mobile number`),
    [RATE_LIMITED]: twilioError(429, 20429, 'Too Many Requests'),
    [BROKEN]: { status: 500, body: { message: 'Internal Server Error' } },
    [HANGING]: 'hang',
  };

  /** Twilio's Messages resource: Basic auth of the account, a form with To, Body and one sender. */
  function twilioApi(req: SeenRequest): Answer {
    if (req.method !== 'POST' || req.path !== `/2010-04-01/Accounts/${accountSid}/Messages.json`) return twilioError(404, 20404, 'The requested resource was not found');
    if (req.headers.authorization !== `Basic ${Buffer.from(`${accountSid}:${authToken}`).toString('base64')}`) return twilioError(401, 20003, 'Authenticate');
    if (req.headers['content-type'] !== 'application/x-www-form-urlencoded') return twilioError(400, 20001, 'Unsupported content type');
    const form = new URLSearchParams(req.body);
    const to = form.get('To') ?? '';
    if (!E164.test(to)) return twilioError(400, 21211, `The 'To' number ${to} is not a valid phone number.`);
    if (form.has('From') === form.has('MessagingServiceSid')) return twilioError(400, 21603, "A 'From' or a 'MessagingServiceSid' parameter is required");
    if (!form.get('Body')) return twilioError(400, 21602, 'Message body is required.');
    if (form.has('StatusCallback') && !URL.canParse(form.get('StatusCallback')!)) return twilioError(400, 21609, 'Invalid StatusCallback url');
    const failure = failures[to];
    if (failure) return failure;
    return { status: 201, body: { sid: `SM${randomBytes(16).toString('hex')}`, status: 'queued', to, body: form.get('Body'), num_segments: '1' } };
  }

  let twilio: StandIn;
  let transport: TwilioSmsTransport;
  beforeAll(async () => {
    twilio = await standIn(twilioApi);
    transport = new TwilioSmsTransport({
      accountSid,
      authToken,
      sender: { messagingServiceSid },
      statusCallbackUrl: 'https://lethe.example/callbacks/twilio',
      baseUrl: twilio.baseUrl,
      timeoutMs: 500,
    });
  });
  afterAll(async () => {
    await twilio.close();
  });

  it("sends the text to the number in E.164 and gives Twilio's SID", async () => {
    const accepted = await transport.send(message('+49 151 1234 5678'));
    expect(accepted.providerMessageId).toMatch(/^SM[0-9a-f]{32}$/);
    const form = new URLSearchParams(twilio.seen.at(-1)!.body);
    expect(Object.fromEntries(form)).toEqual({
      To: OK_NUMBER,
      Body: message(OK_NUMBER).text,
      MessagingServiceSid: messagingServiceSid,
      StatusCallback: 'https://lethe.example/callbacks/twilio',
    });
  });

  it('sends from a number of its own when given one instead of a Messaging Service', async () => {
    const fromNumber = new TwilioSmsTransport({ accountSid, authToken, sender: { from: '+4930123456' }, baseUrl: twilio.baseUrl });
    await fromNumber.send(message(OK_NUMBER));
    const form = new URLSearchParams(twilio.seen.at(-1)!.body);
    expect(form.get('From')).toBe('+4930123456');
    expect(form.has('MessagingServiceSid')).toBe(false);
    expect(form.has('StatusCallback')).toBe(false);
  });

  it('gives up for good on an invalid, unsubscribed or not mobile number, naming Twilio\'s code and not the number', async () => {
    expect(await refusalOf(transport, TWILIO_INVALID)).toMatchObject({ code: 'TWILIO_21211', permanent: true });
    expect(await refusalOf(transport, TWILIO_UNSUBSCRIBED)).toMatchObject({ code: 'TWILIO_21610', permanent: true });
    expect(await refusalOf(transport, TWILIO_NOT_MOBILE)).toMatchObject({ code: 'TWILIO_21614', permanent: true });
  });

  it('does not call Twilio for a number without a country', async () => {
    const calls = twilio.seen.length;
    expect(await refusalOf(transport, '0151 12345678')).toMatchObject({ code: 'INVALID_ADDRESS', permanent: true });
    expect(twilio.seen).toHaveLength(calls);
  });

  it('tries again later after a rate limit, an error of Twilio or no connection; no answer in time leaves the outcome open', async () => {
    expect(await refusalOf(transport, RATE_LIMITED)).toMatchObject({ code: 'TWILIO_20429', permanent: false });
    expect(await refusalOf(transport, BROKEN)).toMatchObject({ code: 'HTTP_500', permanent: false });
    expect(await refusalOf(transport, HANGING)).toMatchObject({ code: 'TIMEOUT', permanent: false, uncertain: true });
    const unreachable = new TwilioSmsTransport({ accountSid, authToken, sender: { messagingServiceSid }, baseUrl: `http://127.0.0.1:${await freePort()}` });
    expect(await refusalOf(unreachable, OK_NUMBER)).toMatchObject({ code: 'CONNECTION_FAILED', permanent: false });
  });

  it('tries again when Twilio refuses the credentials (the operator renews them)', async () => {
    const wrongToken = new TwilioSmsTransport({ accountSid, authToken: 'old-token', sender: { messagingServiceSid }, baseUrl: twilio.baseUrl });
    expect(await refusalOf(wrongToken, OK_NUMBER)).toMatchObject({ code: 'TWILIO_20003', permanent: false });
  });
});

describe('WhatsApp over Meta', () => {
  const phoneNumberId = '106540352242922';
  const accessToken = 'meta-access-token';
  const apiVersion = 'v21.0';
  const metaError = (status: number, code: number, text: string): Answer => ({ status, body: { error: { message: text, type: 'OAuthException', code, fbtrace_id: 'AbCdEf' } } });
  const digits = (number: string) => number.slice(1);
  const failures: Record<string, Answer> = {
    [digits(TWILIO_INVALID)]: metaError(400, 131030, `(#131030) Recipient phone number ${digits(TWILIO_INVALID)} not in allowed list`),
    [digits(RATE_LIMITED)]: metaError(400, 131048, '(#131048) Spam rate limit hit'),
    [digits(BROKEN)]: metaError(500, 131000, '(#131000) Something went wrong'),
    [digits(HANGING)]: 'hang',
  };

  /** The Cloud API's messages edge: a Bearer token and exactly the fields of a text message, the number without '+'. */
  function metaApi(req: SeenRequest): Answer {
    if (req.method !== 'POST' || req.path !== `/${apiVersion}/${phoneNumberId}/messages`) return metaError(400, 100, 'Unsupported post request');
    if (req.headers.authorization !== `Bearer ${accessToken}`) return metaError(401, 190, 'Invalid OAuth access token');
    if (req.headers['content-type'] !== 'application/json') return metaError(400, 100, 'Invalid parameter');
    const body = JSON.parse(req.body) as Record<string, unknown>;
    const text = body.text as Record<string, unknown> | undefined;
    const wellFormed =
      Object.keys(body).sort().join() === 'messaging_product,recipient_type,text,to,type' &&
      body.messaging_product === 'whatsapp' &&
      body.recipient_type === 'individual' &&
      body.type === 'text' &&
      typeof body.to === 'string' &&
      /^[1-9]\d{6,14}$/.test(body.to) &&
      Object.keys(text ?? {}).sort().join() === 'body,preview_url' &&
      typeof text?.preview_url === 'boolean' &&
      typeof text?.body === 'string' &&
      text.body.length > 0;
    if (!wellFormed) return metaError(400, 100, '(#100) Invalid parameter');
    const to = body.to as string;
    const failure = failures[to];
    if (failure) return failure;
    return { status: 200, body: { messaging_product: 'whatsapp', contacts: [{ input: to, wa_id: to }], messages: [{ id: `wamid.${randomBytes(24).toString('base64')}` }] } };
  }

  let meta: StandIn;
  let transport: MetaWhatsAppTransport;
  beforeAll(async () => {
    meta = await standIn(metaApi);
    transport = new MetaWhatsAppTransport({ phoneNumberId, accessToken, apiVersion, baseUrl: meta.baseUrl, timeoutMs: 500 });
  });
  afterAll(async () => {
    await meta.close();
  });

  it("sends a text message to the number without '+' and gives Meta's message id", async () => {
    const accepted = await transport.send(message('+49 151 12345678'));
    expect(accepted.providerMessageId).toMatch(/^wamid\./);
    expect(JSON.parse(meta.seen.at(-1)!.body)).toEqual({
      messaging_product: 'whatsapp',
      recipient_type: 'individual',
      to: '4915112345678',
      type: 'text',
      text: { preview_url: true, body: message(OK_NUMBER).text },
    });
  });

  it("gives up for good on a number Meta refuses, naming Meta's code and not the number", async () => {
    expect(await refusalOf(transport, TWILIO_INVALID)).toMatchObject({ code: 'META_131030', permanent: true });
    expect(await refusalOf(transport, 'whatsapp-me')).toMatchObject({ code: 'INVALID_ADDRESS', permanent: true });
  });

  it("tries again later after Meta's rate limit, its errors or no connection; no answer in time leaves the outcome open", async () => {
    expect(await refusalOf(transport, RATE_LIMITED)).toMatchObject({ code: 'META_131048', permanent: false });
    expect(await refusalOf(transport, BROKEN)).toMatchObject({ code: 'META_131000', permanent: false });
    expect(await refusalOf(transport, HANGING)).toMatchObject({ code: 'TIMEOUT', permanent: false, uncertain: true });
    const unreachable = new MetaWhatsAppTransport({ phoneNumberId, accessToken, apiVersion, baseUrl: `http://127.0.0.1:${await freePort()}` });
    expect(await refusalOf(unreachable, OK_NUMBER)).toMatchObject({ code: 'CONNECTION_FAILED', permanent: false });
  });
});

const TWILIO_SID = `SM${'0123456789abcdef'.repeat(2)}`;
const WAMID = 'wamid.HBgLNDkxNTExMjM0NTY3FQIAERgSQjZCMzlEQUE4OTJBMTE4RTUA';
const TWILIO_PUBLIC_URL = 'https://lethe.example/callbacks/twilio';
const secrets = { authToken: 'twilio-auth-token', appSecret: 'meta-app-secret', verifyToken: 'meta-verify-token' };

/** Routes whose reports land in `reports`; `failing` makes onReport throw, as a store that is down would. */
function callbackOptions(reports: DeliveryReport[], failing: { now: boolean }): DeliveryCallbackOptions {
  return {
    twilio: { authToken: secrets.authToken, publicUrl: TWILIO_PUBLIC_URL },
    meta: { appSecret: secrets.appSecret, verifyToken: secrets.verifyToken },
    onReport: async (report) => {
      if (failing.now) throw new Error('the message store is down');
      reports.push(report);
    },
  };
}

const post = (url: string, body: string | Buffer, headers: Record<string, string>) => fetch(url, { method: 'POST', headers, body });

describe('delivery reports on the service HTTP app', () => {
  const logs = captureLogs();
  const reports: DeliveryReport[] = [];
  const failing = { now: false };
  let service: TestService<BaseConfig>;
  const form = (params: Record<string, string>) => new URLSearchParams(params).toString();
  const sendReport = (params: Record<string, string>, signature = twilioSignature(secrets.authToken, TWILIO_PUBLIC_URL, params)) =>
    post(`${service.httpUrl}/callbacks/twilio`, form(params), { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': signature });
  const handshake = (params: Record<string, string>) => fetch(`${service.httpUrl}/callbacks/meta?${new URLSearchParams(params)}`);
  // Twilio sends both numbers with every status.
  const report = (status: string, extra: Record<string, string> = {}) => ({ MessageSid: TWILIO_SID, MessageStatus: status, To: OK_NUMBER, From: '+4930123456', AccountSid: 'AC1', ApiVersion: '2010-04-01', ...extra });

  beforeAll(async () => {
    const auth = await testAuth();
    service = await startTestService({ name: 'messaging-callbacks', create: () => ({ httpRoutes: deliveryCallbackRoutes(callbackOptions(reports, failing)) }) }, auth, {
      logDestination: logs.destination,
      env: { LOG_LEVEL: 'info' },
    });
  });
  afterAll(async () => {
    await service?.stop();
  });
  beforeEach(() => {
    reports.length = 0;
    failing.now = false;
  });

  it('takes a signed final status, signed over the public URL Twilio called, and answers 204', async () => {
    expect((await sendReport(report('delivered'))).status).toBe(204);
    expect((await sendReport(report('undelivered', { ErrorCode: '30003' }))).status).toBe(204);
    expect(reports).toEqual([
      { providerMessageId: TWILIO_SID, outcome: 'delivered' },
      { providerMessageId: TWILIO_SID, outcome: 'failed', errorCode: 'TWILIO_30003' },
    ]);
  });

  it('answers 204 to the steps on the way without a report', async () => {
    for (const status of ['queued', 'sent']) expect((await sendReport(report(status))).status).toBe(204);
    expect(reports).toEqual([]);
  });

  it('refuses an unsigned or tampered report with 403 problem+json', async () => {
    const signedDelivered = twilioSignature(secrets.authToken, TWILIO_PUBLIC_URL, report('delivered'));
    const signedForTheHost = twilioSignature(secrets.authToken, `${service.httpUrl}/callbacks/twilio`, report('delivered'));
    for (const response of [
      await post(`${service.httpUrl}/callbacks/twilio`, form(report('delivered')), { 'content-type': 'application/x-www-form-urlencoded' }),
      await sendReport(report('failed'), signedDelivered),
      await sendReport(report('delivered'), signedForTheHost),
      await sendReport(report('delivered'), twilioSignature('another-token', TWILIO_PUBLIC_URL, report('delivered'))),
    ]) {
      expect(response.status).toBe(403);
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(await response.json()).toMatchObject({ type: 'urn:lethe:problem:permission_denied', status: 403 });
    }
    expect(reports).toEqual([]);
  });

  it('refuses a signed report without a Twilio message SID with 400, an oversized one with 413', async () => {
    const malformed = await sendReport(report('delivered', { MessageSid: 'SM-not-a-sid' }));
    expect(malformed.status).toBe(400);
    expect(malformed.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(await malformed.json()).toMatchObject({ type: 'urn:lethe:problem:invalid_argument', violations: [{ field: 'MessageSid', code: 'invalid_format' }] });
    const oversized = await sendReport(report('delivered', { Padding: 'x'.repeat(200_000) }));
    expect(oversized.status).toBe(413);
    expect(oversized.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(reports).toEqual([]);
  });

  it('answers 500 when the report cannot be taken, so that Twilio sends it again', async () => {
    failing.now = true;
    expect((await sendReport(report('delivered'))).status).toBe(500);
  });

  it("echoes Meta's handshake challenge to the verify token it was given", async () => {
    const response = await handshake({ 'hub.mode': 'subscribe', 'hub.verify_token': secrets.verifyToken, 'hub.challenge': '1158201444' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await response.text()).toBe('1158201444');
  });

  it("refuses Meta's handshake with another token with 403, a malformed one with 400, as problem+json", async () => {
    const wrong = await handshake({ 'hub.mode': 'subscribe', 'hub.verify_token': 'guess', 'hub.challenge': '1158201444' });
    expect(wrong.status).toBe(403);
    expect(wrong.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const markup = await handshake({ 'hub.mode': 'subscribe', 'hub.verify_token': secrets.verifyToken, 'hub.challenge': '<script>' });
    expect(markup.status).toBe(400);
    expect(markup.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });

  it('logs neither the numbers nor the report', async () => {
    await sendReport(report('delivered'));
    await sendReport(report('failed'), 'forged');
    expect(logs.text()).toContain('/callbacks/twilio');
    expect(logs.text()).not.toContain(OK_NUMBER.slice(1));
    expect(logs.text()).not.toContain('4930123456');
    expect(logs.text()).not.toContain(TWILIO_SID);
  });
});

describe('Meta delivery reports on the service HTTP app', () => {
  const reports: DeliveryReport[] = [];
  let service: TestService<BaseConfig>;
  const webhook = (statuses: unknown[]) =>
    JSON.stringify({
      object: 'whatsapp_business_account',
      entry: [{ id: '102290129340398', changes: [{ field: 'messages', value: { messaging_product: 'whatsapp', metadata: { display_phone_number: '4930123456' }, statuses } }] }],
    });
  /** Posts as Meta does, signed unless the signature is null. */
  const sendWebhook = (body: string, signature: string | null = metaSignature(secrets.appSecret, Buffer.from(body))) =>
    post(`${service.httpUrl}/callbacks/meta`, body, { 'content-type': 'application/json', ...(signature !== null && { 'x-hub-signature-256': signature }) });
  const expectProblem = async (response: Response, status: number) => {
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  };

  beforeAll(async () => {
    const auth = await testAuth();
    service = await startTestService({ name: 'messaging-meta-callbacks', create: () => ({ httpRoutes: deliveryCallbackRoutes(callbackOptions(reports, { now: false })) }) }, auth);
  });
  afterAll(async () => {
    await service?.stop();
  });
  beforeEach(() => {
    reports.length = 0;
  });

  it('takes the final statuses of a webhook signed over its bytes and answers 204', async () => {
    const body = webhook([
      { id: WAMID, status: 'sent', timestamp: '1700000000', recipient_id: OK_NUMBER.slice(1) },
      { id: WAMID, status: 'read', timestamp: '1700000060', recipient_id: OK_NUMBER.slice(1) },
      { id: WAMID, status: 'failed', timestamp: '1700000060', recipient_id: OK_NUMBER.slice(1), errors: [{ code: 131026, title: 'Message undeliverable' }] },
    ]);
    expect((await sendWebhook(body)).status).toBe(204);
    expect(reports).toEqual([
      { providerMessageId: WAMID, outcome: 'delivered' },
      { providerMessageId: WAMID, outcome: 'failed', errorCode: 'META_131026' },
    ]);
  });

  it('checks the signature over the bytes as sent, not over their meaning (the same JSON spaced otherwise is refused)', async () => {
    const body = webhook([{ id: WAMID, status: 'delivered' }]);
    const respaced = JSON.stringify(JSON.parse(body), null, 2);
    await expectProblem(await sendWebhook(respaced, metaSignature(secrets.appSecret, Buffer.from(body))), 403);
    expect(reports).toEqual([]);
  });

  it('refuses an unsigned or tampered webhook with 403 problem+json', async () => {
    const body = webhook([{ id: WAMID, status: 'delivered' }]);
    await expectProblem(await sendWebhook(body, null), 403);
    await expectProblem(await sendWebhook(body.replace('delivered', 'failed'), metaSignature(secrets.appSecret, Buffer.from(body))), 403);
    await expectProblem(await sendWebhook(body, metaSignature('another-secret', Buffer.from(body))), 403);
    await expectProblem(await sendWebhook(body, 'sha256=00'), 403);
    expect(reports).toEqual([]);
  });

  it('refuses a body that is not JSON or names no WhatsApp message with 400, an oversized one with 413', async () => {
    await expectProblem(await sendWebhook('{"entry": ['), 400);
    await expectProblem(await sendWebhook(webhook([{ id: TWILIO_SID, status: 'delivered' }])), 400);
    await expectProblem(await sendWebhook(webhook([{ id: WAMID, status: 'delivered', padding: 'x'.repeat(200_000) }])), 413);
    expect(reports).toEqual([]);
  });
});
