// Messages that reach people: through the real messaging service, with the real candidates, consent
// and retention services, over SMTP into Mailpit, links opened in Chromium.
import { chromium, type Browser } from 'playwright-core';
import { RIGHTS } from '@lethe/platform/auth';
import { unaryCall } from '@lethe/platform/grpc';
import type { MailpitMessage } from '@lethe/platform/testkit';
import { TOPICS, toTimestamp } from '@lethe/protos';
import { createCandidate, failure, sendMessage, startStack, uniqueName, waitFor, type Clients, type Stack } from './stack';

let kit: Stack;
let browser: Browser;

beforeAll(async () => {
  [kit, browser] = await Promise.all([
    startStack(),
    chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: process.getuid?.() === 0 ? ['--no-sandbox'] : [] }),
  ]);
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await kit?.close();
});

/** The links in a mail's text part. */
function linksOf(mail: MailpitMessage): string[] {
  return [...mail.Text.matchAll(/https?:\/\/\S+/g)].map((match) => match[0]);
}

async function messageState(clients: Clients, id: string): Promise<string> {
  return (await unaryCall(clients.messaging, 'GetMessage', { id })).state;
}

describe('a consent request', () => {
  it('reaches the candidate by email with a link that works in Chromium; the recruiter sees that it went out, never the link', async () => {
    const tenant = uniqueName('agency');
    const recruiter = await kit.recruiter(tenant);
    const candidate = await createCandidate(recruiter);
    const client = await unaryCall(recruiter.recruiting, 'CreateClient', { name: 'Beispiel AG' });
    const { consent } = await unaryCall(recruiter.consent, 'RequestConsent', { subjectId: candidate.id, kind: 'CONSENT_KIND_CLEAR_DATA_SHARING', clientId: client.id, clientName: 'Beispiel AG' });
    expect(JSON.stringify(consent)).not.toMatch(/token=/);

    const mail = await kit.mailpit.waitForMail(candidate.email, (message) => message.Subject.includes('Beispiel AG'), 20_000);
    expect(mail.From?.Address).toBe('no-reply@muster-personal.example');
    expect(mail.Text).toContain('Guten Tag Frau Mustermann');
    expect(mail.HTML).toMatch(/<a href="http:\/\/127\.0\.0\.1:\d+\/consent\?token=[A-Za-z0-9_-]{43}">/);
    const [link] = linksOf(mail).filter((url) => url.includes('/consent?token='));

    const page = await (await browser.newContext({ locale: 'de-DE' })).newPage();
    expect((await page.goto(link))?.status()).toBe(200);
    await expect(page.locator('dd').first().textContent()).resolves.toBe('Beispiel AG');
    await Promise.all([page.waitForURL(/\/consent$/), page.click('#grant')]);
    await expect(page.locator('h1').getAttribute('data-outcome')).resolves.toBe('granted');
    expect((await unaryCall(recruiter.consent, 'CheckConsent', { subjectId: candidate.id, kind: 'CONSENT_KIND_CLEAR_DATA_SHARING', clientId: client.id })).granted).toBe(true);

    // The recruiter sees the message, sent, with its content but without the working link.
    const { messages } = await unaryCall(recruiter.messaging, 'ListMessages', { recipient: { candidateId: candidate.id } });
    expect(messages).toEqual([expect.objectContaining({ templateKey: 'consent-request-clear-data', state: 'MESSAGE_STATE_SENT', automated: false, createdBy: 'recruiter-1' })]);
    const shown = await unaryCall(recruiter.messaging, 'GetMessage', { id: messages[0].id });
    expect(shown.to).toBe(candidate.email);
    expect(shown.content?.text).toContain('/consent?token=…');
    expect(JSON.stringify(shown)).not.toContain(link.split('token=')[1]);
    // A recruiter's request is a message the candidate gets from a person: it restarts the retention clock.
    await waitFor(async () => {
      const { activities } = await unaryCall(recruiter.candidates, 'ListActivities', { candidateId: candidate.id });
      return activities.some((activity) => activity.kind === 'ACTIVITY_KIND_MESSAGE_TO_CANDIDATE') || undefined;
    });
  });
});

