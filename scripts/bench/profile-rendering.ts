// The profile-rendering service against the bare engine on the same machine, in the same run:
//   pdf: a candidate's profile printed through RenderDraftPdf (the token checked, the draft read
//     and decrypted, the tenant's settings read, the HTML laid out, Chromium printing in a fresh
//     context, the PDF made reproducible, the reply over gRPC) vs the bare engine: one Chromium
//     launched by playwright-core, a page per render, the same HTML set and printed; p50 latency
//     ratio, one render at a time. Breakdown: the service's PreviewDraft (the same draft read,
//     decrypted and laid out, nothing printed) against its RenderDraftPdf, and the bare engine's
//     steps (page setup, setting the HTML, printing, closing the page).
//   memory: renders in a row through the service; the resident memory of the process and of every
//     Chromium process it started, after a warm-up and again after the renders (with a collection),
//     must return to within 50 MB of where it started.
// Settings: BENCH_PROFILE_RENDERS (40 per side), BENCH_PROFILE_MEMORY_RENDERS (200),
// BENCH_PROFILE_ONLY (pdf or memory; both by default).
import { readdirSync, readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { chromium } from 'playwright-core';
import { createClient, unaryCall } from '../../services/platform/src/grpc';
import { startTestService, testAuth, uniqueName, type TestService } from '../../services/platform/src/testkit';
import { candidatesService } from '../../services/candidates/src/service';
import { profileRenderingService } from '../../services/profile-rendering/src/service';
import { loadGrpcObject, type CandidatesProto, type ProfilesProto, type RecruitingProto } from '../../protos/src';
import { type BenchContext, type Benchmark, type BenchResult, goal, intSetting, percentile, processMemoryBytes, runParts, TimeBreakdown, timedRuns } from './harness';

const { CandidatesService, RecruitingService } = loadGrpcObject<CandidatesProto & RecruitingProto>().lethe.candidates.v1;
const { ProfileRenderingService } = loadGrpcObject<ProfilesProto>().lethe.profiles.v1;

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const MB = 1024 * 1024;
/** Untimed renders of the bare engine before its timed ones, as `timedRuns` does by default. */
const BARE_WARM_UPS = 3;

const EXPERIENCE = [
  'Seit 2019 Leitung der Finanzbuchhaltung eines mittelständischen Maschinenbauers mit 14 Mitarbeitenden: Monats- und Jahresabschlüsse nach HGB und IFRS, Einführung von SAP S/4HANA FI/CO, Aufbau eines Reportings für die Geschäftsführung.',
  '2014–2019 Bilanzbuchhalterin bei einer Wirtschaftsprüfungsgesellschaft in Köln: Abschlüsse für Mandanten aus Handel und Industrie, Steuererklärungen, Betreuung von Betriebsprüfungen.',
  'Ausbildung zur Industriekauffrau, Weiterbildung zur geprüften Bilanzbuchhalterin (IHK). Sehr gute Kenntnisse in Excel (Power Query), DATEV und SAP; verhandlungssicheres Englisch.',
].join('\n\n');

interface Scene {
  profilesClient: InstanceType<typeof ProfileRenderingService>;
  draftId: string;
  html: string;
}

/** A candidate, a client request for them and an anonymous draft, as a recruiter makes them. */
async function scene(candidates: Pick<TestService<never>, 'address'>, profiles: Pick<TestService<never>, 'address'>, token: string): Promise<Scene> {
  const candidatesClient = createClient(CandidatesService, candidates.address, { token });
  const recruiting = createClient(RecruitingService, candidates.address, { token });
  const profilesClient = createClient(ProfileRenderingService, profiles.address, { token });
  const { candidate } = await unaryCall(candidatesClient, 'CreateCandidate', {
    candidate: {
      personal: {
        salutation: 'Frau', firstName: 'Jördis', lastName: 'Weiß-Öztürk', email: `${uniqueName('bench')}@example.org`, phone: '+49 151 23456789',
        address: { street: 'Lindenstraße 12', zip: '50667', city: 'Köln', country: 'DE' }, skills: ['SAP FI/CO', 'IFRS', 'HGB', 'DATEV'], languages: ['Deutsch', 'Englisch'], experience: EXPERIENCE,
      },
      tags: [],
      source: 'job_board',
    },
  });
  const client = await unaryCall(recruiting, 'CreateClient', { name: 'Beispiel AG' });
  const request = await unaryCall(recruiting, 'CreateClientRequest', { clientId: client.id, title: 'Leitung Finanzbuchhaltung' });
  const draft = await unaryCall(profilesClient, 'CreateDraft', { candidateId: candidate!.id, clientRequestId: request.id, kind: 'PROFILE_KIND_ANONYMOUS' });
  const { html } = await unaryCall(profilesClient, 'PreviewDraft', { id: draft.id });
  candidatesClient.close();
  recruiting.close();
  return { profilesClient, draftId: draft.id, html };
}

/** Both services, a tenant and its draft; `run` gets the draft to render, then everything stops. */
async function withService<T>(run: (scene: Scene) => Promise<T>): Promise<T> {
  const auth = await testAuth();
  const shared = { KAFKA_TOPIC_PREFIX: `${uniqueName('bench')}.`, LOG_LEVEL: 'warn' };
  const candidates = await startTestService(candidatesService, auth, { env: shared });
  const profiles = await startTestService(profileRenderingService, auth, {
    env: { ...shared, CANDIDATES_GRPC_ADDRESS: candidates.address, CONSENT_GRPC_ADDRESS: '127.0.0.1:9', MESSAGING_GRPC_ADDRESS: '127.0.0.1:9', CHROMIUM_PATH: CHROMIUM },
  });
  const token = await auth.mint({ tenantId: uniqueName('tenant'), actorId: 'bench', rights: ['candidates:read', 'candidates:write'], ttlSeconds: 3600 });
  try {
    const made = await scene(candidates, profiles, token);
    try {
      return await run(made);
    } finally {
      made.profilesClient.close();
    }
  } finally {
    await profiles.stop();
    await candidates.stop();
  }
}

async function pdfBenchmark(context: BenchContext): Promise<BenchResult> {
  const renders = intSetting('BENCH_PROFILE_RENDERS', 40);
  return withService(async ({ profilesClient, draftId, html }) => {
    const service = await timedRuns(renders, () => unaryCall(profilesClient, 'RenderDraftPdf', { id: draftId }, { deadlineMs: 60_000 }), context, 'service: RenderDraftPdf');
    const preview = await timedRuns(renders, () => unaryCall(profilesClient, 'PreviewDraft', { id: draftId }, { deadlineMs: 60_000 }), context, 'service: PreviewDraft (no print)');
    const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, chromiumSandbox: process.getuid?.() !== 0 });
    const steps = new TimeBreakdown();
    const once = async () => {
      const page = await steps.time('page setup', () => browser.newPage());
      await steps.time('set the HTML', () => page.setContent(html, { waitUntil: 'load' }));
      await steps.time('print', () => page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true }));
      await steps.time('close the page', () => page.close());
    };
    let bare: number[];
    try {
      for (let i = 0; i < BARE_WARM_UPS; i++) await once();
      steps.clear();
      bare = await timedRuns(renders, once, context, 'bare chromium: setContent + pdf', 0);
    } finally {
      await browser.close();
    }
    const serviceP50 = percentile(service, 50);
    const bareP50 = percentile(bare, 50);
    const ratio = serviceP50 / bareP50;
    const bareSteps: BenchResult['rows'][number] = { benchmark: 'pdf breakdown', side: 'bare chromium, mean per render', renders, parts: steps.describe(renders, bare.reduce((sum, ms) => sum + ms, 0), 'the rest') };
    return {
      rows: [
        { benchmark: 'pdf', side: 'bare chromium', renders, p50Ms: bareP50, p95Ms: percentile(bare, 95) },
        { benchmark: 'pdf', side: 'profile-rendering service', renders, p50Ms: serviceP50, p95Ms: percentile(service, 95) },
        { benchmark: 'pdf breakdown', side: 'service: PreviewDraft (read, decrypt, lay out; no print)', renders, p50Ms: percentile(preview, 50), p95Ms: percentile(preview, 95) },
        bareSteps,
      ],
      summary: { 'pdf p50: service / bare chromium': ratio },
      goals: [goal('pdf render p50, service / bare engine', ratio, { atMost: 1.5 })],
      settings: { renders },
    };
  });
}

