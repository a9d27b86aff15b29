// The data export against the services' own parts, on the same machine, in the same run: a person
// with 50 activities and 5 files in candidates, whose clock retention keeps, and consent, which
// holds nothing about them.
//   export: RequestSubjectExport until the package is stored (every service asked in parallel with
//     retention's service token, the zip assembled, encrypted in pieces and stored, the event and
//     the clock written) vs the sum of every service's own ExportSubject, called directly one
//     after the other and read whole; p50 ratio, one export at a time.
// Settings: BENCH_EXPORT_RUNS (15 per side).
import { generateKeyPairSync } from 'node:crypto';
import { RIGHTS } from '../../services/platform/src/auth';
import { readSubjectExport } from '../../services/platform/src/export';
import { clientStreamCall, createClient, serverStreamCall, unaryCall } from '../../services/platform/src/grpc';
import { definitionWithHandle, startTestService, testAuth, uniqueName, waitFor } from '../../services/platform/src/testkit';
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

async function exportBenchmark(context: BenchContext): Promise<BenchResult> {
  const runs = intSetting('BENCH_EXPORT_RUNS', 15);
  const auth = await testAuth();
  const shared = { KAFKA_TOPIC_PREFIX: `${uniqueName('bench')}.`, LOG_LEVEL: 'warn', ERASURE_SERVICES: 'candidates,consent,retention' };
  const [candidates, consent] = await Promise.all([startTestService(candidatesService, auth, { env: shared }), startTestService(consentService, auth, { env: shared })]);
  const retention = definitionWithHandle('retention', retentionConfigSchema, buildRetention);
  const retentionService = await startTestService(retention.definition, auth, {
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

    const exportOnce = async () => {
      await unaryCall(retentionClient, 'RequestSubjectExport', { subjectId });
      await retention.built().exports.settled();
    };
    const directOnce = async () => {
      for (const { service, client } of direct) await readSubjectExport(serverStreamCall(client, 'ExportSubject', { subjectId }), MAX_BYTES, service);
    };
    // One side after the other, twice over, so neither has the machine to itself at a better time.
    const half = Math.ceil(runs / 2);
    const exported = [...(await timedRuns(half, exportOnce, context, 'export: RequestSubjectExport until stored'))];
    const parts = [...(await timedRuns(half, directOnce, context, 'direct: every service’s ExportSubject'))];
    exported.push(...(await timedRuns(runs - half, exportOnce, context, 'export, again')));
    parts.push(...(await timedRuns(runs - half, directOnce, context, 'direct, again')));

    // Every export measured made its package.
    const made = (await unaryCall(retentionClient, 'ListSubjectExports', { subjectId })).exports;
    const unready = made.filter((listed) => listed.state !== 'SUBJECT_EXPORT_STATE_READY');
    if (unready.length > 0) throw new Error(`exports that made no package: ${unready.map((listed) => `${listed.state} ${listed.failedService} ${listed.failureReason}`).join('; ')}`);
    const exportP50 = percentile(exported, 50);
    const partsP50 = percentile(parts, 50);
    const ratio = exportP50 / partsP50;
    const size = made[0]?.sizeBytes ?? '0';
    return {
      rows: [
        { benchmark: 'export', side: 'services’ own ExportSubject, summed', runs, p50Ms: partsP50, p95Ms: percentile(parts, 95) },
        { benchmark: 'export', side: 'RequestSubjectExport until stored', runs, p50Ms: exportP50, p95Ms: percentile(exported, 95) },
      ],
      summary: { 'export p50 / summed ExportSubject p50': ratio, 'package bytes': Number(size) },
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