describe("a recruiter's message", () => {
  it('goes out once per idempotency key as text and escaped HTML with a Message-ID of its own', async () => {
    const recruiter = await kit.recruiter(uniqueName('agency'));
    const candidate = await createCandidate(recruiter, { lastName: 'Müller <b>' });
    const request = { idempotencyKey: uniqueName('key'), recipient: { candidateId: candidate.id }, values: { subject: 'Ihr Termin', text: 'Bis morgen & <i>viele Grüße</i>' } };
    const first = await sendMessage(recruiter.messaging, request);
    const again = await sendMessage(recruiter.messaging, request);
    expect(again.message!.id).toBe(first.message!.id);
    expect(first.warning).toBe('');

    const mail = await kit.mailpit.waitForMail(candidate.email, (message) => message.Subject === 'Ihr Termin', 20_000);
    expect(mail.Text).toContain('Guten Tag Frau Müller <b>,');
    expect(mail.Text).toContain('Bis morgen & <i>viele Grüße</i>');
    expect(mail.HTML).toContain('Müller &lt;b&gt;');
    expect(mail.HTML).not.toContain('<i>');
    expect(mail.MessageID).toBe(`${first.message!.id}@muster-personal.example`);
    await waitFor(async () => (await messageState(recruiter, first.message!.id)) === 'MESSAGE_STATE_SENT' || undefined);
    // Sent once, however often it was asked for.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect((await kit.mailpit.messagesTo(candidate.email)).filter((message) => message.Subject === 'Ihr Termin')).toHaveLength(1);
    const { attempts } = await unaryCall(recruiter.messaging, 'GetMessage', { id: first.message!.id });
    expect(attempts).toEqual([expect.objectContaining({ number: 1, outcome: 'sent' })]);
  });

  it('refuses bad requests with the field named, and changes nothing', async () => {
    const recruiter = await kit.recruiter(uniqueName('agency'));
    const candidate = await createCandidate(recruiter);
    const cases: [Record<string, unknown>, string][] = [
      [{ idempotencyKey: '' }, 'idempotencyKey'],
      [{ recipient: null }, 'recipient'],
      [{ templateKey: 'no-such-template' }, 'templateKey'],
      [{ templateKey: 'deletion-notice', values: {} }, 'templateKey'],
      [{ values: { subject: 'x', text: 'y', extra: 'z' } }, 'values.extra'],
      [{ values: { subject: 'x', text: 'y'.repeat(5_001) } }, 'values.text'],
      // A channel this version does not know arrives as its number.
      [{ channel: 9 }, 'channel'],
      [{ language: 'fr' }, 'language'],
      // Only a message carrying a candidate's data to someone else names them.
      [{ aboutCandidateId: candidate.id }, 'aboutCandidateId'],
    ];
    for (const [change, field] of cases) {
      const refused = await failure(sendMessage(recruiter.messaging, { recipient: { candidateId: candidate.id }, ...change }));
      expect(refused.code).toBe(3);
      expect(refused.violations.map((violation) => violation.field)).toContain(field);
    }
    expect((await unaryCall(recruiter.messaging, 'ListMessages', { recipient: { candidateId: candidate.id } })).messages).toEqual([]);
  });

  it('needs candidates:write, and a contact person gets only what is written to contact persons', async () => {
    const tenant = uniqueName('agency');
    const reader = await kit.recruiter(tenant, [RIGHTS.readCandidates]);
    expect((await failure(sendMessage(reader.messaging, { recipient: { candidateId: 'c-1' } }))).code).toBe(7);
    const recruiter = await kit.recruiter(tenant);
    const company = await unaryCall(recruiter.recruiting, 'CreateClient', { name: 'Beispiel AG' });
    const { id } = await unaryCall(recruiter.recruiting, 'CreateContactPerson', { contact: { clientId: company.id, firstName: 'Max', lastName: 'Kontakt', email: `${uniqueName('contact')}@example.org` } });
    const refused = await failure(sendMessage(recruiter.messaging, { recipient: { contactPersonId: id } }));
    expect(refused.violations).toEqual([expect.objectContaining({ field: 'recipient' })]);
    // A candidate's details to a client name the candidate, so they are erased with them.
    const unnamed = await failure(sendMessage(recruiter.messaging, { recipient: { contactPersonId: id }, templateKey: 'appointment-confirmation', values: { candidateLabel: 'E. M.', appointmentAt: 'morgen', location: 'online' } }));
    expect(unnamed.violations).toEqual([expect.objectContaining({ field: 'aboutCandidateId' })]);
  });
});

