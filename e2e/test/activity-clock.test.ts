// The candidate's activity log and retention's clock agree, across the real candidates, consent and
// retention services on the real Kafka, FerretDB and Redis: consent requests and answers and the
// messages that went out appear on the candidate's activities, and of them only asking for longer
// storage (a storage consent given) and a recruiter's message restart the retention clock.
import { generateKeyPairSync } from 'node:crypto';
import { RIGHTS } from '@lethe/platform/auth';
import type { ServiceError } from '@grpc/grpc-js';
import { createClient, readErrorDetails, unaryCall } from '@lethe/platform/grpc';
import { ManualClock, type BaseConfig } from '@lethe/platform/service';
import { definitionWithHandle, failure, startTestService, startTestServices, testAuth, uniqueName, waitFor, type TestAuth, type TestService } from '@lethe/platform/testkit';
import { fromTimestamp, loadGrpcObject, toTimestamp, TOPICS, type CandidatesProto, type ConsentProto, type RecruitingProto, type RetentionProto } from '@lethe/protos';
import { candidatesService } from '@lethe/candidates/src/service';
import { consentService } from '@lethe/consent/src/service';
import { buildRetention, retentionConfigSchema } from '@lethe/retention/src/service';

const { CandidatesService } = loadGrpcObject<CandidatesProto>().lethe.candidates.v1;
const { RecruitingService } = loadGrpcObject<RecruitingProto>().lethe.candidates.v1;
const { ConsentService } = loadGrpcObject<ConsentProto>().lethe.consent.v1;
const { RetentionService } = loadGrpcObject<RetentionProto>().lethe.retention.v1;

const RIGHTS_OF_THE_RECRUITER = [RIGHTS.readCandidates, RIGHTS.writeCandidates, RIGHTS.setConsentManually];
const retention = definitionWithHandle('retention', retentionConfigSchema, buildRetention);
const closers: (() => void)[] = [];
let auth: TestAuth;
let services: { candidates: TestService<BaseConfig>; consent: TestService<BaseConfig>; retention: TestService<BaseConfig> };

beforeAll(async () => {
  auth = await testAuth();
  const env = {
    KAFKA_TOPIC_PREFIX: `${uniqueName('activity-clock')}.`,
    ERASURE_SERVICES: 'candidates,consent,retention',
    // Retention needs the address of every service it would ask for a data export; this test asks none.
    CANDIDATES_GRPC_ADDRESS: '127.0.0.1:9',
    CONSENT_GRPC_ADDRESS: '127.0.0.1:9',
    ERASURE_RECEIPT_SIGNING_KEY: generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    RETENTION_SWEEP_INTERVAL_MS: '3600000',
  };
  const [candidates, consent, retentionService] = await startTestServices([
    startTestService(candidatesService, auth, { env }),
    startTestService(consentService, auth, { env }),
    startTestService(retention.definition, auth, { env, clock: new ManualClock() }),
  ] as const);
  services = { candidates, consent, retention: retentionService };
});

afterAll(async () => {
  for (const close of closers) close();
  await Promise.all(Object.values(services ?? {}).map((service) => service.stop()));
});

async function clientsOf(tenantId: string) {
  const token = await auth.mint({ tenantId, actorId: 'recruiter-1', rights: RIGHTS_OF_THE_RECRUITER });
  const messagingToken = await auth.mint({ tenantId, actorId: 'messaging', actorKind: 'service', rights: [RIGHTS.issueLinks] });
  const clients = {
    candidates: createClient(CandidatesService, services.candidates.address, { token }),
    recruiting: createClient(RecruitingService, services.candidates.address, { token }),
    consent: createClient(ConsentService, services.consent.address, { token }),
    messaging: createClient(ConsentService, services.consent.address, { token: messagingToken }),
    retention: createClient(RetentionService, services.retention.address, { token }),
  };
  closers.push(...Object.values(clients).map((client) => () => client.close()));
  return clients;
}

