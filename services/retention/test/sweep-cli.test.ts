import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeLocalEnv, type BaseConfig } from '@lethe/platform/service';
import { definitionWithHandle, REPO_ROOT, startTestService, testAuth, testServiceEnv, uniqueName, type TestService } from '@lethe/platform/testkit';
import { DEFAULT_POLICY } from '../src/policy/policy';
import { buildRetention, retentionConfigSchema, type RetentionConfig } from '../src/service';
import { retentionTestEnv } from './kit';

const retention = definitionWithHandle('retention', retentionConfigSchema, buildRetention);
let service: TestService<RetentionConfig & BaseConfig>;
let env: NodeJS.ProcessEnv;
/** Where the command looks for the configuration `pnpm start` writes; empty unless a test writes it. */
let stateDir: string;

beforeAll(async () => {
  const auth = await testAuth();
  env = testServiceEnv(auth, retentionTestEnv('sweep-cli'));
  stateDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lethe-state-'));
  service = await startTestService(retention.definition, auth, { env: env as Record<string, string> });
});
afterAll(async () => {
  await service?.stop();
  fs.rmSync(stateDir, { recursive: true, force: true });
});

function sweep(args: string[], childEnv: NodeJS.ProcessEnv = env): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(path.join(REPO_ROOT, 'node_modules', '.bin', 'tsx'), ['--conditions=lethe-source', path.join(__dirname, '..', 'src', 'cli', 'sweep.ts'), ...args], {
    env: { ...childEnv, PATH: process.env.PATH, LETHE_STATE_DIR: stateDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, stdout, stderr })));
}

/** Writes the service's configuration as `pnpm start` does, into this test's state directory. */
function writeLocalConfig(values: NodeJS.ProcessEnv): void {
  const before = process.env.LETHE_STATE_DIR;
  process.env.LETHE_STATE_DIR = stateDir;
  try {
    writeLocalEnv('retention', Object.fromEntries(Object.entries(values).filter((entry): entry is [string, string] => entry[1] !== undefined)));
  } finally {
    if (before === undefined) delete process.env.LETHE_STATE_DIR;
    else process.env.LETHE_STATE_DIR = before;
  }
}

describe('the sweep command', () => {
  it('runs what is due at --now with progress output, and nothing before', async () => {
    const tenant = uniqueName('tenant');
    const lastActivity = new Date('2026-01-10T12:00:00Z');
    await retention.built().clocks.change(tenant, 'subject-1', DEFAULT_POLICY, new Date(), (clock) => {
      clock.lastActivityAt = lastActivity;
    });

    const early = await sweep(['--now', '2026-03-01T00:00:00Z']);
    expect(early).toMatchObject({ code: 0 });
    expect(early.stdout).toContain('sweep at 2026-03-01T00:00:00.000Z: policy-changes 0, legal-holds 0, marks 0, erasure-requests 0, retention-clock 0, candidate-notices 0, owner-digests 0, erasure-reissue 0, export-expiry 0');

    const dryRun = await sweep(['--now', '2026-08-01T00:00:00Z', '--dry-run']);
    expect(dryRun).toMatchObject({ code: 0 });
    expect(dryRun.stdout).toContain('due at 2026-08-01T00:00:00.000Z (dry run, nothing done): policy-changes 0, legal-holds 0, marks 0, erasure-requests 0, retention-clock 1');
    expect(await retention.built().orchestrator.model.countDocuments({ tenantId: tenant, subjectId: 'subject-1' })).toBe(0);

    const due = await sweep(['--now', '2026-08-01T00:00:00Z']);
    expect(due.code).toBe(0);
    expect(due.stdout).toContain('retention-clock 1');
    expect(due.stderr).toMatch(/retention-clock\s+\[#+\]\s+100% 1\/1/);
    const erasure = await retention.built().orchestrator.model.findOne({ tenantId: tenant, subjectId: 'subject-1', mode: 'delete' }).lean();
    // Due as of --now, issued at the real time: the service re-issues it on its usual schedule.
    expect(Math.abs(erasure!.issuedAt.getTime() - Date.now())).toBeLessThan(60_000);
    // A later --now does not make the wait for acknowledgements run out: that is real time.
    const later = await sweep(['--now', '2027-06-01T00:00:00Z']);
    expect(later.stdout).toContain('erasure-reissue 0');
    expect(await retention.built().orchestrator.model.findOne({ tenantId: tenant, _id: erasure!._id }).lean()).toMatchObject({ attempt: 1 });
  });

  it('reads the configuration `pnpm start` wrote for the service, under the environment', async () => {
    writeLocalConfig(env);
    try {
      const fromLocal = await sweep(['--now', '2026-03-01T00:00:00Z', '--dry-run'], {});
      expect(fromLocal).toMatchObject({ code: 0 });
      expect(fromLocal.stdout).toContain('due at 2026-03-01T00:00:00.000Z (dry run, nothing done): policy-changes 0');
      // The environment wins over the file.
      const overridden = await sweep(['--dry-run'], { ERASURE_SERVICES: 'Not A List!' });
      expect(overridden.code).toBe(1);
      expect(overridden.stderr).toContain('ERASURE_SERVICES: must be a comma-separated list of service names');
    } finally {
      fs.rmSync(path.join(stateDir, 'local'), { recursive: true, force: true });
    }
  });

  it('explains bad input and missing configuration', async () => {
    const bad = await sweep(['--now', 'next tuesday']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--now must be an ISO 8601 date');
    expect(bad.stderr).toContain('usage: pnpm --filter @lethe/retention sweep');
    expect((await sweep(['--frobnicate'])).code).toBe(2);
    expect(await sweep(['--help'])).toMatchObject({ code: 0, stdout: expect.stringContaining('usage: pnpm --filter @lethe/retention sweep') });
    // Which services must confirm an erasure has no default: the command names what is missing.
    const { ERASURE_SERVICES: _services, ...withoutServices } = env;
    const unconfigured = await sweep(['--dry-run'], withoutServices);
    expect(unconfigured.code).toBe(1);
    expect(unconfigured.stderr).toContain('sweep: invalid configuration: ERASURE_SERVICES: is required');
  });
});
