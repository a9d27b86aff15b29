import * as grpc from '@grpc/grpc-js';
import { createClient, ManualClock, readErrorDetails, RIGHTS, unaryCall, type BaseConfig } from '@lethe/platform';
import { definitionWithHandle, randomKey, startTestService, testAuth, uniqueName, waitFor, type TestAuth, type TestService } from '@lethe/platform/testkit';
import { loadGrpcObject, TOPICS, type CandidatesProto, type ErasureCommand__Output, type RetentionProto } from '@lethe/protos';
import { candidatesService } from '@lethe/candidates/src/service';
import { buildRetention, retentionConfigSchema, type RetentionConfig } from '../src/service';
import { RECEIPT_KEYS, retentionTestEnv } from './kit';
import { verifyReceipt } from '../src/erasure/receipts';
import { generateKeyPairSync } from 'node:crypto';

const { RetentionService } = loadGrpcObject<RetentionProto>().lethe.retention.v1;
const { CandidatesService } = loadGrpcObject<CandidatesProto>().lethe.candidates.v1;

const POLICY = {
  deleteAfterMonths: 1,
  reduceAfterMonths: 0,
  poolReduceAfterMonths: 0,
  storageConsentExtensionMonths: 12,
  skeletonFields: ['name'],
  rejectionHoldMonths: 2,
  candidateNoticeDays: 14,
  ownerNoticeDays: 7,
  waitHoursWithoutAssignment: 6,
  waitDaysNormalProcessing: 14,
  waitDaysPlacement: 90,
  defaultMode: 'ERASURE_MODE_DELETE' as const,
};

/** The retention service with its pieces in reach of the test. */
let auth: TestAuth;
const stops: (() => Promise<void>)[] = [];
const closers: (() => void)[] = [];

beforeAll(async () => {
  auth = await testAuth();
});
afterAll(async () => {
  for (const close of closers) close();
  await Promise.all(stops.map((stop) => stop()));
});

async function token(tenantId: string): Promise<string> {
  return auth.mint({ tenantId, actorId: 'dpo', rights: [RIGHTS.readCandidates, RIGHTS.writeCandidates, RIGHTS.manageSettings] });
}

