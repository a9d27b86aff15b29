// `pnpm demo` against a stack of real processes: every service started from its build as `pnpm start`
// starts it (startLocalStack, a namespace and ports of its own, its local configuration and keys in a
// state directory of its own, which the demo is pointed at with LETHE_STATE_DIR), the demo data
// loaded twice (the second time adds nothing), then the walk — every step ✓ — and what it did
// checked through the public APIs, Mailpit's API and the pages.
import { execFile } from 'node:child_process';
import { verify } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import * as grpc from '@grpc/grpc-js';
import { RIGHTS } from '@lethe/platform/auth';
import { createClient, unaryCall } from '@lethe/platform/grpc';
import { DEMO_TENANT, demoTokens, loadDemoData, MailpitClient, REPO_ROOT, startLocalStack, type LocalStack } from '@lethe/platform/testkit';
import { loadGrpcObject, type CandidatesProto, type ProfilesProto, type RecruitingProto, type RetentionProto, type TalentsProto } from '@lethe/protos';
import { SERVICES, serviceCallersOf } from '../../deploy/src/registry';
import { failure, freePort, uniqueName } from './stack';

const run = promisify(execFile);
/** The tenant `pnpm demo` walks in (scripts/demo.ts). */
const WALK_TENANT = 'demo-walk';
const { CandidatesService, RecruitingService } = loadGrpcObject<CandidatesProto & RecruitingProto>().lethe.candidates.v1;
const { RetentionService } = loadGrpcObject<RetentionProto>().lethe.retention.v1;
const { ProfileRenderingService } = loadGrpcObject<ProfilesProto>().lethe.profiles.v1;
const { TalentCrmService } = loadGrpcObject<TalentsProto>().lethe.talents.v1;

interface DemoReport {
  ok: boolean;
  steps: { title: string; ok: boolean; detail: string }[];
  record: { talentId: string; candidateId: string; candidateEmail: string; clientId: string; contactEmail: string; sentProfileIds: string[]; erasureId: string; traceId?: string };
}

const previousEnv = { LETHE_STATE_DIR: process.env.LETHE_STATE_DIR, GRPC_CLIENT_DEADLINE_MS: process.env.GRPC_CLIENT_DEADLINE_MS };
const stateDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lethe-demo-'));
let stack: LocalStack;
const seeded: string[] = [];
const closers: (() => void)[] = [];

beforeAll(async () => {
  // The stack's keys and local configuration, and the demo's view of them, live in this directory only.
  process.env.LETHE_STATE_DIR = stateDir;
  // Six service processes, a browser and the other tests share two cores: calls get half a minute, not the usual 5 s.
  process.env.GRPC_CLIENT_DEADLINE_MS = '30000';
  const ports = new Map<string, { grpc: number; http: number }>();
  for (const service of SERVICES) ports.set(service.name, { grpc: await freePort(), http: await freePort() });
  stack = await startLocalStack({
    services: SERVICES.map((service) => ({ name: service.name, obeysErasure: service.obeysErasure, callers: serviceCallersOf(service.name) })),
    namespace: uniqueName('demo'),
    ports: (name) => ports.get(name)!,
    logsDir: path.join(stateDir, 'logs'),
    writeLocalConfig: true,
  });
  await loadDemoData(stack, (service, line) => seeded.push(`${service}: ${line}`));
  await loadDemoData(stack, (service, line) => seeded.push(`again ${service}: ${line}`));
}, 240_000);

afterAll(async () => {
  for (const close of closers) close();
  await stack?.stop();
  for (const [name, value] of Object.entries(previousEnv)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  fs.rmSync(stateDir, { recursive: true, force: true });
});

/** A client of the service with a read-only token of the tenant (the walk's, unless named). */
async function clientOf<C extends grpc.Client>(Service: new (address: string, credentials: grpc.ChannelCredentials) => C, service: string, tenantId = WALK_TENANT): Promise<C> {
  const token = await (await demoTokens(tenantId))(service, [RIGHTS.readCandidates, RIGHTS.readTalents]);
  const client = createClient(Service, stack.service(service).address, { token });
  closers.push(() => client.close());
  return client;
}

describe('the demo data', () => {
  it('loaded a second time adds nothing', async () => {
    const again = seeded.filter((line) => line.startsWith('again '));
    expect(again).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^again candidates: 0 demo candidates created, 8 there already; 0 new applications/),
        expect.stringMatching(/^again consent: controller Muster Personal GmbH published already/),
        expect.stringMatching(/^again retention: retention policy as set before/),
        expect.stringMatching(/^again messaging: 0 new storage-consent requests/),
        expect.stringMatching(/^again profile-rendering: 0 new anonymous profiles/),
        expect.stringMatching(/^again talent-crm: 3 pools, 0 new talents/),
      ]),
    );
    const recruiting = await clientOf(RecruitingService, 'candidates', DEMO_TENANT);
    const { clients } = await unaryCall(recruiting, 'ListClients', {});
    expect(clients.map((client) => client.name)).toEqual(['Beispiel AG']);
    const { applications } = await unaryCall(recruiting, 'ListApplications', {});
    expect(applications.map((application) => application.status?.statusKey).sort()).toEqual(['hired', 'in_review', 'interview', 'offer', 'received', 'rejected', 'talent_pool', 'withdrawn']);
    const talents = await clientOf(TalentCrmService, 'talent-crm', DEMO_TENANT);
    expect((await unaryCall(talents, 'ListRules', {})).rules.map((rule) => rule.name)).toEqual(['ATS-Talente in den ATS-Pool']);
    const profiles = await clientOf(ProfileRenderingService, 'profile-rendering', DEMO_TENANT);
    expect((await unaryCall(profiles, 'ListSentProfiles', { clientId: clients[0].id })).sent).toHaveLength(2);
  });
});

