// The candidate's self-service pages in a real Chromium (Debian's, driven by playwright-core),
// across the real candidates, consent, retention and messaging services, the links read from the
// mails in Mailpit: an erasure request opened and withdrawn, "delete now" from the notice before
// deletion (an erasure every service confirms), "keep my data longer" through consent, and every
// link that must change nothing.
import * as grpc from '@grpc/grpc-js';
import type { Browser, Page } from 'playwright-core';
import { RIGHTS } from '@lethe/platform/auth';
import { createClient, unaryCall } from '@lethe/platform/grpc';
import type { MailpitMessage } from '@lethe/platform/testkit';
import { fromTimestamp, loadGrpcObject, TOPICS, toTimestamp, type RetentionProto } from '@lethe/protos';
import { launchChromium, recordingPage } from './browser';
import { createCandidate, failure, RECRUITER_RIGHTS, sendMessage, startStack, uniqueName, waitFor, type Clients, type Stack } from './stack';

const { RetentionService } = loadGrpcObject<RetentionProto>().lethe.retention.v1;

let kit: Stack;
let browser: Browser;

beforeAll(async () => {
  [kit, browser] = await Promise.all([startStack(), launchChromium()]);
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await kit?.close();
});

const DAY_MS = 86_400_000;
const HOSTILE = `<script>alert("reason")</script><img src=x onerror=alert(1)> Bitte löschen & danke`;
const SELF_SERVICE_LINK = /http:\/\/127\.0\.0\.1:\d+\/self-service\?token=[A-Za-z0-9_-]{43}/g;

/** The self-service links of a mail's text part, in the order the mail gives them. */
function selfServiceLinksOf(mail: MailpitMessage): string[] {
  return [...mail.Text.matchAll(SELF_SERVICE_LINK)].map((match) => match[0]);
}

const newPage = (locale?: string) => recordingPage(browser, locale);

/** Changes a form's field the way a hand-made request would (the page has no script that could). */
async function setField(page: Page, selector: string, value: string): Promise<void> {
  await page.locator(selector).evaluate((field, given) => {
    const element = field as unknown as { value: string; removeAttribute(name: string): void };
    element.removeAttribute('maxlength');
    element.value = given;
  }, value);
}

const offerOf = (page: Page) => page.locator('h1').getAttribute('data-offer');
const outcomeOf = (page: Page) => page.locator('h1').getAttribute('data-outcome');

/** Submits the page's form with its button `id`; the status of the answer. */
async function submit(page: Page, id: string): Promise<number> {
  const [response] = await Promise.all([page.waitForResponse((answer) => answer.request().method() === 'POST'), page.click(`#${id}`)]);
  await page.waitForLoadState();
  return response.status();
}

/** The notice before deletion, as retention's sweep publishes it. */
async function publishNotice(tenantId: string, subjectId: string) {
  const time = new Date();
  await kit.services.retention.runtime.bus.publish(TOPICS.retentionNotices, [
    {
      type: 'lethe.retention.v1.CandidateNoticeDue',
      tenantId,
      subjectId,
      time,
      payload: { noticeId: uniqueName('notice'), subjectId, action: 'SCHEDULED_ACTION_DELETE', actionDueAt: toTimestamp(new Date(time.getTime() + 14 * DAY_MS)), storageConsentMonths: 12 },
    },
  ]);
  return kit.mailpit.waitForMail((await candidateAddress(tenantId, subjectId)) ?? '', (mail) => mail.Text.includes('/self-service?token='), 30_000);
}

const addresses = new Map<string, string>();
const candidateAddress = async (tenantId: string, subjectId: string) => addresses.get(`${tenantId}/${subjectId}`);

async function candidateOf(recruiter: Clients) {
  const candidate = await createCandidate(recruiter);
  addresses.set(`${recruiter.tenantId}/${candidate.id}`, candidate.email);
  // Retention keeps the person's clock from the candidates' events.
  await waitFor(() => kit.retention().clocks.get(recruiter.tenantId, candidate.id), 20_000, 'retention to hear of the candidate');
  return candidate;
}

