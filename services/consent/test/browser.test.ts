// The consent pages in a real Chromium (Debian's, driven by playwright-core; scripts/setup.sh installs it).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser } from 'playwright-core';
import { unaryCall } from '@lethe/platform/grpc';
import { uniqueName } from '@lethe/platform/testkit';
import { checkClearData, CLEAR_DATA, requestClearData, startConsent, type ConsentClient, type ConsentKit } from './kit';

let kit: ConsentKit;
let browser: Browser;
let tenant: string;
let client: ConsentClient;

beforeAll(async () => {
  [kit, browser] = await Promise.all([
    startConsent(),
    chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: process.getuid?.() === 0 ? ['--no-sandbox'] : [] }),
  ]);
  tenant = uniqueName('tenant');
  client = await kit.client(tenant);
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await kit?.close();
});

const subject = () => uniqueName('cand');

async function grants(subjectId: string): Promise<number> {
  const { consents } = await unaryCall(client, 'ListConsents', { subjectId });
  return consents.filter((consent) => consent.state === 'CONSENT_STATE_GRANTED').length;
}

describe('the consent page in Chromium', () => {
  it('request → link (issued to messaging) → page → grant → CheckConsent true → withdraw → false', async () => {
    const subjectId = subject();
    // The recruiter's request, sent with the link messaging obtained with its service token.
    const { linkUrl } = await requestClearData(client, subjectId, 'client-a', 'Muster GmbH');
    const context = await browser.newContext({ locale: 'de-DE' });
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on('console', (message) => scripts.push(message.text()));
    try {
      const response = await page.goto(`${kit.service.httpUrl}${linkUrl}`);
      expect(response?.status()).toBe(200);
      await expect(page.locator('h1').textContent()).resolves.toBe('Einwilligung in die Weitergabe Ihres Profils');
      await expect(page.locator('dd').first().textContent()).resolves.toBe('Muster GmbH');
      await expect(page.locator('#consent-text').textContent()).resolves.toContain('an Muster GmbH weitergegeben');
      // The style is allowed by its nonce: the CSP blocks nothing the page needs.
      expect(scripts.filter((text) => /Content Security Policy/i.test(text))).toEqual([]);
      expect(await checkClearData(client, subjectId)).toBe(false);

      await Promise.all([page.waitForURL(`${kit.service.httpUrl}/consent`), page.click('#grant')]);
      await expect(page.locator('h1').getAttribute('data-outcome')).resolves.toBe('granted');
      await expect(page.locator('h1').textContent()).resolves.toBe('Vielen Dank');
      expect(await checkClearData(client, subjectId)).toBe(true);

      // Back to the link: it is used up.
      await page.goBack();
      await page.reload();
      await expect(page.locator('h1').getAttribute('data-outcome')).resolves.toBe('used');

      await unaryCall(client, 'Withdraw', { subjectId, kind: CLEAR_DATA, clientId: 'client-a' });
      expect(await checkClearData(client, subjectId)).toBe(false);
    } finally {
      await context.close();
    }
  });

  it('refusing in English', async () => {
    const subjectId = subject();
    const { linkUrl } = await requestClearData(client, subjectId, 'client-e', 'Example Ltd');
    const context = await browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    try {
      // The link was issued in German; the candidate switches to English.
      await page.goto(`${kit.service.httpUrl}${linkUrl}&lang=en`);
      await expect(page.locator('#decline').textContent()).resolves.toBe('I decline');
      await page.click('#decline');
      await expect(page.locator('h1[data-outcome]').getAttribute('data-outcome')).resolves.toBe('declined');
      await expect(page.locator('main p').textContent()).resolves.toContain('No data will be shared');
      const { consents } = await unaryCall(client, 'ListConsents', { subjectId });
      expect(consents[0].state).toBe('CONSENT_STATE_DECLINED');
    } finally {
      await context.close();
    }
  });

  it('opening the link many times (prefetch, previews, reloads) grants nothing', async () => {
    const subjectId = subject();
    const { linkUrl } = await requestClearData(client, subjectId);
    const context = await browser.newContext();
    try {
      for (let i = 0; i < 3; i++) {
        const page = await context.newPage();
        await page.goto(`${kit.service.httpUrl}${linkUrl}`);
        await page.reload();
        await page.close();
      }
      expect(await grants(subjectId)).toBe(0);
    } finally {
      await context.close();
    }
  });

  it('a form posted from another site is refused even with the right fields (SameSite cookie, CSRF)', async () => {
    const subjectId = subject();
    const { token, linkUrl } = await requestClearData(client, subjectId);
    const context = await browser.newContext();
    const attacker = http.createServer();
    try {
      // The victim opened the link (so a CSRF cookie exists); the attacker knows every form field.
      const victim = await context.newPage();
      await victim.goto(`${kit.service.httpUrl}${linkUrl}`);
      const csrf = await victim.locator('input[name=csrf]').getAttribute('value');
      const textId = await victim.locator('input[name=textId]').getAttribute('value');
      const textMac = await victim.locator('input[name=textMac]').getAttribute('value');
      const target = `${kit.service.httpUrl}/consent`;
      attacker.on('request', (_req, res) => {
        res.setHeader('content-type', 'text/html');
        res.end(`<form id="f" method="post" action="${target}"><input name="token" value="${token}"><input name="csrf" value="${csrf}"><input name="textId" value="${textId}"><input name="textMac" value="${textMac}"><input name="decision" value="grant"></form><script>document.getElementById('f').submit()</script>`);
      });
      await new Promise<void>((resolve) => attacker.listen(0, 'localhost', resolve));
      const page = await context.newPage();
      const refused = page.waitForResponse((response) => response.url() === target);
      // localhost is another site than 127.0.0.1: the Strict cookie stays home.
      await page.goto(`http://localhost:${(attacker.address() as AddressInfo).port}/`);
      expect((await refused).status()).toBe(403);
      expect(await grants(subjectId)).toBe(0);

      // The candidate's own click still works.
      await victim.click('#grant');
      await expect(victim.locator('h1').getAttribute('data-outcome')).resolves.toBe('granted');
      expect(await grants(subjectId)).toBe(1);
    } finally {
      attacker.close();
      await context.close();
    }
  });

  it('pressing Enter in the form, or submitting it without a button, records nothing: only a click on grant or decline answers', async () => {
    const subjectId = subject();
    const { linkUrl } = await requestClearData(client, subjectId);
    const context = await browser.newContext({ locale: 'de-DE' });
    const page = await context.newPage();
    const posts: number[] = [];
    page.on('response', (response) => {
      if (response.request().method() === 'POST') posts.push(response.status());
    });
    try {
      await page.goto(`${kit.service.httpUrl}${linkUrl}`);
      // Enter in a field of a form is implicit submission: it clicks the form's default button. The
      // page has no field of its own, so one is added, as an autofill extension or a later field would.
      await page.locator('form').evaluate((form) => form.insertAdjacentHTML('afterbegin', '<input type="text" id="typed">'));
      await page.focus('#typed');
      await page.keyboard.press('Enter');
      // Any submission would have started by now; none did, and the page is still the form.
      await page.waitForTimeout(500);
      expect(posts).toEqual([]);
      await expect(page.locator('#grant').isVisible()).resolves.toBe(true);

      // Submitted without a button (no submitter): no decision is sent, and the server refuses it.
      const refused = page.waitForResponse((response) => response.request().method() === 'POST');
      await page.locator('form').evaluate((form) => (form as unknown as { requestSubmit(): void }).requestSubmit());
      expect((await refused).status()).toBe(400);
      // The refusal's page finishes loading before the link is opened again.
      await page.waitForURL((url) => url.pathname === '/consent' && url.search === '', { waitUntil: 'load' });
      const { consents } = await unaryCall(client, 'ListConsents', { subjectId });
      expect(consents).toMatchObject([{ state: 'CONSENT_STATE_REQUESTED' }]);
      expect(await grants(subjectId)).toBe(0);

      // The candidate's own click on decline still answers.
      await page.goto(`${kit.service.httpUrl}${linkUrl}`);
      await page.click('#decline');
      await expect(page.locator('h1[data-outcome]').getAttribute('data-outcome')).resolves.toBe('declined');
      expect((await unaryCall(client, 'ListConsents', { subjectId })).consents).toMatchObject([{ state: 'CONSENT_STATE_DECLINED' }]);
    } finally {
      await context.close();
    }
  });

  it('shows the invalid and expired pages', async () => {
    const context = await browser.newContext({ locale: 'de-DE' });
    const page = await context.newPage();
    try {
      const invalid = await page.goto(`${kit.service.httpUrl}/consent?token=${'A'.repeat(43)}`);
      expect(invalid?.status()).toBe(404);
      await expect(page.locator('h1').textContent()).resolves.toBe('Ungültiger Link');
      const { linkUrl } = await requestClearData(client, subject());
      kit.clock.advance({ days: 31 });
      try {
        const expired = await page.goto(`${kit.service.httpUrl}${linkUrl}`);
        expect(expired?.status()).toBe(410);
        await expect(page.locator('h1').textContent()).resolves.toBe('Link abgelaufen');
      } finally {
        kit.clock.set(new Date());
      }
    } finally {
      await context.close();
    }
  });
});
