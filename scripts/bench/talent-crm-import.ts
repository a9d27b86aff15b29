// The Excel import's memory, part of `pnpm bench talent-crm` (scripts/bench/talent-crm.ts calls
// `importBenchmark`): a file of 10,000 talents imported through StartTalentImport and followed with
// WatchTalentImport. The service runs as its own process, from its build and configured by
// environment as the chart runs it (`startLocalStack`), so nothing else this benchmark or another
// part did counts. That process's resident memory (/proc/<pid>/status: VmRSS sampled, VmHWM for
// the peak between samples) is read while the import runs; the peak above where it stood before
// (after a warm-up import) must stay within 150 MB. The table also shows where the import stood at
// the peak (reading the file, or creating talents), and the growth per 1,000 rows.
// Settings: BENCH_TALENT_CRM_IMPORT_ROWS (10000).
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { serviceCallersOf } from '../../deploy/src/registry';
import { createClient, serverStreamCall, unaryCall } from '../../services/platform/src/grpc';
import { devTokenSigner, freePort, startLocalStack, stateDir, uniqueName } from '../../services/platform/src/testkit';
import { talentsWorkbook } from '../../services/talent-crm/src/imports/export';
import type { Talent } from '../../services/talent-crm/src/talents/talent';
import { loadGrpcObject, type TalentImport__Output, type TalentsProto } from '../../protos/src';
import { type BenchContext, type BenchResult, goal, intSetting, processMemoryBytes } from './harness';

const MB = 1024 * 1024;
const GROWTH_BOUND_MB = 150;
/** No peer is called by an import. */
const NOWHERE = '127.0.0.1:9';
const SAMPLE_EVERY_MS = 10;

const { TalentCrmService } = loadGrpcObject<TalentsProto>().lethe.talents.v1;
type TalentCrmClient = InstanceType<typeof TalentCrmService>;

/** `count` talents as a recruiting team keeps them. */
async function* talents(count: number, tenant: string): AsyncGenerator<Talent> {
  const at = new Date();
  for (let n = 0; n < count; n++) {
    yield {
      id: `talent-${n}`,
      tenantId: tenant,
      profile: {
        firstName: `Erika${n}`,
        lastName: `Mustermann${n}`,
        email: `erika.${n}.${tenant}@example.org`,
        phone: `+49 30 ${String(1_000_000 + n)}`,
        city: ['Berlin', 'Köln', 'München', 'Hamburg'][n % 4],
        country: 'DE',
        headline: 'Backend-Entwicklerin',
        interests: ['Softwareentwicklung', 'Data Engineering'],
        skills: ['TypeScript', 'Kafka', 'SQL', 'Kubernetes'],
        salaryExpectation: '70.000 €',
        availability: 'ab 2027-03',
        careerUpdate: '',
        profileUrl: `https://example.org/profile/${n}`,
        language: 'de',
        lastRecruiterContact: 'Alice',
      },
      source: 'ats-sync',
      sourceInfo: 'ATS-Import',
      fromCandidate: false,
      poolIds: [],
      tags: ['silver-medalist'],
      status: 'new',
      recruiterId: 'alice',
      reduced: false,
      anonymised: false,
      detailsPending: false,
      version: 1,
      createdAt: at,
      createdBy: 'alice',
      updatedAt: at,
    };
  }
}

/** A workbook of `rows` talents, as the CRM's own export writes one (its profile columns are ones the import maps). */
async function talentsFile(rows: number, tenant: string): Promise<Buffer> {
  return (await talentsWorkbook(talents(rows, tenant), rows)).xlsx;
}

/** Runs an import to its end; `onProgress` sees every message WatchTalentImport sends. */
async function runImport(client: TalentCrmClient, xlsx: Buffer, onProgress: (message: TalentImport__Output) => void = () => {}): Promise<TalentImport__Output> {
  const started = await unaryCall(client, 'StartTalentImport', { xlsx, fileName: 'bench.xlsx' }, { deadlineMs: 60_000 });
  let last = started;
  for await (const message of serverStreamCall(client, 'WatchTalentImport', { id: started.id }, { deadlineMs: 30 * 60_000 })) {
    last = message as TalentImport__Output;
    onProgress(last);
  }
  if (last.state !== 'IMPORT_STATE_DONE') throw new Error(`the import ended ${last.state}: ${last.failure}`);
  return last;
}

