// Talent forms and follow-ups over gRPC and plain HTTP: the forms' API, what the public pages refuse
// (forged, tampered, hostile or oversized posts change nothing), the links only messaging obtains,
// and that the requests and submissions go with the person's erasure.
import { status } from '@grpc/grpc-js';
import { RIGHTS } from '@lethe/platform/auth';
import { createClient, unaryCall } from '@lethe/platform/grpc';
import { erasureDriver, uniqueName, type ErasureDriver } from '@lethe/platform/testkit';
import type { TalentForm, TalentForm__Output } from '@lethe/protos';
import { startAutomationStack, type AutomationStack } from './automation-kit';
import { createPool, createTalent, failure, TalentCrmService, type TalentCrmClient } from '@lethe/talent-crm/test/kit';

let stack: AutomationStack;
let tenant: string;
let admin: TalentCrmClient;
let erasure: ErasureDriver;

beforeAll(async () => {
  stack = await startAutomationStack();
  tenant = uniqueName('tenant');
  admin = await stack.client(tenant);
  erasure = await erasureDriver(stack.crm.runtime.bus, uniqueName('form-acks'), 'talent-crm');
}, 120_000);
afterAll(async () => {
  await erasure?.stop();
  await stack?.close();
});

const formInput = (form: Partial<TalentForm> = {}): TalentForm => ({ title: uniqueName('Talentpool'), description: '', language: 'de', storageConsentMonths: 12, active: true, fields: ['FORM_FIELD_CITY'], ...form });

async function createForm(form: Partial<TalentForm> = {}): Promise<TalentForm__Output> {
  return unaryCall(admin, 'CreateTalentForm', { form: formInput(form) });
}

async function talentsWith(address: string) {
  return (await unaryCall(admin, 'ListTalents', { filter: { email: address } })).talents;
}

interface OpenedForm {
  status: number;
  html: string;
  headers: Headers;
  cookie?: string;
  hidden: Record<string, string>;
}

/** GET of a page, as a browser without scripts would do it: its status, headers, cookie and hidden fields. */
async function open(path: string): Promise<OpenedForm> {
  const res = await fetch(`${stack.crm.httpUrl}${path}`);
  const html = await res.text();
  const hidden = Object.fromEntries([...html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)].map((match) => [match[1], match[2]]));
  return { status: res.status, html, headers: res.headers, cookie: res.headers.get('set-cookie')?.split(';')[0], hidden };
}

/** POST of a page's form. */
async function post(path: string, form: Record<string, string | string[]>, cookie?: string): Promise<{ status: number; body: string; contentType: string | null }> {
  const body = new URLSearchParams();
  for (const [name, value] of Object.entries(form)) for (const one of Array.isArray(value) ? value : [value]) body.append(name, one);
  const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded' };
  if (cookie) headers.cookie = cookie;
  const res = await fetch(`${stack.crm.httpUrl}${path}`, { method: 'POST', body, headers, redirect: 'manual' });
  return { status: res.status, body: await res.text(), contentType: res.headers.get('content-type') };
}

const person = (email: string) => ({ firstName: 'Erika', lastName: 'Mustermann', email, city: 'Köln', storageConsent: 'yes' });

