// The data export against the services' own parts, on the same machine, in the same run: a person
// with 50 activities and 5 files in candidates, whose clock retention keeps, and consent, which
// holds nothing about them.
//   export: RequestSubjectExport until the package is stored (every service asked in parallel with
//     retention's service token, the zip made and stored in sealed pieces as the files arrive, the
//     key, the event and the clock written) vs the sum of every service's own ExportSubject, called
//     directly one after the other and read whole; p50 ratio, one export at a time.
//   breakdown of an export (its spans, p50 of each step): recorded (RequestSubjectExport answered:
//     the RUNNING record written under the person's fence while the services are already asked),
//     ask (every service's part, from the request on, its files stored meanwhile), fence (from the
//     last part until the person's fence is held for the package), zip (the JSON, the summary and
//     the last pieces, meanwhile), store (the sealed pieces' writes, summed), ready (the READY
//     update with its event), clock (the retention clock moved, alongside).
// Settings: BENCH_EXPORT_RUNS (15 per side).
import { generateKeyPairSync } from 'node:crypto';
import { RIGHTS } from '../../services/platform/src/auth';
import { readSubjectExport } from '../../services/platform/src/export';
import { clientStreamCall, createClient, serverStreamCall, unaryCall } from '../../services/platform/src/grpc';
import { captureSpans, definitionWithHandle, startTestService, testAuth, uniqueName, waitFor } from '../../services/platform/src/testkit';
import { candidatesService } from '../../services/candidates/src/service';
import { consentService } from '../../services/consent/src/service';
import { buildRetention, retentionConfigSchema } from '../../services/retention/src/service';
import { loadGrpcObject, type CandidatesProto, type RetentionProto, type SubjectExportProto } from '../../protos/src';
import { type BenchContext, type Benchmark, type BenchResult, goal, intSetting, percentile, timedRuns } from './harness';

const { CandidatesService } = loadGrpcObject<CandidatesProto>().lethe.candidates.v1;
const { RetentionService } = loadGrpcObject<RetentionProto>().lethe.retention.v1;
const { SubjectExportService } = loadGrpcObject<SubjectExportProto>().lethe.export.v1;

const ACTIVITIES = 50;
const FILES = 5;
const FILE_BYTES = 200 * 1024;
const MAX_BYTES = 100 * 1024 * 1024;
const WARMUPS = 3;

/** One export's steps, in ms. */
type Breakdown = Record<'recorded' | 'ask' | 'fence' | 'zip' | 'store' | 'ready' | 'clock' | 'total', number>;
type FinishedSpan = ReturnType<ReturnType<typeof captureSpans>['exporter']['getFinishedSpans']>[number];

const msOf = ([seconds, nanos]: [number, number]) => seconds * 1e3 + nanos / 1e6;

/** The steps of the export `exportId` from its spans. */
function breakdownOf(spans: readonly FinishedSpan[], exportId: string, recorded: number, total: number): Breakdown {
  const own = spans.filter((span) => span.attributes['lethe.export.id'] === exportId);
  const named = (name: string) => own.filter((span) => span.name === `subject export ${name}`);
  const one = (name: string) => {
    const [span] = named(name);
    if (!span) throw new Error(`export ${exportId} made no span "subject export ${name}"`);
    return span;
  };
  const [ask, zip, fenced, ready, clock] = [one('ask'), one('zip'), one('package'), one('ready'), one('clock')];
  return {
    recorded,
    ask: msOf(ask.duration),
    fence: msOf(fenced.startTime) - msOf(ask.endTime),
    zip: msOf(zip.duration),
    store: named('store').reduce((sum, span) => sum + msOf(span.duration), 0),
    ready: msOf(ready.duration),
    clock: msOf(clock.duration),
    total,
  };
}

