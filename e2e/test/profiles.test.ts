// Profiles for a client: anonymous first, clear data only with consent, sent through messaging to
// the contact person, answered through links, recalled when the candidate withdraws — across the
// real candidates, consent, messaging and profile-rendering services, read in Mailpit and Chromium.
import { chromium, type Browser } from 'playwright-core';
import { clientStreamCall, unaryCall } from '@lethe/platform/grpc';
import { makeCanaries, scanDirectoryForCanaries, scanOwnTopicsForCanaries, scanRedisForCanaries, testInfra, type MailpitMessage } from '@lethe/platform/testkit';
import { createCandidate, failure, startStack, uniqueName, waitFor, type Clients, type Stack } from './stack';

let kit: Stack;
let browser: Browser;

beforeAll(async () => {
  [kit, browser] = await Promise.all([
    startStack({ profiles: true }),
    chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: process.getuid?.() === 0 ? ['--no-sandbox'] : [] }),
  ]);
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await kit?.close();
});

const linksOf = (mail: MailpitMessage) => [...mail.Text.matchAll(/https?:\/\/\S+/g)].map((match) => match[0]);

/** A candidate whose identifiers also appear in their own free text, a client with a contact person, and a request. */
async function scene(recruiter: Clients, personal: Record<string, unknown> = {}) {
  const candidate = await createCandidate(recruiter, {
    salutation: 'Frau',
    firstName: 'Jördis',
    lastName: 'Weiß-Öztürk',
    dateOfBirth: '1988-03-14',
    phone: '+49 151 23456789',
    address: { street: 'Lindenstraße 12', zip: '10115', city: 'Berlin', country: 'DE' },
    skills: ['SAP FI', 'IFRS'],
    experience: 'Jördis Weiß-Öztürk leitet seit 2019 die Buchhaltung (Tel. 0151 2345 6789).\n\nFrau Weiss-Oeztuerk ist erreichbar unter jordis.weiss (at) example (dot) org.',
    ...personal,
  });
  const company = await unaryCall(recruiter.recruiting, 'CreateClient', { name: 'Beispiel AG' });
  const contactEmail = `${uniqueName('contact')}@example.org`;
  const contact = await unaryCall(recruiter.recruiting, 'CreateContactPerson', { contact: { clientId: company.id, firstName: 'Max', lastName: 'Kontakt', email: contactEmail } });
  const request = await unaryCall(recruiter.recruiting, 'CreateClientRequest', { clientId: company.id, contactPersonId: contact.id, title: 'Leitung Buchhaltung' });
  return { candidate, company, contactEmail, request };
}

const IDENTIFIERS = ['Jördis', 'Weiß', 'Öztürk', 'Weiss', 'Oeztuerk', '2345', '6789', 'Lindenstraße', '1988', '14.03', 'example (dot) org', 'jordis'];

describe('an anonymous profile', () => {
  it('carries none of the candidate\'s identifiers, in the preview, the mail and the page the client opens', async () => {
    const recruiter = await kit.recruiter(uniqueName('agency'));
    const { candidate, contactEmail, request } = await scene(recruiter);
    const draft = await unaryCall(recruiter.profiles, 'CreateDraft', { candidateId: candidate.id, clientRequestId: request.id, kind: 'PROFILE_KIND_ANONYMOUS' });
    expect(draft.candidateLabel).toBe('J. W.-Ö.');
    expect(draft.redactions).toBeGreaterThan(0);
    const preview = await unaryCall(recruiter.profiles, 'PreviewDraft', { id: draft.id });
    for (const identifier of IDENTIFIERS) expect(preview.html).not.toContain(identifier);
    expect(preview.html).toContain('SAP FI');

    const sent = await unaryCall(recruiter.profiles, 'SendProfile', { draftId: draft.id, contentHash: preview.contentHash, note: 'Passt gut zu Ihrer Anfrage.' });
    expect(sent).toMatchObject({ kind: 'PROFILE_KIND_ANONYMOUS', state: 'SENT_STATE_SENT', contentHash: preview.contentHash });
    const mail = await kit.mailpit.waitForMail(contactEmail, () => true, 20_000);
    for (const identifier of IDENTIFIERS) expect(mail.Text).not.toContain(identifier);
    const profileLink = linksOf(mail).find((url) => url.includes('/profiles?token='))!;
    const page = await (await browser.newContext({ locale: 'de-DE' })).newPage();
    expect((await page.goto(profileLink))?.status()).toBe(200);
    const text = await page.locator('body').innerText();
    for (const identifier of IDENTIFIERS) expect(text).not.toContain(identifier);
    expect(text).toContain('J. W.-Ö.');

    const { presentations } = await unaryCall(recruiter.recruiting, 'ListPresentations', { candidateId: candidate.id });
    expect(presentations.map((presentation) => presentation.status?.statusKey)).toEqual(['anonymous_profile_sent']);
  });
});

