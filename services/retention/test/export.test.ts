import { setTimeout as sleep } from 'node:timers/promises';
import { status } from '@grpc/grpc-js';
import { RIGHTS } from '@lethe/platform/auth';
import { exportFile, exportRecords, type SubjectExporter } from '@lethe/platform/export';
import { serverStreamCall, unaryCall } from '@lethe/platform/grpc';
import type { ServiceDefinition } from '@lethe/platform/service';
import { failure, startTestService, testAuth, testServiceEnv, uniqueName, waitFor, type TestService } from '@lethe/platform/testkit';
import type { SubjectExport__Output } from '@lethe/protos';
import { retentionConfigSchema } from '../src/service';
import { RECEIPT_KEYS, startRetentionScene, type RetentionScene } from './kit';

/** How many records the part of each `endless` person has sent so far. */
const endlessSent = new Map<string, number>();
/** A file of a `held` person, and when their part may end (after it was sent). */
const heldFile = Buffer.concat([Buffer.from('%PDF-1.7 Zeugnis '), Buffer.alloc(700 * 1024, 'Jördis Weiß-Öztürk ')]);
const heldUntil = new Map<string, Promise<void>>();

/** The part of a service that holds a person's profile, never answers about `silent` people, and sends records of `endless` ones until it is cancelled. */
const answering: SubjectExporter = async function* ({ subjectId }) {
  if (subjectId.startsWith('silent')) await new Promise(() => undefined);
  if (subjectId.startsWith('held')) {
    yield exportFile({ fileId: 'f1', section: 'files', name: 'Zeugnis.pdf', contentType: 'application/pdf', content: heldFile });
    await heldUntil.get(subjectId);
  }
  if (subjectId.startsWith('endless')) {
    for (let sent = 1; sent <= 1000; sent++) {
      yield exportRecords('profile', [{ subjectId, sent }]);
      endlessSent.set(subjectId, sent);
      await sleep(5);
    }
  }
  yield exportRecords('profile', [{ subjectId, name: 'Ada' }]);
};
const serviceWith = (exporter?: SubjectExporter): ServiceDefinition => ({ name: 'candidates', create: () => (exporter ? { export: exporter } : {}) });

let scene: RetentionScene;
let withoutExport: RetentionScene;
let stubs: TestService<never>[];
beforeAll(async () => {
  const auth = await testAuth();
  stubs = (await Promise.all([startTestService(serviceWith(answering), auth), startTestService(serviceWith(), auth)])) as TestService<never>[];
  [scene, withoutExport] = await Promise.all([
    startRetentionScene('export', { CANDIDATES_GRPC_ADDRESS: stubs[0]!.address, EXPORT_SERVICE_TIMEOUT_MS: '3000' }, auth),
    startRetentionScene('export-unimplemented', { CANDIDATES_GRPC_ADDRESS: stubs[1]!.address }, auth),
  ]);
}, 120_000);
afterAll(async () => {
  await Promise.all([scene?.stop(), withoutExport?.stop()]);
  await Promise.all((stubs ?? []).map((stub) => stub.stop()));
});

const EXPORTING = [RIGHTS.exportSubjects];

async function ended(client: Awaited<ReturnType<RetentionScene['clientOf']>>, exportId: string): Promise<SubjectExport__Output> {
  return waitFor(async () => {
    const current = await unaryCall(client, 'GetSubjectExport', { exportId });
    return current.state === 'SUBJECT_EXPORT_STATE_RUNNING' ? undefined : current;
  }, 20_000, 'the export to end');
}