export async function importBenchmark(context: BenchContext): Promise<BenchResult> {
  const rows = intSetting('BENCH_TALENT_CRM_IMPORT_ROWS', 10_000);
  const namespace = uniqueName('bench-import');
  const ports = { grpc: await freePort(), http: await freePort() };
  context.note('starting talent-crm as its own process (built first when its build is stale)…');
  const stack = await startLocalStack({
    services: [{ name: 'talent-crm', obeysErasure: true, callers: serviceCallersOf('talent-crm') }],
    namespace,
    ports: () => ports,
    logsDir: path.join(stateDir(), 'logs', namespace),
    env: {
      LOG_LEVEL: 'warn',
      CANDIDATES_GRPC_ADDRESS: NOWHERE,
      CONSENT_GRPC_ADDRESS: NOWHERE,
      MESSAGING_GRPC_ADDRESS: NOWHERE,
      // The rules' rounds over the imported talents are not the import's memory.
      TALENT_RULES_INTERVAL_MS: String(24 * 3_600_000),
    },
    say: (line) => context.note(line),
  });
  const service = stack.service('talent-crm');
  const tenant = uniqueName('tenant');
  const token = await (await devTokenSigner()).mint({ tenantId: tenant, actorId: 'bench', actorKind: 'user', rights: ['talents:read', 'talents:write'], services: ['talent-crm'], ttlSeconds: 3600 });
  const client = createClient(TalentCrmService, service.address, { token });
  try {
    context.note(`writing a workbook of ${rows} talents…`);
    const xlsx = await talentsFile(rows, tenant);
    // Every code path warm, as a replica is after its first import.
    await runImport(client, await talentsFile(100, `${tenant}-warm`));
    await sleep(2_000);
    const pid = service.pid;
    if (pid === undefined) throw new Error('the talent-crm process is not running');
    const before = { rss: processMemoryBytes(pid, 'VmRSS'), hwm: processMemoryBytes(pid, 'VmHWM') };
    let sampledPeak = before.rss;
    // Where the import stood when resident memory peaked: still reading the file, or creating talents (rows done).
    let phase = 'reading';
    let peakPhase = phase;
    const sampler = setInterval(() => {
      const rss = processMemoryBytes(pid, 'VmRSS');
      if (rss > sampledPeak) {
        sampledPeak = rss;
        peakPhase = phase;
      }
    }, SAMPLE_EVERY_MS);
    const started = Date.now();
    let progress: ReturnType<BenchContext['progress']> | undefined;
    let shown = 0;
    let result: TalentImport__Output;
    try {
      result = await runImport(client, xlsx, (message) => {
        if (message.totalRows > 0) phase = `writing ${message.processedRows}/${message.totalRows}`;
        progress ??= message.totalRows > 0 ? context.progress('import: rows', message.totalRows) : undefined;
        if (progress && message.processedRows > shown) {
          progress.tick(message.processedRows - shown);
          shown = message.processedRows;
        }
      });
    } finally {
      clearInterval(sampler);
    }
    progress?.done();
    const seconds = (Date.now() - started) / 1000;
    // The kernel's high-water mark catches a peak between two samples; one from before the import (its start-up) does not count.
    const hwm = processMemoryBytes(pid, 'VmHWM');
    const peak = hwm > before.hwm ? Math.max(hwm, sampledPeak) : sampledPeak;
    const growthMb = (peak - before.rss) / MB;
    return {
      rows: [
        {
          benchmark: 'import',
          rows,
          created: result.created,
          fileKb: Math.round(xlsx.length / 1024),
          seconds,
          rowsPerSecond: Math.round(rows / seconds),
          rssBeforeMb: before.rss / MB,
          rssPeakMb: peak / MB,
          growthMb,
          growthPer1000RowsMb: (growthMb / rows) * 1000,
          peakWhile: peakPhase,
        },
      ],
      summary: { 'Excel import: peak memory growth (MB)': growthMb },
      goals: [goal(`Excel import of ${rows} rows: peak resident memory above the start, MB`, growthMb, { atMost: GROWTH_BOUND_MB })],
      settings: { importRows: rows },
    };
  } finally {
    client.close();
    await stack.stop();
  }
}
