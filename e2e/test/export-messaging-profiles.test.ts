// The data export (ExportSubject) of messaging and profile-rendering: what each holds about one
// candidate, decrypted and field by field as created through the real services, nothing of another
// candidate or tenant, and nothing once the candidate is erased.
import { status } from '@grpc/grpc-js';
import { RIGHTS } from '@lethe/platform/auth';
import { readSubjectExport, type ExportRecord, type ReceivedExport } from '@lethe/platform/export';
import { createClient, serverStreamCall, unaryCall } from '@lethe/platform/grpc';
import { erasureDriver, type MailpitMessage } from '@lethe/platform/testkit';
import { fromTimestamp, loadGrpcObject, type Message__Output, type SubjectExportProto } from '@lethe/protos';
import { createCandidate, failure, sendMessage, startStack, uniqueName, waitFor, type Clients, type Stack } from './stack';

const SubjectExportService = loadGrpcObject<SubjectExportProto>().lethe.export.v1.SubjectExportService;

let kit: Stack;

beforeAll(async () => {
  kit = await startStack({ profiles: true });
}, 120_000);
afterAll(async () => {
  await kit?.close();
});

type ExportingService = 'messaging' | 'profiles';

/** What a service exports about a subject, asked as retention asks (or with the token given). */
async function exported(service: ExportingService, tenantId: string, subjectId: string, token?: { actorKind: 'user' | 'service' }): Promise<ReceivedExport> {
  const actorKind = token?.actorKind ?? 'service';
  const minted = await kit.auth.mint({ tenantId, actorId: actorKind === 'service' ? 'retention' : 'recruiter-1', actorKind, rights: [RIGHTS.exportSubjects] });
  const client = createClient(SubjectExportService, kit.services[service]!.address, { token: minted });
  try {
    return await readSubjectExport(serverStreamCall(client, 'ExportSubject', { subjectId }), 10 * 1024 * 1024, service);
  } finally {
    client.close();
  }
}

const iso = (timestamp: Parameters<typeof fromTimestamp>[0]) => fromTimestamp(timestamp)?.toISOString() ?? null;
const byId = (records: readonly ExportRecord[] | undefined) => [...(records ?? [])].sort((a, b) => String(a.id).localeCompare(String(b.id)));
/** A mail's text as rendered (SMTP carries it with CRLF line ends). */
const rendered = (text: string) => text.replace(/\r\n/g, '\n').trim();
/** A mail as the export shows it: the tokens of its links blanked, as the recruiter's GetMessage shows them. */
const blanked = (text: string) => rendered(text).replace(/(token=)[A-Za-z0-9_-]{20,}/g, '$1…');
const linksOf = (mail: MailpitMessage) => [...mail.Text.matchAll(/https?:\/\/\S+/g)].map((match) => match[0]);

/** A message as messaging's export documents it, from what the recruiter's API shows of it. */
function expectedMessage(message: Message__Output, to: string): ExportRecord {
  return {
    id: message.id,
    // The recipient's id under its kind, without the API's oneof discriminator.
    recipient: Object.fromEntries(Object.entries(message.recipient ?? {}).filter(([key]) => key !== 'recipient')),
    aboutCandidateId: message.aboutCandidateId,
    channel: message.channel,
    templateKey: message.templateKey,
    templateVersion: message.templateVersion,
    language: message.language,
    state: message.state,
    automated: message.automated,
    campaign: message.campaign,
    idempotencyKey: message.idempotencyKey,
    createdAt: iso(message.createdAt),
    createdBy: message.createdBy,
    sentAt: iso(message.sentAt),
    deliveredAt: iso(message.deliveredAt),
    attempts: message.attempts.map((attempt) => ({ ...attempt, at: iso(attempt.at) })),
    failureReason: message.failureReason,
    suppressedBecause: message.suppressedBecause,
    content: message.content ? { subject: message.content.subject, text: message.content.text, html: message.content.html } : null,
    to,
  };
}

