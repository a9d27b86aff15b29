import { unaryCall } from '@lethe/platform/grpc';
import { type Subscription } from '@lethe/platform/kafka';
import { uniqueName } from '@lethe/platform/testkit';
import { toTimestamp, TOPICS, type ActivityKind } from '@lethe/protos';
import { input, startCandidates, waitFor, type CandidatesKit } from './kit';

let kit: CandidatesKit;
const clockEvents: { candidateId: string; kind: ActivityKind }[] = [];
let subscription: Subscription;

beforeAll(async () => {
  kit = await startCandidates();
  subscription = await kit.service.runtime.bus.subscribe({
    groupId: uniqueName('announced-activities-test'),
    topics: [TOPICS.candidateEvents],
    fromBeginning: true,
    handler: async (event) => {
      if (event.type === 'lethe.candidates.v1.ActivityRecorded') clockEvents.push({ candidateId: event.payload.candidateId, kind: event.payload.kind });
    },
  });
});
afterAll(async () => {
  await subscription?.stop();
  await kit?.close();
});

const at = (minutes: number) => toTimestamp(new Date(Date.UTC(2026, 2, 1, 9, minutes)));
const scope = { kind: 'CONSENT_KIND_STORAGE' as const, clientId: '', channel: 'CHANNEL_UNSPECIFIED' as const };
const clearData = { kind: 'CONSENT_KIND_CLEAR_DATA_SHARING' as const, clientId: 'client-1', channel: 'CHANNEL_UNSPECIFIED' as const };

