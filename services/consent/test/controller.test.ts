// The tenant's controller identity: published through consent's API, read by other services through
// the platform's directory, and named on the consent page (checked in a real Chromium).
import * as grpc from '@grpc/grpc-js';
import { chromium, type Browser } from 'playwright-core';
import { RIGHTS } from '@lethe/platform/auth';
import { ControllerDirectory, toControllerFields, type Controller } from '@lethe/platform/controller';
import { createClient, unaryCall } from '@lethe/platform/grpc';
import type { ServiceRuntime } from '@lethe/platform/service';
import { sampleController, uniqueName } from '@lethe/platform/testkit';
import { ConsentService, failure, requestClearData, startConsent, type ConsentClient, type ConsentKit } from './kit';

let kit: ConsentKit;
let browser: Browser;

beforeAll(async () => {
  [kit, browser] = await Promise.all([
    startConsent(),
    chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: process.getuid?.() === 0 ? ['--no-sandbox'] : [] }),
  ]);
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await kit?.close();
});

const publish = (client: ConsentClient, controller: Controller, expectedVersion = 0) => unaryCall(client, 'UpdateController', { controller: toControllerFields(controller), expectedVersion });

/** What another service's directory sees, with a service token of its own (no right). */
function directoryOf(name: string): ControllerDirectory {
  const runtime = {
    name,
    clock: kit.clock,
    serviceTokens: { token: (_callee: string, tenantId: string, rights: readonly string[]) => kit.auth.mint({ tenantId, actorId: name, actorKind: 'service', rights: [...rights] }) },
  } as unknown as Pick<ServiceRuntime, 'serviceTokens' | 'name' | 'clock'>;
  return new ControllerDirectory(runtime, kit.service.address);
}

describe('the controller identity', () => {
  it('is published with settings:manage, versioned, and read by any user of the tenant', async () => {
    const tenant = uniqueName('tenant');
    const admin = await kit.client(tenant, [RIGHTS.manageSettings]);
    const anyone = await kit.client(tenant, []);
    expect(await failure(unaryCall(anyone, 'GetController', {}))).toMatchObject({ code: grpc.status.NOT_FOUND, reason: 'CONTROLLER_NOT_SET' });

    const saved = await publish(admin, sampleController());
    expect(saved).toMatchObject({ companyName: 'Muster Personal GmbH', address: { lines: ['Hauptstraße 1', '10115 Berlin'] }, version: 1, updatedBy: 'recruiter-1' });
    const read = await unaryCall(anyone, 'GetController', {});
    expect(read).toMatchObject({ ...toControllerFields(sampleController()), version: 1 });

    // Another tenant sees nothing of it.
    expect(await failure(unaryCall(await kit.client(uniqueName('tenant'), []), 'GetController', {}))).toMatchObject({ code: grpc.status.NOT_FOUND });
    // Unauthenticated callers read nothing either.
    const stranger = createClient(ConsentService, kit.service.address);
    expect(await failure(unaryCall(stranger, 'GetController', {}))).toMatchObject({ code: grpc.status.UNAUTHENTICATED });
    stranger.close();

    // A save from a stale version loses.
    await publish(admin, sampleController({ companyName: 'Zweite GmbH' }), 1);
    expect(await failure(publish(admin, sampleController({ companyName: 'Dritte GmbH' }), 1))).toMatchObject({ code: grpc.status.ABORTED, reason: 'VERSION_MISMATCH' });
    expect((await unaryCall(anyone, 'GetController', {})).companyName).toBe('Zweite GmbH');
  });

  it('refuses a caller without settings:manage, and hostile values with the field, changing nothing', async () => {
    const tenant = uniqueName('tenant');
    const admin = await kit.client(tenant, [RIGHTS.manageSettings]);
    expect(await failure(publish(await kit.client(tenant, [RIGHTS.readCandidates, RIGHTS.writeCandidates]), sampleController()))).toMatchObject({
      code: grpc.status.PERMISSION_DENIED,
    });
    const refused = async (changes: Partial<Controller>) => (await failure(publish(admin, sampleController(changes)))).violations.map((v) => v.field);
    expect(await refused({ privacyPolicyUrls: { de: 'javascript:alert(1)', en: 'https://muster-personal.example/privacy' } })).toEqual(['controller.privacyPolicyUrls.de']);
    expect(await refused({ brandColour: '#fff;background:url(https://tracker.example)' })).toEqual(['controller.brandColour']);
    expect(await refused({ logo: Buffer.concat([sampleController().logo, Buffer.alloc(200 * 1024)]) })).toEqual(['controller.logo']);
    expect(await refused({ logo: Buffer.from('<svg onload="alert(1)"/>') })).toEqual(['controller.logo']);
    expect(await refused({ companyName: 'Muster\u0000GmbH' })).toEqual(['controller.companyName']);
    expect(await refused({ companyName: 'x'.repeat(10_000) })).toEqual(['controller.companyName']);
    expect(await failure(unaryCall(admin, 'UpdateController', { expectedVersion: 0 }))).toMatchObject({ code: grpc.status.INVALID_ARGUMENT, violations: [{ field: 'controller', code: 'required' }] });
    expect(await failure(unaryCall(admin, 'GetController', {}))).toMatchObject({ code: grpc.status.NOT_FOUND });
  });

  it('reaches other services through the directory, which sees a change once its cache time has passed', async () => {
    const tenant = uniqueName('tenant');
    const admin = await kit.client(tenant, [RIGHTS.manageSettings]);
    const directory = directoryOf('messaging');
    try {
      expect(await directory.controllerOf(tenant)).toBeUndefined();
      await publish(admin, sampleController());
      // A tenant that had none is asked again at once.
      expect(await directory.controllerOf(tenant)).toEqual(sampleController());
      await publish(admin, sampleController({ companyName: 'Umbenannt GmbH' }));
      kit.clock.advance({ ms: 59_000 });
      expect((await directory.controllerOf(tenant))?.companyName).toBe('Muster Personal GmbH');
      kit.clock.advance({ ms: 1_000 });
      expect((await directory.controllerOf(tenant))?.companyName).toBe('Umbenannt GmbH');
    } finally {
      directory.close();
    }
  });
});