/** A candidate with a client request, one message by hand, a campaign they unsubscribed from, two drafts and a clear-data profile sent to the client. */
async function candidateWithEverything(recruiter: Clients) {
  const candidate = await createCandidate(recruiter, { firstName: 'Jördis', lastName: uniqueName('Weiß') });
  const company = await unaryCall(recruiter.recruiting, 'CreateClient', { name: 'Beispiel AG' });
  const contactEmail = `${uniqueName('contact')}@example.org`;
  const contact = await unaryCall(recruiter.recruiting, 'CreateContactPerson', { contact: { clientId: company.id, firstName: 'Max', lastName: 'Kontakt', email: contactEmail } });
  const request = await unaryCall(recruiter.recruiting, 'CreateClientRequest', { clientId: company.id, contactPersonId: contact.id, title: 'Leitung Buchhaltung' });

  const text = `Wir sehen uns am Montag, ${uniqueName('termin')}.`;
  const byHand = await sendMessage(recruiter.messaging, { recipient: { candidateId: candidate.id }, values: { subject: 'Ihr Termin', text } });
  const handMail = await kit.mailpit.waitForMail(candidate.email, (mail) => mail.Subject === 'Ihr Termin', 20_000);

  // Consent to the talent pool and to clear data for the client, asked by message and granted on the candidate's word.
  await unaryCall(recruiter.consent, 'RequestConsent', { subjectId: candidate.id, kind: 'CONSENT_KIND_CLEAR_DATA_SHARING', clientId: company.id, clientName: 'Beispiel AG' });
  const consentMail = await kit.mailpit.waitForMail(candidate.email, (mail) => mail.Text.includes('/consent?token='), 20_000);
  await unaryCall(recruiter.consent, 'GrantManually', { subjectId: candidate.id, kind: 'CONSENT_KIND_CLEAR_DATA_SHARING', clientId: company.id });
  await unaryCall(recruiter.consent, 'RequestConsent', { subjectId: candidate.id, kind: 'CONSENT_KIND_STORAGE', periodMonths: 24 });
  await kit.mailpit.waitForMail(candidate.email, (mail) => mail.ID !== consentMail.ID && mail.Text.includes('/consent?token='), 20_000);
  await unaryCall(recruiter.consent, 'GrantManually', { subjectId: candidate.id, kind: 'CONSENT_KIND_STORAGE' });

  const workflow = await kit.workflow(recruiter.tenantId);
  await sendMessage(workflow, { recipient: { candidateId: candidate.id }, templateKey: 'talent-pool-welcome', values: {} });
  const campaignMail = await kit.mailpit.waitForMail(candidate.email, (mail) => mail.Text.includes('/unsubscribe?token='), 20_000);
  const unsubscribe = linksOf(campaignMail).find((url) => url.includes('/unsubscribe?token='))!;
  expect((await fetch(unsubscribe, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' })).status).toBe(200);

  const anonymous = await unaryCall(recruiter.profiles, 'CreateDraft', { candidateId: candidate.id, clientRequestId: request.id, kind: 'PROFILE_KIND_ANONYMOUS' });
  const clear = await unaryCall(recruiter.profiles, 'CreateDraft', { candidateId: candidate.id, clientRequestId: request.id, kind: 'PROFILE_KIND_CLEAR_DATA', language: 'en' });
  const preview = await unaryCall(recruiter.profiles, 'PreviewDraft', { id: clear.id });
  const sent = await unaryCall(recruiter.profiles, 'SendProfile', { draftId: clear.id, contentHash: preview.contentHash, note: 'Passt gut.' });
  const profileMail = await kit.mailpit.waitForMail(contactEmail, (mail) => mail.Text.includes('/profiles?token='), 20_000);
  return { candidate, company, contact, request, text, byHand: byHand.message!, handMail, consentMail, anonymous, clear, sent, profileMail };
}

describe('the data export of messaging and profile-rendering', () => {
  let recruiter: Clients;
  let scene: Awaited<ReturnType<typeof candidateWithEverything>>;
  let other: Awaited<ReturnType<typeof candidateWithEverything>>;
  let stranger: { tenantId: string; candidateId: string; email: string };

  beforeAll(async () => {
    recruiter = await kit.recruiter(uniqueName('agency'));
    scene = await candidateWithEverything(recruiter);
    // Another candidate of the same tenant, and one of another tenant.
    other = await candidateWithEverything(recruiter);
    const foreign = await kit.recruiter(uniqueName('agency'));
    const candidate = await createCandidate(foreign);
    await sendMessage(foreign.messaging, { recipient: { candidateId: candidate.id } });
    stranger = { tenantId: foreign.tenantId, candidateId: candidate.id, email: candidate.email };
  }, 180_000);

  it('messaging exports every message to the candidate decrypted as sent, the profiles it carried to the client, the unsubscribe and its link', async () => {
    const { candidate } = scene;
    // Messages arrive by events (consent receipts too): read once they stand still.
    const listed = await waitFor(async () => {
      const { messages } = await unaryCall(recruiter.messaging, 'ListMessages', { recipient: { candidateId: candidate.id } });
      const received = await exported('messaging', recruiter.tenantId, candidate.id);
      const settled = messages.every((message) => !['MESSAGE_STATE_QUEUED', 'MESSAGE_STATE_SENDING'].includes(message.state));
      return settled && received.sections.messages?.length === messages.length ? { messages, received } : undefined;
    }, 30_000);
    const { sections, files } = listed.received;
    expect(Object.keys(sections).sort()).toEqual(['disclosures', 'links', 'messages', 'subjectState']);
    expect(files).toEqual([]);

    // Every message, field by field as the recruiter's API shows it (the same blanked links), with the address it went to.
    const shown = await Promise.all(listed.messages.map((message) => unaryCall(recruiter.messaging, 'GetMessage', { id: message.id })));
    expect(byId(sections.messages)).toEqual(byId(shown.map((message) => expectedMessage(message, message.to))));
    expect(shown.every((message) => message.to === candidate.email)).toBe(true);

    // What was created: the message by hand holds the recruiter's text, as the mail the candidate received.
    const byHand = sections.messages!.find((message) => message.id === scene.byHand.id)!;
    expect(byHand).toMatchObject({ to: candidate.email, templateKey: 'message', automated: false, createdBy: 'recruiter-1', recipient: { candidateId: candidate.id }, content: { subject: 'Ihr Termin' } });
    expect((byHand.content as { text: string }).text).toContain(scene.text);
    expect((byHand.content as { text: string }).text.trim()).toBe(rendered(scene.handMail.Text));
    // A message with a link that acts for the candidate: as sent, but the token blanked.
    // The clear-data request names the client; the storage request does not.
    const consentRequest = sections.messages!.find((message) => { const text = (message.content as { text: string } | null)?.text ?? ''; return text.includes('/consent?token=') && text.includes('Beispiel AG'); })!;
    expect((consentRequest.content as { text: string }).text.trim()).toBe(blanked(scene.consentMail.Text));
    expect(JSON.stringify(sections)).not.toMatch(/token=[A-Za-z0-9_-]{20,}/);

    // The clear-data profile that went to the client: its content, not the client's address.
    const profileMessage = await unaryCall(recruiter.messaging, 'GetMessage', { id: scene.sent.messageId });
    expect(sections.disclosures).toEqual([expectedMessage(profileMessage, '')]);
    expect(sections.disclosures![0]).toMatchObject({ recipient: { contactPersonId: scene.contact.id }, aboutCandidateId: candidate.id, to: '' });
    expect((sections.disclosures![0]!.content as { text: string }).text.trim()).toBe(blanked(scene.profileMail.Text));

    // The contact person's own export names the message they received, not the candidate's data it carried.
    const contactsExport = await exported('messaging', recruiter.tenantId, scene.contact.id);
    expect(contactsExport.sections.messages).toEqual([{ ...expectedMessage(profileMessage, ''), content: null }]);

    expect(sections.subjectState).toEqual([{ unsubscribedFrom: ['CHANNEL_EMAIL'], markedAt: null, erasureRequestedAt: null }]);
    expect(sections.links).toEqual([{ id: expect.any(String), purpose: 'unsubscribe', scope: 'email', issuedAt: expect.any(String), expiresAt: expect.any(String) }]);
    expect(Date.parse(sections.links![0]!.expiresAt as string)).toBeGreaterThan(Date.parse(sections.links![0]!.issuedAt as string));

    // Nothing of the other candidate, nor of the other tenant's.
    const text = JSON.stringify(sections);
    for (const secret of [other.candidate.id, other.candidate.email, other.text, other.byHand.id, stranger.candidateId, stranger.email]) expect(text).not.toContain(secret);
  });

  it('profile-rendering exports the drafts and the sent ledger with the content as sent, and the client\'s links', async () => {
    const { candidate } = scene;
    const { sections, files } = await exported('profiles', recruiter.tenantId, candidate.id);
    expect(Object.keys(sections).sort()).toEqual(['drafts', 'links', 'sentProfiles']);
    expect(files).toEqual([]);

    const draftRecord = (draft: typeof scene.clear) => ({
      id: draft.id,
      candidateId: candidate.id,
      clientRequestId: scene.request.id,
      clientId: scene.company.id,
      kind: draft.kind,
      language: draft.language,
      candidateLabel: draft.candidateLabel,
      sections: draft.sections,
      facts: draft.facts,
      attachmentFileIds: [],
      attachments: [],
      version: draft.version,
      createdAt: iso(draft.createdAt),
      createdBy: 'recruiter-1',
      updatedAt: iso(draft.updatedAt),
      redactions: draft.redactions,
    });
    expect(byId(sections.drafts)).toEqual(byId([draftRecord(scene.anonymous), draftRecord(scene.clear)]));
    expect(sections.drafts!.find((draft) => draft.id === scene.clear.id)).toMatchObject({ kind: 'PROFILE_KIND_CLEAR_DATA', language: 'en', candidateLabel: expect.stringContaining('Jördis') });

    const { sent } = scene;
    const reference = /\b(P-[0-9A-F]{10})\b/.exec(scene.profileMail.Text)![1];
    expect(sections.sentProfiles).toEqual([
      {
        id: sent.id,
        reference,
        draftId: scene.clear.id,
        candidateId: candidate.id,
        clientId: scene.company.id,
        clientRequestId: scene.request.id,
        contactPersonId: scene.contact.id,
        presentationId: sent.presentationId,
        kind: 'PROFILE_KIND_CLEAR_DATA',
        language: 'en',
        contentHash: sent.contentHash,
        sentAt: iso(sent.sentAt),
        sentBy: 'recruiter-1',
        messageId: sent.messageId,
        state: 'SENT_STATE_SENT',
        recalledAt: null,
        recallReason: '',
        recallMessageId: '',
        clientFeedback: '',
        content: { candidateLabel: scene.clear.candidateLabel, sections: scene.clear.sections, facts: scene.clear.facts, attachments: [] },
      },
    ]);
    const linkOf = (purpose: string) => ({ id: expect.any(String), purpose, scope: sent.id, issuedAt: iso(sent.sentAt), expiresAt: expect.any(String) });
    expect([...sections.links!].sort((a, b) => String(a.purpose).localeCompare(String(b.purpose)))).toEqual([linkOf('profile'), linkOf('profile-feedback')]);

    const text = JSON.stringify(sections);
    for (const secret of [other.candidate.id, other.clear.id, other.sent.id, other.clear.candidateLabel]) expect(text).not.toContain(secret);
  });

  it('yields nothing about a person a service holds nothing about, or who belongs to another tenant', async () => {
    for (const service of ['messaging', 'profiles'] as const) {
      expect(await exported(service, recruiter.tenantId, stranger.candidateId)).toEqual({ sections: {}, files: [], bytes: 0 });
      expect(await exported(service, stranger.tenantId, scene.candidate.id)).toEqual({ sections: {}, files: [], bytes: 0 });
    }
    expect((await exported('messaging', stranger.tenantId, stranger.candidateId)).sections.messages).toHaveLength(1);
  });

  it('answers only retention\'s service token, and refuses a candidate once erased', async () => {
    for (const service of ['messaging', 'profiles'] as const) {
      expect(await failure(exported(service, recruiter.tenantId, scene.candidate.id, { actorKind: 'user' }))).toMatchObject({ code: status.PERMISSION_DENIED, reason: 'MISSING_RIGHT' });
    }
    for (const [name, service] of [['messaging', 'messaging'], ['profile-rendering', 'profiles']] as const) {
      const driver = await erasureDriver(kit.services.messaging.runtime.bus, uniqueName('export-erasure'), name);
      try {
        await driver.erase(recruiter.tenantId, scene.candidate.id);
      } finally {
        await driver.stop();
      }
      expect(await failure(exported(service, recruiter.tenantId, scene.candidate.id))).toMatchObject({ code: status.FAILED_PRECONDITION, reason: 'SUBJECT_ERASED' });
    }
    // The other candidate's export is untouched.
    expect((await exported('profiles', recruiter.tenantId, other.candidate.id)).sections.sentProfiles).toHaveLength(1);
  });
});