describe('talent forms through the API', () => {
  it('are created, listed and changed with the version read; a stale version is ABORTED', async () => {
    const poolId = await createPool(admin);
    const created = await createForm({ poolIds: [poolId], tags: ['Formular'], twoStep: true, detailFields: ['FORM_FIELD_SKILLS'] });
    expect(created).toMatchObject({ version: 1, fields: ['FORM_FIELD_CITY'], detailFields: ['FORM_FIELD_SKILLS'], poolIds: [poolId], tags: ['formular'], active: true, storageConsentMonths: 12 });
    const { forms } = await unaryCall(admin, 'ListTalentForms', {});
    expect(forms.map((form) => form.id)).toContain(created.id);

    const changed = await unaryCall(admin, 'UpdateTalentForm', { form: { ...formInput({ title: 'Neu' }), id: created.id }, expectedVersion: 1 });
    expect(changed).toMatchObject({ id: created.id, version: 2, title: 'Neu', twoStep: false, detailFields: [] });
    const stale = await failure(unaryCall(admin, 'UpdateTalentForm', { form: { ...formInput(), id: created.id }, expectedVersion: 1 }));
    expect(stale).toMatchObject({ code: status.ABORTED, reason: 'VERSION_MISMATCH' });
    // Both saves of one version race; exactly one wins.
    const racing = await Promise.allSettled([1, 2].map((n) => unaryCall(admin, 'UpdateTalentForm', { form: { ...formInput({ title: `Race ${n}` }), id: created.id }, expectedVersion: 2 })));
    expect(racing.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    expect((await unaryCall(admin, 'ListTalentForms', {})).forms.find((form) => form.id === created.id)?.version).toBe(3);
  });

  it('are validated with field details, their pools must exist, and another tenant\'s form is NOT_FOUND', async () => {
    const invalid = await failure(unaryCall(admin, 'CreateTalentForm', { form: formInput({ title: 'x'.repeat(121), twoStep: true, storageConsentMonths: 0 }) }));
    expect(invalid.code).toBe(status.INVALID_ARGUMENT);
    expect(invalid.violations?.map((violation) => violation.field).sort()).toEqual(['form.detailFields', 'form.storageConsentMonths', 'form.title']);
    const unknownPool = await failure(unaryCall(admin, 'CreateTalentForm', { form: formInput({ poolIds: ['no-such-pool'] }) }));
    expect(unknownPool).toMatchObject({ code: status.INVALID_ARGUMENT, violations: [expect.objectContaining({ field: 'form.poolIds[0]', code: 'unknown_pool' })] });

    const form = await createForm();
    const other = await stack.client(uniqueName('tenant'));
    expect(await failure(unaryCall(other, 'UpdateTalentForm', { form: { ...formInput(), id: form.id }, expectedVersion: 0 }))).toMatchObject({ code: status.NOT_FOUND });
  });

  it('are managed with the settings right only', async () => {
    const recruiter = await stack.client(tenant, [RIGHTS.readTalents, RIGHTS.writeTalents]);
    expect(await failure(unaryCall(recruiter, 'CreateTalentForm', { form: formInput() }))).toMatchObject({ code: status.PERMISSION_DENIED });
    expect(await failure(unaryCall(recruiter, 'ListTalentForms', {}))).toMatchObject({ code: status.PERMISSION_DENIED });
  });
});

describe('the public form page', () => {
  it('is a plain 404 page for an unknown, a malformed or an inactive form, and for one switched off', async () => {
    const form = await createForm();
    for (const path of ['/talent-forms/0192f3a4-0000-7000-8000-000000000001', '/talent-forms/%3Cscript%3E']) {
      const page = await open(path);
      expect(page.status).toBe(404);
      expect(page.html).toContain('data-outcome="no-form"');
      expect(page.cookie).toBeUndefined();
    }
    expect((await open(`/talent-forms/${form.id}`)).status).toBe(200);
    await unaryCall(admin, 'UpdateTalentForm', { form: { ...formInput({ active: false }), id: form.id }, expectedVersion: 1 });
    expect((await open(`/talent-forms/${form.id}`)).status).toBe(404);
  });

  it('refuses a post without the page\'s cookie, or with another page\'s seal (CSRF), and stores nothing', async () => {
    const [form, other] = await Promise.all([createForm(), createForm()]);
    const page = await open(`/talent-forms/${form.id}`);
    const otherPage = await open(`/talent-forms/${other.id}`);
    const address = `${uniqueName('csrf')}@example.org`;
    const withoutCookie = await post(`/talent-forms/${form.id}`, { ...page.hidden, ...person(address) });
    expect(withoutCookie).toMatchObject({ status: 403, contentType: expect.stringContaining('application/problem+json') });
    expect(JSON.parse(withoutCookie.body)).toMatchObject({ reason: 'CSRF_CHECK_FAILED' });
    const otherSeal = await post(`/talent-forms/${form.id}`, { ...page.hidden, csrf: otherPage.hidden.csrf, ...person(address) }, page.cookie);
    expect(otherSeal.status).toBe(403);
    expect(await talentsWith(address)).toEqual([]);
  });

  it('asks the consent again when the box was not ticked, and stores nothing', async () => {
    const form = await createForm();
    const page = await open(`/talent-forms/${form.id}`);
    const address = `${uniqueName('noconsent')}@example.org`;
    const { storageConsent: _given, ...withoutConsent } = person(address);
    const refused = await post(`/talent-forms/${form.id}`, { ...page.hidden, ...withoutConsent }, page.cookie);
    expect(refused.status).toBe(400);
    expect(refused.contentType).toContain('text/html');
    expect(refused.body).toContain('id="problem-storageConsent"');
    expect(await talentsWith(address)).toEqual([]);
  });

  it('refuses a consent statement other than the one the page showed (text, hash or period), and stores nothing', async () => {
    const form = await createForm();
    const page = await open(`/talent-forms/${form.id}`);
    const address = `${uniqueName('tampered')}@example.org`;
    for (const tampered of [{ consentMonths: '60' }, { consentSha256: 'ab'.repeat(32) }, { consentTextId: 'builtin.CONSENT_KIND_STORAGE.en' }] as Record<string, string>[]) {
      const refused = await post(`/talent-forms/${form.id}`, { ...page.hidden, ...person(address), ...tampered }, page.cookie);
      expect(refused.status).toBe(400);
      expect(JSON.parse(refused.body)).toMatchObject({ violations: [expect.objectContaining({ field: 'consentTextId', code: 'not_shown' })] });
    }
    expect(await talentsWith(address)).toEqual([]);
  });

  it('refuses over-long values on the page, an oversized body before reading it, and stores nothing', async () => {
    const form = await createForm();
    const page = await open(`/talent-forms/${form.id}`);
    const address = `${uniqueName('long')}@example.org`;
    const long = await post(`/talent-forms/${form.id}`, { ...page.hidden, ...person(address), firstName: 'x'.repeat(5_000), city: '<b>Köln</b>' }, page.cookie);
    expect(long.status).toBe(400);
    expect(long.body).toContain('id="problem-firstName"');
    expect(long.body).toContain('id="problem-city"');
    // Shown back cut to what the field holds, and escaped.
    expect(long.body).toContain(`value="${'x'.repeat(100)}"`);
    expect(long.body).not.toContain('x'.repeat(101));
    expect(long.body).toContain('value="&lt;b&gt;Köln&lt;/b&gt;"');
    const oversized = await post(`/talent-forms/${form.id}`, { ...page.hidden, ...person(address), careerUpdate: 'x'.repeat(200_000) }, page.cookie);
    expect(oversized.status).toBe(413);
    expect(oversized.contentType).toContain('application/problem+json');
    const repeated = await post(`/talent-forms/${form.id}`, { ...page.hidden, ...person(address), email: [address, 'other@example.org'] }, page.cookie);
    expect(repeated.status).toBe(400);
    expect(await talentsWith(address)).toEqual([]);
  });
});

describe('follow-ups', () => {
  it('are refused while the person is marked for deletion or asked to be forgotten, or has no email', async () => {
    const marked = await createTalent(admin);
    await stack.built().subjects.set(tenant, marked.id, { markedAt: new Date() });
    expect(await failure(unaryCall(admin, 'RequestFollowUp', { talentId: marked.id }))).toMatchObject({ code: status.FAILED_PRECONDITION, reason: 'SUBJECT_MARKED_FOR_DELETION' });
    const forgotten = await createTalent(admin);
    await stack.built().subjects.set(tenant, forgotten.id, { erasureRequestedAt: new Date() });
    expect(await failure(unaryCall(admin, 'RequestFollowUp', { talentId: forgotten.id }))).toMatchObject({ code: status.FAILED_PRECONDITION, reason: 'ERASURE_REQUESTED' });
    const withoutEmail = await createTalent(admin, { profile: { email: '' } });
    expect(await failure(unaryCall(admin, 'RequestFollowUp', { talentId: withoutEmail.id }))).toMatchObject({ code: status.FAILED_PRECONDITION, reason: 'NO_ADDRESS' });
    expect(await failure(unaryCall(admin, 'RequestFollowUp', { talentId: '0192f3a4-0000-7000-8000-000000000001' }))).toMatchObject({ code: status.NOT_FOUND });
    const reader = await stack.client(tenant, [RIGHTS.readTalents]);
    expect(await failure(unaryCall(reader, 'RequestFollowUp', { talentId: marked.id }))).toMatchObject({ code: status.PERMISSION_DENIED });
  });

  it('have links that only messaging obtains; a new one ends the one before', async () => {
    const talent = await createTalent(admin);
    const request = await unaryCall(admin, 'RequestFollowUp', { talentId: talent.id });
    // messaging sends the follow-up with the link it obtained.
    const mail = await stack.mailpit.waitForMail(talent.profile!.email, (message) => message.Subject === 'Was gibt es Neues bei Ihnen?', 30_000);
    const mailed = /\/follow-up\?token=[A-Za-z0-9_-]{43}/.exec(mail.Text)![0];
    const issue = { requestId: request.id, purpose: 'TALENT_LINK_PURPOSE_FOLLOW_UP' as const, messageId: '0192f3a4-0000-7000-8000-0000000000aa' };

    const user = await stack.client(tenant, [RIGHTS.issueLinks, RIGHTS.writeTalents]);
    expect(await failure(unaryCall(user, 'IssueTalentLink', issue))).toMatchObject({ code: status.PERMISSION_DENIED, reason: 'MISSING_RIGHT' });
    const messaging = createClient(TalentCrmService, stack.crm.address, { token: await stack.auth.mint({ tenantId: tenant, actorId: 'messaging', actorKind: 'service', rights: [RIGHTS.issueLinks] }) });
    expect(await failure(unaryCall(messaging, 'IssueTalentLink', { ...issue, purpose: 'TALENT_LINK_PURPOSE_FORM_DETAILS' }))).toMatchObject({ code: status.NOT_FOUND });
    const link = await unaryCall(messaging, 'IssueTalentLink', issue);
    expect(link.url).toBe(`/follow-up?token=${link.token}`);

    expect((await open(mailed)).status).toBe(410);
    const page = await open(link.url);
    expect(page.status).toBe(200);
    // A follow-up page forged from another link's cookie and seal is refused.
    const forged = await post('/follow-up', { token: link.token, csrf: 'x'.repeat(43), careerUpdate: 'Neu' }, page.cookie);
    expect(forged.status).toBe(403);
    // Nothing answered: asked again, and the link is not used up.
    const empty = await post('/follow-up', { ...page.hidden, careerUpdate: ' ' }, page.cookie);
    expect(empty.status).toBe(400);
    expect(empty.body).toContain('Bitte beantworten Sie mindestens eine Frage.');
    const answered = await post('/follow-up', { ...page.hidden, careerUpdate: 'Teamleitung' }, page.cookie);
    expect(answered.status).toBe(200);
    expect((await unaryCall(admin, 'GetTalent', { id: talent.id })).profile?.careerUpdate).toBe('Teamleitung');
    // Answered: no new link for it.
    expect(await failure(unaryCall(messaging, 'IssueTalentLink', issue))).toMatchObject({ code: status.FAILED_PRECONDITION, reason: 'LINK_USED' });
    messaging.close();
  });

  it('go with the person: the requests, the form submissions and the links are erased', async () => {
    const form = await createForm({ twoStep: true, detailFields: ['FORM_FIELD_SKILLS'] });
    const address = `${uniqueName('erased')}@example.org`;
    const page = await open(`/talent-forms/${form.id}`);
    expect((await post(`/talent-forms/${form.id}`, { ...page.hidden, ...person(address) }, page.cookie)).status).toBe(200);
    const [talent] = await talentsWith(address);
    const mail = await stack.mailpit.waitForMail(address, (message) => message.Subject === 'Ihre weiteren Angaben für unseren Talentpool', 30_000);
    const details = /\/talent-forms\/details\?token=[A-Za-z0-9_-]{43}/.exec(mail.Text)![0];
    await unaryCall(admin, 'RequestFollowUp', { talentId: talent.id });

    const ack = await erasure.erase(tenant, talent.id);
    expect(ack).toMatchObject({ outcome: 'ERASURE_OUTCOME_DONE' });
    expect(ack.counts).toMatchObject({ formSubmissions: 1, followUps: 2, talents: 1 });
    expect(ack.counts.talentLinks).toBeGreaterThanOrEqual(1);
    expect((await open(details)).status).toBe(404);
  });
});
