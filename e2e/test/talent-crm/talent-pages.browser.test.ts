// The public talent form, a two-step form's second step and the follow-up form, in a real Chromium
// (Debian's, driven by playwright-core), across the real talent-crm, consent, messaging and
// candidates services, the links read from the mails in Mailpit.
import { chromium, type Browser, type Page } from 'playwright-core';
import { unaryCall } from '@lethe/platform/grpc';
import { uniqueName, type MailpitMessage } from '@lethe/platform/testkit';
import type { TalentForm__Output } from '@lethe/protos';
import { startAutomationStack, type AutomationStack, type ConsentClient } from './automation-kit';
import { createPool, createTalent, type TalentCrmClient } from '@lethe/talent-crm/test/kit';

let stack: AutomationStack;
let browser: Browser;
let tenant: string;
let admin: TalentCrmClient;
let consent: ConsentClient;

beforeAll(async () => {
  [stack, browser] = await Promise.all([
    startAutomationStack(),
    chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: process.getuid?.() === 0 ? ['--no-sandbox'] : [] }),
  ]);
  tenant = uniqueName('tenant');
  admin = await stack.client(tenant);
  consent = await stack.consent(tenant);
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

const email = () => `${uniqueName('talent')}@example.org`;

async function createForm(form: Record<string, unknown>): Promise<TalentForm__Output> {
  return unaryCall(admin, 'CreateTalentForm', {
    form: { title: uniqueName('Talentpool'), description: 'Wir melden uns, wenn eine passende Stelle frei wird.', language: 'de', storageConsentMonths: 24, active: true, ...form },
  });
}

async function talentsWith(address: string) {
  return (await unaryCall(admin, 'ListTalents', { filter: { email: address } })).talents;
}

/** A page of its own, which records every dialog a script would open and every CSP report. */
async function newPage(locale = 'de-DE'): Promise<{ page: Page; dialogs: string[]; console: string[]; close: () => Promise<void> }> {
  const context = await browser.newContext({ locale });
  const page = await context.newPage();
  const dialogs: string[] = [];
  const console: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('console', (message) => console.push(message.text()));
  return { page, dialogs, console, close: () => context.close() };
}

/** The path of the link a mail carries to one of talent-crm's pages. */
function linkIn(mail: MailpitMessage, path: string): string {
  const found = new RegExp(`${path.replace(/[?/]/g, '\\$&')}\\?token=[A-Za-z0-9_-]{43}`).exec(mail.Text);
  if (!found) throw new Error(`no ${path} link in the mail`);
  return found[0];
}

