// `pnpm demo`: a guided walk through Lethe against the stack `pnpm start` runs, in a tenant of its own
// set up like the demo tenant. Each step says what it did and what it checked, ✓ or ✗; the exit code is 0 only when
// every step is ✓. A person comes from the ATS as a talent; a candidate is asked for consent by mail
// and grants it in the browser; an anonymous and then a clear-data profile go to the client, who
// answers "interested" on its page; a final status starts the retention clock; the sweep as of later
// dates sends the notice before deletion and then erases the candidate in all six services; the
// signed receipt verifies offline; one trace in Jaeger follows the erasure through every service.
//
//   pnpm demo [--report <file.json>]
//
// Addresses, ports and the topic prefix come from what `pnpm start` wrote (.lethe/local/<name>.env,
// under LETHE_STATE_DIR when set); tokens are minted with the development key, as `pnpm token` does.
import { verify } from 'node:crypto';
import fs from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import * as grpc from '@grpc/grpc-js';
import { RIGHTS } from '@lethe/platform/auth';
import { createClient, readErrorDetails, unaryCall } from '@lethe/platform/grpc';
import { localEnv } from '@lethe/platform/service';
import { demoTokens, MailpitClient, testInfra, waitFor, type MailpitMessage } from '@lethe/platform/testkit';
import { fromTimestamp, loadGrpcObject, type CandidatesProto, type ConsentProto, type ProfilesProto, type RecruitingProto, type RetentionProto, type TalentsProto } from '@lethe/protos';
import { ensureDemoClient } from '../services/candidates/src/demo';
import { ensureDemoController } from '../services/consent/src/demo';
import { runSweepCli } from '../services/retention/src/cli/sweep';
import { DEMO_POLICY, ensurePolicy } from '../services/retention/src/demo';
import { runAtsCli } from '../services/talent-crm/src/cli/ats';
import { ATS_POOL_DEFINITION, ensureAtsRule, ensurePools } from '../services/talent-crm/src/demo';
import { launchChromium, recordingPage } from '../e2e/test/browser';

/** The services an erasure waits for: every one holds data about people. */
const SERVICES = ['candidates', 'consent', 'retention', 'messaging', 'profile-rendering', 'talent-crm'] as const;
type ServiceName = (typeof SERVICES)[number];
/**
 * The walk's own tenant, set up like "demo" but deleting after one month: the sweep as of a later
 * date handles everything due in the installation by then, and so reaches the walk's people only,
 * not the demo tenant's.
 */
export const WALK_TENANT = 'demo-walk';
const WALK_POLICY = { ...DEMO_POLICY, deleteAfterMonths: 1 };
const ATS_POOL = ATS_POOL_DEFINITION.name;
const WAIT_MS = 60_000;
const RIGHTS_OF_THE_WALK = [RIGHTS.readCandidates, RIGHTS.writeCandidates, RIGHTS.manageSettings, RIGHTS.setConsentManually, RIGHTS.readTalents, RIGHTS.writeTalents];

export interface StepResult {
  title: string;
  ok: boolean;
  detail: string;
}

/** What the walk made, for whoever checks it afterwards (the end-to-end test). */
interface WalkRecord {
  talentId?: string;
  candidateId?: string;
  candidateEmail?: string;
  clientId?: string;
  clientName?: string;
  contactEmail?: string;
  consentRequestId?: string;
  sentProfileIds?: string[];
  erasureId?: string;
  traceId?: string;
}

interface Endpoint {
  grpcAddress: string;
  httpUrl: string;
}

/** Where each service of the stack listens, as `pnpm start` configured it. */
function endpointsOfStack(): Record<ServiceName, Endpoint> {
  const endpoints = {} as Record<ServiceName, Endpoint>;
  for (const name of SERVICES) {
    const env = localEnv(name);
    if (!env.GRPC_PORT || !env.HTTP_PORT) throw new Error(`no configuration of ${name} from pnpm start (.lethe/local/${name}.env): start the stack first (pnpm start)`);
    endpoints[name] = { grpcAddress: `127.0.0.1:${env.GRPC_PORT}`, httpUrl: `http://127.0.0.1:${env.HTTP_PORT}` };
  }
  return endpoints;
}

