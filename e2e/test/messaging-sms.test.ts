// SMS end to end: a licensed tenant's message goes to Twilio's Messages API (a local stand-in that
// checks the request as Twilio does), and Twilio's signed delivery report marks it delivered.
import { RIGHTS } from '@lethe/platform/auth';
import { unaryCall } from '@lethe/platform/grpc';
import { twilioSignature } from '@lethe/messaging/src/channels/callbacks';
import { standIn, type StandIn } from '@lethe/messaging/test/stand-in';
import { createCandidate, failure, sendMessage, startStack, uniqueName, waitFor, type Stack } from './stack';

const ACCOUNT_SID = `AC${'0'.repeat(32)}`;
const AUTH_TOKEN = 'twilio-auth-token-for-tests';
const FROM = '+4930123456';
const SID = `SM${'a'.repeat(32)}`;

let kit: Stack;
let twilio: StandIn;

beforeAll(async () => {
  twilio = await standIn((req) => {
    const form = new URLSearchParams(req.body);
    const authorised = req.headers.authorization === `Basic ${Buffer.from(`${ACCOUNT_SID}:${AUTH_TOKEN}`).toString('base64')}`;
    if (req.method !== 'POST' || req.path !== `/2010-04-01/Accounts/${ACCOUNT_SID}/Messages.json` || !authorised) return { status: 401, body: { code: 20003 } };
    if (!/^\+[1-9]\d{6,14}$/.test(form.get('To') ?? '') || form.get('From') !== FROM || !form.get('Body')) return { status: 400, body: { code: 21211 } };
    return { status: 201, body: { sid: SID, status: 'queued' } };
  });
  kit = await startStack({ env: { TWILIO_ACCOUNT_SID: ACCOUNT_SID, TWILIO_AUTH_TOKEN: AUTH_TOKEN, TWILIO_FROM: FROM, TWILIO_API_URL: twilio.baseUrl } });
}, 120_000);
afterAll(async () => {
  await kit?.close();
  await twilio?.close();
});

it('goes out only with the licence, reaches Twilio with the number and text, and is delivered by its signed report', async () => {
  const tenant = uniqueName('agency');
  const recruiter = await kit.recruiter(tenant);
  const candidate = await createCandidate(recruiter, { phone: '+49 151 12345678' });
  const sms = { recipient: { candidateId: candidate.id }, channel: 'CHANNEL_SMS', values: { text: 'Rufen Sie uns zurück?' } };
  expect((await sendMessage(recruiter.messaging, sms)).message).toMatchObject({ state: 'MESSAGE_STATE_SUPPRESSED', suppressedBecause: 'NOT_LICENSED' });
  expect(twilio.seen).toEqual([]);

  const operator = await kit.recruiter(tenant, [RIGHTS.manageSettings, RIGHTS.manageLicences], 'operator');
  const settings = await unaryCall(recruiter.messaging, 'GetMessagingSettings', {});
  await unaryCall(operator.messaging, 'UpdateMessagingSettings', { settings: { ...settings, smsLicensed: true }, expectedVersion: settings.version });

  const { message } = await sendMessage(recruiter.messaging, sms);
  await waitFor(async () => ((await unaryCall(recruiter.messaging, 'GetMessage', { id: message!.id })).state === 'MESSAGE_STATE_SENT' ? true : undefined), 20_000);
  const [request] = twilio.seen;
  const form = new URLSearchParams(request.body);
  expect(form.get('To')).toBe('+4915112345678');
  expect(form.get('Body')).toBe('Rufen Sie uns zurück? (Muster Personal)');
  const callbackUrl = form.get('StatusCallback')!;
  expect(callbackUrl).toBe(`${kit.services.messaging.runtime.config.MESSAGING_PUBLIC_URL}/callbacks/twilio`);

  // Twilio's report, signed over the URL it calls: a forged one changes nothing, the real one delivers.
  const report = { MessageSid: SID, MessageStatus: 'delivered', AccountSid: ACCOUNT_SID, To: '+4915112345678', From: FROM };
  const post = (signature: string) =>
    fetch(callbackUrl, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': signature }, body: new URLSearchParams(report).toString() });
  expect((await post(twilioSignature('not-the-token', callbackUrl, report))).status).toBe(403);
  expect((await unaryCall(recruiter.messaging, 'GetMessage', { id: message!.id })).state).toBe('MESSAGE_STATE_SENT');
  expect((await post(twilioSignature(AUTH_TOKEN, callbackUrl, report))).status).toBe(204);
  const delivered = await unaryCall(recruiter.messaging, 'GetMessage', { id: message!.id });
  expect(delivered.state).toBe('MESSAGE_STATE_DELIVERED');
  expect(delivered.deliveredAt).not.toBeNull();
  // A report again, or for a message Lethe does not know, is answered and changes nothing.
  expect((await post(twilioSignature(AUTH_TOKEN, callbackUrl, report))).status).toBe(204);
  expect((await failure(unaryCall(recruiter.messaging, 'GetMessage', { id: 'no-such-message' }))).code).toBe(5);
});
