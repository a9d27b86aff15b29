import * as grpc from '@grpc/grpc-js';
import { unaryCall } from '@lethe/platform/grpc';
import { uniqueName } from '@lethe/platform/testkit';
import { toTimestamp, TOPICS, type ErasureCommand } from '@lethe/protos';
import { erasureDriver, failure, input, person, RIGHTS_READ_ONLY, startCandidates, waitFor, type CandidatesClient, type CandidatesKit, type ErasureDriver } from './kit';

let kit: CandidatesKit;
let driver: ErasureDriver;

beforeAll(async () => {
  kit = await startCandidates();
  driver = await erasureDriver(kit, 'erasure-test-acks');
});
afterAll(async () => {
  await driver?.stop();
  await kit?.close();
});

const erase = (tenantId: string, subjectId: string, command: Partial<ErasureCommand> = {}) => driver.erase(tenantId, subjectId, command);

async function created(client: CandidatesClient, notes = 'private note'): Promise<string> {
  const { candidate } = await unaryCall(client, 'CreateCandidate', { candidate: input(person({ firstName: 'Jana', lastName: 'Doe', notes })), allowDuplicates: true });
  return candidate!.id;
}

async function rawDocument(tenantId: string, id: string) {
  return kit.service.runtime.mongo.collection('candidates').findOne({ tenantId, _id: id as never });
}