async function clientsOf(endpoints: Record<ServiceName, Endpoint>) {
  const token = await demoTokens(WALK_TENANT);
  const tokenFor = (service: ServiceName) => token(service, RIGHTS_OF_THE_WALK);
  const { CandidatesService, RecruitingService } = loadGrpcObject<CandidatesProto & RecruitingProto>().lethe.candidates.v1;
  // A laptop busy with six services and a browser answers slower than a cluster: each call may take up to half a minute.
  const settings = async (service: ServiceName) => ({ token: await tokenFor(service), deadlineMs: 30_000 });
  const clients = {
    candidates: createClient(CandidatesService, endpoints.candidates.grpcAddress, await settings('candidates')),
    recruiting: createClient(RecruitingService, endpoints.candidates.grpcAddress, await settings('candidates')),
    consent: createClient(loadGrpcObject<ConsentProto>().lethe.consent.v1.ConsentService, endpoints.consent.grpcAddress, await settings('consent')),
    retention: createClient(loadGrpcObject<RetentionProto>().lethe.retention.v1.RetentionService, endpoints.retention.grpcAddress, await settings('retention')),
    profiles: createClient(loadGrpcObject<ProfilesProto>().lethe.profiles.v1.ProfileRenderingService, endpoints['profile-rendering'].grpcAddress, await settings('profile-rendering')),
    talents: createClient(loadGrpcObject<TalentsProto>().lethe.talents.v1.TalentCrmService, endpoints['talent-crm'].grpcAddress, await settings('talent-crm')),
  };
  return { ...clients, close: () => Object.values(clients).forEach((client) => client.close()) };
}

type Clients = Awaited<ReturnType<typeof clientsOf>>;

const linkIn = (mail: MailpitMessage, marker: string) => [...mail.Text.matchAll(/https?:\/\/\S+/g)].map((match) => match[0]).find((url) => url.includes(marker));

/** Runs the sweep command as of `now`, as `pnpm --filter @lethe/retention sweep --now …` does; its summary line. */
async function sweepAsOf(now: Date): Promise<string> {
  let summary = '';
  const code = await runSweepCli(['--now', now.toISOString()], process.env, (text) => (summary += text));
  if (code !== 0) throw new Error(`the sweep ended with code ${code}: ${summary.trim()}`);
  return summary.trim();
}

interface JaegerSpan {
  operationName: string;
  processID: string;
  tags: { key: string; value: unknown }[];
}
interface JaegerTrace {
  traceID: string;
  spans: JaegerSpan[];
  processes: Record<string, { serviceName: string }>;
}

/**
 * The trace, since `sinceMs`, of the sweep's step that erased the subject (Jaeger's query API: the
 * traces in which retention took in erasure acknowledgements), when it reaches every service.
 */
async function erasureTrace(jaegerUrl: string, sinceMs: number, subjectId: string): Promise<JaegerTrace | undefined> {
  const operation = `process ${localEnv('retention').KAFKA_TOPIC_PREFIX ?? ''}lethe.erasure.acks.v1`;
  const query = new URLSearchParams({ service: 'retention', operation, start: String(sinceMs * 1000), end: String(Date.now() * 1000), limit: '100' });
  let response: Response;
  try {
    response = await fetch(`${jaegerUrl}/api/traces?${query}`);
  } catch (err) {
    const cause = (err as Error).cause instanceof Error ? ((err as Error).cause as Error).message : (err as Error).message;
    throw new Error(`Jaeger is not reachable at ${jaegerUrl} (${cause}): pnpm infra:up starts it, and the services send their traces to it`);
  }
  if (!response.ok) throw new Error(`Jaeger answered ${response.status} at ${jaegerUrl}/api/traces`);
  const { data } = (await response.json()) as { data: JaegerTrace[] | null };
  return (data ?? []).find((trace) => {
    const services = new Set(trace.spans.map((span) => trace.processes[span.processID]?.serviceName));
    const sweptHer = trace.spans.some((span) => span.operationName.startsWith('sweep ') && span.tags.some((tag) => tag.key === 'lethe.subject.id' && tag.value === subjectId));
    return sweptHer && SERVICES.every((name) => services.has(name));
  });
}

