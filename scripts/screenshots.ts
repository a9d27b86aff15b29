// The README's screenshots of the candidate's pages, taken in Chromium against the local
// infrastructure with the e2e stack: a demo agency that published its controller, a demo candidate,
// the links read from the mails in Mailpit. Only made-up demo data; writes e2e/screenshots/*.png.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { RIGHTS } from '@lethe/platform/auth';
import { toControllerFields } from '@lethe/platform/controller';
import { unaryCall } from '@lethe/platform/grpc';
import { sampleController } from '@lethe/platform/testkit';
import { TOPICS, toTimestamp } from '@lethe/protos';
import { launchChromium, recordingPage } from '../e2e/test/browser';
import { createCandidate, RECRUITER_RIGHTS, sendMessage, startStack, uniqueName, waitFor, type Stack } from '../e2e/test/stack';

const OUT_DIR = path.resolve(__dirname, '..', 'e2e', 'screenshots');
const VIEWPORT = { width: 1000, height: 800 };
const DAY_MS = 86_400_000;
const MAIL_WAIT_MS = 60_000;

const linksOf = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].map((match) => match[0]);
const SELF_SERVICE_LINK = /http:\/\/127\.0\.0\.1:\d+\/self-service\?token=[A-Za-z0-9_-]{43}/g;
const CONSENT_LINK = /http:\/\/127\.0\.0\.1:\d+\/consent\?token=[A-Za-z0-9_-]{43}/g;
const DOWNLOAD_LINK = /http:\/\/127\.0\.0\.1:\d+\/self-service\/download\?token=[A-Za-z0-9_-]{43}/g;

/** The demo agency's logo: its name on its brand colour, drawn by Chromium as a PNG. */
async function demoLogo(browser: Browser, colour: string): Promise<Buffer> {
  const page = await browser.newPage({ viewport: { width: 220, height: 56 } });
  try {
    await page.setContent(`<body style="margin:0"><div style="width:220px;height:56px;background:${colour};color:#fff;font:bold 22px sans-serif;display:flex;align-items:center;justify-content:center">Muster Personal</div></body>`);
    return await page.screenshot({ type: 'png' });
  } finally {
    await page.close();
  }
}

async function shoot(page: Page, name: string, caption: string): Promise<void> {
  const file = path.join(OUT_DIR, `${name}.png`);
  await page.screenshot({ path: file, type: 'png' });
  console.log(`${path.relative(process.cwd(), file)}\t${Math.round(fs.statSync(file).size / 1024)} kB\t${caption}`);
}

async function submit(page: Page, id: string): Promise<void> {
  await Promise.all([page.waitForResponse((answer) => answer.request().method() === 'POST'), page.click(`#${id}`)]);
  await page.waitForLoadState();
}

async function main(): Promise<void> {
  fs.mkdirSync(OUT_DIR, { recursive: true });
  const [kit, browser] = await Promise.all([startStack(), launchChromium()]);
  try {
    await takeScreenshots(kit, browser);
  } finally {
    await browser.close();
    await kit.close();
  }
}