describe('erasure commands', () => {
  it('delete: the record, its activity log, its cache entries and its data key go; a replay holds nothing', async () => {
    const tenant = uniqueName('tenant');
    const client = await kit.client(tenant);
    const id = await created(client);
    await unaryCall(client, 'GetCandidate', { id }); // fills the cache: the record and the subject's stamp
    expect(await kit.service.runtime.redis.keys(`${kit.service.runtime.cache.keys.subjectKey(tenant, id)}*`)).toHaveLength(2);

    const ack = await erase(tenant, id);
    expect(ack).toMatchObject({ service: 'candidates', outcome: 'ERASURE_OUTCOME_DONE', counts: { candidates: 1, activities: 1, keys: 1, cacheEntries: 2 } });
    expect(await rawDocument(tenant, id)).toBeNull();
    expect(await kit.service.runtime.mongo.collection('activities').countDocuments({ tenantId: tenant, candidateId: id })).toBe(0);
    expect(await kit.service.runtime.keyStore.collection('subject_keys').countDocuments({ tenantId: tenant, subjectId: id })).toBe(0);
    expect(await kit.service.runtime.redis.keys(`${kit.service.runtime.cache.keys.subjectKey(tenant, id)}*`)).toEqual([]);
    expect((await failure(unaryCall(client, 'GetCandidate', { id }))).code).toBe(grpc.status.NOT_FOUND);

    const replay = await erase(tenant, id);
    expect(replay).toMatchObject({ outcome: 'ERASURE_OUTCOME_NOTHING_HELD' });
  });

  it('nothing brings an erased candidate back: no late retention event, no update, no activity', async () => {
    const tenant = uniqueName('tenant');
    const client = await kit.client(tenant);
    const id = await created(client);
    await erase(tenant, id);
    await kit.service.runtime.bus.publish(TOPICS.retentionEvents, [
      { type: 'lethe.retention.v1.SubjectRestored', tenantId: tenant, subjectId: id, payload: { subjectId: id, restoredAt: toTimestamp(new Date()), restoredBy: 'late' } },
    ]);
    // A later event about another subject is handled, so the one before it was seen (and dropped).
    const other = await created(client);
    await kit.service.runtime.bus.publish(TOPICS.retentionEvents, [
      { type: 'lethe.retention.v1.ErasureRequestOpened', tenantId: tenant, subjectId: other, payload: { requestId: 'r', subjectId: other, openedAt: toTimestamp(new Date()) } },
    ]);
    await waitFor(async () => (await unaryCall(client, 'GetCandidate', { id: other })).erasureRequested, 20_000, 'the later event');
    expect(await rawDocument(tenant, id)).toBeNull();
    expect((await failure(unaryCall(client, 'UpdateCandidate', { id, candidate: input(), updateMask: { paths: ['tags'] } }))).code).toBe(grpc.status.NOT_FOUND);
    expect((await failure(unaryCall(client, 'RecordActivity', { candidateId: id, kind: 'ACTIVITY_KIND_NOTE_ADDED_OR_UPDATED' }))).code).toBe(grpc.status.NOT_FOUND);
  });

  it('anonymise: personal data gone, initials instead of the name, statistics kept; notes as the command (the retention policy) says', async () => {
    const tenant = uniqueName('tenant');
    const client = await kit.client(tenant);
    const emptied = await created(client, 'emptied note');
    const kept = await created(client, 'kept note');

    const keptAck = await erase(tenant, kept, { mode: 'ERASURE_MODE_ANONYMISE', notes: 'ANONYMISED_NOTES_KEEP' });
    expect(keptAck.outcome).toBe('ERASURE_OUTCOME_DONE');
    const keptView = await unaryCall(client, 'GetCandidate', { id: kept });
    expect(keptView).toMatchObject({ state: 'CANDIDATE_STATE_ANONYMISED', anonymisedName: 'J. D.', ownerId: 'recruiter-1', source: 'job_board', tags: [] });
    expect(keptView.personal).toMatchObject({ firstName: '', lastName: '', email: '', address: null, skills: [], notes: 'kept note' });

    const byPolicy = await created(client, 'policy note');
    const policyAck = await erase(tenant, byPolicy, { mode: 'ERASURE_MODE_ANONYMISE', notes: 'ANONYMISED_NOTES_DELETE' });
    expect(policyAck).toMatchObject({ outcome: 'ERASURE_OUTCOME_DONE', counts: { activities: 1, keys: 1 } });
    expect((await unaryCall(client, 'GetCandidate', { id: byPolicy })).personal).toMatchObject({ notes: '' });
    expect((await unaryCall(client, 'ListActivities', { candidateId: byPolicy })).activities).toEqual([]);

    // A command that does not say empties them, and the tenant's name style applies.
    await unaryCall(client, 'UpdateSettings', { settings: { anonymisedNameStyle: 'ANONYMISED_NAME_STYLE_CHARACTER', anonymisationCharacter: 'X' } });
    await erase(tenant, emptied, { mode: 'ERASURE_MODE_ANONYMISE' });
    const emptiedView = await unaryCall(client, 'GetCandidate', { id: emptied });
    expect(emptiedView).toMatchObject({ anonymisedName: 'X', personal: { notes: '', firstName: '' } });
    expect(await kit.service.runtime.keyStore.collection('subject_keys').countDocuments({ tenantId: tenant, subjectId: emptied })).toBe(0);
    expect((await failure(unaryCall(client, 'UpdateCandidate', { id: emptied, candidate: input(), updateMask: { paths: ['tags'] } }))).reason).toBe('SUBJECT_ANONYMISED');
    expect((await erase(tenant, emptied, { mode: 'ERASURE_MODE_ANONYMISE' })).outcome).toBe('ERASURE_OUTCOME_NOTHING_HELD');
  });

  it('an anonymised candidate is hidden from lists and lookups; with the right to see marked records it shows', async () => {
    const tenant = uniqueName('tenant');
    const client = await kit.client(tenant);
    const withoutSeeMarked = await kit.client(tenant, RIGHTS_READ_ONLY);
    const shown = await created(client);
    const anonymised = await created(client);
    const { personal } = await unaryCall(client, 'GetCandidate', { id: anonymised });
    await erase(tenant, anonymised, { mode: 'ERASURE_MODE_ANONYMISE' });

    expect((await unaryCall(client, 'ListCandidates', {})).candidates.map((c) => c.id)).toEqual([shown]);
    expect((await unaryCall(withoutSeeMarked, 'ListCandidates', {})).candidates.map((c) => c.id)).toEqual([shown]);
    expect((await unaryCall(client, 'ListCandidates', { includeMarked: true })).candidates.map((c) => c.id).sort()).toEqual([shown, anonymised].sort());
    expect((await failure(unaryCall(withoutSeeMarked, 'ListCandidates', { includeMarked: true }))).code).toBe(grpc.status.PERMISSION_DENIED);

    // Anonymise removes the tokens; a record an older version left with tokens is hidden all the same.
    const tokens = kit.service.runtime.blindIndex.compute(tenant, 'email', personal!.email);
    await kit.service.runtime.mongo.collection('candidates').updateOne({ tenantId: tenant, _id: anonymised as never }, { $set: { 'tokens.email': tokens } });
    expect((await unaryCall(client, 'FindCandidatesByEmail', { email: personal!.email })).candidates).toEqual([]);
    expect((await unaryCall(client, 'FindCandidatesByEmail', { email: personal!.email, includeMarked: true })).candidates.map((c) => c.id)).toEqual([anonymised]);
    expect((await failure(unaryCall(withoutSeeMarked, 'FindCandidatesByEmail', { email: personal!.email, includeMarked: true }))).code).toBe(grpc.status.PERMISSION_DENIED);
  });

  it('reduce: only the skeleton fields stay, under a new key; lookups by the kept name still work', async () => {
    const tenant = uniqueName('tenant');
    const client = await kit.client(tenant);
    const id = await created(client);
    const before = await rawDocument(tenant, id);
    const ack = await erase(tenant, id, { mode: 'ERASURE_MODE_REDUCE', keepFields: ['name', 'dateOfBirth', 'zip', 'city', 'source', 'applicationDate'] });
    expect(ack).toMatchObject({ outcome: 'ERASURE_OUTCOME_DONE', counts: { fieldsKept: 6 } });
    const view = await unaryCall(client, 'GetCandidate', { id });
    expect(view).toMatchObject({ state: 'CANDIDATE_STATE_REDUCED', source: 'job_board', tags: [] });
    expect(view.personal).toMatchObject({ salutation: 'Frau', firstName: 'Jana', lastName: 'Doe', dateOfBirth: '1990-04-01', email: '', phone: '', notes: '', skills: [], address: { street: '', zip: '10115', city: 'Berlin', country: '' } });
    const after = await rawDocument(tenant, id);
    // Re-encrypted: the kept ciphertexts changed, so an old copy of them is unreadable now.
    expect((after?.personal as Record<string, string>).firstName).not.toBe((before?.personal as Record<string, string>).firstName);
    expect((await unaryCall(client, 'FindCandidatesByName', { firstName: 'Jana', lastName: 'Doe' })).candidates.map((c) => c.id)).toContain(id);
    expect((await unaryCall(client, 'FindCandidatesByEmail', { email: view.personal!.email || 'gone@example.org' })).candidates).toEqual([]);
  });
});
