import * as grpc from '@grpc/grpc-js';
import { unaryCall } from '@lethe/platform/grpc';
import { captureLogs, EVENT_WAIT_MS, startTestService, uniqueName } from '@lethe/platform/testkit';
import { candidatesService } from '@lethe/candidates/src/service';
import type { PublishEvent } from '@lethe/platform/kafka';
import { toTimestamp, TOPICS } from '@lethe/protos';
import { createTalent, failure, startTalentCrm, waitFor, type CandidatesClient, type TalentCrmKit } from '@lethe/talent-crm/test/kit';

let kit: TalentCrmKit;
beforeAll(async () => {
  kit = await startTalentCrm({ startCandidates: (auth, env) => startTestService(candidatesService, auth, { env, logDestination: captureLogs().destination }) });
});
afterAll(async () => {
  await kit?.close();
});

let counter = 0;
async function candidate(client: CandidatesClient): Promise<string> {
  counter += 1;
  const { candidate } = await unaryCall(client, 'CreateCandidate', {
    candidate: {
      personal: {
        firstName: 'Erika',
        lastName: 'Mustermann',
        email: `erika.${Date.now().toString(36)}${counter}@example.org`,
        phone: '+49 30 7654321',
        address: { street: 'Hauptstraße 1', zip: '10115', city: 'Berlin', country: 'DE' },
        skills: ['Kafka'],
        dateOfBirth: '1990-04-01',
      },
      tags: ['silver-medalist'],
      source: 'job_board',
    },
    allowDuplicates: true,
  });
  return candidate!.id;
}

type RetentionEvent = PublishEvent<(typeof TOPICS.retentionEvents)['eventTypes'][number]>;

async function retentionSays(tenantId: string, subjectId: string, event: Omit<RetentionEvent, 'tenantId' | 'subjectId'>): Promise<void> {
  await kit.service.runtime.bus.publish(TOPICS.retentionEvents, [{ ...event, tenantId, subjectId } as RetentionEvent]);
}

const stateOf = async (tenantId: string, subjectId: string) => kit.service.runtime.mongo.collection('subject_states').findOne({ tenantId, subjectId });

describe('a talent from an existing candidate', () => {
  it('shares the candidate subject id, takes the profile from the candidates service, and exists once', async () => {
    const tenant = uniqueName('tenant');
    const candidates = await kit.candidatesClient(tenant);
    const client = await kit.client(tenant);
    const id = await candidate(candidates);
    const talent = await unaryCall(client, 'CreateTalent', { candidateId: id, tags: ['Silver Medalist'], profile: { firstName: 'ignored', lastName: 'ignored' } });
    expect(talent).toMatchObject({ id, fromCandidate: true, source: 'TALENT_SOURCE_RECRUITER', tags: ['silver medalist'], status: 'TALENT_STATUS_NEW' });
    expect(talent.profile).toMatchObject({ firstName: 'Erika', lastName: 'Mustermann', phone: '+49 30 7654321', city: 'Berlin', country: 'DE', skills: ['Kafka'], headline: '' });

    expect(await failure(unaryCall(client, 'CreateTalent', { candidateId: id }))).toMatchObject({ code: grpc.status.ALREADY_EXISTS, reason: 'TALENT_EXISTS', resourceId: id });
    expect(await failure(unaryCall(client, 'CreateTalent', { candidateId: 'no-such-candidate' }))).toMatchObject({ code: grpc.status.NOT_FOUND, resourceType: 'candidate' });
    // Another tenant's candidate is not found either.
    expect(await failure(unaryCall(await kit.client(uniqueName('tenant')), 'CreateTalent', { candidateId: id }))).toMatchObject({ code: grpc.status.NOT_FOUND });
  });

  it('is refused while the candidate is marked for deletion or asked to be forgotten', async () => {
    const tenant = uniqueName('tenant');
    const candidates = await kit.candidatesClient(tenant);
    const client = await kit.client(tenant);
    const marked = await candidate(candidates);
    await retentionSays(tenant, marked, { type: 'lethe.retention.v1.SubjectMarkedForDeletion', payload: { subjectId: marked, markedAt: toTimestamp(new Date()), markedBy: 'dpo' } });
    // A marked candidate's record is locked: the candidates service refuses it to a reader without the right to see marked records.
    await waitFor(async () => (await failure(unaryCall(candidates, 'GetCandidate', { id: marked })).catch(() => undefined))?.reason === 'SUBJECT_MARKED_FOR_DELETION', EVENT_WAIT_MS, 'the mark at the candidates service');
    expect(await failure(unaryCall(client, 'CreateTalent', { candidateId: marked }))).toMatchObject({ code: grpc.status.FAILED_PRECONDITION, reason: 'SUBJECT_MARKED_FOR_DELETION' });

    const requested = await candidate(candidates);
    await retentionSays(tenant, requested, { type: 'lethe.retention.v1.ErasureRequestOpened', payload: { requestId: 'r-1', subjectId: requested, openedAt: toTimestamp(new Date()) } });
    await waitFor(async () => (await stateOf(tenant, requested))?.erasureRequestedAt, EVENT_WAIT_MS, 'the erasure request at the CRM');
    expect(await failure(unaryCall(client, 'CreateTalent', { candidateId: requested }))).toMatchObject({ code: grpc.status.FAILED_PRECONDITION, reason: 'ERASURE_REQUESTED' });
    expect(await unaryCall(client, 'ListTalents', {})).toMatchObject({ talents: [] });
  }, 3 * EVENT_WAIT_MS);
});