async function exportBenchmark(context: BenchContext): Promise<BenchResult> {
  const runs = intSetting('BENCH_EXPORT_RUNS', 15);
  const auth = await testAuth();
  // The process's tracer keeps the spans of the export's steps (the first service started sets it up).
  const { exporter: spanExporter } = captureSpans();
  const shared = { KAFKA_TOPIC_PREFIX: `${uniqueName('bench')}.`, LOG_LEVEL: 'warn', ERASURE_SERVICES: 'candidates,consent,retention' };
  const [candidates, consent] = await Promise.all([startTestService(candidatesService, auth, { env: shared, spanExporter }), startTestService(consentService, auth, { env: shared, spanExporter })]);
  const retention = definitionWithHandle('retention', retentionConfigSchema, buildRetention);
  const retentionService = await startTestService(retention.definition, auth, {
    spanExporter,
    env: {
      ...shared,
      RETENTION_SWEEP_INTERVAL_MS: String(60 * 60 * 1000),
      // It exports one person over and over, which the limit of expensive calls is there to stop.
      RATE_LIMIT_EXPENSIVE_PER_TENANT: '100000',
      ERASURE_RECEIPT_SIGNING_KEY: generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
      CANDIDATES_GRPC_ADDRESS: candidates.address,
      CONSENT_GRPC_ADDRESS: consent.address,
    },
  });
  const tenantId = uniqueName('tenant');
  const recruiterToken = await auth.mint({ tenantId, actorId: 'bench', rights: [RIGHTS.readCandidates, RIGHTS.writeCandidates, RIGHTS.exportSubjects], ttlSeconds: 3600 });
  const serviceToken = await auth.mint({ tenantId, actorId: 'retention', actorKind: 'service', rights: [RIGHTS.exportSubjects], ttlSeconds: 3600 });
  const candidatesClient = createClient(CandidatesService, candidates.address, { token: recruiterToken });
  const retentionClient = createClient(RetentionService, retentionService.address, { token: recruiterToken });
  const direct = Object.entries({ candidates, consent, retention: retentionService }).map(([service, running]) => ({ service, client: createClient(SubjectExportService, running.address, { token: serviceToken }) }));
  try {
    context.note(`a person with ${ACTIVITIES} activities and ${FILES} files of ${FILE_BYTES / 1024} kB`);
    const { candidate } = await unaryCall(candidatesClient, 'CreateCandidate', {
      candidate: { personal: { salutation: 'Frau', firstName: 'Jördis', lastName: 'Weiß-Öztürk', email: `${uniqueName('bench')}@example.org`, skills: ['SAP FI/CO', 'IFRS'] }, tags: [], source: 'job_board' },
    });
    const subjectId = candidate!.id;
    for (let i = 0; i < FILES; i++) {
      const content = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(FILE_BYTES, 65 + i)]);
      await clientStreamCall(candidatesClient, 'UploadFile', [{ header: { candidateId: subjectId, kind: 'FILE_KIND_ATTACHMENT', fileName: `Zeugnis ${i + 1}.pdf` } }, { chunk: content }]);
    }
    // The record's creation and the uploads are activities too: 50 in all.
    const { activities } = await unaryCall(candidatesClient, 'ListActivities', { candidateId: subjectId, page: { pageSize: 200, pageToken: '' } });
    for (let i = activities.length; i < ACTIVITIES; i++) await unaryCall(candidatesClient, 'RecordActivity', { candidateId: subjectId, kind: 'ACTIVITY_KIND_NOTE_ADDED_OR_UPDATED' });
    await waitFor(async () => (await retention.built().clocks.get(tenantId, subjectId)) !== null, 30_000, 'retention to keep the clock');

    let breakdowns: Breakdown[] = [];
    const exportOnce = async () => {
      spanExporter.reset();
      const started = process.hrtime.bigint();
      const sinceStart = () => Number(process.hrtime.bigint() - started) / 1e6;
      const { exportId } = await unaryCall(retentionClient, 'RequestSubjectExport', { subjectId });
      const recorded = sinceStart();
      await retention.built().exports.settled();
      breakdowns.push(breakdownOf(spanExporter.getFinishedSpans(), exportId, recorded, sinceStart()));
    };
    const directOnce = async () => {
      for (const { service, client } of direct) await readSubjectExport(serverStreamCall(client, 'ExportSubject', { subjectId }), MAX_BYTES, service);
    };
    // The steps of the measured exports, not of the warm-up runs before them.
    const measured: Breakdown[] = [];
    const exportRuns = async (count: number, label: string) => {
      breakdowns = [];
      const samples = await timedRuns(count, exportOnce, context, label, WARMUPS);
      measured.push(...breakdowns.slice(WARMUPS));
      return samples;
    };
    // One side after the other, twice over, so neither has the machine to itself at a better time.
    const half = Math.ceil(runs / 2);
    const exported = [...(await exportRuns(half, 'export: RequestSubjectExport until stored'))];
    const parts = [...(await timedRuns(half, directOnce, context, 'direct: every service’s ExportSubject', WARMUPS))];
    exported.push(...(await exportRuns(runs - half, 'export, again')));
    parts.push(...(await timedRuns(runs - half, directOnce, context, 'direct, again', WARMUPS)));

    // Every export measured made its package.
    const made = (await unaryCall(retentionClient, 'ListSubjectExports', { subjectId })).exports;
    const unready = made.filter((listed) => listed.state !== 'SUBJECT_EXPORT_STATE_READY');
    if (unready.length > 0) throw new Error(`exports that made no package: ${unready.map((listed) => `${listed.state} ${listed.failedService} ${listed.failureReason}`).join('; ')}`);
    const exportP50 = percentile(exported, 50);
    const partsP50 = percentile(parts, 50);
    const ratio = exportP50 / partsP50;
    const size = made[0]?.sizeBytes ?? '0';
    const steps = Object.keys(measured[0]!) as (keyof Breakdown)[];
    const stepAt = (step: keyof Breakdown, p: number) => percentile(measured.map((breakdown) => breakdown[step]), p);
    return {
      rows: [
        { benchmark: 'export', side: 'services’ own ExportSubject, summed', runs, p50Ms: partsP50, p95Ms: percentile(parts, 95) },
        { benchmark: 'export', side: 'RequestSubjectExport until stored', runs, p50Ms: exportP50, p95Ms: percentile(exported, 95) },
        ...steps.map((step) => ({ benchmark: 'export step', side: step, runs: measured.length, p50Ms: stepAt(step, 50), p95Ms: stepAt(step, 95) })),
      ],
      summary: {
        'export p50 / summed ExportSubject p50': ratio,
        'package bytes': Number(size),
        'export p50 over the services’ parts (ms)': exportP50 - partsP50,
      },
      goals: [goal('export p50, retention / the services’ own parts summed', ratio, { atMost: 1.5 })],
      settings: { runs, activities: ACTIVITIES, files: FILES, fileBytes: FILE_BYTES },
    };
  } finally {
    candidatesClient.close();
    retentionClient.close();
    for (const { client } of direct) client.close();
    await retentionService.stop();
    await Promise.all([candidates.stop(), consent.stop()]);
  }
}

export const benchmark: Benchmark = {
  name: 'export',
  description: 'the data export of a person (50 activities, 5 files) vs the services’ own ExportSubject calls summed',
  run: exportBenchmark,
};