describe('the data export’s run', () => {
  it('shows which services have answered, and fails naming the one that does not answer in time', async () => {
    scene.clock.set(new Date());
    const tenant = uniqueName('tenant');
    const client = await scene.clientOf(tenant, EXPORTING);
    const started = await unaryCall(client, 'RequestSubjectExport', { subjectId: uniqueName('silent') });
    const progress = await waitFor(async () => {
      const current = await unaryCall(client, 'GetSubjectExport', { exportId: started.exportId });
      return current.services.find((part) => part.service === 'retention')?.state === 'answered' ? current : undefined;
    }, 10_000, 'retention’s part');
    expect(progress).toMatchObject({ state: 'SUBJECT_EXPORT_STATE_RUNNING', services: expect.arrayContaining([expect.objectContaining({ service: 'candidates', state: 'pending', answeredAt: null })]) });

    const failed = await ended(client, started.exportId);
    expect(failed).toMatchObject({ state: 'SUBJECT_EXPORT_STATE_FAILED', failedService: 'candidates', failureReason: 'did not answer within 3000 ms', expiresAt: null, sizeBytes: '0' });
    expect(failed.services.find((part) => part.service === 'candidates')?.state).toBe('failed');
  });

  it('makes the package of a service that answers', async () => {
    const tenant = uniqueName('tenant');
    const client = await scene.clientOf(tenant, EXPORTING);
    const started = await unaryCall(client, 'RequestSubjectExport', { subjectId: uniqueName('ada') });
    expect(await ended(client, started.exportId)).toMatchObject({ state: 'SUBJECT_EXPORT_STATE_READY', failedService: '' });
  });

  it('fails naming a service that has no export (UNIMPLEMENTED), and never makes a package without it', async () => {
    const client = await withoutExport.clientOf(uniqueName('tenant'), EXPORTING);
    const started = await unaryCall(client, 'RequestSubjectExport', { subjectId: uniqueName('ada') });
    expect(await ended(client, started.exportId)).toMatchObject({ state: 'SUBJECT_EXPORT_STATE_FAILED', failedService: 'candidates', failureReason: expect.stringMatching(/^UNIMPLEMENTED: /) });
    const download = async () => {
      for await (const chunk of serverStreamCall(client, 'DownloadSubjectExport', { exportId: started.exportId })) void chunk;
    };
    expect(await failure(download())).toMatchObject({ code: status.FAILED_PRECONDITION, reason: 'EXPORT_NOT_READY' });
  });

  it('refuses an erased person, and stops asking the services it asked meanwhile', async () => {
    const tenantId = uniqueName('tenant');
    const subjectId = uniqueName('endless');
    await scene.service.runtime.tombstones.record({ tenantId, subjectId, mode: 'delete', commandId: uniqueName('command') });
    const client = await scene.clientOf(tenantId, EXPORTING);
    expect(await failure(unaryCall(client, 'RequestSubjectExport', { subjectId }))).toMatchObject({ code: status.FAILED_PRECONDITION, reason: 'SUBJECT_ERASED' });
    await sleep(200);
    const sent = endlessSent.get(subjectId) ?? 0;
    await sleep(300);
    expect(endlessSent.get(subjectId) ?? 0).toBe(sent);
    expect((await unaryCall(client, 'ListSubjectExports', { subjectId })).exports).toEqual([]);
  });

  it('stores the package while services still answer, sealed with a key it keeps only once READY; an erasure between leaves nothing', async () => {
    const tenantId = uniqueName('tenant');
    const client = await scene.clientOf(tenantId, EXPORTING);
    const store = scene.retention().exportStore;
    const piecesOf = (exportId: string) => store.pieceModel.collection.find({ tenantId, exportId }).toArray();
    let release!: () => void;

    const kept = uniqueName('held');
    heldUntil.set(kept, new Promise((resolve) => (release = resolve)));
    const { exportId } = await unaryCall(client, 'RequestSubjectExport', { subjectId: kept });
    const stored = await waitFor(async () => ((await piecesOf(exportId)).length > 0 ? piecesOf(exportId) : undefined), 10_000, 'the first piece stored');
    // Stored before the last part arrived: sealed, and no key to open it yet.
    expect(stored.some((piece) => Buffer.from(piece.data.buffer).includes('Jördis'))).toBe(false);
    expect((await store.get(tenantId, exportId)).packageKey).toBeUndefined();
    release();
    expect(await ended(client, exportId)).toMatchObject({ state: 'SUBJECT_EXPORT_STATE_READY' });
    expect((await store.get(tenantId, exportId)).packageKey).toMatch(/^v1:/);

    const erased = uniqueName('held');
    heldUntil.set(erased, new Promise((resolve) => (release = resolve)));
    const refused = await unaryCall(client, 'RequestSubjectExport', { subjectId: erased });
    await waitFor(async () => ((await piecesOf(refused.exportId)).length > 0) || undefined, 10_000, 'the first piece stored');
    await scene.service.runtime.tombstones.record({ tenantId, subjectId: erased, mode: 'delete', commandId: uniqueName('command') });
    release();
    await waitFor(async () => (await store.get(tenantId, refused.exportId)).state !== 'running' || undefined, 10_000, 'the export to end');
    await scene.retention().exports.settled();
    const failed = await store.get(tenantId, refused.exportId);
    expect(failed.state).toBe('failed');
    expect(failed.packageKey).toBeUndefined();
    expect(await piecesOf(refused.exportId)).toEqual([]);
  });

  it('refuses malformed ids with the field named', async () => {
    const client = await scene.clientOf(uniqueName('tenant'), EXPORTING);
    expect(await failure(unaryCall(client, 'GetSubjectExport', { exportId: '../x' }))).toMatchObject({ code: status.INVALID_ARGUMENT, violations: [expect.objectContaining({ field: 'exportId' })] });
    expect(await failure(unaryCall(client, 'RequestSubjectExport', { subjectId: '' }))).toMatchObject({ code: status.INVALID_ARGUMENT, violations: [expect.objectContaining({ field: 'subjectId' })] });
  });
});

describe('retention’s configuration', () => {
  it('refuses to start without the address of a service the data export asks', async () => {
    const env = testServiceEnv(await testAuth(), { ERASURE_SERVICES: 'candidates,retention,talent-crm', CANDIDATES_GRPC_ADDRESS: '127.0.0.1:9', ERASURE_RECEIPT_SIGNING_KEY: RECEIPT_KEYS.privateKeyPem }, 'retention');
    const refused = retentionConfigSchema.safeParse({ SERVICE_NAME: 'retention', ...env });
    expect(refused.error?.issues).toEqual([expect.objectContaining({ path: ['TALENT_CRM_GRPC_ADDRESS'], message: 'is required: the data export asks talent-crm (ERASURE_SERVICES)' })]);
    expect(retentionConfigSchema.safeParse({ SERVICE_NAME: 'retention', ...env, TALENT_CRM_GRPC_ADDRESS: 'talent-crm:50051' }).success).toBe(true);
  });
});