/** The walk, step by step; a step that fails ends it, and the steps after it are reported as not run. */
export async function walk(say: (line: string) => void): Promise<{ steps: StepResult[]; record: WalkRecord }> {
  const steps: StepResult[] = [];
  const record: WalkRecord = {};
  const stamp = Date.now().toString(36);
  const infra = testInfra();
  const mailpit = new MailpitClient();
  let clients: Clients | undefined;
  let browser: Browser | undefined;
  let failed = false;
  const step = async (title: string, run: () => Promise<string>) => {
    say(`\n▸ ${title}`);
    if (failed) {
      steps.push({ title, ok: false, detail: 'not run: an earlier step failed' });
      say('  ✗ not run: an earlier step failed');
      return;
    }
    try {
      const detail = await run();
      steps.push({ title, ok: true, detail });
      say(`  ✓ ${detail}`);
    } catch (err) {
      failed = true;
      const detail = err instanceof Error ? err.message : String(err);
      steps.push({ title, ok: false, detail });
      say(`  ✗ ${detail}`);
    }
  };
  const need = <T>(value: T | null | undefined, what: string): T => {
    if (value === undefined || value === null) throw new Error(`${what} is missing`);
    return value;
  };

  try {
    await step(`The stack of pnpm start answers; the walk's tenant "${WALK_TENANT}" is set up like the demo tenant`, async () => {
      clients = await clientsOf(endpointsOfStack());
      const { client } = await ensureDemoClient(clients.recruiting);
      record.clientId = client.id;
      record.clientName = client.name;
      const controller = await ensureDemoController(clients.consent);
      const policy = await ensurePolicy(clients.retention, WALK_POLICY);
      const [atsPoolId] = await ensurePools(clients.talents, [ATS_POOL_DEFINITION]);
      const rule = await ensureAtsRule(clients.talents, atsPoolId);
      return `six services configured in .lethe/local/; client ${client.name}; ${controller}; ${policy}; automation rule "${rule.name}"`;
    });

    await step('The ATS sends a candidate; talent-crm makes a talent of it (pnpm ats upsert)', async () => {
      const { talents } = need(clients, 'the clients');
      const email = `tomasz.nowak.${stamp}@example.org`;
      const atsId = `ATS-${stamp}`;
      await runAtsCli(['upsert', '--tenant', WALK_TENANT, '--id', atsId, '--version', '1', '--first-name', 'Tomasz', '--last-name', 'Nowak', '--email', email, '--city', 'Leipzig', '--headline', 'Data Engineer', '--skills', 'Python,Kafka'], process.env, () => undefined);
      const talent = await waitFor(async () => (await unaryCall(talents, 'ListTalents', { filter: { email } })).talents[0], WAIT_MS, 'the talent from the ATS');
      if (talent.source !== 'TALENT_SOURCE_ATS_SYNC' || talent.atsCandidateId !== atsId) throw new Error(`the talent ${talent.id} is not the ATS's ${atsId} (source ${talent.source})`);
      record.talentId = talent.id;
      const pool = (await unaryCall(talents, 'ListPools', {})).pools.find((known) => known.name === ATS_POOL);
      if (!pool) throw new Error(`no pool ${ATS_POOL}: the demo's automation rule puts ATS talents there`);
      await waitFor(async () => (await unaryCall(talents, 'GetTalent', { id: talent.id })).poolIds.includes(pool.id) || undefined, WAIT_MS, `the automation rule to put the talent into ${ATS_POOL}`);
      return `event ${atsId} on the ATS topic → talent ${talent.id} (source ATS sync), put into pool ${ATS_POOL} by the automation rule`;
    });

    await step('A candidate is asked for consent to show her full profile to the client; the mail arrives in Mailpit', async () => {
      const { candidates, consent } = need(clients, 'the clients');
      record.candidateEmail = `jana.novak.${stamp}@example.org`;
      const { candidate } = await unaryCall(candidates, 'CreateCandidate', {
        candidate: { personal: { salutation: 'Frau', firstName: 'Jana', lastName: 'Novak', email: record.candidateEmail, address: { city: 'Berlin', country: 'DE' }, skills: ['SAP FI', 'IFRS'], experience: 'Seit 2019 Leitung der Buchhaltung eines Mittelständlers.' }, tags: ['demo'], source: 'career_site' },
      });
      record.candidateId = need(candidate, 'the candidate').id;
      const { consent: requested } = await unaryCall(consent, 'RequestConsent', { subjectId: record.candidateId, kind: 'CONSENT_KIND_CLEAR_DATA_SHARING', clientId: need(record.clientId, 'the client'), clientName: need(record.clientName, 'the client') });
      record.consentRequestId = requested?.requestId;
      const mail = await mailpit.waitForMail(record.candidateEmail, (message) => linkIn(message, '/consent?token=') !== undefined, WAIT_MS);
      return `candidate ${record.candidateId} created; consent asked for ${need(record.clientName, 'the client')}; mail "${mail.Subject}" to ${record.candidateEmail} with her consent link`;
    });

    await step('She opens the link and grants consent in the browser', async () => {
      const { consent } = need(clients, 'the clients');
      const email = need(record.candidateEmail, 'the candidate');
      const mail = await mailpit.waitForMail(email, (message) => linkIn(message, '/consent?token=') !== undefined, WAIT_MS);
      browser = await launchChromium();
      const { page, close } = await recordingPage(browser);
      try {
        await page.goto(need(linkIn(mail, '/consent?token='), 'the consent link'));
        await Promise.all([page.waitForURL(/\/consent$/), page.click('#grant')]);
      } finally {
        await close();
      }
      const check = await unaryCall(consent, 'CheckConsent', { subjectId: need(record.candidateId, 'the candidate'), kind: 'CONSENT_KIND_CLEAR_DATA_SHARING', clientId: need(record.clientId, 'the client') });
      if (!check.granted) throw new Error('consent does not hold the grant the page took');
      return `Chromium opened the consent page and clicked "grant"; consent now holds clear-data sharing with ${need(record.clientName, 'the client')}`;
    });

    await step('An anonymous profile, then the clear-data profile, go to the client', async () => {
      const { recruiting, profiles } = need(clients, 'the clients');
      const clientId = need(record.clientId, 'the client');
      record.contactEmail = `kontakt.${stamp}@beispiel-ag.example`;
      const contact = await unaryCall(recruiting, 'CreateContactPerson', { contact: { clientId, salutation: 'Herr', firstName: 'Max', lastName: 'Kontakt', email: record.contactEmail } });
      const request = await unaryCall(recruiting, 'CreateClientRequest', { clientId, contactPersonId: contact.id, title: 'Leitung Buchhaltung' });
      const send = async (kind: 'PROFILE_KIND_ANONYMOUS' | 'PROFILE_KIND_CLEAR_DATA', known: Set<string>) => {
        const draft = await unaryCall(profiles, 'CreateDraft', { candidateId: need(record.candidateId, 'the candidate'), clientRequestId: request.id, kind });
        const preview = await unaryCall(profiles, 'PreviewDraft', { id: draft.id });
        const sent = await unaryCall(profiles, 'SendProfile', { draftId: draft.id, contentHash: preview.contentHash });
        const mail = await mailpit.waitForMail(record.contactEmail!, (message) => !known.has(message.ID) && linkIn(message, '/profiles?token=') !== undefined, WAIT_MS);
        known.add(mail.ID);
        return { sent, mail, label: draft.candidateLabel };
      };
      const known = new Set<string>();
      const anonymous = await send('PROFILE_KIND_ANONYMOUS', known);
      if (anonymous.mail.Text.includes('Novak')) throw new Error('the anonymous profile mail names the candidate');
      const clear = await send('PROFILE_KIND_CLEAR_DATA', known);
      const page = await fetch(need(linkIn(clear.mail, '/profiles?token='), 'the profile link'));
      if (!(await page.text()).includes('Novak')) throw new Error('the clear-data profile page does not show her name');
      record.sentProfileIds = [anonymous.sent.id, clear.sent.id];
      return `anonymous profile ("${anonymous.label}") and clear-data profile ("${clear.label}") mailed to ${record.contactEmail}; the clear-data page shows her name`;
    });

    await step('The client answers "interested" on its page, in the browser', async () => {
      const { recruiting } = need(clients, 'the clients');
      const mail = await mailpit.waitForMail(need(record.contactEmail, 'the contact'), (message) => message.Text.includes('answer=interested') && message.Text.includes('/profiles?token='), WAIT_MS);
      const { page, close } = await recordingPage(need(browser, 'the browser'));
      try {
        await page.goto(need(linkIn(mail, 'answer=interested'), 'the answer link'));
        await Promise.all([page.waitForURL(/\/feedback$/), page.click('#answer')]);
        const outcome = await page.locator('h1').getAttribute('data-outcome');
        if (outcome !== 'answered') throw new Error(`the feedback page says ${outcome ?? 'nothing'}`);
      } finally {
        await close();
      }
      const { presentations } = await unaryCall(recruiting, 'ListPresentations', { candidateId: need(record.candidateId, 'the candidate') });
      const interested = presentations.find((presentation) => presentation.status?.statusKey === 'client_interested');
      if (!interested) throw new Error(`the presentation stands at ${presentations.map((p) => p.status?.statusKey).join(', ')}, not client_interested`);
      return `Chromium clicked "interested" on the client's page; the presentation now stands at client_interested (source ${interested.status?.source})`;
    });

    let deletionDue: Date | undefined;
    let noticeAt: Date | undefined;
    await step('A final status ends the presentation and starts the retention clock', async () => {
      const { recruiting, retention } = need(clients, 'the clients');
      const subjectId = need(record.candidateId, 'the candidate');
      for (const presentation of (await unaryCall(recruiting, 'ListPresentations', { candidateId: subjectId })).presentations) {
        await unaryCall(recruiting, 'SetPresentationStatus', { id: presentation.id, statusKey: 'accepted_by_client' });
      }
      const explanation = await waitFor(
        async () => {
          const current = await unaryCall(retention, 'ExplainRetention', { subjectId });
          return current.anchor === 'CLOCK_ANCHOR_FINAL_STATUS' && current.steps.length > 0 ? current : undefined;
        },
        WAIT_MS,
        'retention to start the clock at the final status',
      );
      const deletion = explanation.steps.find((scheduled) => scheduled.mode === 'ERASURE_MODE_DELETE') ?? explanation.steps[explanation.steps.length - 1];
      deletionDue = need(fromTimestamp(deletion.dueAt), 'the deletion date');
      noticeAt = need(fromTimestamp(explanation.candidateNoticeAt), 'the notice date (the policy sends notices)');
      return `accepted_by_client set; clock from ${fromTimestamp(explanation.anchorAt)?.toISOString()}: notice on ${noticeAt.toISOString().slice(0, 10)}, deletion on ${deletionDue.toISOString().slice(0, 10)} (${deletion.rule})`;
    });

    await step('The sweep as of the notice date sends her the notice before deletion (in Mailpit)', async () => {
      const email = need(record.candidateEmail, 'the candidate');
      const summary = await sweepAsOf(new Date(need(noticeAt, 'the notice date').getTime() + 60_000));
      const mail = await mailpit.waitForMail(email, (message) => linkIn(message, '/self-service?token=') !== undefined, WAIT_MS);
      return `${summary}; mail "${mail.Subject}" to ${email} with her self-service link`;
    });

    let erasureSweptAt: number | undefined;
    await step('The sweep as of the deletion date erases her in all six services', async () => {
      const { candidates, retention } = need(clients, 'the clients');
      const subjectId = need(record.candidateId, 'the candidate');
      erasureSweptAt = Date.now();
      const summary = await sweepAsOf(new Date(need(deletionDue, 'the deletion date').getTime() + 60_000));
      const erasure = await waitFor(
        async () => {
          const [issued] = (await unaryCall(retention, 'ListErasures', { subjectId })).erasures;
          return issued?.state === 'ERASURE_STATE_DONE' ? issued : undefined;
        },
        WAIT_MS,
        'every service to confirm the erasure',
      );
      record.erasureId = erasure.id;
      // A service that held nothing of her confirms as much as one that erased what it held.
      const confirmed = erasure.services.filter((service) => service.state === 'done' || service.state === 'nothing-held').map((service) => service.service);
      const missing = SERVICES.filter((name) => !confirmed.includes(name));
      if (missing.length > 0) throw new Error(`erasure ${erasure.id} is done without ${missing.join(', ')}`);
      const gone = await unaryCall(candidates, 'GetCandidate', { id: subjectId }).then(
        () => false,
        (err: unknown) => readErrorDetails(err).code === grpc.status.NOT_FOUND,
      );
      if (!gone) throw new Error(`candidates still answers for ${subjectId}`);
      return `${summary}; erasure ${erasure.id} DONE, confirmed by ${confirmed.join(', ')}; candidates answers NOT_FOUND`;
    });

    await step('The erasure receipt verifies offline with the published key', async () => {
      const { retention } = need(clients, 'the clients');
      const erasureId = need(record.erasureId, 'the erasure');
      const receipt = await unaryCall(retention, 'GetErasureReceipt', { erasureId });
      const { publicKeyPem, keyId } = await unaryCall(retention, 'GetReceiptPublicKey', {});
      if (!verify(null, Buffer.from(receipt.payloadJson), publicKeyPem, Buffer.from(receipt.signature, 'base64'))) throw new Error('the signature does not verify');
      const statement = JSON.parse(receipt.payloadJson) as { subjectId: string; confirmations: { service: string }[] };
      const named = statement.confirmations.map((confirmation) => confirmation.service);
      if (statement.subjectId !== record.candidateId || SERVICES.some((name) => !named.includes(name))) throw new Error(`the receipt names ${statement.subjectId} and ${named.join(', ')}`);
      return `${receipt.algorithm} signature over the receipt verifies with key ${keyId} (node:crypto); it names all six confirmations`;
    });

    await step('One trace in Jaeger follows the erasure through every service', async () => {
      const since = need(erasureSweptAt, 'the erasure sweep');
      const subjectId = need(record.candidateId, 'the candidate');
      // Spans reach Jaeger in batches, a few seconds after the work: asked every two seconds.
      let trace: JaegerTrace | undefined;
      for (const deadline = Date.now() + WAIT_MS; !trace && Date.now() < deadline; ) {
        trace = await erasureTrace(infra.jaegerUrl, since, subjectId);
        if (!trace) await sleep(2_000);
      }
      if (!trace) throw new Error(`no trace in Jaeger (${infra.jaegerUrl}) from the sweep's step that erased ${subjectId} reaches all six services within ${WAIT_MS / 1000} s`);
      record.traceId = trace.traceID;
      return `trace ${trace.traceID}: from the sweep's step that erased her, ${trace.spans.length} spans in ${SERVICES.join(', ')} — ${infra.jaegerUrl}/api/traces/${trace.traceID}`;
    });
  } finally {
    clients?.close();
    await browser?.close();
  }
  return { steps, record };
}