describe('pnpm demo', () => {
  it('walks every step ✓ against the stack, and what it did holds', async () => {
    const reportFile = path.join(stateDir, 'demo-report.json');
    const started = Date.now();
    const walk = await run('pnpm', ['-s', 'demo', '--report', reportFile], {
      cwd: REPO_ROOT,
      env: { ...process.env, LETHE_STATE_DIR: stateDir },
      timeout: 480_000,
      maxBuffer: 10 * 1024 * 1024,
    }).catch((err: { code?: number; stdout?: string; stderr?: string }) => ({ stdout: `exit ${err.code}\n${err.stdout ?? ''}`, stderr: err.stderr ?? '' }));
    if (!fs.existsSync(reportFile)) throw new Error(`pnpm demo wrote no report:\n${walk.stdout}\n${walk.stderr}`);
    const report = JSON.parse(fs.readFileSync(reportFile, 'utf8')) as DemoReport;
    const failed = report.steps.filter((step) => !step.ok);
    // The walk's own words, when a step failed.
    expect({ failed, output: failed.length > 0 ? walk.stdout : '' }).toEqual({ failed: [], output: '' });
    expect(report.ok).toBe(true);
    expect(report.steps.map((step) => step.ok)).toHaveLength(11);
    expect(walk.stdout).toContain('11 of 11 steps ✓');
    process.stdout.write(`pnpm demo took ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
    const { record } = report;

    // Mailpit holds what went out: the consent request and the notice to her, both profiles to the client.
    const mailpit = new MailpitClient();
    const toCandidate = await Promise.all((await mailpit.messagesTo(record.candidateEmail)).map((summary) => mailpit.getMessage(summary.ID)));
    expect(toCandidate.some((mail) => mail.Text.includes('/consent?token='))).toBe(true);
    expect(toCandidate.some((mail) => mail.Text.includes('/self-service?token='))).toBe(true);
    const toClient = await Promise.all((await mailpit.messagesTo(record.contactEmail)).map((summary) => mailpit.getMessage(summary.ID)));
    expect(toClient.filter((mail) => mail.Text.includes('/profiles?token='))).toHaveLength(2);

    // The ledger keeps both profiles with the client's answer; the clear-data one went out only
    // because her consent had been granted. Her erasure recalled both.
    const profiles = await clientOf(ProfileRenderingService, 'profile-rendering');
    const { sent } = await unaryCall(profiles, 'ListSentProfiles', { clientId: record.clientId });
    const walked = sent.filter((entry) => record.sentProfileIds.includes(entry.id));
    expect(walked.map((entry) => entry.kind).sort()).toEqual(['PROFILE_KIND_ANONYMOUS', 'PROFILE_KIND_CLEAR_DATA']);
    expect(walked.find((entry) => entry.kind === 'PROFILE_KIND_CLEAR_DATA')).toMatchObject({ clientFeedback: 'interested', state: 'SENT_STATE_RECALLED', recallReason: 'ERASED' });

    // The ATS's talent was made (the walk read it back, in the rule's pool), and the same sweep erased
    // it too: the walk's tenant deletes after a month, so its clock had run out as well.
    const retention = await clientOf(RetentionService, 'retention');
    const [talentErasure] = (await unaryCall(retention, 'ListErasures', { subjectId: record.talentId })).erasures;
    expect(talentErasure).toMatchObject({ state: 'ERASURE_STATE_DONE', trigger: 'retention-clock' });
    expect((await failure(unaryCall(await clientOf(TalentCrmService, 'talent-crm'), 'GetTalent', { id: record.talentId }))).code).toBe(grpc.status.NOT_FOUND);

    // The erasure is done in all six services, the candidate is gone, and the receipt verifies here too.
    const erasure = await unaryCall(retention, 'GetErasure', { id: record.erasureId });
    expect(erasure.state).toBe('ERASURE_STATE_DONE');
    expect(erasure.services.map((service) => service.service).sort()).toEqual(SERVICES.map((service) => service.name).sort());
    expect(erasure.services.every((service) => service.state === 'done' || service.state === 'nothing-held')).toBe(true);
    expect((await failure(unaryCall(await clientOf(CandidatesService, 'candidates'), 'GetCandidate', { id: record.candidateId }))).code).toBe(grpc.status.NOT_FOUND);
    const receipt = await unaryCall(retention, 'GetErasureReceipt', { erasureId: record.erasureId });
    const { publicKeyPem } = await unaryCall(retention, 'GetReceiptPublicKey', {});
    expect(verify(null, Buffer.from(receipt.payloadJson), publicKeyPem, Buffer.from(receipt.signature, 'base64'))).toBe(true);
    expect(receipt.payloadJson).not.toMatch(/Novak|Jana/);

    // The demo tenant, whose policy keeps people six months, lost nobody to the walk's sweeps.
    const { applications } = await unaryCall(await clientOf(RecruitingService, 'candidates', DEMO_TENANT), 'ListApplications', {});
    expect(applications).toHaveLength(8);
  }, 600_000);
});
