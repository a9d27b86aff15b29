// The talent-crm's data export of a person who came in through a talent form: the submission (which
// form, which version, the storage consent recorded in consent) beside the talent, and nothing of
// another person who submitted the same form. The other sections are in talent-crm's own test.
import { RIGHTS } from '@lethe/platform/auth';
import { readSubjectExport, type ReceivedExport } from '@lethe/platform/export';
import { createClient, serverStreamCall, unaryCall } from '@lethe/platform/grpc';
import { uniqueName, waitFor } from '@lethe/platform/testkit';
import { loadGrpcObject, type SubjectExportProto } from '@lethe/protos';
import type { TalentCrmClient } from '@lethe/talent-crm/test/kit';
import { startAutomationStack, type AutomationStack } from './automation-kit';

const SubjectExportService = loadGrpcObject<SubjectExportProto>().lethe.export.v1.SubjectExportService;

let stack: AutomationStack;
let tenant: string;
let admin: TalentCrmClient;

beforeAll(async () => {
  stack = await startAutomationStack();
  tenant = uniqueName('tenant');
  admin = await stack.client(tenant);
}, 120_000);
afterAll(async () => {
  await stack?.close();
});

async function exported(subjectId: string): Promise<ReceivedExport> {
  const token = await stack.auth.mint({ tenantId: tenant, actorId: 'retention', actorKind: 'service', rights: [RIGHTS.exportSubjects] });
  const client = createClient(SubjectExportService, stack.crm.address, { token });
  try {
    return await readSubjectExport(serverStreamCall(client, 'ExportSubject', { subjectId }), 1024 * 1024, 'talent-crm');
  } finally {
    client.close();
  }
}

/** A person fills in the form's page as a browser without scripts does (its cookie and hidden fields sent back); returns their talent's id. */
async function submitted(formId: string, email: string): Promise<string> {
  const page = await fetch(`${stack.crm.httpUrl}/talent-forms/${formId}`);
  const html = await page.text();
  const body = new URLSearchParams([...html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)].map(([, name, value]): [string, string] => [name!, value!]));
  for (const [name, value] of Object.entries({ firstName: 'Erika', lastName: 'Mustermann', email, city: 'Köln', storageConsent: 'yes' })) body.append(name, value);
  const cookie = page.headers.get('set-cookie')!.split(';')[0]!;
  const answer = await fetch(`${stack.crm.httpUrl}/talent-forms/${formId}`, { method: 'POST', body, headers: { 'content-type': 'application/x-www-form-urlencoded', cookie }, redirect: 'manual' });
  expect(answer.status).toBeLessThan(400);
  return waitFor(async () => (await unaryCall(admin, 'ListTalents', { filter: { email } })).talents[0]?.id, 20_000, 'the talent from the form');
}

describe('the data export of a talent from a talent form', () => {
  it('holds the submission with the storage consent it recorded, and nothing of another submitter', async () => {
    const form = await unaryCall(admin, 'CreateTalentForm', { form: { title: uniqueName('Talentpool'), description: '', language: 'de', storageConsentMonths: 12, active: true, fields: ['FORM_FIELD_CITY'] } });
    const email = `${uniqueName('form')}@example.org`;
    const talentId = await submitted(form.id, email);
    const otherId = await submitted(form.id, `${uniqueName('form')}@example.org`);

    const { sections } = await exported(talentId);
    expect(sections.formSubmissions).toEqual([{ id: expect.any(String), formId: form.id, formVersion: 1, submittedAt: expect.any(String), consentId: expect.any(String) }]);
    expect(sections.talent).toEqual([expect.objectContaining({ id: talentId, source: 'TALENT_SOURCE_TALENT_FORM', sourceInfo: form.title, profile: expect.objectContaining({ email, city: 'Köln' }) })]);
    // The consent it names is the person's storage consent in the consent service.
    const consent = await stack.consent(tenant);
    const { consents } = await unaryCall(consent, 'ListConsents', { subjectId: talentId });
    expect(consents.map((entry) => entry.consentId)).toContain(sections.formSubmissions![0]!.consentId);
    expect(JSON.stringify(sections)).not.toContain(otherId);
  });
});
