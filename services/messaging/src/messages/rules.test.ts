import { DEFAULT_SETTINGS } from '../settings/settings';
import { kindOf } from '../templates/catalogue';
import { MAX_ATTEMPTS, nextAttemptAt, sendingDecision, type SendingContext } from './rules';

const kind = (key: string) => kindOf(key)!;
const candidate = { marked: false, erasureRequested: false, unsubscribed: [] as string[] };
const base = (key: string, extra: Partial<SendingContext> = {}): SendingContext => ({ kind: kind(key), channel: 'email', automated: kind(key).sentByLethe, settings: DEFAULT_SETTINGS, subject: candidate, ...extra });

describe('whether a message goes out', () => {
  it('needs the licence for SMS and WhatsApp, not for email', () => {
    expect(sendingDecision(base('message', { channel: 'sms' }))).toEqual({ send: false, because: 'NOT_LICENSED' });
    expect(sendingDecision(base('message', { channel: 'sms', settings: { ...DEFAULT_SETTINGS, smsLicensed: true } }))).toEqual({ send: true });
    expect(sendingDecision(base('message', { channel: 'whatsapp', settings: { ...DEFAULT_SETTINGS, smsLicensed: true } }))).toEqual({ send: false, because: 'NOT_LICENSED' });
  });

  it('sends no automated message to a candidate who asked to be forgotten or is marked, except about that request', () => {
    expect(sendingDecision(base('deletion-notice', { subject: { ...candidate, erasureRequested: true } }))).toEqual({ send: false, because: 'ERASURE_REQUESTED' });
    expect(sendingDecision(base('deletion-notice', { subject: { ...candidate, marked: true } }))).toEqual({ send: false, because: 'SUBJECT_MARKED_FOR_DELETION' });
    expect(sendingDecision(base('erasure-request-confirmation', { subject: { ...candidate, erasureRequested: true } }))).toEqual({ send: true });
  });

  it("lets a recruiter's own message go out with a warning", () => {
    const decision = sendingDecision(base('message', { subject: { ...candidate, erasureRequested: true } }));
    expect(decision).toMatchObject({ send: true });
    expect(decision.send && decision.warning).toContain('asked to be forgotten');
  });

  it('sends a campaign only with consent at that moment, and not after an unsubscribe', () => {
    expect(sendingDecision(base('talent-pool-welcome', { consented: false }))).toEqual({ send: false, because: 'NO_CONSENT' });
    expect(sendingDecision(base('talent-pool-welcome', { consented: true }))).toEqual({ send: true });
    expect(sendingDecision(base('talent-pool-welcome', { consented: true, subject: { ...candidate, unsubscribed: ['email'] } }))).toEqual({ send: false, because: 'UNSUBSCRIBED' });
    expect(sendingDecision(base('talent-pool-welcome', { consented: true, subject: { ...candidate, erasureRequested: true } }))).toEqual({ send: false, because: 'ERASURE_REQUESTED' });
  });

  it('leaves out the automated messages a tenant switched off', () => {
    const off = { ...DEFAULT_SETTINGS, erasureConfirmations: false };
    // The notice before deletion is switched in the retention policy: retention announces none.
    expect(sendingDecision(base('deletion-notice', { settings: off }))).toEqual({ send: true });
    expect(sendingDecision(base('erasure-done', { settings: off }))).toEqual({ send: false, because: 'NOTICES_OFF' });
    expect(sendingDecision(base('appointment-confirmation', { subject: undefined, automated: true }))).toEqual({ send: false, because: 'NOTICES_OFF' });
    expect(sendingDecision(base('appointment-confirmation', { subject: undefined, automated: false }))).toEqual({ send: true });
  });
});

describe('retries', () => {
  it('wait longer each time and end after the last attempt', () => {
    const now = new Date('2027-01-01T00:00:00Z');
    const waits = [1, 2, 3, 4].map((n) => nextAttemptAt(n, now)!.getTime() - now.getTime());
    expect(waits).toEqual([30_000, 120_000, 480_000, 1_920_000]);
    expect(nextAttemptAt(MAX_ATTEMPTS, now)).toBeUndefined();
  });
});