describe('what retention decides about a talent', () => {
  it('a mark stops every change until the talent is restored; an open erasure request stops new ones being made of the person', async () => {
    const tenant = uniqueName('tenant');
    const client = await kit.client(tenant);
    const talent = await createTalent(client);
    await retentionSays(tenant, talent.id, { type: 'lethe.retention.v1.SubjectMarkedForDeletion', payload: { subjectId: talent.id, markedAt: toTimestamp(new Date()), markedBy: 'dpo' } });
    await waitFor(async () => (await stateOf(tenant, talent.id))?.markedAt, 20_000, 'the mark');
    expect(await failure(unaryCall(client, 'UpdateTalent', { id: talent.id, tags: ['x'] }))).toMatchObject({ code: grpc.status.FAILED_PRECONDITION, reason: 'SUBJECT_MARKED_FOR_DELETION' });
    expect(await failure(unaryCall(client, 'AddTalentNote', { talentId: talent.id, text: 'note' }))).toMatchObject({ code: grpc.status.FAILED_PRECONDITION, reason: 'SUBJECT_MARKED_FOR_DELETION' });
    // Still readable.
    expect(await unaryCall(client, 'GetTalent', { id: talent.id })).toMatchObject({ id: talent.id });

    await retentionSays(tenant, talent.id, { type: 'lethe.retention.v1.SubjectRestored', payload: { subjectId: talent.id, restoredAt: toTimestamp(new Date()), restoredBy: 'dpo' } });
    await waitFor(async () => !(await stateOf(tenant, talent.id))?.markedAt, 20_000, 'the restore');
    expect(await unaryCall(client, 'UpdateTalent', { id: talent.id, tags: ['x'] })).toMatchObject({ tags: ['x'] });

    await retentionSays(tenant, talent.id, { type: 'lethe.retention.v1.ErasureRequestOpened', payload: { requestId: 'r-2', subjectId: talent.id, openedAt: toTimestamp(new Date()) } });
    await waitFor(async () => (await stateOf(tenant, talent.id))?.erasureRequestedAt, 20_000, 'the erasure request');
    expect(await kit.built().subjects.restrictionOf(tenant, talent.id)).toBe('erasure-requested');
    await retentionSays(tenant, talent.id, { type: 'lethe.retention.v1.ErasureRequestWithdrawn', payload: { requestId: 'r-2', subjectId: talent.id, withdrawnAt: toTimestamp(new Date()) } });
    await waitFor(async () => !(await stateOf(tenant, talent.id))?.erasureRequestedAt, 20_000, 'the withdrawal');
    expect(await kit.built().subjects.restrictionOf(tenant, talent.id)).toBeUndefined();
  });
});
