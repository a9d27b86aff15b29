import { spawn } from 'node:child_process';
import path from 'node:path';
import { definitionWithHandle, REPO_ROOT, startTestService, testAuth, testServiceEnv, uniqueName, type TestService } from '@lethe/platform/testkit';
import type { BaseConfig } from '@lethe/platform';
import { DEFAULT_POLICY } from '../src/policy/policy';
import { buildRetention, retentionConfigSchema, type RetentionConfig } from '../src/service';
import { RECEIPT_KEYS } from './kit';

const retention = definitionWithHandle('retention', retentionConfigSchema, buildRetention);
let service: TestService<RetentionConfig & BaseConfig>;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  const auth = await testAuth();
  env = testServiceEnv(auth, { RETENTION_SWEEP_INTERVAL_MS: '3600000', ERASURE_RECEIPT_SIGNING_KEY: RECEIPT_KEYS.privateKeyPem });
  service = await startTestService(retention.definition, auth, { env: env as Record<string, string> });
});
afterAll(async () => {
  await service?.stop();
});

function sweep(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(path.join(REPO_ROOT, 'node_modules', '.bin', 'tsx'), ['--conditions=lethe-source', path.join(__dirname, '..', 'src', 'cli', 'sweep.ts'), ...args], {
    env: { ...env, PATH: process.env.PATH },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, stdout, stderr })));
}

describe('the sweep command', () => {
  it('runs what is due at --now with progress output, and nothing before', async () => {
    const tenant = uniqueName('tenant');
    const lastActivity = new Date('2026-01-10T12:00:00Z');
    await retention.built().clocks.change(tenant, 'subject-1', DEFAULT_POLICY, new Date(), (clock) => {
      clock.lastActivityAt = lastActivity;
    });

    const early = await sweep('--now', '2026-03-01T00:00:00Z');
    expect(early).toMatchObject({ code: 0 });
    expect(early.stdout).toContain('sweep at 2026-03-01T00:00:00.000Z: policy-changes 0, marks 0, erasure-requests 0, retention-clock 0, candidate-notices 0, owner-digests 0, erasure-reissue 0');

    const dryRun = await sweep('--now', '2026-08-01T00:00:00Z', '--dry-run');
    expect(dryRun).toMatchObject({ code: 0 });
    expect(dryRun.stdout).toContain('due at 2026-08-01T00:00:00.000Z (dry run, nothing done): policy-changes 0, marks 0, erasure-requests 0, retention-clock 1');
    expect(await retention.built().orchestrator.model.countDocuments({ tenantId: tenant, subjectId: 'subject-1' })).toBe(0);

    const due = await sweep('--now', '2026-08-01T00:00:00Z');
    expect(due.code).toBe(0);
    expect(due.stdout).toContain('retention-clock 1');
    expect(due.stderr).toMatch(/retention-clock\s+\[#+\]\s+100% 1\/1/);
    const erasure = await retention.built().orchestrator.model.findOne({ tenantId: tenant, subjectId: 'subject-1', mode: 'delete' }).lean();
    // Due as of --now, issued at the real time: the service re-issues it on its usual schedule.
    expect(Math.abs(erasure!.issuedAt.getTime() - Date.now())).toBeLessThan(60_000);
    // A later --now does not make the wait for acknowledgements run out: that is real time.
    const later = await sweep('--now', '2027-06-01T00:00:00Z');
    expect(later.stdout).toContain('erasure-reissue 0');
    expect(await retention.built().orchestrator.model.findOne({ tenantId: tenant, _id: erasure!._id }).lean()).toMatchObject({ attempt: 1 });
  });

  it('explains bad input', async () => {
    const bad = await sweep('--now', 'next tuesday');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--now must be an ISO 8601 date');
    expect(bad.stderr).toContain('usage: pnpm --filter @lethe/retention sweep');
    expect((await sweep('--frobnicate')).code).toBe(2);
  });
});
