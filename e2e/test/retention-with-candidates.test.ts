// Retention and the real candidates service on the real Kafka, FerretDB and Redis: the clock runs
// from the candidates the candidates service creates, marks and erasure requests hide and lock its
// records, and every erasure retention issues is carried out there too, confirmed, logged and
// receipted, also when the candidates service was down while it was issued.
import { generateKeyPairSync, verify } from 'node:crypto';
import * as grpc from '@grpc/grpc-js';
import { RIGHTS } from '@lethe/platform/auth';
import { createClient, unaryCall } from '@lethe/platform/grpc';
import { ManualClock, type BaseConfig } from '@lethe/platform/service';
import { definitionWithHandle, failure, randomKey, startTestService, startTestServices, testAuth, testKeyStoreEnv, uniqueName, waitFor, type TestAuth, type TestService } from '@lethe/platform/testkit';
import { fromTimestamp, loadGrpcObject, TOPICS, type CandidatesProto, type RecruitingProto, type ErasureCommand__Output, type RetentionProto } from '@lethe/protos';
import { candidatesService } from '@lethe/candidates/src/service';
import { buildRetention, retentionConfigSchema } from '@lethe/retention/src/service';

const { CandidatesService } = loadGrpcObject<CandidatesProto>().lethe.candidates.v1;
const { RecruitingService } = loadGrpcObject<RecruitingProto>().lethe.candidates.v1;
const { RetentionService } = loadGrpcObject<RetentionProto>().lethe.retention.v1;

const RECEIPT_KEY = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const ALL_RIGHTS = [
  RIGHTS.readCandidates,
  RIGHTS.writeCandidates,
  RIGHTS.manageSettings,
  RIGHTS.seeMarked,
  RIGHTS.restoreMarked,
  RIGHTS.chooseDeletionMode,
  RIGHTS.dataProtection,
];

/** Retention and candidates on one topic prefix; both confirm every erasure. */
function sharedEnv(name: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    KAFKA_TOPIC_PREFIX: `${uniqueName(name)}.`,
    ERASURE_SERVICES: 'candidates,retention',
    // Retention needs the address of every service it would ask for a data export; these tests ask none.
    CANDIDATES_GRPC_ADDRESS: '127.0.0.1:9',
    ERASURE_RECEIPT_SIGNING_KEY: RECEIPT_KEY,
    RETENTION_SWEEP_INTERVAL_MS: '3600000',
    ...extra,
  };
}

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

let auth: TestAuth;
const closers: (() => void)[] = [];
beforeAll(async () => {
  auth = await testAuth();
});
afterAll(() => {
  for (const close of closers) close();
});

async function clientsOf(addresses: { retention: string; candidates: string }, tenantId: string, actorId = 'recruiter', rights: readonly string[] = ALL_RIGHTS) {
  const token = await auth.mint({ tenantId, actorId, rights: [...rights] });
  const clients = { retention: createClient(RetentionService, addresses.retention, { token }), candidates: createClient(CandidatesService, addresses.candidates, { token }) };
  closers.push(() => clients.retention.close(), () => clients.candidates.close());
  return clients;
}

async function createCandidate(candidates: InstanceType<typeof CandidatesService>, lastName = 'Muster'): Promise<string> {
  const { candidate } = await unaryCall(candidates, 'CreateCandidate', { candidate: { personal: { firstName: 'Erika', lastName, email: `${uniqueName('erika')}@example.org` }, tags: [], source: 'job_board' } });
  return candidate!.id;
}