async function takeScreenshots(kit: Stack, browser: Browser): Promise<void> {
  const tenantId = uniqueName('demo-agency');
  const recruiter = await kit.recruiter(tenantId, [...RECRUITER_RIGHTS, RIGHTS.exportSubjects]);
  const controller = sampleController({ logo: await demoLogo(browser, '#aa3300') });
  await unaryCall(recruiter.consent, 'UpdateController', { controller: toControllerFields(controller), expectedVersion: 0 });
  const demoCandidate = async () => {
    const created = await createCandidate(recruiter);
    await waitFor(() => kit.retention().clocks.get(tenantId, created.id), 20_000, 'retention to hear of the candidate');
    return created;
  };
  const mailTo = (email: string, subject: (text: string) => boolean) => kit.mailpit.waitForMail(email, (mail) => subject(mail.Subject), MAIL_WAIT_MS);
  /** The links of the message that offers a candidate their self-service pages: download my data, open an erasure request. */
  const selfServiceLinks = async (candidate: { id: string; email: string }) => {
    await sendMessage(recruiter.messaging, { recipient: { candidateId: candidate.id }, templateKey: 'self-service-links', values: {} });
    return linksOf((await mailTo(candidate.email, (subject) => subject.startsWith('Ihre Daten bei'))).Text, SELF_SERVICE_LINK);
  };
  const candidate = await demoCandidate();
  const mailOf = (subject: (text: string) => boolean) => mailTo(candidate.email, subject);

  const { page, close } = await recordingPage(browser, 'de-DE');
  try {
    await page.setViewportSize(VIEWPORT);
    const [, requestLink] = await selfServiceLinks(candidate);

    await page.goto(requestLink!);
    await page.fill('#reason', 'Ich habe eine neue Stelle gefunden und möchte nicht mehr kontaktiert werden.');
    await shoot(page, '01-erasure-request', 'Opening an erasure request, with an optional reason');
    await submit(page, 'open-request');
    await shoot(page, '02-erasure-request-confirmed', 'The request is received; the confirmation mail carries a withdrawal link');

    const [withdrawLink] = linksOf((await mailOf((subject) => subject === 'Ihr Löschbegehren ist eingegangen')).Text, SELF_SERVICE_LINK);
    await page.goto(withdrawLink!);
    await shoot(page, '03-withdraw-request', 'Withdrawing the erasure request, the given reason shown as text');
    await submit(page, 'withdraw-request');
    await mailOf((subject) => subject === 'Ihr Löschbegehren wurde zurückgezogen');

    // The notice before deletion, as retention's sweep publishes it.
    const time = new Date();
    await kit.services.retention.runtime.bus.publish(TOPICS.retentionNotices, [
      {
        type: 'lethe.retention.v1.CandidateNoticeDue',
        tenantId,
        subjectId: candidate.id,
        time,
        payload: { noticeId: uniqueName('notice'), subjectId: candidate.id, action: 'SCHEDULED_ACTION_DELETE', actionDueAt: toTimestamp(new Date(time.getTime() + 14 * DAY_MS)), storageConsentMonths: 12 },
      },
    ]);
    const notice = await kit.mailpit.waitForMail(candidate.email, (mail) => mail.Text.includes('/self-service?token=') && mail.Text.includes('/consent?token='), MAIL_WAIT_MS);
    const [deleteNowLink] = linksOf(notice.Text, SELF_SERVICE_LINK);
    await page.goto(deleteNowLink!);
    await shoot(page, '04-delete-now', 'The notice before deletion: "delete now"');

    // Another candidate asks for their data: one who never opened an erasure request.
    const asking = await demoCandidate();
    const [exportLink] = await selfServiceLinks(asking);
    await page.goto(exportLink!);
    await shoot(page, '05-request-my-data', '"Download my data": the export is started, its link comes by mail');
    await submit(page, 'request-export');

    const [downloadLink] = linksOf((await mailTo(asking.email, (subject) => subject === 'Ihre Daten stehen zum Herunterladen bereit')).Text, DOWNLOAD_LINK);
    const unpacked = await unpack(Buffer.from(await (await fetch(downloadLink!)).arrayBuffer()));
    try {
      await page.goto(`file://${path.join(unpacked, 'index.html')}`);
      await shoot(page, '06-export-summary', "The export's index.html: a readable summary of what every service holds");
    } finally {
      fs.rmSync(unpacked, { recursive: true, force: true });
    }

    const [consentLink] = linksOf(notice.Text, CONSENT_LINK);
    await page.goto(consentLink!);
    await shoot(page, '07-consent-controller', 'The consent page, naming the controller in its branding at its foot');
  } finally {
    await close();
  }
}

/** The package unzipped into a temporary folder, as the candidate opens it. */
async function unpack(zip: Buffer): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lethe-export-'));
  fs.writeFileSync(path.join(dir, 'export.zip'), zip);
  await promisify(execFile)('unzip', ['-q', path.join(dir, 'export.zip'), '-d', dir]);
  return dir;
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
