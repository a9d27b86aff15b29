// Storage consent a person gives on a form another service shows them (the talent form): the
// statement to show, and the grant only that service records, with its proof.
import { status } from '@grpc/grpc-js';
import { RIGHTS } from '@lethe/platform/auth';
import { createClient, unaryCall } from '@lethe/platform/grpc';
import { uniqueName } from '@lethe/platform/testkit';
import { ConsentService, eventsOf, failure, startConsent, type ConsentClient, type ConsentKit } from './kit';

const STORAGE = 'CONSENT_KIND_STORAGE' as const;
const FORM = 'talent-crm/talent-form/form-1';

let kit: ConsentKit;
let tenant: string;
let recruiter: ConsentClient;
let talentCrm: ConsentClient;

/** A client with a service token of `service` carrying `rights`. */
async function serviceClient(tenantId: string, service: string, rights: readonly string[]): Promise<ConsentClient> {
  return createClient(ConsentService, kit.service.address, { token: await kit.auth.mint({ tenantId, actorId: service, actorKind: 'service', rights: [...rights] }) });
}

beforeAll(async () => {
  kit = await startConsent();
  tenant = uniqueName('tenant');
  recruiter = await kit.client(tenant);
  talentCrm = await serviceClient(tenant, 'talent-crm', [RIGHTS.readCandidates, RIGHTS.recordFormConsent]);
});
afterAll(async () => {
  talentCrm?.close();
  await kit?.close();
});

const subject = () => uniqueName('talent');

async function storageGranted(subjectId: string): Promise<boolean> {
  return (await unaryCall(recruiter, 'CheckConsent', { subjectId, kind: STORAGE })).granted;
}