describe('retention with the candidates service', () => {
  const clock = new ManualClock();
  const retention = definitionWithHandle('retention', retentionConfigSchema, buildRetention);
  let services: TestService<BaseConfig>[] = [];
  let addresses: { retention: string; candidates: string };

  beforeAll(async () => {
    const env = sharedEnv('retention-candidates');
    const [retentionService, candidates] = await startTestServices([startTestService(retention.definition, auth, { env, clock }), startTestService(candidatesService, auth, { env })] as const);
    services = [retentionService, candidates];
    addresses = { retention: retentionService.address, candidates: candidates.address };
  });
  afterAll(async () => {
    await Promise.all(services.map((service) => service.stop()));
  });

  /** Waits until retention keeps the candidate's clock. */
  const clockOf = (client: InstanceType<typeof RetentionService>, id: string) =>
    waitFor(async () => {
      const explanation = await unaryCall(client, 'ExplainRetention', { subjectId: id });
      return explanation.steps.length > 0 ? explanation : undefined;
    }, 20_000, 'the retention clock');

  it('runs the clock from the candidate’s creation, and deletes the candidate everywhere once the period ran out', async () => {
    clock.set(new Date());
    const tenant = uniqueName('tenant');
    const { retention: client, candidates } = await clientsOf(addresses, tenant, 'dpo');
    await unaryCall(client, 'UpdatePolicy', { policy: POLICY });
    const before = Date.now();
    const id = await createCandidate(candidates, 'Eted');
    const explained = await clockOf(client, id);
    expect(explained).toMatchObject({ anchor: 'CLOCK_ANCHOR_LAST_ACTIVITY' });
    expect(fromTimestamp(explained.anchorAt)!.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(explained.steps.map((s) => [s.mode, s.rule])).toEqual([['ERASURE_MODE_DELETE', 'delete_after_months=1']]);

    const { sweeper } = retention.built();
    clock.advance({ days: 40 });
    expect((await sweeper.run(clock.now())).executed['retention-clock']).toBe(1);
    const [erasure] = await waitFor(async () => {
      const { erasures } = await unaryCall(client, 'ListErasures', { subjectId: id, state: 'ERASURE_STATE_DONE' });
      return erasures.length > 0 ? erasures : undefined;
    }, 30_000, 'candidates and retention to confirm');
    expect(erasure).toMatchObject({ mode: 'ERASURE_MODE_DELETE', reason: 'ERASURE_REASON_RETENTION_EXPIRED', trigger: 'retention-clock' });
    expect(erasure.services.map((s) => [s.service, s.state])).toEqual([
      ['candidates', 'done'],
      ['retention', 'done'],
    ]);
    expect((await failure(unaryCall(candidates, 'GetCandidate', { id }))).code).toBe(grpc.status.NOT_FOUND);
    expect((await unaryCall(client, 'ExplainRetention', { subjectId: id })).steps).toEqual([]);

    // The deletion log and the signed receipt name the record and who confirmed, nothing personal.
    const [entry] = (await unaryCall(client, 'ListDeletionLog', { subjectId: id })).entries;
    expect(entry).toMatchObject({ subjectId: id, subjectCreatedBy: 'dpo', trigger: 'retention-clock', confirmedBy: ['candidates', 'retention'] });
    expect(JSON.stringify(entry)).not.toContain('Eted');
    const receipt = await unaryCall(client, 'GetErasureReceipt', { erasureId: erasure.id });
    const { publicKeyPem } = await unaryCall(client, 'GetReceiptPublicKey', {});
    expect(receipt.payloadJson).not.toMatch(/Erika|Eted/);
    expect(verify(null, Buffer.from(receipt.payloadJson), publicKeyPem, Buffer.from(receipt.signature, 'base64'))).toBe(true);
  });

  it('names in the deletion log and the receipt what a candidate who is also a contact person keeps, and why', async () => {
    clock.set(new Date());
    const tenant = uniqueName('tenant');
    const { retention: client, candidates } = await clientsOf(addresses, tenant);
    const id = await createCandidate(candidates, 'Kontakt');
    await clockOf(client, id);
    const token = await auth.mint({ tenantId: tenant, actorId: 'recruiter', rights: [...ALL_RIGHTS] });
    const recruiting = createClient(RecruitingService, addresses.candidates, { token });
    closers.push(() => recruiting.close());
    const company = await unaryCall(recruiting, 'CreateClient', { name: 'Acme GmbH' });
    await unaryCall(recruiting, 'CreateContactPerson', { contact: { clientId: company.id, lastName: 'Kontakt', candidateId: id } });

    await unaryCall(client, 'MarkForDeletion', { subjectId: id });
    clock.advance({ hours: 7 });
    expect((await retention.built().sweeper.run(clock.now())).executed.marks).toBe(1);
    const entry = await waitFor(async () => (await unaryCall(client, 'ListDeletionLog', { subjectId: id })).entries[0], 30_000, 'the deletion log entry');
    // The fields it holds of those a contact person keeps: name and email here.
    const kept = ['email', 'firstName', 'lastName'];
    // In words the candidate understands too: the fields and the reason as a sentence, German and English.
    const explanation = {
      de: 'Diese Angaben wurden nicht gelöscht: E-Mail-Adresse, Vorname, Nachname. Grund: Sie sind auch Ansprechpartner·in bei einem unserer Kunden, und für die Zusammenarbeit mit diesem Unternehmen brauchen wir diese Angaben weiterhin.',
      en: 'These details were not deleted: email address, first name, last name. Why: you are also a contact person at one of our client companies, and we still need these details to work with that company.',
    };
    expect(entry.retained).toEqual([{ service: 'candidates', fields: kept, reason: 'LINKED_CONTACT_PERSON', explanation }]);
    const receipt = await unaryCall(client, 'GetErasureReceipt', { erasureId: entry.erasureId });
    const confirmations = (JSON.parse(receipt.payloadJson) as { confirmations: { service: string; retained?: unknown }[] }).confirmations;
    expect(confirmations.find((confirmation) => confirmation.service === 'candidates')?.retained).toEqual({ fields: kept, reason: 'LINKED_CONTACT_PERSON', explanation });
    const { publicKeyPem } = await unaryCall(client, 'GetReceiptPublicKey', {});
    expect(verify(null, Buffer.from(receipt.payloadJson), publicKeyPem, Buffer.from(receipt.signature, 'base64'))).toBe(true);
    expect((await unaryCall(client, 'GetErasure', { id: entry.erasureId })).services.find((service) => service.service === 'candidates')?.retained).toEqual({ service: 'candidates', fields: kept, reason: 'LINKED_CONTACT_PERSON', explanation });
    expect(confirmations.find((confirmation) => confirmation.service === 'retention')?.retained).toBeUndefined();
    expect(receipt.payloadJson).not.toMatch(/Erika|Kontakt/);
  });

  it('hides and locks a marked candidate until it is restored; executed, the mark anonymises the candidate', async () => {
    clock.set(new Date());
    const tenant = uniqueName('tenant');
    const { retention: client, candidates } = await clientsOf(addresses, tenant);
    const id = await createCandidate(candidates);
    await clockOf(client, id);

    await unaryCall(client, 'MarkForDeletion', { subjectId: id });
    await waitFor(async () => (await unaryCall(candidates, 'GetCandidate', { id })).markedForDeletion, 20_000, 'candidates to hide the record');
    expect((await unaryCall(candidates, 'ListCandidates', {})).candidates.map((c) => c.id)).not.toContain(id);
    await unaryCall(client, 'RestoreMarked', { subjectId: id });
    await waitFor(async () => !(await unaryCall(candidates, 'GetCandidate', { id })).markedForDeletion, 20_000, 'candidates to show it again');

    const { retention: dpo } = await clientsOf(addresses, tenant, 'dpo-1');
    await unaryCall(dpo, 'MarkForDeletion', { subjectId: id, mode: 'ERASURE_MODE_ANONYMISE' });
    clock.advance({ hours: 7 });
    expect((await retention.built().sweeper.run(clock.now())).executed.marks).toBe(1);
    await waitFor(async () => (await unaryCall(candidates, 'GetCandidate', { id }).catch(() => undefined))?.state === 'CANDIDATE_STATE_ANONYMISED', 30_000, 'the anonymisation');
    const entry = await waitFor(async () => (await unaryCall(client, 'ListDeletionLog', { subjectId: id })).entries[0], 30_000, 'the deletion log entry');
    expect(entry).toMatchObject({ subjectId: id, subjectCreatedBy: 'recruiter', markedBy: 'dpo-1', trigger: 'mark', mode: 'ERASURE_MODE_ANONYMISE', confirmedBy: ['candidates', 'retention'] });
    expect(JSON.stringify(entry)).not.toContain('Muster');
  });

  it('hides a candidate who asked to be forgotten and logs it; withdrawn, shows it again; at the deadline, erases it', async () => {
    clock.set(new Date());
    const tenant = uniqueName('tenant');
    const { retention: client, candidates } = await clientsOf(addresses, tenant);
    const id = await createCandidate(candidates);
    await clockOf(client, id);

    await unaryCall(client, 'OpenErasureRequest', { subjectId: id, reason: 'Bitte löschen' });
    await waitFor(async () => (await unaryCall(candidates, 'GetCandidate', { id })).erasureRequested, 20_000, 'candidates to hear of the request');
    expect((await unaryCall(candidates, 'ListCandidates', {})).candidates.map((c) => c.id)).not.toContain(id);
    expect((await unaryCall(candidates, 'ListCandidates', { includeErasureRequested: true })).candidates.map((c) => c.id)).toContain(id);
    await waitFor(async () => (await unaryCall(candidates, 'ListActivities', { candidateId: id })).activities.some((a) => a.kind === 'ACTIVITY_KIND_ERASURE_REQUESTED'), 20_000, 'the activity');

    await unaryCall(client, 'WithdrawErasureRequest', { subjectId: id, reason: 'doch nicht' });
    await waitFor(async () => !(await unaryCall(candidates, 'GetCandidate', { id })).erasureRequested, 20_000, 'candidates to show it again');
    await waitFor(async () => (await unaryCall(candidates, 'ListActivities', { candidateId: id })).activities.some((a) => a.kind === 'ACTIVITY_KIND_ERASURE_REQUEST_WITHDRAWN'), 20_000, 'the withdrawal activity');

    const opened = await unaryCall(client, 'OpenErasureRequest', { subjectId: id });
    clock.set(new Date(Number(opened.deadlineAt!.seconds) * 1000 + 60_000));
    expect((await retention.built().sweeper.run(clock.now())).executed['erasure-requests']).toBe(1);
    const { erasureId } = await unaryCall(client, 'GetErasureRequest', { subjectId: id });
    await waitFor(async () => (await unaryCall(client, 'GetErasure', { id: erasureId })).state === 'ERASURE_STATE_DONE', 30_000, 'every service to confirm');
    expect((await failure(unaryCall(candidates, 'GetCandidate', { id }))).code).toBe(grpc.status.NOT_FOUND);
  });
});

describe('retention re-issuing to a candidates service that was down', () => {
  it('issues the same command again; started again, candidates catches up and confirms', async () => {
    const clock = new ManualClock();
    const env = sharedEnv('retention-reissue', { ERASURE_REISSUE_AFTER_MS: '60000', LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'warn' });
    // candidates keeps its database and keys across the restart, as a restarted process would.
    const candidatesEnv = { ...env, MONGODB_DATABASE: uniqueName('test_candidates').replace(/-/g, '_'), ...testKeyStoreEnv(), BLIND_INDEX_KEY: randomKey(), CACHE_MAC_KEY: randomKey() };
    const retention = definitionWithHandle('retention', retentionConfigSchema, buildRetention);
    const retentionService = await startTestService(retention.definition, auth, { env, clock });
    let candidates = await startTestService(candidatesService, auth, { env: candidatesEnv });
    const commands: ErasureCommand__Output[] = [];
    const subscription = await retentionService.runtime.bus.subscribe({ groupId: 'test-commands', topics: [TOPICS.erasureCommands], fromBeginning: true, handler: async (event) => void commands.push(event.payload) });
    try {
      const tenant = uniqueName('tenant');
      const first = await clientsOf({ retention: retentionService.address, candidates: candidates.address }, tenant, 'dpo');
      const subjectId = await createCandidate(first.candidates, 'Issued');
      await waitFor(async () => (await unaryCall(first.retention, 'ExplainRetention', { subjectId })).steps.length > 0, 20_000, 'the clock');

      // candidates stops; the command goes out while it is down.
      await candidates.stop();
      const { erasureId } = await retention.built().orchestrator.issue({ tenantId: tenant, subjectId, mode: 'delete', reason: 'ERASURE_REASON_MANUAL', trigger: { kind: 'manual', actorId: 'dpo' } });
      await waitFor(() => commands.length === 1, 20_000, 'the first command');
      await waitFor(async () => (await unaryCall(first.retention, 'GetErasure', { id: erasureId })).services.find((s) => s.service === 'retention')?.state === 'done', 20_000, "retention's own confirmation");
      clock.advance({ minutes: 2 });
      expect((await retention.built().sweeper.run(clock.now())).executed['erasure-reissue']).toBe(1);
      await waitFor(() => commands.length === 2, 20_000, 'the re-issued command');
      expect(commands[1]).toMatchObject({ commandId: commands[0].commandId, attempt: 2 });

      // candidates starts again, catches up from its committed offset and erases the candidate.
      candidates = await startTestService(candidatesService, auth, { env: candidatesEnv });
      const done = await waitFor(async () => {
        const erasure = await unaryCall(first.retention, 'GetErasure', { id: erasureId });
        return erasure.state === 'ERASURE_STATE_DONE' ? erasure : undefined;
      }, 30_000, 'completion');
      expect(done.services.find((s) => s.service === 'candidates')).toMatchObject({ state: 'done', counts: { candidates: 1 } });
      const restarted = await clientsOf({ retention: retentionService.address, candidates: candidates.address }, tenant, 'dpo');
      expect((await failure(unaryCall(restarted.candidates, 'GetCandidate', { id: subjectId }))).code).toBe(grpc.status.NOT_FOUND);
    } finally {
      await subscription.stop();
      await Promise.all([retentionService.stop(), candidates.stop()]);
    }
  });
});