describe('the activity log and the retention clock', () => {
  it('record every consent step and message; only longer storage and a recruiter’s message restart the clock', async () => {
    const tenant = uniqueName('tenant');
    const clients = await clientsOf(tenant);
    const { candidate } = await unaryCall(clients.candidates, 'CreateCandidate', { candidate: { personal: { firstName: 'Erika', lastName: 'Muster' }, tags: [], source: 'job_board' } });
    const subjectId = candidate!.id;
    const anchorOf = async () => fromTimestamp((await unaryCall(clients.retention, 'ExplainRetention', { subjectId })).anchorAt)?.getTime();
    const kinds = async () => (await unaryCall(clients.candidates, 'ListActivities', { candidateId: subjectId, page: { pageSize: 50, pageToken: '' } })).activities.map((a) => a.kind);
    await waitFor(async () => (await anchorOf()) !== undefined, 20_000, 'the clock');

    // A storage consent asked for, and an automated message carrying the request: neither restarts the clock.
    const { consent: request } = await unaryCall(clients.consent, 'RequestConsent', { subjectId, kind: 'CONSENT_KIND_STORAGE', periodMonths: 12 });
    await unaryCall(clients.messaging, 'IssueRequestLink', { requestId: request!.requestId });
    const sentAt = new Date();
    await services.candidates.runtime.bus.publish(TOPICS.messagingEvents, [
      { type: 'lethe.messaging.v1.MessageSent', tenantId: tenant, subjectId, payload: { messageId: uniqueName('m'), subjectId, channel: 'CHANNEL_EMAIL', templateKey: 'consent_request', automated: true, sentAt: toTimestamp(sentAt), sentBy: '' } },
    ]);
    await waitFor(async () => (await kinds()).includes('ACTIVITY_KIND_CONSENT_REQUESTED') && (await kinds()).includes('ACTIVITY_KIND_AUTOMATED_MESSAGE_SENT'), 30_000, 'the request and the message on the log');
    // An activity dated just before both that restarts the clock: had either moved it, their later date would have stayed.
    const requestedAt = fromTimestamp(request!.requestedAt)!;
    const note = await unaryCall(clients.candidates, 'RecordActivity', { candidateId: subjectId, kind: 'ACTIVITY_KIND_NOTE_ADDED_OR_UPDATED', occurredAt: toTimestamp(new Date(requestedAt.getTime() - 1)) });
    const noteAt = fromTimestamp(note.occurredAt)!.getTime();
    await waitFor(async () => (await anchorOf()) === noteAt, 30_000, 'the clock at the note, not at the request or the automated message');

    // Given (set by the recruiter after the request was sent): the candidate asked for longer storage, which restarts it.
    const granted = await unaryCall(clients.consent, 'GrantManually', { subjectId, kind: 'CONSENT_KIND_STORAGE' });
    const grantedAt = fromTimestamp(granted.validFrom)!.getTime();
    await waitFor(async () => (await anchorOf()) === grantedAt, 30_000, 'the clock at the longer storage');
    expect(await kinds()).toContain('ACTIVITY_KIND_LONGER_STORAGE_REQUESTED');

    // Withdrawn: recorded, and the clock stays where it was; a recruiter's message moves it again.
    await unaryCall(clients.consent, 'Withdraw', { subjectId, kind: 'CONSENT_KIND_STORAGE' });
    const manualAt = new Date(grantedAt + 60_000);
    await services.candidates.runtime.bus.publish(TOPICS.messagingEvents, [
      { type: 'lethe.messaging.v1.MessageSent', tenantId: tenant, subjectId, payload: { messageId: uniqueName('m'), subjectId, channel: 'CHANNEL_EMAIL', templateKey: 'free_text', automated: false, sentAt: toTimestamp(manualAt), sentBy: 'recruiter-1' } },
    ]);
    await waitFor(async () => (await anchorOf()) === manualAt.getTime(), 30_000, 'the clock at the recruiter’s message');
    await waitFor(async () => (await kinds()).includes('ACTIVITY_KIND_CONSENT_WITHDRAWN'), 30_000, 'the withdrawal on the log');
    const activities = (await unaryCall(clients.candidates, 'ListActivities', { candidateId: subjectId, page: { pageSize: 50, pageToken: '' } })).activities;
    expect(activities.map((a) => [a.kind, a.restartsRetentionClock]).sort()).toEqual(
      [
        ['ACTIVITY_KIND_CANDIDATE_CREATED', true],
        ['ACTIVITY_KIND_CONSENT_REQUESTED', false],
        ['ACTIVITY_KIND_AUTOMATED_MESSAGE_SENT', false],
        ['ACTIVITY_KIND_NOTE_ADDED_OR_UPDATED', true],
        ['ACTIVITY_KIND_LONGER_STORAGE_REQUESTED', true],
        ['ACTIVITY_KIND_CONSENT_WITHDRAWN', false],
        ['ACTIVITY_KIND_MESSAGE_TO_CANDIDATE', true],
      ].sort(),
    );
  });

  it('a write the candidates service refuses because of a mark leaves retention nothing to keep: no status, no later activity', async () => {
    const tenant = uniqueName('tenant');
    const clients = await clientsOf(tenant);
    const { candidate } = await unaryCall(clients.candidates, 'CreateCandidate', { candidate: { personal: { firstName: 'Erika', lastName: 'Muster' }, tags: [], source: 'job_board' } });
    const subjectId = candidate!.id;
    const job = await unaryCall(clients.recruiting, 'CreateJob', { title: 'Backend developer' });
    const application = await unaryCall(clients.recruiting, 'CreateApplication', { candidateId: subjectId, jobId: job.id, statusKey: 'received' });
    const clockOf = () => retention.built().clocks.get(tenant, subjectId);
    await waitFor(async () => (await clockOf())?.statuses[`application:${application.id}`]?.meta === 'active', 30_000, 'the application on the clock');

    await unaryCall(clients.retention, 'MarkForDeletion', { subjectId });
    const refusalOf = (call: Promise<unknown>) => call.then(() => undefined, (err: ServiceError) => readErrorDetails(err).reason);
    await waitFor(async () => (await refusalOf(unaryCall(clients.candidates, 'GetCandidate', { id: subjectId }))) === 'SUBJECT_MARKED_FOR_DELETION', 30_000, 'the mark in candidates');
    const other = await unaryCall(clients.recruiting, 'CreateJob', { title: 'Frontend developer' });
    expect(await failure(unaryCall(clients.recruiting, 'CreateApplication', { candidateId: subjectId, jobId: other.id, statusKey: 'received' }))).toMatchObject({ reason: 'SUBJECT_MARKED_FOR_DELETION' });
    expect(await failure(unaryCall(clients.recruiting, 'SetApplicationStatus', { id: application.id, statusKey: 'hired' }))).toMatchObject({ reason: 'SUBJECT_MARKED_FOR_DELETION' });

    // A recruiter's message to the marked candidate is still recorded, and its clock event comes after
    // anything the refused writes could have sent: once the clock has it, the clock shows all of them.
    const sentAt = new Date(Date.now() + 60_000);
    await services.candidates.runtime.bus.publish(TOPICS.messagingEvents, [
      { type: 'lethe.messaging.v1.MessageSent', tenantId: tenant, subjectId, payload: { messageId: uniqueName('m'), subjectId, channel: 'CHANNEL_EMAIL', templateKey: 'free_text', automated: false, sentAt: toTimestamp(sentAt), sentBy: 'recruiter-1' } },
    ]);
    await waitFor(async () => (await clockOf())?.lastActivityAt?.getTime() === sentAt.getTime(), 30_000, 'the message on the clock');
    expect((await clockOf())!.statuses).toEqual({ [`application:${application.id}`]: expect.objectContaining({ meta: 'active' }) });
  });
});
