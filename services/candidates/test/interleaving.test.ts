// Writes that race retention: an erasure or a mark lands between a call's read and its write. The
// interleaving is forced in-process: a spy on a step only the call under test takes runs the
// retention side first, then lets the call go on.
import * as grpc from '@grpc/grpc-js';
import { unaryCall } from '@lethe/platform';
import { uniqueName } from '@lethe/platform/testkit';
import { toTimestamp, TOPICS } from '@lethe/protos';
import { CandidateStore } from '../src/candidates/store';
import { erasureDriver, failure, input, person, startCandidates, waitFor, type CandidatesClient, type CandidatesKit, type ErasureDriver } from './kit';

let kit: CandidatesKit;
let driver: ErasureDriver;

beforeAll(async () => {
  kit = await startCandidates();
  driver = await erasureDriver(kit, 'interleaving-test-acks');
});
afterAll(async () => {
  await driver?.stop();
  await kit?.close();
});
afterEach(() => jest.restoreAllMocks());

const db = () => kit.service.runtime.mongo;
const rawDocument = (tenantId: string, id: string) => db().collection('candidates').findOne({ tenantId, _id: id as never });
const keyRows = (tenantId: string, id: string) => db().collection('subject_keys').countDocuments({ tenantId, subjectId: id });

async function created(client: CandidatesClient): Promise<string> {
  const { candidate } = await unaryCall(client, 'CreateCandidate', { candidate: input(person()), allowDuplicates: true });
  return candidate!.id;
}

/** The next `encrypt` of a candidate (an update's, after its read and checks) waits for `first` to finish. */
function beforeNextEncrypt(first: () => Promise<unknown>): void {
  const original = CandidateStore.prototype.encrypt;
  jest.spyOn(CandidateStore.prototype, 'encrypt').mockImplementationOnce(async function (this: CandidateStore, ...args) {
    await first();
    return original.apply(this, args);
  });
}

/** An update that would put a new email (personal data and its blind-index token) on the record. */
const updateEmail = (client: CandidatesClient, id: string) =>
  failure(unaryCall(client, 'UpdateCandidate', { id, candidate: input(person({ email: `new.${id}@example.org` })), updateMask: { paths: ['personal.email'] } }));

describe('an update racing retention', () => {
  it('an anonymise between its read and its write wins: FAILED_PRECONDITION, no personal data or tokens back, no key left', async () => {
    const tenant = uniqueName('tenant');
    const client = await kit.client(tenant);
    const id = await created(client);
    beforeNextEncrypt(() => driver.erase(tenant, id, { mode: 'ERASURE_MODE_ANONYMISE' }));

    expect(await updateEmail(client, id)).toMatchObject({ code: grpc.status.FAILED_PRECONDITION, reason: 'SUBJECT_ANONYMISED' });
    const raw = await rawDocument(tenant, id);
    expect(raw).toMatchObject({ state: 'anonymised', personal: {}, tokens: { skills: [] } });
    expect(raw?.tokens).not.toHaveProperty('email');
    // The update encrypted after the erasure's shred (a fresh key); it went again with the lost write.
    expect(await keyRows(tenant, id)).toBe(0);
    expect((await unaryCall(client, 'FindCandidatesByEmail', { email: `new.${id}@example.org`, includeMarked: true })).candidates).toEqual([]);
  });

  it('a delete between its read and its write wins: NOT_FOUND, no record and no key come back', async () => {
    const tenant = uniqueName('tenant');
    const client = await kit.client(tenant);
    const id = await created(client);
    beforeNextEncrypt(() => driver.erase(tenant, id, { mode: 'ERASURE_MODE_DELETE' }));

    expect((await updateEmail(client, id)).code).toBe(grpc.status.NOT_FOUND);
    expect(await rawDocument(tenant, id)).toBeNull();
    expect(await keyRows(tenant, id)).toBe(0);
  });

  it('a reduce between its read and its write wins: only the skeleton stays, under the reduce key', async () => {
    const tenant = uniqueName('tenant');
    const client = await kit.client(tenant);
    const id = await created(client);
    beforeNextEncrypt(() => driver.erase(tenant, id, { mode: 'ERASURE_MODE_REDUCE', keepFields: ['name'] }));

    expect(await updateEmail(client, id)).toMatchObject({ code: grpc.status.FAILED_PRECONDITION, reason: 'SUBJECT_REDUCED' });
    const raw = await rawDocument(tenant, id);
    expect(Object.keys(raw?.personal as object).sort()).toEqual(['firstName', 'lastName', 'salutation']);
    expect(raw?.tokens).not.toHaveProperty('email');
    // The record still holds ciphertexts under its key: that key stays.
    expect(await keyRows(tenant, id)).toBe(1);
    expect((await unaryCall(client, 'GetCandidate', { id })).personal?.email).toBe('');
  });

  it('a mark between its read and its write wins: FAILED_PRECONDITION and the record unchanged', async () => {
    const tenant = uniqueName('tenant');
    const client = await kit.client(tenant);
    const id = await created(client);
    const before = await rawDocument(tenant, id);
    beforeNextEncrypt(async () => {
      const at = toTimestamp(new Date());
      await kit.service.runtime.bus.publish(TOPICS.retentionEvents, [
        { type: 'lethe.retention.v1.SubjectMarkedForDeletion', tenantId: tenant, subjectId: id, payload: { subjectId: id, mode: 'ERASURE_MODE_DELETE', markedAt: at, markedBy: 'dpo', earliestDeletionAt: at } },
      ]);
      await waitFor(async () => (await rawDocument(tenant, id))?.markedForDeletion, 20_000, 'the mark');
    });

    expect(await updateEmail(client, id)).toMatchObject({ code: grpc.status.FAILED_PRECONDITION, reason: 'SUBJECT_MARKED_FOR_DELETION' });
    const after = await rawDocument(tenant, id);
    expect(after?.personal).toEqual(before?.personal);
    expect(after?.tokens).toEqual(before?.tokens);
  });

  it('a concurrent update of an editable record is still a VERSION_MISMATCH conflict', async () => {
    const tenant = uniqueName('tenant');
    const client = await kit.client(tenant);
    const id = await created(client);
    beforeNextEncrypt(() => unaryCall(client, 'UpdateCandidate', { id, candidate: input(undefined, { tags: ['first'] }), updateMask: { paths: ['tags'] } }));

    expect(await updateEmail(client, id)).toMatchObject({ code: grpc.status.ABORTED, reason: 'VERSION_MISMATCH' });
    expect((await unaryCall(client, 'GetCandidate', { id })).tags).toEqual(['first']);
    expect(await keyRows(tenant, id)).toBe(1);
  });
});