async function main(): Promise<number> {
  const { values } = parseArgs({ args: process.argv.slice(2), strict: true, options: { report: { type: 'string' }, help: { type: 'boolean', short: 'h', default: false } } });
  if (values.help) {
    process.stdout.write('usage: pnpm demo [--report <file.json>]\n');
    return 0;
  }
  const say = (line: string) => process.stdout.write(`${line}\n`);
  say(`A walk through Lethe against the stack pnpm start runs, in a tenant of its own ("${WALK_TENANT}").`);
  const { steps, record } = await walk(say);
  const passed = steps.filter((result) => result.ok).length;
  const infra = testInfra();
  say(`\n${passed} of ${steps.length} steps ✓`);
  say(`\nWhere to look:
  mail (Mailpit)     ${infra.mailpitUrl}   the consent request, the profiles to the client, the notice before deletion
  traces (Jaeger)    ${record.traceId ? `${infra.jaegerUrl}/api/traces/${record.traceId}` : `${infra.jaegerUrl}/api/traces?service=retention`}
  the pages          the links in those mails: consent, the client's profile and its answer, the candidate's self-service`);
  if (values.report) fs.writeFileSync(values.report, JSON.stringify({ ok: passed === steps.length, steps, record }, null, 2));
  return passed === steps.length ? 0 : 1;
}

if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (err: unknown) => {
      process.stderr.write(`demo: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exit(2);
    },
  );
}
