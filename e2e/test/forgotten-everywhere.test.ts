// One candidate's life across the candidates, consent and retention services, each the real
// service on the real Kafka, FerretDB and Redis: storage consent holds the clock, an erasure
// request runs out, every service confirms, and the signed receipt names them all. The links that
// act for the candidate go to messaging (a service token with links:issue), never to the recruiter.
import { generateKeyPairSync, verify } from 'node:crypto';
import * as grpc from '@grpc/grpc-js';
import { RIGHTS } from '@lethe/platform/auth';
import { createClient, unaryCall } from '@lethe/platform/grpc';
import { ManualClock } from '@lethe/platform/service';
import { definitionWithHandle, failure, startTestService, startTestServices, testAuth, type TestAuth, uniqueName, waitFor } from '@lethe/platform/testkit';
import { loadGrpcObject, type CandidatesProto, type ConsentProto, type RetentionProto } from '@lethe/protos';
import { candidatesService } from '@lethe/candidates/src/service';
import { consentService } from '@lethe/consent/src/service';
import { buildRetention, retentionConfigSchema } from '@lethe/retention/src/service';

const { CandidatesService } = loadGrpcObject<CandidatesProto>().lethe.candidates.v1;
const { ConsentService } = loadGrpcObject<ConsentProto>().lethe.consent.v1;
const { RetentionService } = loadGrpcObject<RetentionProto>().lethe.retention.v1;

const RIGHTS_OF_THE_RECRUITER = [RIGHTS.readCandidates, RIGHTS.writeCandidates, RIGHTS.setConsentManually, RIGHTS.manageSettings];
const clock = new ManualClock();
const stops: (() => Promise<void>)[] = [];
const closers: (() => void)[] = [];
let auth: TestAuth;
const retention = definitionWithHandle('retention', retentionConfigSchema, buildRetention);
let addresses: { candidates: string; consent: string; retention: string };

beforeAll(async () => {
  auth = await testAuth();
  const receiptKey = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const env = {
    KAFKA_TOPIC_PREFIX: `${uniqueName('e2e')}.`,
    ERASURE_SERVICES: 'candidates,consent,retention',
    // Retention needs the address of every service it would ask for a data export; this test asks none.
    CANDIDATES_GRPC_ADDRESS: '127.0.0.1:9',
    CONSENT_GRPC_ADDRESS: '127.0.0.1:9',
    ERASURE_RECEIPT_SIGNING_KEY: receiptKey,
    RETENTION_SWEEP_INTERVAL_MS: '3600000',
  };
  const [candidates, consent, retentionService] = await startTestServices([
    startTestService(candidatesService, auth, { env }),
    startTestService(consentService, auth, { env }),
    startTestService(retention.definition, auth, { env, clock }),
  ] as const);
  stops.push(() => candidates.stop(), () => consent.stop(), () => retentionService.stop());
  addresses = { candidates: candidates.address, consent: consent.address, retention: retentionService.address };
});

afterAll(async () => {
  for (const close of closers) close();
  await Promise.all(stops.map((stop) => stop()));
});

async function clientsOf(tenantId: string) {
  const token = await auth.mint({ tenantId, actorId: 'recruiter-1', rights: RIGHTS_OF_THE_RECRUITER });
  const clients = {
    candidates: createClient(CandidatesService, addresses.candidates, { token }),
    consent: createClient(ConsentService, addresses.consent, { token }),
    retention: createClient(RetentionService, addresses.retention, { token }),
  };
  closers.push(() => Object.values(clients).forEach((client) => client.close()));
  return clients;
}

/** What messaging calls with to obtain the links it puts into messages: its own service token of the tenant. */
async function messagingOf(tenantId: string) {
  const token = await auth.mint({ tenantId, actorId: 'messaging', actorKind: 'service', rights: [RIGHTS.issueLinks] });
  const clients = { consent: createClient(ConsentService, addresses.consent, { token }), retention: createClient(RetentionService, addresses.retention, { token }) };
  closers.push(() => Object.values(clients).forEach((client) => client.close()));
  return clients;
}

/** The self-service page: its own token without rights; the candidate's link is the authority. */
async function selfServicePageOf(tenantId: string) {
  const client = createClient(RetentionService, addresses.retention, { token: await auth.mint({ tenantId, actorId: 'self-service-page' }) });
  closers.push(() => client.close());
  return client;
}