describe('templates', () => {
  it('are saved as new versions, checked for unknown placeholders, and previewed with sample values', async () => {
    const recruiter = await kit.recruiter(uniqueName('agency'));
    const saved = await unaryCall(recruiter.messaging, 'SaveTemplate', { key: 'message', channel: 'CHANNEL_EMAIL', language: 'de', subject: '{{subject}}', body: 'Hallo {{firstName}},\n{{text}}\n{{company}}' });
    expect(saved).toMatchObject({ version: 1, savedBy: 'recruiter-1' });
    const unknown = await failure(unaryCall(recruiter.messaging, 'SaveTemplate', { key: 'message', channel: 'CHANNEL_EMAIL', language: 'de', subject: 'x', body: 'Hallo {{vorname}}' }));
    expect(unknown.code).toBe(3);
    expect(unknown.violations).toEqual([expect.objectContaining({ field: 'body', code: 'unknown_placeholder', description: expect.stringContaining('{{vorname}}') })]);
    for (const body of ['{{{text}}}', '{{> partial}}', '{{#with text}}x{{/with}}', '{{lookup text 1}}', 'x'.repeat(10_001), '{{#if}}']) {
      expect((await failure(unaryCall(recruiter.messaging, 'SaveTemplate', { key: 'message', channel: 'CHANNEL_EMAIL', language: 'de', subject: 'x', body }))).code).toBe(3);
    }
    expect((await unaryCall(recruiter.messaging, 'GetTemplate', { key: 'message', channel: 'CHANNEL_EMAIL', language: 'de' })).version).toBe(1);
    const preview = await unaryCall(recruiter.messaging, 'PreviewTemplate', { key: 'message', channel: 'CHANNEL_EMAIL', language: 'de' });
    expect(preview.text).toBe('Hallo Erika,\nvielen Dank für das Gespräch heute.\nMuster Personal GmbH');
    const draft = await unaryCall(recruiter.messaging, 'PreviewTemplate', { key: 'deletion-notice', channel: 'CHANNEL_EMAIL', language: 'en', subject: 'Deleted on {{deletionDate}}', body: '<b>{{deleteNowLink}}</b>', draft: true });
    expect(draft.html).toContain('&lt;b&gt;');
    expect(draft.html).toContain('<a href="https://lethe.example/self-service?token=…">');
    const { templates } = await unaryCall(recruiter.messaging, 'ListTemplates', {});
    expect(templates.filter((template) => template.key === 'deletion-notice' && template.channel === 'CHANNEL_EMAIL').map((template) => template.language).sort()).toEqual(['de', 'en']);
  });
});