/** Every process below `root` (Chromium's browser, zygotes, renderers, GPU and utility processes). */
function descendantsOf(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // The process ended while the table was read.
    }
  }
  const found: number[] = [];
  const visit = (pid: number) => (children.get(pid) ?? []).forEach((child) => (found.push(child), visit(child)));
  visit(root);
  return found;
}

/** The resident memory of this process and of the Chromium processes it runs, after a full collection. */
async function memoryNow(): Promise<{ node: number; chromium: number }> {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  gc();
  await sleep(500);
  gc();
  return { node: process.memoryUsage().rss, chromium: descendantsOf(process.pid).reduce((sum, pid) => sum + processMemoryBytes(pid, 'VmRSS'), 0) };
}

async function memoryBenchmark(context: BenchContext): Promise<BenchResult> {
  const renders = intSetting('BENCH_PROFILE_MEMORY_RENDERS', 200);
  return withService(async ({ profilesClient, draftId }) => {
    const render = () => unaryCall(profilesClient, 'RenderDraftPdf', { id: draftId }, { deadlineMs: 60_000 });
    // The browser launched and every code path warm, as a replica is after its first requests.
    for (let i = 0; i < 10; i++) await render();
    const before = await memoryNow();
    const progress = context.progress('service: renders in a row', renders);
    let peak = 0;
    for (let i = 0; i < renders; i++) {
      await render();
      if (i % 20 === 0) peak = Math.max(peak, process.memoryUsage().rss + descendantsOf(process.pid).reduce((sum, pid) => sum + processMemoryBytes(pid, 'VmRSS'), 0));
      progress.tick();
    }
    progress.done();
    const after = await memoryNow();
    const growth = (after.node + after.chromium - before.node - before.chromium) / MB;
    return {
      rows: [
        { benchmark: 'memory', side: 'before', renders: 10, nodeMb: before.node / MB, chromiumMb: before.chromium / MB },
        { benchmark: 'memory', side: 'after', renders: 10 + renders, nodeMb: after.node / MB, chromiumMb: after.chromium / MB },
      ],
      summary: { 'memory growth over the renders (MB)': growth, 'peak resident memory while rendering (MB)': peak / MB },
      goals: [goal(`resident memory after ${renders} renders, MB above the start`, growth, { atMost: 50 })],
      settings: { memoryRenders: renders },
    };
  });
}

export const benchmark: Benchmark = {
  name: 'profile-rendering',
  description: 'PDF renders through the service vs the bare Chromium on the same HTML; memory over renders in a row',
  run: (context) => runParts(context, 'BENCH_PROFILE_ONLY', { pdf: pdfBenchmark, memory: memoryBenchmark }),
};