describe('a candidate is forgotten everywhere at once', () => {
  it('storage consent holds the clock; an erasure request runs out; candidates, consent and retention confirm; the receipt verifies', async () => {
    clock.set(new Date());
    const tenant = uniqueName('agency');
    const { candidates, consent, retention: retentionClient } = await clientsOf(tenant);
    const { candidate } = await unaryCall(candidates, 'CreateCandidate', {
      candidate: { personal: { firstName: 'Lena', lastName: 'Vergessen', email: `${uniqueName('lena')}@example.org` }, tags: ['pool'], source: 'job_board' },
    });
    const id = candidate!.id;
    await waitFor(async () => (await unaryCall(retentionClient, 'ExplainRetention', { subjectId: id })).steps.length > 0, 20_000, 'the retention clock');

    // Storage consent for the talent pool: requested, sent (messaging obtains the link, the
    // recruiter cannot), then granted on the candidate's word.
    const messaging = await messagingOf(tenant);
    const { requestId } = (await unaryCall(consent, 'RequestConsent', { subjectId: id, kind: 'CONSENT_KIND_STORAGE', periodMonths: 24 })).consent!;
    expect((await failure(unaryCall(consent, 'IssueRequestLink', { requestId }))).code).toBe(grpc.status.PERMISSION_DENIED);
    expect((await failure(unaryCall(consent, 'GrantManually', { subjectId: id, kind: 'CONSENT_KIND_STORAGE' }))).reason).toBe('NO_CONSENT_REQUEST');
    expect((await unaryCall(messaging.consent, 'IssueRequestLink', { requestId })).token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    await unaryCall(consent, 'GrantManually', { subjectId: id, kind: 'CONSENT_KIND_STORAGE' });
    expect((await unaryCall(consent, 'CheckConsent', { subjectId: id, kind: 'CONSENT_KIND_STORAGE' })).granted).toBe(true);
    const held = await waitFor(async () => {
      const explanation = await unaryCall(retentionClient, 'ExplainRetention', { subjectId: id });
      return explanation.onHold ? explanation : undefined;
    }, 20_000, 'retention to hold the clock for the consent');
    expect(held.steps.every((step) => step.rule === 'storage_consent')).toBe(true);

    // The candidate changes their mind: consent withdrawn, and erasure requested through the
    // self-service link of a message (obtained by messaging; a recruiter gets none).
    await unaryCall(consent, 'Withdraw', { subjectId: id, kind: 'CONSENT_KIND_STORAGE' });
    await waitFor(async () => !(await unaryCall(retentionClient, 'ExplainRetention', { subjectId: id })).onHold, 20_000, 'the hold to end');
    const selfService = { subjectId: id, purpose: 'SELF_SERVICE_PURPOSE_OPEN_ERASURE_REQUEST' } as const;
    expect((await failure(unaryCall(retentionClient, 'CreateSelfServiceLink', selfService))).code).toBe(grpc.status.PERMISSION_DENIED);
    const { token: linkToken } = await unaryCall(messaging.retention, 'CreateSelfServiceLink', selfService);
    const request = await unaryCall(await selfServicePageOf(tenant), 'OpenErasureRequest', { linkToken, reason: 'Bitte alles löschen' });
    expect(request).toMatchObject({ subjectId: id, requestedBy: 'REQUESTED_BY_CANDIDATE' });
    await waitFor(async () => (await unaryCall(candidates, 'GetCandidate', { id })).erasureRequested, 20_000, 'candidates to hide the record');

    // The deadline passes: the sweep erases, every registered service confirms.
    clock.set(new Date(Number(request.deadlineAt!.seconds) * 1000 + 60_000));
    expect((await retention.built().sweeper.run(clock.now())).executed['erasure-requests']).toBe(1);
    const { erasureId } = await unaryCall(retentionClient, 'GetErasureRequest', { subjectId: id });
    const erasure = await waitFor(async () => {
      const current = await unaryCall(retentionClient, 'GetErasure', { id: erasureId });
      return current.state === 'ERASURE_STATE_DONE' ? current : undefined;
    }, 60_000, 'candidates, consent and retention to confirm');
    expect(erasure.services.map((service) => service.service)).toEqual(['candidates', 'consent', 'retention']);
    expect(erasure.services.every((service) => service.state === 'done')).toBe(true);

    // Gone everywhere; nothing comes back.
    expect((await failure(unaryCall(candidates, 'GetCandidate', { id }))).code).toBe(grpc.status.NOT_FOUND);
    expect((await unaryCall(consent, 'ListConsents', { subjectId: id })).consents).toEqual([]);
    expect((await unaryCall(consent, 'CheckConsent', { subjectId: id, kind: 'CONSENT_KIND_STORAGE' })).granted).toBe(false);
    expect((await unaryCall(retentionClient, 'ExplainRetention', { subjectId: id })).steps).toEqual([]);
    expect((await failure(unaryCall(candidates, 'UpdateCandidate', { id, candidate: { tags: ['back'] }, updateMask: { paths: ['tags'] } }))).code).toBe(grpc.status.NOT_FOUND);

    // The signed receipt names every service and verifies offline with the published key.
    const receipt = await unaryCall(retentionClient, 'GetErasureReceipt', { erasureId });
    const { publicKeyPem } = await unaryCall(retentionClient, 'GetReceiptPublicKey', {});
    const statement = JSON.parse(receipt.payloadJson) as { subjectId: string; reason: string; confirmations: { service: string }[] };
    expect(statement).toMatchObject({ subjectId: id, reason: 'ERASURE_REASON_ERASURE_REQUEST' });
    expect(statement.confirmations.map((c) => c.service)).toEqual(['candidates', 'consent', 'retention']);
    expect(receipt.payloadJson).not.toMatch(/Lena|Vergessen|löschen/);
    expect(verify(null, Buffer.from(receipt.payloadJson), publicKeyPem, Buffer.from(receipt.signature, 'base64'))).toBe(true);
  });
});