/** Retention's link for messaging's messages, obtained with messaging's service token. */
async function issuedLink(tenantId: string, subjectId: string, purpose: string, validDays = 0) {
  const client = createClient(RetentionService, kit.services.retention.address, { token: await kit.auth.mint({ tenantId, actorId: 'messaging', actorKind: 'service', rights: [RIGHTS.issueLinks] }) });
  try {
    return await unaryCall(client, 'CreateSelfServiceLink', { subjectId, purpose: purpose as never, validDays });
  } finally {
    client.close();
  }
}

describe('the erasure request through the self-service page', () => {
  it("the recruiter's message gives the links; the candidate opens a request with a reason, is told with a withdrawal link, and withdraws", async () => {
    const tenant = uniqueName('agency');
    const recruiter = await kit.recruiter(tenant);
    const candidate = await candidateOf(recruiter);

    // The recruiter sends the template; the answer carries no link.
    const sent = await sendMessage(recruiter.messaging, { recipient: { candidateId: candidate.id }, templateKey: 'self-service-links', values: {} });
    expect(JSON.stringify(sent)).not.toMatch(/token=/);
    const mail = await kit.mailpit.waitForMail(candidate.email, (message) => message.Subject.startsWith('Ihre Daten bei'), 30_000);
    const [exportLink, requestLink] = selfServiceLinksOf(mail);
    expect(exportLink).toBeDefined();
    expect(requestLink).toBeDefined();
    const shown = await unaryCall(recruiter.messaging, 'GetMessage', { id: sent.message!.id });
    expect(JSON.stringify(shown)).not.toContain(requestLink.split('token=')[1]);
    expect(kit.logs.text()).not.toContain(requestLink.split('token=')[1]);

    const { page, dialogs, close } = await newPage();
    try {
      const response = await page.goto(requestLink);
      expect(response?.status()).toBe(200);
      const headers = response!.headers();
      expect(headers['content-security-policy']).toMatch(/^default-src 'none'; style-src 'nonce-[A-Za-z0-9_-]+'; form-action 'self'; frame-ancestors 'none'/);
      expect(headers).toMatchObject({ 'cache-control': 'no-store', 'referrer-policy': 'no-referrer', 'content-language': 'de' });
      expect(await offerOf(page)).toBe('open-form');
      // Every page says who is responsible (this tenant has published no details yet, and the page says so).
      expect(await page.locator('footer#controller [data-controller="unpublished"]').count()).toBe(1);
      // A GET decides nothing.
      expect(await failure(unaryCall(recruiter.retention, 'GetErasureRequest', { subjectId: candidate.id }))).toMatchObject({ code: grpc.status.NOT_FOUND });

      await page.fill('#reason', HOSTILE);
      expect(await submit(page, 'open-request')).toBe(200);
      expect(await outcomeOf(page)).toBe('opened');
      const request = await unaryCall(recruiter.retention, 'GetErasureRequest', { subjectId: candidate.id });
      expect(request).toMatchObject({ state: 'ERASURE_REQUEST_STATE_OPEN', requestedBy: 'REQUESTED_BY_CANDIDATE', openedBy: `candidate:${candidate.id}`, reason: HOSTILE });

      // Replayed: used, nothing changes.
      expect((await page.goto(requestLink))?.status()).toBe(410);
      expect(await outcomeOf(page)).toBe('used');
      expect((await unaryCall(recruiter.retention, 'GetErasureRequest', { subjectId: candidate.id })).requestId).toBe(request.requestId);

      // The confirmation carries the withdrawal link; the page shows the reason as text, no script runs.
      const confirmation = await kit.mailpit.waitForMail(candidate.email, (message) => message.Subject === 'Ihr Löschbegehren ist eingegangen', 30_000);
      const [withdrawLink] = selfServiceLinksOf(confirmation);
      expect((await page.goto(withdrawLink))?.status()).toBe(200);
      expect(await offerOf(page)).toBe('withdraw-form');
      await expect(page.locator('#given-reason').textContent()).resolves.toBe(HOSTILE);
      expect(await page.locator('#given-reason img').count()).toBe(0);
      expect(await submit(page, 'withdraw-request')).toBe(200);
      expect(await outcomeOf(page)).toBe('withdrawn');
      expect(await unaryCall(recruiter.retention, 'GetErasureRequest', { subjectId: candidate.id })).toMatchObject({ state: 'ERASURE_REQUEST_STATE_WITHDRAWN', withdrawnBy: 'REQUESTED_BY_CANDIDATE' });
      await kit.mailpit.waitForMail(candidate.email, (message) => message.Subject === 'Ihr Löschbegehren wurde zurückgezogen', 30_000);
      expect(dialogs).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe('the data of the candidate through the self-service page', () => {
  it('"download my data" starts an export; the link to the package comes by e-mail', async () => {
    const tenant = uniqueName('agency');
    const recruiter = await kit.recruiter(tenant, [...RECRUITER_RIGHTS, RIGHTS.exportSubjects]);
    const candidate = await candidateOf(recruiter);
    await sendMessage(recruiter.messaging, { recipient: { candidateId: candidate.id }, templateKey: 'self-service-links', values: {} });
    const [exportLink] = selfServiceLinksOf(await kit.mailpit.waitForMail(candidate.email, (message) => message.Subject.startsWith('Ihre Daten bei'), 30_000));

    const { page, close } = await newPage();
    try {
      expect((await page.goto(exportLink))?.status()).toBe(200);
      expect(await offerOf(page)).toBe('export-form');
      expect(await submit(page, 'request-export')).toBe(200);
      expect(await outcomeOf(page)).toBe('export-started');
      expect((await page.goto(exportLink))?.status()).toBe(410);
    } finally {
      await close();
    }
    const { exports } = await unaryCall(recruiter.retention, 'ListSubjectExports', { subjectId: candidate.id });
    expect(exports).toEqual([expect.objectContaining({ requestedBy: 'REQUESTED_BY_CANDIDATE', requestedByActor: `candidate:${candidate.id}` })]);

    const ready = await kit.mailpit.waitForMail(candidate.email, (message) => message.Subject === 'Ihre Daten stehen zum Herunterladen bereit', 60_000);
    const download = /http:\/\/127\.0\.0\.1:\d+\/self-service\/download\?token=[A-Za-z0-9_-]{43}/.exec(ready.Text)?.[0];
    expect(download).toBeDefined();
    const answer = await fetch(download!);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('application/zip');
  });
});

describe('the notice before deletion', () => {
  it('"delete now" erases the person at once, and every service confirms', async () => {
    const tenant = uniqueName('agency');
    const recruiter = await kit.recruiter(tenant);
    const candidate = await candidateOf(recruiter);
    const notice = await publishNotice(tenant, candidate.id);
    const [deleteNow] = selfServiceLinksOf(notice);

    const { page, dialogs, close } = await newPage('en-GB');
    try {
      expect((await page.goto(deleteNow))?.status()).toBe(200);
      expect(await offerOf(page)).toBe('delete-form');
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      expect(await submit(page, 'delete-now')).toBe(200);
      expect(await outcomeOf(page)).toBe('deleting');
      expect(dialogs).toEqual([]);
    } finally {
      await close();
    }

    const [erasure] = (await unaryCall(recruiter.retention, 'ListErasures', { subjectId: candidate.id })).erasures;
    expect(erasure).toMatchObject({ subjectId: candidate.id, mode: 'ERASURE_MODE_DELETE', reason: 'ERASURE_REASON_CANDIDATE_DELETE_NOW', trigger: 'delete-now' });
    const done = await waitFor(async () => {
      const current = await unaryCall(recruiter.retention, 'GetErasure', { id: erasure.id });
      return current.state === 'ERASURE_STATE_DONE' ? current : undefined;
    }, 60_000, 'every service to confirm the erasure');
    expect(done.services.map((service) => service.service).sort()).toEqual(['candidates', 'consent', 'messaging', 'retention']);
    for (const service of done.services) expect(['done', 'nothing-held']).toContain(service.state);
    expect(await failure(unaryCall(recruiter.candidates, 'GetCandidate', { id: candidate.id }))).toMatchObject({ code: grpc.status.NOT_FOUND });
    // The link went with the person.
    const again = await newPage();
    try {
      expect((await again.page.goto(deleteNow))?.status()).toBe(404);
    } finally {
      await again.close();
    }
  });

  it('with an application in progress, "delete now" is refused and the erasure request offered instead, the link still usable for it', async () => {
    const tenant = uniqueName('agency');
    const recruiter = await kit.recruiter(tenant);
    const candidate = await candidateOf(recruiter);
    const job = await unaryCall(recruiter.recruiting, 'CreateJob', { title: 'Sachbearbeitung' });
    await unaryCall(recruiter.recruiting, 'CreateApplication', { candidateId: candidate.id, jobId: job.id, statusKey: 'in_review' });
    await waitFor(async () => Object.values((await kit.retention().clocks.get(tenant, candidate.id))?.statuses ?? {}).some((status) => status.meta === 'active') || undefined, 20_000, 'retention to hear of the application');
    const [deleteNow] = selfServiceLinksOf(await publishNotice(tenant, candidate.id));

    const { page, close } = await newPage();
    try {
      expect((await page.goto(deleteNow))?.status()).toBe(200);
      expect(await offerOf(page)).toBe('active-application');
      expect(await page.locator('#delete-now').count()).toBe(0);
      // A form changed to "delete now" is refused as the page says, and the link stays.
      await setField(page, 'input[name="action"]', 'delete-now');
      expect(await submit(page, 'open-request')).toBe(409);
      expect(await offerOf(page)).toBe('active-application');
      expect((await unaryCall(recruiter.retention, 'ListErasures', { subjectId: candidate.id })).erasures).toEqual([]);

      await page.fill('#reason', 'Ich habe eine andere Stelle gefunden.');
      expect(await submit(page, 'open-request')).toBe(200);
      expect(await outcomeOf(page)).toBe('opened');
      expect(await unaryCall(recruiter.retention, 'GetErasureRequest', { subjectId: candidate.id })).toMatchObject({ state: 'ERASURE_REQUEST_STATE_OPEN', requestedBy: 'REQUESTED_BY_CANDIDATE' });
      expect((await unaryCall(recruiter.retention, 'ListErasures', { subjectId: candidate.id })).erasures).toEqual([]);
    } finally {
      await close();
    }
  });

  it('"keep my data longer" leads to the consent page; granting moves the deletion', async () => {
    const tenant = uniqueName('agency');
    const recruiter = await kit.recruiter(tenant);
    const candidate = await candidateOf(recruiter);
    /** When retention will delete the person, once it has scheduled it. */
    const deletionOf = async () => {
      const { steps } = await unaryCall(recruiter.retention, 'ExplainRetention', { subjectId: candidate.id });
      return steps.length > 0 ? Math.max(...steps.map((step) => fromTimestamp(step.dueAt)?.getTime() ?? 0)) : undefined;
    };
    const before = await waitFor(deletionOf, 20_000, 'retention to schedule the deletion');
    const notice = await publishNotice(tenant, candidate.id);
    const [extend] = [...notice.Text.matchAll(/http:\/\/127\.0\.0\.1:\d+\/consent\?token=[A-Za-z0-9_-]{43}/g)].map((match) => match[0]);

    let grantedAt = Infinity;
    const { page, close } = await newPage();
    try {
      expect((await page.goto(extend))?.status()).toBe(200);
      await Promise.all([page.waitForURL(/\/consent$/), page.click('#grant')]);
      expect(await outcomeOf(page)).toBe('granted');
      grantedAt = Date.now();
    } finally {
      await close();
    }
    expect((await unaryCall(recruiter.consent, 'CheckConsent', { subjectId: candidate.id, kind: 'CONSENT_KIND_STORAGE' })).granted).toBe(true);
    // The storage consent holds the clock for its twelve months, past the deletion the notice announced.
    const after = await waitFor(async () => {
      const deletion = (await deletionOf()) ?? 0;
      return deletion >= grantedAt + 360 * DAY_MS ? deletion : undefined;
    }, 30_000, 'retention to hold the clock for the storage consent');
    expect(after).toBeGreaterThan(before);
  }, 120_000);
});

describe('links that change nothing', () => {
  it('replayed, expired, of another purpose or tenant, tampered with, or posted without the CSRF seal', async () => {
    const tenant = uniqueName('agency');
    const recruiter = await kit.recruiter(tenant);
    const candidate = await candidateOf(recruiter);
    const unchanged = async () => expect(await failure(unaryCall(recruiter.retention, 'GetErasureRequest', { subjectId: candidate.id }))).toMatchObject({ code: grpc.status.NOT_FOUND });
    const { page, close } = await newPage();
    try {
      // Tampered: one character changed.
      const open = await issuedLink(tenant, candidate.id, 'SELF_SERVICE_PURPOSE_OPEN_ERASURE_REQUEST');
      const tampered = open.url.replace(/.$/, (last) => (last === 'A' ? 'B' : 'A'));
      expect((await page.goto(tampered))?.status()).toBe(404);
      expect(await outcomeOf(page)).toBe('invalid');

      // Another purpose: a withdrawal link shows no request to withdraw; an opening link's form changed to withdraw opens nothing.
      const withdraw = await issuedLink(tenant, candidate.id, 'SELF_SERVICE_PURPOSE_WITHDRAW_ERASURE_REQUEST');
      expect((await page.goto(withdraw.url))?.status()).toBe(200);
      expect(await offerOf(page)).toBe('nothing-to-withdraw');
      expect((await page.goto(open.url))?.status()).toBe(200);
      await setField(page, 'input[name="action"]', 'withdraw-request');
      expect(await submit(page, 'open-request')).toBe(404);
      expect(await outcomeOf(page)).toBe('invalid');
      // Another service's link (consent's) is unknown here.
      await unaryCall(recruiter.consent, 'RequestConsent', { subjectId: candidate.id, kind: 'CONSENT_KIND_STORAGE', periodMonths: 12 });
      const consentMail = await kit.mailpit.waitForMail(candidate.email, (mail) => mail.Text.includes('/consent?token='), 30_000);
      const consentToken = /consent\?token=([A-Za-z0-9_-]{43})/.exec(consentMail.Text)![1];
      expect((await page.goto(`${kit.services.retention.httpUrl}/self-service?token=${consentToken}`))?.status()).toBe(404);
      // Another link in the form than the one the page was served for: refused before anything is used.
      expect((await page.goto(open.url))?.status()).toBe(200);
      await setField(page, 'input[name="token"]', withdraw.token);
      expect(await submit(page, 'open-request')).toBe(403);
      await unchanged();
      // The other tenant's token does not open the link either.
      const other = await kit.recruiter(uniqueName('other'), []);
      expect(await failure(unaryCall(other.retention, 'OpenErasureRequest', { linkToken: open.token }))).toMatchObject({ reason: 'LINK_INVALID' });
      await unchanged();

      // Expired, by retention's clock.
      const shortLived = await issuedLink(tenant, candidate.id, 'SELF_SERVICE_PURPOSE_OPEN_ERASURE_REQUEST', 1);
      expect((await page.goto(shortLived.url))?.status()).toBe(200);
      kit.retentionClock.advance({ days: 2 });
      try {
        expect(await submit(page, 'open-request')).toBe(410);
        expect(await outcomeOf(page)).toBe('expired');
        expect((await page.goto(shortLived.url))?.status()).toBe(410);
      } finally {
        kit.retentionClock.set(new Date());
      }
      await unchanged();

      // Posted without the page's cookie: refused as a forged form.
      const forged = await fetch(`${kit.services.retention.httpUrl}/self-service`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ token: open.token, csrf: 'A'.repeat(43), action: 'open-request' }).toString(),
      });
      expect(forged.status).toBe(403);
      expect(await forged.json()).toMatchObject({ reason: 'CSRF_CHECK_FAILED' });
      // Bad input: a reason over its length.
      expect((await page.goto(open.url))?.status()).toBe(200);
      await setField(page, '#reason', 'x'.repeat(2001));
      expect(await submit(page, 'open-request')).toBe(400);
      await unchanged();

      // The link still works for what it is for.
      expect((await page.goto(open.url))?.status()).toBe(200);
      expect(await submit(page, 'open-request')).toBe(200);
      expect(await unaryCall(recruiter.retention, 'GetErasureRequest', { subjectId: candidate.id })).toMatchObject({ state: 'ERASURE_REQUEST_STATE_OPEN' });
    } finally {
      await close();
    }
  });
});