describe('erasure orchestration', () => {
  it('deletes a candidate whose period ran out: command, both confirmations, deletion log, gone everywhere', async () => {
    const clock = new ManualClock();
    const env = retentionTestEnv('erasure-e2e');
    const retention = definitionWithHandle('retention', retentionConfigSchema, buildRetention);
    const [retentionService, candidates] = await Promise.all([
      startTestService(retention.definition, auth, { env, clock }),
      startTestService(candidatesService, auth, { env }),
    ]);
    stops.push(() => retentionService.stop(), () => candidates.stop());
    const tenant = uniqueName('tenant');
    const retentionClient = createClient(RetentionService, retentionService.address, { token: await token(tenant) });
    const candidatesClient = createClient(CandidatesService, candidates.address, { token: await token(tenant) });
    closers.push(() => retentionClient.close(), () => candidatesClient.close());

    await unaryCall(retentionClient, 'UpdatePolicy', { policy: POLICY });
    const { candidate } = await unaryCall(candidatesClient, 'CreateCandidate', { candidate: { personal: { firstName: 'Del', lastName: 'Eted', email: `${uniqueName('del')}@example.org` }, tags: [], source: 'job_board' } });
    const id = candidate!.id;
    await waitFor(async () => (await unaryCall(retentionClient, 'ExplainRetention', { subjectId: id })).steps.length > 0, 20_000, 'the clock');

    const { sweeper, orchestrator } = retention.built();
    // Not due yet: the sweep does nothing.
    expect(Object.values((await sweeper.run(clock.now())).executed).every((count) => count === 0)).toBe(true);
    clock.advance({ days: 40 });
    expect((await sweeper.run(clock.now())).executed['retention-clock']).toBe(1);
    // Idempotent: the step is not found again.
    expect((await sweeper.run(clock.now())).executed['retention-clock']).toBe(0);

    const erasure = await waitFor(async () => {
      const doc = await orchestrator.model.findOne({ tenantId: tenant, subjectId: id }).lean();
      return doc?.state === 'done' ? doc : undefined;
    }, 30_000, 'every service to confirm');
    expect(erasure).toMatchObject({ mode: 'delete', reason: 'ERASURE_REASON_RETENTION_EXPIRED', services: { candidates: { state: 'done' }, retention: { state: 'done' } } });
    const logEntry = await orchestrator.log.findById(tenant, erasure._id);
    expect(logEntry).toMatchObject({ subjectId: id, mode: 'delete', confirmedBy: ['candidates', 'retention'], trigger: { kind: 'retention-clock' }, subjectCreated: { by: 'dpo' }, markedAt: erasure.issuedAt });
    expect(logEntry?.markedBy).toBeUndefined();
    expect(JSON.stringify(logEntry)).not.toContain('Eted');

    // The signed receipt verifies offline with the published key, and not once altered.
    const receipt = await unaryCall(retentionClient, 'GetErasureReceipt', { erasureId: erasure._id });
    const publicKey = await unaryCall(retentionClient, 'GetReceiptPublicKey', {});
    expect(publicKey).toMatchObject({ algorithm: 'Ed25519', keyId: receipt.keyId });
    expect(publicKey.publicKeyPem.trim()).toBe(RECEIPT_KEYS.publicKeyPem.trim());
    expect(JSON.parse(receipt.payloadJson)).toMatchObject({
      erasureId: erasure._id,
      subjectId: id,
      tenantId: tenant,
      mode: 'delete',
      reason: 'ERASURE_REASON_RETENTION_EXPIRED',
      confirmations: [
        { service: 'candidates', outcome: 'done' },
        { service: 'retention', outcome: 'done' },
      ],
    });
    expect(receipt.payloadJson).not.toContain('Eted');
    expect(verifyReceipt(receipt, publicKey.publicKeyPem)).toBe(true);
    const altered = receipt.payloadJson.replace('"mode":"delete"', '"mode":"reduce"');
    expect(altered).not.toBe(receipt.payloadJson);
    expect(verifyReceipt({ ...receipt, payloadJson: altered }, publicKey.publicKeyPem)).toBe(false);
    expect(verifyReceipt(receipt, generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'pem' }).toString())).toBe(false);
    expect(readErrorDetails(await unaryCall(candidatesClient, 'GetCandidate', { id }).catch((err: unknown) => err)).code).toBe(grpc.status.NOT_FOUND);
    expect((await unaryCall(retentionClient, 'ExplainRetention', { subjectId: id })).steps).toEqual([]);
  });

  it('issues the same command again to a service that was stopped, which confirms once started again', async () => {
    const clock = new ManualClock();
    const env = retentionTestEnv('erasure-reissue', { ERASURE_REISSUE_AFTER_MS: '60000', LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'warn' });
    // candidates keeps its database and keys across the restart, as a restarted process would.
    const candidatesEnv = { ...env, MONGODB_DATABASE: uniqueName('test_candidates').replace(/-/g, '_'), KEY_ENCRYPTION_KEY: randomKey(), BLIND_INDEX_KEY: randomKey() };
    const retention = definitionWithHandle('retention', retentionConfigSchema, buildRetention);
    const service: TestService<RetentionConfig & BaseConfig> = await startTestService(retention.definition, auth, { env, clock });
    stops.push(() => service.stop());
    let candidates = await startTestService(candidatesService, auth, { env: candidatesEnv });
    const tenant = uniqueName('tenant');
    const commands: ErasureCommand__Output[] = [];
    const subscription = await service.runtime.bus.subscribe({
      groupId: 'test-commands',
      topics: [TOPICS.erasureCommands],
      fromBeginning: true,
      skipErasedSubjects: false,
      handler: async (event) => void commands.push(event.payload),
    });
    stops.push(() => subscription.stop());

    const tenantToken = await token(tenant);
    const candidatesClient = () => createClient(CandidatesService, candidates.address, { token: tenantToken });
    const first = candidatesClient();
    const { candidate } = await unaryCall(first, 'CreateCandidate', { candidate: { personal: { firstName: 'Re', lastName: 'Issued', email: `${uniqueName('re')}@example.org` }, tags: [], source: 'job_board' } });
    first.close();
    const subjectId = candidate!.id;
    const { orchestrator, sweeper, clocks } = retention.built();
    await waitFor(async () => (await clocks.get(tenant, subjectId)) !== null, 20_000, 'the clock');

    // candidates stops; the command goes out while it is down.
    await candidates.stop();
    const { erasureId } = await orchestrator.issue({ tenantId: tenant, subjectId, mode: 'delete', reason: 'ERASURE_REASON_MANUAL', trigger: { kind: 'manual', actorId: 'dpo' } });
    expect((await orchestrator.issue({ tenantId: tenant, subjectId, mode: 'delete', reason: 'ERASURE_REASON_MANUAL', trigger: { kind: 'manual' } })).created).toBe(false);
    await waitFor(() => commands.length === 1, 20_000, 'the first command');
    // retention answers for itself; candidates cannot.
    await waitFor(async () => (await orchestrator.get(tenant, erasureId)).services.retention?.state === 'done', 20_000, "retention's own confirmation");

    clock.advance({ minutes: 2 });
    expect((await sweeper.run(clock.now())).executed['erasure-reissue']).toBe(1);
    await waitFor(() => commands.length === 2, 20_000, 'the re-issued command');
    expect(commands[1]).toMatchObject({ commandId: commands[0].commandId, attempt: 2, mode: 'ERASURE_MODE_DELETE' });
    expect(await orchestrator.get(tenant, erasureId)).toMatchObject({ state: 'pending', attempt: 2, services: { candidates: { state: 'pending' } } });
    const client = createClient(RetentionService, service.address, { token: tenantToken });
    closers.push(() => client.close());
    expect(await unaryCall(client, 'GetErasure', { id: erasureId })).toMatchObject({
      id: erasureId,
      subjectId,
      state: 'ERASURE_STATE_PENDING',
      attempt: 2,
      trigger: 'manual',
      services: [
        { service: 'candidates', state: 'pending' },
        { service: 'retention', state: 'done', counts: { clocks: 1 } },
      ],
    });
    const otherTenant = createClient(RetentionService, service.address, { token: await token(uniqueName('other')) });
    closers.push(() => otherTenant.close());
    expect(readErrorDetails(await unaryCall(otherTenant, 'GetErasure', { id: erasureId }).catch((err: unknown) => err)).code).toBe(grpc.status.NOT_FOUND);
    expect(readErrorDetails(await unaryCall(client, 'ListErasures', { state: 99 as never }).catch((err: unknown) => err)).violations[0]?.field).toBe('state');

    // candidates starts again, catches up from its committed offset and erases the candidate.
    candidates = await startTestService(candidatesService, auth, { env: candidatesEnv });
    stops.push(() => candidates.stop());
    await waitFor(async () => (await orchestrator.get(tenant, erasureId)).state === 'done', 30_000, 'completion');
    expect(await orchestrator.get(tenant, erasureId)).toMatchObject({ services: { candidates: { state: 'done', counts: { candidates: 1 } } } });
    expect(await orchestrator.log.findById(tenant, erasureId)).toMatchObject({ mode: 'delete', confirmedBy: ['candidates', 'retention'], trigger: { kind: 'manual', actorId: 'dpo' } });
    const restarted = candidatesClient();
    closers.push(() => restarted.close());
    expect(readErrorDetails(await unaryCall(restarted, 'GetCandidate', { id: subjectId }).catch((err: unknown) => err)).code).toBe(grpc.status.NOT_FOUND);
    const done = await unaryCall(client, 'ListErasures', { state: 'ERASURE_STATE_DONE' });
    expect(done.erasures.map((e) => [e.id, e.state])).toEqual([[erasureId, 'ERASURE_STATE_DONE']]);
    expect((await unaryCall(client, 'ListErasures', { state: 'ERASURE_STATE_PENDING' })).erasures).toEqual([]);
  });
});