describe('a clear-data profile', () => {
  it('is refused without consent for the client, sent with it, answered by the client, and recalled when the candidate withdraws', async () => {
    const recruiter = await kit.recruiter(uniqueName('agency'));
    const { candidate, company, contactEmail, request } = await scene(recruiter);
    const draft = await unaryCall(recruiter.profiles, 'CreateDraft', { candidateId: candidate.id, clientRequestId: request.id, kind: 'PROFILE_KIND_CLEAR_DATA' });
    expect(draft.candidateLabel).toBe('Frau Jördis Weiß-Öztürk');
    const preview = await unaryCall(recruiter.profiles, 'PreviewDraft', { id: draft.id });
    const refused = await failure(unaryCall(recruiter.profiles, 'SendProfile', { draftId: draft.id, contentHash: preview.contentHash }));
    expect(refused).toMatchObject({ code: 9, reason: 'NO_CLEAR_DATA_CONSENT' });

    // The candidate consents for this client through the link messaging sent them.
    await unaryCall(recruiter.consent, 'RequestConsent', { subjectId: candidate.id, kind: 'CONSENT_KIND_CLEAR_DATA_SHARING', clientId: company.id, clientName: 'Beispiel AG' });
    const consentMail = await kit.mailpit.waitForMail(candidate.email, (mail) => mail.Subject.includes('Beispiel AG'), 20_000);
    const consentPage = await (await browser.newContext({ locale: 'de-DE' })).newPage();
    await consentPage.goto(linksOf(consentMail).find((url) => url.includes('/consent?token='))!);
    await Promise.all([consentPage.waitForURL(/\/consent$/), consentPage.click('#grant')]);

    const sent = await unaryCall(recruiter.profiles, 'SendProfile', { draftId: draft.id, contentHash: preview.contentHash });
    const mail = await kit.mailpit.waitForMail(contactEmail, (message) => message.Text.includes('/profiles?token='), 20_000);
    const links = linksOf(mail);
    const profileLink = links.find((url) => url.includes('/profiles?token='))!;
    expect(await (await fetch(profileLink)).text()).toContain('Weiß-Öztürk');

    // The client answers "interested": asked on the page, given by its button.
    const page = await (await browser.newContext({ locale: 'de-DE' })).newPage();
    await page.goto(links.find((url) => url.includes('answer=interested'))!);
    await Promise.all([page.waitForURL(/\/feedback$/), page.click('#answer')]);
    await expect(page.locator('h1').getAttribute('data-outcome')).resolves.toBe('answered');
    const { presentations } = await unaryCall(recruiter.recruiting, 'ListPresentations', { candidateId: candidate.id });
    expect(presentations[0].status).toMatchObject({ statusKey: 'client_interested', source: 'STATUS_CHANGE_SOURCE_CLIENT_FEEDBACK' });

    // The candidate withdraws: the client is asked to delete the profile (named by its reference,
    // nothing of the person), and its link stops working.
    const reference = /\b(P-[0-9A-F]{10})\b/.exec(mail.Text)![1];
    await unaryCall(recruiter.consent, 'Withdraw', { subjectId: candidate.id, kind: 'CONSENT_KIND_CLEAR_DATA_SHARING', clientId: company.id });
    const recall = await kit.mailpit.waitForMail(contactEmail, (message) => message.ID !== mail.ID && message.Subject.includes(reference), 20_000);
    expect(recall.Text).not.toContain('Öztürk');
    await waitFor(async () => {
      const { sent: ledger } = await unaryCall(recruiter.profiles, 'ListSentProfiles', { candidateId: candidate.id });
      return ledger.find((entry) => entry.id === sent.id && entry.state === 'SENT_STATE_RECALLED');
    }, 20_000);
    expect((await fetch(profileLink)).status).toBe(410);
    const { sent: byClient } = await unaryCall(recruiter.profiles, 'ListSentProfiles', { clientId: company.id });
    expect(byClient).toEqual([expect.objectContaining({ id: sent.id, recallReason: 'CONSENT_WITHDRAWN', clientFeedback: 'interested' })]);
  });
});