describe('rules of the seeds', () => {
  it('an erasure request: the candidate is told it arrived; automated messages stop; a recruiter\'s own message goes out with a warning', async () => {
    const recruiter = await kit.recruiter(uniqueName('agency'));
    const candidate = await createCandidate(recruiter);
    await unaryCall(recruiter.retention, 'OpenErasureRequest', { subjectId: candidate.id, reason: 'Bitte löschen' });
    await kit.mailpit.waitForMail(candidate.email, (mail) => mail.Subject === 'Ihr Löschbegehren ist eingegangen', 20_000);

    const workflow = await kit.workflow(recruiter.tenantId);
    const automated = await sendMessage(workflow, { recipient: { candidateId: candidate.id }, templateKey: 'talent-pool-welcome', values: {} });
    expect(automated.message).toMatchObject({ state: 'MESSAGE_STATE_SUPPRESSED', suppressedBecause: 'ERASURE_REQUESTED', automated: true });
    const manual = await sendMessage(recruiter.messaging, { recipient: { candidateId: candidate.id }, values: { subject: 'Ihre Löschanfrage', text: 'Wir bestätigen.' } });
    expect(manual.warning).toContain('asked to be forgotten');
    await kit.mailpit.waitForMail(candidate.email, (mail) => mail.Subject === 'Ihre Löschanfrage', 20_000);
  });

  it('the erasure the candidate asked for is confirmed to them as the last message, sent before their key is gone', async () => {
    const recruiter = await kit.recruiter(uniqueName('agency'));
    const candidate = await createCandidate(recruiter);
    const request = await unaryCall(recruiter.retention, 'OpenErasureRequest', { subjectId: candidate.id });
    await kit.mailpit.waitForMail(candidate.email, (mail) => mail.Subject === 'Ihr Löschbegehren ist eingegangen', 20_000);
    kit.retentionClock.set(new Date(Number(request.deadlineAt!.seconds) * 1000 + 60_000));
    expect((await kit.retention().sweeper.run(kit.retentionClock.now())).executed['erasure-requests']).toBeGreaterThanOrEqual(1);
    const done = await kit.mailpit.waitForMail(candidate.email, (mail) => mail.Subject === 'Ihre Daten wurden gelöscht', 30_000);
    expect(done.Text).toContain('Muster Personal');
    await waitFor(async () => ((await unaryCall(recruiter.messaging, 'ListMessages', { recipient: { candidateId: candidate.id } })).messages.length === 0 ? true : undefined), 30_000);
  });

  it('a withdrawn erasure request is confirmed, and the held confirmation of the erasure is dropped', async () => {
    const recruiter = await kit.recruiter(uniqueName('agency'));
    const candidate = await createCandidate(recruiter);
    await unaryCall(recruiter.retention, 'OpenErasureRequest', { subjectId: candidate.id });
    await kit.mailpit.waitForMail(candidate.email, (mail) => mail.Subject === 'Ihr Löschbegehren ist eingegangen', 20_000);
    await unaryCall(recruiter.retention, 'WithdrawErasureRequest', { subjectId: candidate.id });
    await kit.mailpit.waitForMail(candidate.email, (mail) => mail.Subject.includes('zurückgezogen'), 20_000);
    const { messages } = await unaryCall(recruiter.messaging, 'ListMessages', { recipient: { candidateId: candidate.id } });
    expect(messages.find((entry) => entry.templateKey === 'erasure-done')?.state).toBe('MESSAGE_STATE_PURGED');
  });

  it('SMS and WhatsApp only with the licence, which only the operator grants', async () => {
    const tenant = uniqueName('agency');
    const recruiter = await kit.recruiter(tenant);
    const candidate = await createCandidate(recruiter, { phone: '+4915112345678' });
    const unlicensed = await sendMessage(recruiter.messaging, { recipient: { candidateId: candidate.id }, channel: 'CHANNEL_SMS', values: { text: 'Rufen Sie zurück?' } });
    expect(unlicensed.message).toMatchObject({ state: 'MESSAGE_STATE_SUPPRESSED', suppressedBecause: 'NOT_LICENSED' });

    const settings = await unaryCall(recruiter.messaging, 'GetMessagingSettings', {});
    const licensed = { ...settings, smsLicensed: true };
    const refused = await failure(unaryCall(recruiter.messaging, 'UpdateMessagingSettings', { settings: licensed, expectedVersion: settings.version }));
    expect(refused.code).toBe(7);
    const operator = await kit.recruiter(tenant, [RIGHTS.manageSettings, RIGHTS.manageLicences], 'operator');
    expect((await unaryCall(operator.messaging, 'UpdateMessagingSettings', { settings: licensed, expectedVersion: settings.version })).smsLicensed).toBe(true);
    // Licensed, but this installation has no SMS provider configured: it fails visibly.
    const sent = await sendMessage(recruiter.messaging, { recipient: { candidateId: candidate.id }, channel: 'CHANNEL_SMS', values: { text: 'Rufen Sie zurück?' } });
    await waitFor(async () => (await messageState(recruiter, sent.message!.id)) === 'MESSAGE_STATE_FAILED' || undefined);
    expect((await unaryCall(recruiter.messaging, 'GetMessage', { id: sent.message!.id })).failureReason).toBe('CHANNEL_NOT_CONFIGURED');
  });

  it('a campaign needs campaign or storage consent at the moment it is sent, and carries a one-click unsubscribe', async () => {
    const recruiter = await kit.recruiter(uniqueName('agency'));
    const candidate = await createCandidate(recruiter);
    const workflow = await kit.workflow(recruiter.tenantId);
    const welcome = () => sendMessage(workflow, { recipient: { candidateId: candidate.id }, templateKey: 'talent-pool-welcome', values: {} });
    expect((await welcome()).message).toMatchObject({ state: 'MESSAGE_STATE_SUPPRESSED', suppressedBecause: 'NO_CONSENT' });

    // The candidate consents to the talent pool through the link in the request messaging sends.
    await unaryCall(recruiter.consent, 'RequestConsent', { subjectId: candidate.id, kind: 'CONSENT_KIND_STORAGE', periodMonths: 24 });
    const request = await kit.mailpit.waitForMail(candidate.email, (mail) => mail.Text.includes('/consent?token='), 20_000);
    const page = await (await browser.newContext({ locale: 'de-DE' })).newPage();
    await page.goto(linksOf(request).find((url) => url.includes('/consent?token='))!);
    await Promise.all([page.waitForURL(/\/consent$/), page.click('#grant')]);

    const sent = await welcome();
    const mail = await kit.mailpit.waitForMail(candidate.email, (message) => message.ID !== request.ID && message.Text.includes('/unsubscribe?token='), 20_000);
    expect(sent.message!.campaign).toBe(true);
    const unsubscribe = linksOf(mail).find((url) => url.includes('/unsubscribe?token='))!;
    expect(mail.headers['list-unsubscribe']).toEqual([`<${unsubscribe}>`]);
    expect(mail.headers['list-unsubscribe-post']).toEqual(['List-Unsubscribe=One-Click']);

    // GET only asks (a strict page: no scripts, no caching, no referrer); the mail client's one-click POST unsubscribes; the next campaign is suppressed.
    const asked = await fetch(unsubscribe);
    expect(asked.status).toBe(200);
    expect(asked.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(asked.headers.get('cache-control')).toBe('no-store');
    expect(asked.headers.get('referrer-policy')).toBe('no-referrer');
    for (const forged of [unsubscribe.replace(/token=.*/, 'token=x'), unsubscribe.slice(0, -1) + (unsubscribe.endsWith('A') ? 'B' : 'A'), `${unsubscribe}%3Cscript%3E`]) {
      expect((await fetch(forged, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' })).status).toBe(404);
    }
    expect((await welcome()).message!.state).not.toBe('MESSAGE_STATE_SUPPRESSED');
    const oneClick = await fetch(unsubscribe, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' });
    expect(oneClick.status).toBe(200);
    expect((await welcome()).message).toMatchObject({ state: 'MESSAGE_STATE_SUPPRESSED', suppressedBecause: 'UNSUBSCRIBED' });
  });
});

describe("retention's notices", () => {
  it("reach the candidate once a day, however often the event comes, with links to keep the data and to be deleted now", async () => {
    const recruiter = await kit.recruiter(uniqueName('agency'));
    const candidate = await createCandidate(recruiter);
    const notice = (time: Date) => ({
      type: 'lethe.retention.v1.CandidateNoticeDue' as const,
      tenantId: recruiter.tenantId,
      subjectId: candidate.id,
      time,
      payload: { noticeId: uniqueName('notice'), subjectId: candidate.id, action: 'SCHEDULED_ACTION_DELETE' as const, actionDueAt: toTimestamp(new Date('2027-02-01T00:00:00Z')), storageConsentMonths: 12 },
    });
    const today = new Date();
    await kit.services.retention.runtime.bus.publish(TOPICS.retentionNotices, [notice(today), notice(today)]);
    const mail = await kit.mailpit.waitForMail(candidate.email, (message) => message.Text.includes('/self-service?token='), 20_000);
    expect(mail.Text).toContain('01.02.2027');
    const links = linksOf(mail);
    expect(links.some((url) => /\/consent\?token=/.test(url))).toBe(true);
    // The "keep my data" link asks for storage consent for the tenant's extension period.
    const page = await (await browser.newContext({ locale: 'de-DE' })).newPage();
    await page.goto(links.find((url) => url.includes('/consent?token='))!);
    await expect(page.locator('dd').nth(1).textContent()).resolves.toBe('12 Monate');

    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect((await kit.mailpit.messagesTo(candidate.email)).filter((message) => message.Subject === mail.Subject)).toHaveLength(1);
    // The next day's notice is a new message.
    await kit.services.retention.runtime.bus.publish(TOPICS.retentionNotices, [notice(new Date(today.getTime() + 86_400_000))]);
    await waitFor(async () => (await kit.mailpit.messagesTo(candidate.email)).filter((message) => message.Subject === mail.Subject).length === 2 || undefined, 20_000);
  });

  it("reach the owner once a day in a digest naming the people by id; an owner without an address through the tenant's fallback", async () => {
    const tenant = uniqueName('agency');
    const admin = await kit.recruiter(tenant);
    const ownerEmail = `${uniqueName('owner')}@example.org`;
    await unaryCall(admin.messaging, 'SetUserAddress', { address: { userId: 'owner-1', email: ownerEmail, name: 'Rita Recruiter', language: 'de' } });
    const settings = await unaryCall(admin.messaging, 'GetMessagingSettings', {});
    const fallback = `${uniqueName('office')}@example.org`;
    await unaryCall(admin.messaging, 'UpdateMessagingSettings', { settings: { ...settings, fallbackEmail: fallback }, expectedVersion: settings.version });
    const digest = (ownerId: string) => ({
      type: 'lethe.retention.v1.OwnerNoticeDigest' as const,
      tenantId: tenant,
      payload: { digestId: uniqueName('digest'), ownerId, digestDate: '2027-01-18', subjects: [{ subjectId: 'subject-1', action: 'SCHEDULED_ACTION_DELETE' as const, actionDueAt: toTimestamp(new Date('2027-02-01T00:00:00Z')) }] },
    });
    await kit.services.retention.runtime.bus.publish(TOPICS.retentionNotices, [digest('owner-1'), digest('owner-1'), digest('owner-who-left')]);
    const mail = await kit.mailpit.waitForMail(ownerEmail, () => true, 20_000);
    expect(mail.Text).toContain('Guten Tag Rita Recruiter');
    expect(mail.Text).toContain('subject-1');
    await kit.mailpit.waitForMail(fallback, (message) => message.Text.includes('subject-1'), 20_000);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await kit.mailpit.messagesTo(ownerEmail)).toHaveLength(1);
  });
});