describe('the talent form in Chromium', () => {
  it('one step: the person fills it in and consents; a talent with the form as source, its pools and tags, and the consent with its proof', async () => {
    const poolId = await createPool(admin);
    const form = await createForm({ fields: ['FORM_FIELD_CITY', 'FORM_FIELD_INTERESTS'], interestOptions: ['IT', 'Vertrieb'], poolIds: [poolId], tags: ['Karriereseite'] });
    const address = email();
    const { page, console, close } = await newPage();
    try {
      const response = await page.goto(`${stack.crm.httpUrl}/talent-forms/${form.id}`);
      expect(response?.status()).toBe(200);
      const headers = response!.headers();
      expect(headers['content-security-policy']).toMatch(/^default-src 'none'; style-src 'nonce-[A-Za-z0-9_-]+'; form-action 'self'; frame-ancestors 'none'/);
      expect(headers).toMatchObject({ 'cache-control': 'no-store', 'referrer-policy': 'no-referrer', 'content-language': 'de' });
      await expect(page.locator('h1').textContent()).resolves.toBe(form.title);
      // The statement the consent service gives, exactly, with its version.
      const statement = await unaryCall(consent, 'GetConsentStatement', { kind: 'CONSENT_KIND_STORAGE', language: 'de', periodMonths: 24 });
      await expect(page.locator('#consent legend').textContent()).resolves.toBe(statement.title);
      await expect(page.locator('#consent-text').textContent()).resolves.toBe(statement.body);
      await expect(page.locator('#consent-version').textContent()).resolves.toBe('Fassung: Standardtext');
      expect(statement.body).toContain('24 Monate');

      await page.fill('#firstName', 'Erika');
      await page.fill('#lastName', 'Mustermann');
      await page.fill('#email', address);
      await page.fill('#city', 'Köln');
      await page.check('#interests-0');
      await page.check('#storage-consent');
      await Promise.all([page.waitForURL(`${stack.crm.httpUrl}/talent-forms/${form.id}`), page.click('#submit')]);
      await expect(page.locator('h1').getAttribute('data-outcome')).resolves.toBe('received');
      expect(console.filter((text) => /Content Security Policy/i.test(text))).toEqual([]);
    } finally {
      await close();
    }

    const [talent] = await talentsWith(address);
    expect(talent).toMatchObject({
      source: 'TALENT_SOURCE_TALENT_FORM',
      sourceInfo: form.title,
      poolIds: [poolId],
      tags: ['karriereseite'],
      detailsPending: false,
      createdBy: `talent-form:${form.id}`,
      profile: expect.objectContaining({ firstName: 'Erika', lastName: 'Mustermann', email: address, city: 'Köln', interests: ['IT'], language: 'de' }),
    });
    const { consents } = await unaryCall(consent, 'ListConsents', { subjectId: talent.id });
    expect(consents).toEqual([
      expect.objectContaining({
        kind: 'CONSENT_KIND_STORAGE',
        state: 'CONSENT_STATE_GRANTED',
        periodMonths: 24,
        requestedBy: 'talent-crm',
        proof: expect.objectContaining({ method: 'GRANT_METHOD_FORM', actorId: talent.id, form: `talent-crm/talent-form/${form.id}`, textId: 'builtin.CONSENT_KIND_STORAGE.de', textVersion: 0 }),
      }),
    ]);
  });

  it('needs the consent box ticked: without it the browser does not send the form, and nothing is stored', async () => {
    const form = await createForm({});
    const address = email();
    const { page, close } = await newPage();
    try {
      await page.goto(`${stack.crm.httpUrl}/talent-forms/${form.id}`);
      await page.fill('#firstName', 'Erika');
      await page.fill('#lastName', 'Mustermann');
      await page.fill('#email', address);
      let posted = false;
      page.on('request', (request) => {
        if (request.method() === 'POST') posted = true;
      });
      await page.click('#submit');
      await expect(page.locator('#storage-consent').evaluate((box) => (box as unknown as { validity: { valueMissing: boolean } }).validity.valueMissing)).resolves.toBe(true);
      await page.waitForTimeout(300);
      expect(posted).toBe(false);
    } finally {
      await close();
    }
    expect(await talentsWith(address)).toEqual([]);
  });

  it('shows script in what a person typed as text, never runs it, refuses it and stores nothing', async () => {
    const form = await createForm({ fields: ['FORM_FIELD_CITY'] });
    const address = email();
    const { page, dialogs, close } = await newPage();
    try {
      await page.goto(`${stack.crm.httpUrl}/talent-forms/${form.id}`);
      await page.fill('#firstName', '<script>alert(1)</script>');
      await page.fill('#lastName', 'Mustermann');
      await page.fill('#email', address);
      await page.fill('#city', '"><img src=x onerror=alert(2)>');
      await page.check('#storage-consent');
      const [response] = await Promise.all([page.waitForResponse((res) => res.request().method() === 'POST'), page.click('#submit')]);
      expect(response.status()).toBe(400);
      await expect(page.locator('#problems').isVisible()).resolves.toBe(true);
      await expect(page.locator('#problem-firstName').textContent()).resolves.toBe('Bitte prüfen Sie das Format.');
      // Shown back as typed, as text: the page holds no element a value brought.
      await expect(page.inputValue('#firstName')).resolves.toBe('<script>alert(1)</script>');
      await expect(page.inputValue('#city')).resolves.toBe('"><img src=x onerror=alert(2)>');
      await expect(page.locator('main img').count()).resolves.toBe(0);
      // The box is asked again: the consent is given with the form that is sent.
      await expect(page.isChecked('#storage-consent')).resolves.toBe(false);
      expect(dialogs).toEqual([]);
    } finally {
      await close();
    }
    expect(await talentsWith(address)).toEqual([]);
  });

  it('two steps: the details link arrives by mail, works once, and completes the talent', async () => {
    const form = await createForm({ language: 'en', fields: ['FORM_FIELD_CITY'], twoStep: true, detailFields: ['FORM_FIELD_SKILLS', 'FORM_FIELD_AVAILABILITY', 'FORM_FIELD_INTERESTS'], interestOptions: ['Engineering', 'Sales'] });
    const address = email();
    const { page, close } = await newPage('en-GB');
    try {
      await page.goto(`${stack.crm.httpUrl}/talent-forms/${form.id}`);
      await expect(page.locator('#skills').count()).resolves.toBe(0);
      await page.fill('#firstName', 'Jana');
      await page.fill('#lastName', 'Novak');
      await page.fill('#email', address);
      await page.check('#storage-consent');
      await Promise.all([page.waitForURL(`${stack.crm.httpUrl}/talent-forms/${form.id}`), page.click('#submit')]);
      await expect(page.locator('h1').getAttribute('data-outcome')).resolves.toBe('received');
      const [created] = await talentsWith(address);
      expect(created).toMatchObject({ detailsPending: true, profile: expect.objectContaining({ language: 'en', skills: [] }) });

      const mail = await stack.mailpit.waitForMail(address, (message) => message.Subject === 'A few more details for our talent pool', 30_000);
      expect(mail.Text).toContain('Dear Jana Novak');
      const link = `${stack.crm.httpUrl}${linkIn(mail, '/talent-forms/details')}`;
      const opened = await page.goto(link);
      expect(opened?.status()).toBe(200);
      expect(opened!.headers()['referrer-policy']).toBe('no-referrer');
      // The page greets by first name and shows nothing else of what is stored.
      await expect(page.locator('#greeting').textContent()).resolves.toBe('Dear Jana,');
      const text = await page.locator('body').innerText();
      expect(text).not.toContain('Novak');
      expect(text).not.toContain(address);
      await page.fill('#skills', 'Kotlin, PostgreSQL');
      await page.fill('#availability', 'from March');
      await page.check('#interests-1');
      await Promise.all([page.waitForURL(`${stack.crm.httpUrl}/talent-forms/details`), page.click('#submit')]);
      await expect(page.locator('h1').getAttribute('data-outcome')).resolves.toBe('answered');

      const talent = await unaryCall(admin, 'GetTalent', { id: created.id });
      expect(talent).toMatchObject({ detailsPending: false, profile: expect.objectContaining({ skills: ['Kotlin', 'PostgreSQL'], availability: 'from March', interests: ['Sales'], firstName: 'Jana' }) });

      // Used once: opened again it answers nothing.
      const again = await page.goto(link);
      expect(again?.status()).toBe(409);
      await expect(page.locator('h1').getAttribute('data-outcome')).resolves.toBe('used');
    } finally {
      await close();
    }
  });

  it('a repeat submission with a known email makes no second talent, and looks the same', async () => {
    const form = await createForm({});
    const address = email();
    const outcomes: string[] = [];
    for (const firstName of ['Erika', 'Erik']) {
      const { page, close } = await newPage();
      try {
        await page.goto(`${stack.crm.httpUrl}/talent-forms/${form.id}`);
        await page.fill('#firstName', firstName);
        await page.fill('#lastName', 'Mustermann');
        await page.fill('#email', address);
        await page.check('#storage-consent');
        await Promise.all([page.waitForURL(`${stack.crm.httpUrl}/talent-forms/${form.id}`), page.click('#submit')]);
        outcomes.push(await page.locator('main').innerHTML());
      } finally {
        await close();
      }
    }
    expect(outcomes[1]).toBe(outcomes[0]);
    const talents = await talentsWith(address);
    expect(talents).toHaveLength(1);
    expect(talents[0].profile?.firstName).toBe('Erika');
  });
});