describe('drafts', () => {
  it('refuse oversized or malformed edits and a send of content other than previewed', async () => {
    const recruiter = await kit.recruiter(uniqueName('agency'));
    const { candidate, request } = await scene(recruiter);
    const draft = await unaryCall(recruiter.profiles, 'CreateDraft', { candidateId: candidate.id, clientRequestId: request.id, kind: 'PROFILE_KIND_ANONYMOUS' });
    const edit = (change: Record<string, unknown>) => failure(unaryCall(recruiter.profiles, 'UpdateDraft', { id: draft.id, sections: draft.sections, facts: draft.facts, expectedVersion: draft.version, ...change }));
    expect((await edit({ sections: [{ key: 'summary', title: 'x', paragraphs: ['y'.repeat(5_001)] }] })).violations[0].field).toBe('sections[0].paragraphs[0]');
    expect((await edit({ sections: [{ key: '<b>', title: 'x', paragraphs: [] }] })).violations[0].field).toBe('sections[0].key');
    expect((await edit({ attachmentFileIds: ['file-1'] })).code).toBe(3);
    expect((await edit({ expectedVersion: 7 })).code).toBe(10);

    const preview = await unaryCall(recruiter.profiles, 'PreviewDraft', { id: draft.id });
    // An edit after the preview: its hash no longer names what would be sent. The edit's own text is redacted again.
    const edited = await unaryCall(recruiter.profiles, 'UpdateDraft', {
      id: draft.id,
      sections: [...draft.sections, { key: 'note', title: 'Hinweis', paragraphs: ['Frau Weiß-Öztürk ist ab sofort verfügbar.'] }],
      facts: draft.facts,
      expectedVersion: draft.version,
    });
    expect(JSON.stringify(edited.sections)).not.toContain('Öztürk');
    expect(await failure(unaryCall(recruiter.profiles, 'SendProfile', { draftId: draft.id, contentHash: preview.contentHash }))).toMatchObject({ code: 9, reason: 'PROFILE_CHANGED' });
  });
});

/** Consent to clear data for the client: asked by message, then granted by the recruiter on the candidate's documented word. */
async function consentFor(recruiter: Clients, candidate: { id: string; email: string }, clientId: string) {
  await unaryCall(recruiter.consent, 'RequestConsent', { subjectId: candidate.id, kind: 'CONSENT_KIND_CLEAR_DATA_SHARING', clientId, clientName: 'Beispiel AG' });
  await kit.mailpit.waitForMail(candidate.email, (mail) => mail.Subject.includes('Beispiel AG'), 20_000);
  await unaryCall(recruiter.consent, 'GrantManually', { subjectId: candidate.id, kind: 'CONSENT_KIND_CLEAR_DATA_SHARING', clientId });
}

describe('attachments', () => {
  it('go with a clear-data profile only where the tenant allows them, and the client downloads them from the profile page', async () => {
    const recruiter = await kit.recruiter(uniqueName('agency'));
    const { candidate, company, contactEmail, request } = await scene(recruiter);
    const cv = Buffer.from('%PDF-1.4\n% Lebenslauf\n%%EOF\n');
    const file = await clientStreamCall(recruiter.candidates, 'UploadFile', [{ header: { candidateId: candidate.id, kind: 'FILE_KIND_CV', fileName: 'Lebenslauf Weiß.pdf' } }, { chunk: cv }]);
    const draft = await unaryCall(recruiter.profiles, 'CreateDraft', { candidateId: candidate.id, clientRequestId: request.id, kind: 'PROFILE_KIND_CLEAR_DATA' });
    const attach = (fileIds: string[], version = draft.version) => unaryCall(recruiter.profiles, 'UpdateDraft', { id: draft.id, sections: draft.sections, facts: draft.facts, attachmentFileIds: fileIds, expectedVersion: version });
    expect(await failure(attach([file.id]))).toMatchObject({ code: 9, reason: 'ATTACHMENTS_NOT_ALLOWED' });

    const settings = await unaryCall(recruiter.profiles, 'GetProfileSettings', {});
    await unaryCall(recruiter.profiles, 'UpdateProfileSettings', { settings: { ...settings, attachmentsAllowed: true }, expectedVersion: settings.version });
    expect((await failure(attach(['0192f3a4-0000-7000-8000-00000000dead']))).violations[0].field).toBe('attachmentFileIds[0]');
    const attached = await attach([file.id]);
    expect(attached.attachmentFileIds).toEqual([file.id]);
    const preview = await unaryCall(recruiter.profiles, 'PreviewDraft', { id: draft.id });
    expect(preview.html).toContain('Lebenslauf Weiß.pdf');

    await consentFor(recruiter, candidate, company.id);
    await unaryCall(recruiter.profiles, 'SendProfile', { draftId: draft.id, contentHash: preview.contentHash });
    const mail = await kit.mailpit.waitForMail(contactEmail, (message) => message.Text.includes('/profiles?token='), 20_000);
    const page = await (await browser.newContext({ locale: 'de-DE', acceptDownloads: true })).newPage();
    await page.goto(linksOf(mail).find((url) => url.includes('/profiles?token='))!);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('text=Lebenslauf Weiß.pdf')]);
    expect(download.suggestedFilename()).toBe('Lebenslauf Weiß.pdf');
    const downloaded = await fetch(download.url());
    expect(downloaded.headers.get('content-disposition')).toMatch(/^attachment;/);
    expect(Buffer.from(await downloaded.arrayBuffer())).toEqual(cv);
    // A file that was not sent is not reachable through the profile's link.
    expect((await fetch(download.url().replace(/file=[^&]+/, 'file=0192f3a4-0000-7000-8000-00000000dead'))).status).toBe(404);
  });
});