describe('activities other services announce', () => {
  it('records consent requests, grants, refusals, withdrawals, expiries and messages; only asking for longer storage and a recruiter’s message restart the clock', async () => {
    const tenant = uniqueName('tenant');
    const client = await kit.client(tenant);
    const { candidate } = await unaryCall(client, 'CreateCandidate', { candidate: input() });
    const subjectId = candidate!.id;
    const envelope = { tenantId: tenant, subjectId };
    await kit.service.runtime.bus.publish(TOPICS.consentEvents, [
      {
        ...envelope,
        type: 'lethe.consent.v1.ConsentRequestCreated',
        payload: { requestId: 'req-1', subjectId, ...scope, expiresAt: null, requestedBy: 'recruiter-7', language: 'de', periodMonths: 24, requestedAt: at(1) },
      },
      {
        ...envelope,
        type: 'lethe.consent.v1.ConsentGranted',
        payload: { consentId: 'c-1', subjectId, ...scope, validFrom: at(2), validUntil: null, method: 'GRANT_METHOD_LINK', requestId: 'req-1', grantedBy: `candidate:${subjectId}` },
      },
      {
        ...envelope,
        type: 'lethe.consent.v1.ConsentGranted',
        payload: { consentId: 'c-2', subjectId, ...clearData, validFrom: at(3), validUntil: null, method: 'GRANT_METHOD_MANUAL', requestId: 'req-2', grantedBy: 'recruiter-7' },
      },
      { ...envelope, type: 'lethe.consent.v1.ConsentDeclined', payload: { requestId: 'req-3', subjectId, ...clearData, declinedAt: at(4), declinedBy: `candidate:${subjectId}` } },
      { ...envelope, type: 'lethe.consent.v1.ConsentWithdrawn', payload: { consentId: 'c-2', subjectId, ...clearData, withdrawnAt: at(5), withdrawnBy: 'recruiter-8' } },
      { ...envelope, type: 'lethe.consent.v1.ConsentExpired', payload: { consentId: 'c-1', subjectId, ...scope, expiredAt: at(6) } },
      { ...envelope, type: 'lethe.consent.v1.ConsentRequestClosed', payload: { requestId: 'req-4', subjectId, ...scope, closedAt: at(7), because: 'REQUEST_CLOSED_BECAUSE_SUPERSEDED' } },
    ]);
    await kit.service.runtime.bus.publish(TOPICS.messagingEvents, [
      { ...envelope, type: 'lethe.messaging.v1.MessageSent', payload: { messageId: 'm-1', subjectId, channel: 'CHANNEL_EMAIL', templateKey: 'consent_request', automated: true, sentAt: at(8), sentBy: '' } },
      { ...envelope, type: 'lethe.messaging.v1.MessageSent', payload: { messageId: 'm-2', subjectId, channel: 'CHANNEL_EMAIL', templateKey: 'free_text', automated: false, sentAt: at(9), sentBy: 'recruiter-7' } },
    ]);

    const announced = async () => (await unaryCall(client, 'ListActivities', { candidateId: subjectId, page: { pageSize: 50, pageToken: '' } })).activities.filter((a) => a.kind !== 'ACTIVITY_KIND_CANDIDATE_CREATED');
    await waitFor(async () => (await announced()).length === 8, 30_000, 'the announced activities');
    const activities = (await announced()).map((a) => [a.kind, a.actorId, a.restartsRetentionClock]).sort();
    expect(activities).toEqual(
      [
        ['ACTIVITY_KIND_CONSENT_REQUESTED', 'recruiter-7', false],
        ['ACTIVITY_KIND_LONGER_STORAGE_REQUESTED', `candidate:${subjectId}`, true],
        ['ACTIVITY_KIND_CONSENT_GRANTED', 'recruiter-7', false],
        ['ACTIVITY_KIND_CONSENT_DECLINED', `candidate:${subjectId}`, false],
        ['ACTIVITY_KIND_CONSENT_WITHDRAWN', 'recruiter-8', false],
        ['ACTIVITY_KIND_CONSENT_EXPIRED', 'consent', false],
        ['ACTIVITY_KIND_AUTOMATED_MESSAGE_SENT', 'messaging', false],
        ['ACTIVITY_KIND_MESSAGE_TO_CANDIDATE', 'recruiter-7', true],
      ].sort(),
    );
    // Dated when they happened, not when they arrived.
    expect((await announced()).find((a) => a.kind === 'ACTIVITY_KIND_LONGER_STORAGE_REQUESTED')?.occurredAt).toEqual(at(2));

    // Retention's clock moves on ActivityRecorded only: exactly the two that restart it are announced.
    await waitFor(async () => clockEvents.filter((e) => e.candidateId === subjectId).length >= 3, 30_000, 'the clock events');
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(clockEvents.filter((e) => e.candidateId === subjectId).map((e) => e.kind).sort()).toEqual(
      ['ACTIVITY_KIND_CANDIDATE_CREATED', 'ACTIVITY_KIND_LONGER_STORAGE_REQUESTED', 'ACTIVITY_KIND_MESSAGE_TO_CANDIDATE'].sort(),
    );
  });

  it('records nothing for a candidate it does not hold', async () => {
    const tenant = uniqueName('tenant');
    const client = await kit.client(tenant);
    const { candidate } = await unaryCall(client, 'CreateCandidate', { candidate: input() });
    const unknown = uniqueName('unknown');
    await kit.service.runtime.bus.publish(TOPICS.consentEvents, [
      { tenantId: tenant, subjectId: unknown, type: 'lethe.consent.v1.ConsentDeclined', payload: { requestId: 'req-x', subjectId: unknown, ...scope, declinedAt: at(1), declinedBy: 'recruiter-1' } },
      { tenantId: tenant, subjectId: candidate!.id, type: 'lethe.consent.v1.ConsentDeclined', payload: { requestId: 'req-y', subjectId: candidate!.id, ...scope, declinedAt: at(2), declinedBy: 'recruiter-1' } },
    ]);
    // One partition keeps one subject's order only: wait for the known one, then look for the unknown one.
    await waitFor(async () => (await unaryCall(client, 'ListActivities', { candidateId: candidate!.id })).activities.length === 2, 30_000, 'the known candidate’s activity');
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await kit.service.runtime.mongo.collection('activities').countDocuments({ tenantId: tenant, candidateId: unknown })).toBe(0);
  });
});