describe('the consent page in Chromium names who asks', () => {
  it('the company and its address, the privacy policy, the data-protection contact; the switch changes the language and keeps the link', async () => {
    const tenant = uniqueName('tenant');
    await publish(await kit.client(tenant, [RIGHTS.manageSettings]), sampleController());
    const { linkUrl } = await requestClearData(await kit.client(tenant), uniqueName('cand'), 'client-a', 'Kunde AG');
    const context = await browser.newContext({ locale: 'de-DE' });
    const page = await context.newPage();
    const blocked: string[] = [];
    page.on('console', (message) => blocked.push(message.text()));
    try {
      expect((await page.goto(`${kit.service.httpUrl}${linkUrl}`))?.status()).toBe(200);
      await expect(page.locator('header.controller span').textContent()).resolves.toBe('Muster Personal GmbH');
      // The logo is shown: the CSP lets the embedded image through and blocks nothing else the page needs.
      await expect(page.locator('header.controller img').getAttribute('src')).resolves.toMatch(/^data:image\/png;base64,/);
      expect(await page.locator('header.controller img').evaluate((img) => (img as unknown as { complete: boolean }).complete)).toBe(true);
      expect(blocked.filter((text) => /Content Security Policy/i.test(text))).toEqual([]);
      await expect(page.locator('#controller-identity').innerText()).resolves.toBe('Muster Personal GmbH\nHauptstraße 1\n10115 Berlin');
      await expect(page.locator('#privacy-policy').textContent()).resolves.toBe('Datenschutzhinweise');
      await expect(page.locator('#privacy-policy').getAttribute('href')).resolves.toBe('https://muster-personal.example/datenschutz');
      await expect(page.locator('#data-protection-contact').innerText()).resolves.toContain('Dana Schutz\ndatenschutz@muster-personal.example\n+49 30 1234567');
      // The tenant's colour frames the header.
      const border = await page.locator('header.controller').evaluate((header) => (globalThis as unknown as { getComputedStyle(element: unknown): { borderBottomColor: string } }).getComputedStyle(header).borderBottomColor);
      expect(border).toBe('rgb(170, 51, 0)');

      await page.click('#lang-en');
      expect(page.url()).toBe(`${kit.service.httpUrl}${linkUrl}&lang=en`);
      await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
      await expect(page.locator('#grant').textContent()).resolves.toBe('I consent');
      await expect(page.locator('#privacy-policy').textContent()).resolves.toBe('Privacy policy');
      await expect(page.locator('#privacy-policy').getAttribute('href')).resolves.toBe('https://muster-personal.example/privacy');

      // The answer keeps the chosen language and still names the controller.
      await page.click('#grant');
      await expect(page.locator('h1[data-outcome]').getAttribute('data-outcome')).resolves.toBe('granted');
      await expect(page.locator('h1').textContent()).resolves.toBe('Thank you');
      await expect(page.locator('#controller-identity').innerText()).resolves.toContain('Muster Personal GmbH');
    } finally {
      await context.close();
    }
  });

  it('shows a hostile company name as text, and says so plainly where the tenant published nothing', async () => {
    const tenant = uniqueName('tenant');
    const hostile = '<script>document.title="owned"</script><b>Fake</b>';
    await publish(await kit.client(tenant, [RIGHTS.manageSettings]), sampleController({ companyName: hostile }));
    const { linkUrl } = await requestClearData(await kit.client(tenant), uniqueName('cand'));
    const bare = uniqueName('tenant');
    const unpublished = await requestClearData(await kit.client(bare), uniqueName('cand'));
    const context = await browser.newContext({ locale: 'de-DE' });
    const page = await context.newPage();
    try {
      await page.goto(`${kit.service.httpUrl}${linkUrl}`);
      await expect(page.locator('header.controller span').textContent()).resolves.toBe(hostile);
      expect(await page.locator('footer b').count()).toBe(0);
      expect(await page.title()).not.toBe('owned');

      await page.goto(`${kit.service.httpUrl}${unpublished.linkUrl}`);
      await expect(page.locator('[data-controller="unpublished"]').textContent()).resolves.toBe('Angaben zum Verantwortlichen für Ihre Daten liegen für diese Seite nicht vor.');
      await expect(page.locator('#grant').textContent()).resolves.toBe('Ich willige ein');
    } finally {
      await context.close();
    }
  });
});