describe('the candidate\'s erasure', () => {
  it('recalls every clear-data profile, leaves the ledger with ids and hashes only, and nothing personal was readable in events, logs, spans, FerretDB or Redis', async () => {
    const recruiter = await kit.recruiter(uniqueName('agency'));
    const canaries = makeCanaries('CANARY', ['lastName', 'email', 'text']);
    const { candidate, company, contactEmail, request } = await scene(recruiter, { lastName: canaries.lastName, email: canaries.email, experience: `Leitet seit 2019 das Team ${canaries.text}.` });
    await consentFor(recruiter, candidate, company.id);
    const clearData = await unaryCall(recruiter.profiles, 'CreateDraft', { candidateId: candidate.id, clientRequestId: request.id, kind: 'PROFILE_KIND_CLEAR_DATA' });
    const anonymous = await unaryCall(recruiter.profiles, 'CreateDraft', { candidateId: candidate.id, clientRequestId: request.id, kind: 'PROFILE_KIND_ANONYMOUS' });
    const sent = [];
    for (const draft of [anonymous, clearData]) {
      const preview = await unaryCall(recruiter.profiles, 'PreviewDraft', { id: draft.id });
      sent.push(await unaryCall(recruiter.profiles, 'SendProfile', { draftId: draft.id, contentHash: preview.contentHash }));
    }
    const profileMail = await kit.mailpit.waitForMail(contactEmail, (message) => message.Text.includes(canaries.lastName), 20_000);
    const profileLink = linksOf(profileMail).find((url) => url.includes('/profiles?token='))!;
    expect(await (await fetch(profileLink)).text()).toContain(canaries.text);

    const secrets = Object.values(canaries);
    const scan = async () => {
      const infra = testInfra();
      const hits = [...(await scanDirectoryForCanaries(infra.mongoDataDir, secrets)), ...(await scanRedisForCanaries(kit.services.profiles!.runtime.redis, secrets))];
      const prefix = kit.services.profiles!.runtime.config.KAFKA_TOPIC_PREFIX;
      hits.push(...(await scanOwnTopicsForCanaries(infra.kafkaDataDir, prefix, secrets)).hits);
      return hits;
    };
    expect(await scan()).toEqual([]);

    const erasure = await unaryCall(recruiter.retention, 'OpenErasureRequest', { subjectId: candidate.id, reason: 'bitte' });
    kit.retentionClock.set(new Date(Number(erasure.deadlineAt!.seconds) * 1000 + 60_000));
    expect((await kit.retention().sweeper.run(kit.retentionClock.now())).executed['erasure-requests']).toBeGreaterThanOrEqual(1);
    await waitFor(async () => ((await failure(unaryCall(recruiter.profiles, 'GetDraft', { id: clearData.id }))).code === 5 ? true : undefined), 30_000);
    const recall = await kit.mailpit.waitForMail(contactEmail, (message) => message.Subject.includes('P-') && message.ID !== profileMail.ID && !message.Text.includes('/profiles?token='), 20_000);
    expect(recall.Text).not.toContain(canaries.lastName);

    const { sent: ledger } = await unaryCall(recruiter.profiles, 'ListSentProfiles', { clientId: company.id });
    expect(ledger.map(({ id, kind, state, recallReason, contentHash }) => ({ id, kind, state, recallReason, contentHash }))).toEqual([
      { id: sent[1].id, kind: 'PROFILE_KIND_CLEAR_DATA', state: 'SENT_STATE_RECALLED', recallReason: 'ERASED', contentHash: sent[1].contentHash },
      { id: sent[0].id, kind: 'PROFILE_KIND_ANONYMOUS', state: 'SENT_STATE_SENT', recallReason: '', contentHash: sent[0].contentHash },
    ]);
    expect((await fetch(profileLink)).status).toBe(404);
    // Messaging forgot the profile it carried to the client; the recall, which names nothing of the person, stays.
    const { messages } = await unaryCall(recruiter.messaging, 'ListMessages', { recipient: { contactPersonId: ledger[0].contactPersonId } });
    expect(messages.map((message) => message.templateKey)).toEqual(['profile-recall']);

    expect(await scan()).toEqual([]);
    expect(secrets.filter((secret) => kit.logs.text().includes(secret))).toEqual([]);
    expect(secrets.filter((secret) => kit.spans.text().includes(secret))).toEqual([]);
    expect(kit.spans.names().some((name) => name.includes('ProfileRenderingService/SendProfile'))).toBe(true);
  });
});