describe('the statement a form shows', () => {
  it('is the tenant\'s current storage text with the period filled in, with its id and hash', async () => {
    const statement = await unaryCall(talentCrm, 'GetConsentStatement', { kind: STORAGE, language: 'en', periodMonths: 24 });
    expect(statement).toMatchObject({ textId: 'builtin.CONSENT_KIND_STORAGE.en', textVersion: 0, language: 'en', title: 'Consent to keeping your data longer' });
    expect(statement.body).toContain('for 24 months');
    expect(statement.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('asks for storage consent only, for 1–60 months', async () => {
    const clearData = await failure(unaryCall(talentCrm, 'GetConsentStatement', { kind: 'CONSENT_KIND_CLEAR_DATA_SHARING', language: 'de', periodMonths: 12 }));
    expect(clearData).toMatchObject({ code: status.INVALID_ARGUMENT, violations: [expect.objectContaining({ field: 'kind' })] });
    const tooLong = await failure(unaryCall(talentCrm, 'GetConsentStatement', { kind: STORAGE, language: 'de', periodMonths: 61 }));
    expect(tooLong).toMatchObject({ code: status.INVALID_ARGUMENT, violations: [expect.objectContaining({ field: 'periodMonths' })] });
  });
});

describe('a consent given on a form', () => {
  it('is granted at once with its proof: the person, the form, the text version and hash shown; announced as a grant, never as a request', async () => {
    const subjectId = subject();
    const statement = await unaryCall(talentCrm, 'GetConsentStatement', { kind: STORAGE, language: 'de', periodMonths: 12 });
    const consent = await unaryCall(talentCrm, 'RecordFormConsent', { subjectId, kind: STORAGE, periodMonths: 12, textId: statement.textId, textSha256: statement.sha256, form: FORM });
    expect(consent).toMatchObject({
      subjectId,
      kind: STORAGE,
      state: 'CONSENT_STATE_GRANTED',
      periodMonths: 12,
      language: 'de',
      requestedBy: 'talent-crm',
      proof: { method: 'GRANT_METHOD_FORM', actorId: subjectId, textId: statement.textId, textVersion: 0, textLanguage: 'de', textSha256: statement.sha256, form: FORM },
    });
    expect(await storageGranted(subjectId)).toBe(true);

    const [granted] = await eventsOf(kit, subjectId, 'lethe.consent.v1.ConsentGranted');
    expect(granted.payload).toMatchObject({ subjectId, kind: STORAGE, method: 'GRANT_METHOD_FORM', consentId: consent.consentId, requestId: consent.requestId });
    // Nothing is to be sent to the person: no request was made.
    expect(kit.events.filter((event) => event.subjectId === subjectId && event.type === 'lethe.consent.v1.ConsentRequestCreated')).toEqual([]);

    const receipt = await unaryCall(recruiter, 'GetConsentReceipt', { consentId: consent.consentId });
    expect(receipt.proof).toMatchObject({ method: 'GRANT_METHOD_FORM', form: FORM, textSha256: statement.sha256 });
    // The period runs from the grant.
    const months = (Number(receipt.validUntil!.seconds) - Number(receipt.validFrom!.seconds)) / (86_400 * 30);
    expect(months).toBeGreaterThan(11.5);
    expect(months).toBeLessThan(12.5);
  });

  it('proves the version the form showed, even after a newer text was published', async () => {
    const ownTenant = uniqueName('tenant');
    const [own, settings] = [await serviceClient(ownTenant, 'talent-crm', [RIGHTS.readCandidates, RIGHTS.recordFormConsent]), await kit.client(ownTenant)];
    try {
      const shown = await unaryCall(own, 'GetConsentStatement', { kind: STORAGE, language: 'de', periodMonths: 6 });
      await unaryCall(settings, 'PublishConsentText', { kind: STORAGE, language: 'de', title: 'Talent-Pool', body: 'Wir speichern Ihre Daten {months} Monate.' });
      const newer = await unaryCall(own, 'GetConsentStatement', { kind: STORAGE, language: 'de', periodMonths: 6 });
      expect(newer).toMatchObject({ textVersion: 1, body: 'Wir speichern Ihre Daten 6 Monate.' });
      const subjectId = subject();
      const consent = await unaryCall(own, 'RecordFormConsent', { subjectId, kind: STORAGE, periodMonths: 6, textId: shown.textId, textSha256: shown.sha256, form: FORM });
      expect(consent.proof).toMatchObject({ textId: shown.textId, textVersion: 0, textSha256: shown.sha256 });
    } finally {
      own.close();
    }
  });

  it('refuses a text the form did not show (another hash or period, an unknown id) and stores nothing', async () => {
    const subjectId = subject();
    const statement = await unaryCall(talentCrm, 'GetConsentStatement', { kind: STORAGE, language: 'de', periodMonths: 12 });
    const refusals = await Promise.all([
      failure(unaryCall(talentCrm, 'RecordFormConsent', { subjectId, kind: STORAGE, periodMonths: 12, textId: statement.textId, textSha256: 'ab'.repeat(32), form: FORM })),
      failure(unaryCall(talentCrm, 'RecordFormConsent', { subjectId, kind: STORAGE, periodMonths: 24, textId: statement.textId, textSha256: statement.sha256, form: FORM })),
      failure(unaryCall(talentCrm, 'RecordFormConsent', { subjectId, kind: STORAGE, periodMonths: 12, textId: 'no-such-text', textSha256: statement.sha256, form: FORM })),
    ]);
    for (const refused of refusals) expect(refused).toMatchObject({ code: status.INVALID_ARGUMENT, violations: [expect.objectContaining({ field: 'textSha256', code: 'not_shown' })] });
    const missing = await failure(unaryCall(talentCrm, 'RecordFormConsent', { subjectId, kind: STORAGE, periodMonths: 12, textId: statement.textId, textSha256: statement.sha256, form: '' }));
    expect(missing).toMatchObject({ code: status.INVALID_ARGUMENT, violations: [expect.objectContaining({ field: 'form', code: 'required' })] });
    expect(await storageGranted(subjectId)).toBe(false);
    expect((await unaryCall(recruiter, 'ListConsents', { subjectId })).consents).toEqual([]);
  });

  it('is recorded only by a service token with consent:record-form: a recruiter cannot record a consent as given by the person', async () => {
    const subjectId = subject();
    const statement = await unaryCall(talentCrm, 'GetConsentStatement', { kind: STORAGE, language: 'de', periodMonths: 12 });
    const grant = { subjectId, kind: STORAGE, periodMonths: 12, textId: statement.textId, textSha256: statement.sha256, form: FORM };
    const user = createClient(ConsentService, kit.service.address, { token: await kit.auth.mint({ tenantId: tenant, actorId: 'recruiter-1', rights: [RIGHTS.recordFormConsent, RIGHTS.writeCandidates] }) });
    const withoutRight = await serviceClient(tenant, 'talent-crm', [RIGHTS.readCandidates]);
    try {
      expect(await failure(unaryCall(user, 'RecordFormConsent', grant))).toMatchObject({ code: status.PERMISSION_DENIED, reason: 'MISSING_RIGHT' });
      expect(await failure(unaryCall(withoutRight, 'RecordFormConsent', grant))).toMatchObject({ code: status.PERMISSION_DENIED, reason: 'MISSING_RIGHT' });
    } finally {
      user.close();
      withoutRight.close();
    }
    expect(await storageGranted(subjectId)).toBe(false);
  });
});