describe('the follow-up form in Chromium', () => {
  it('a recruiter asks; the talent answers through the link in the mail, once; the answers update the profile', async () => {
    const talent = await createTalent(admin, { profile: { firstName: 'Jana', lastName: 'Novak', email: email(), salaryExpectation: '60k', careerUpdate: '' } });
    const request = await unaryCall(admin, 'RequestFollowUp', { talentId: talent.id });
    expect(request).toMatchObject({ talentId: talent.id, messageId: '', answeredAt: null });

    const mail = await stack.mailpit.waitForMail(talent.profile!.email, (message) => message.Subject === 'Was gibt es Neues bei Ihnen?', 30_000);
    const link = `${stack.crm.httpUrl}${linkIn(mail, '/follow-up')}`;
    const { page, close } = await newPage();
    try {
      await page.goto(link);
      await expect(page.locator('#greeting').textContent()).resolves.toBe('Guten Tag Jana,');
      // Nothing stored is shown, not even as a prefilled answer.
      await expect(page.inputValue('#salaryExpectation')).resolves.toBe('');
      expect(await page.locator('body').innerText()).not.toContain('60k');
      await page.fill('#careerUpdate', 'Seit Mai leite ich das Backend-Team.');
      await page.fill('#availability', 'drei Monate Kündigungsfrist');
      await Promise.all([page.waitForURL(`${stack.crm.httpUrl}/follow-up`), page.click('#submit')]);
      await expect(page.locator('h1').getAttribute('data-outcome')).resolves.toBe('answered');
      await page.goto(link);
      await expect(page.locator('h1').getAttribute('data-outcome')).resolves.toBe('used');
    } finally {
      await close();
    }
    const answered = await unaryCall(admin, 'GetTalent', { id: talent.id });
    // A question left blank keeps what was known.
    expect(answered.profile).toMatchObject({ careerUpdate: 'Seit Mai leite ich das Backend-Team.', availability: 'drei Monate Kündigungsfrist', salaryExpectation: '60k' });
    // The request names the message that carried its link.
    const stored = await stack.built().followUps.get(tenant, request.id);
    expect(stored.answeredAt).toBeInstanceOf(Date);
    const { messages } = await unaryCall(await stack.messaging(tenant), 'ListMessages', { recipient: { candidateId: talent.id } });
    expect(messages.filter((message) => message.templateKey === 'talent-follow-up').map((message) => message.id)).toEqual([stored.messageId]);
  });
});
