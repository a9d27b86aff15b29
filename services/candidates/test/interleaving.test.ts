// Writes that race retention. A write and an erasure of one person never interleave (the write
// fence): an erasure that arrives while a write is under way waits for it and then erases what it
// wrote; a write that starts after an erasure finds the person erased. The arrival is forced
// in-process: a spy on a step only the write takes issues the erasure, lets it reach the fence,
// then lets the write go on.
import { setTimeout as sleep } from 'node:timers/promises';
import * as grpc from '@grpc/grpc-js';
import { readErrorDetails, unaryCall } from '@lethe/platform/grpc';
import { uniqueName } from '@lethe/platform/testkit';
import { toTimestamp, TOPICS } from '@lethe/protos';
import { PersonalData } from '../src/candidates/personal';
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
const keyRows = (tenantId: string, id: string) => kit.service.runtime.keyStore.collection('subject_keys').countDocuments({ tenantId, subjectId: id });

async function created(client: CandidatesClient): Promise<string> {
  const { candidate } = await unaryCall(client, 'CreateCandidate', { candidate: input(person()), allowDuplicates: true });
  return candidate!.id;
}

/** While the next update encrypts (inside its write, after its read and checks), `arrive` starts; returns what it resolves to. */
function duringNextEncrypt<T>(arrive: () => Promise<T>): () => Promise<T> {
  const original = PersonalData.prototype.encrypt;
  let arrived: { outcome: Promise<T> } | undefined;
  jest.spyOn(PersonalData.prototype, 'encrypt').mockImplementationOnce(async function (this: PersonalData, ...args) {
    arrived = { outcome: arrive() };
    // Long enough for the erasure command to be consumed and to wait at the fence.
    await sleep(500);
    return original.apply(this, args);
  });
  return () => waitFor(() => arrived, 5_000, 'the arrival').then(({ outcome }) => outcome);
}

/** An update that puts a new email (personal data and its blind-index token) on the record. */
const updateEmail = (client: CandidatesClient, id: string) =>
  unaryCall(client, 'UpdateCandidate', { id, candidate: input(person({ email: `new.${id}@example.org` })), updateMask: { paths: ['personal.email'] } });

describe('an update racing retention', () => {
  it('an anonymise arriving during it waits, then removes what it wrote: no personal data, no tokens, no key', async () => {
    const tenant = uniqueName('tenant');
    const client = await kit.client(tenant);
    const id = await created(client);
    const erasure = duringNextEncrypt(() => driver.erase(tenant, id, { mode: 'ERASURE_MODE_ANONYMISE' }));

    expect((await updateEmail(client, id)).candidate?.personal?.email).toBe(`new.${id}@example.org`);
    expect(await erasure()).toMatchObject({ outcome: 'ERASURE_OUTCOME_DONE' });
    const raw = await rawDocument(tenant, id);
    expect(raw).toMatchObject({ state: 'anonymised', personal: {}, tokens: { skills: [] } });
    expect(raw?.tokens).not.toHaveProperty('email');
    expect(await keyRows(tenant, id)).toBe(0);
    expect((await unaryCall(client, 'FindCandidatesByEmail', { email: `new.${id}@example.org`, includeMarked: true })).candidates).toEqual([]);
    // Any later change is refused.
    expect(await failure(updateEmail(client, id))).toMatchObject({ code: grpc.status.FAILED_PRECONDITION, reason: 'SUBJECT_ANONYMISED' });
  });

  it('a delete arriving during it waits, then deletes the record and its key', async () => {
    const tenant = uniqueName('tenant');
    const client = await kit.client(tenant);
    const id = await created(client);
    const erasure = duringNextEncrypt(() => driver.erase(tenant, id, { mode: 'ERASURE_MODE_DELETE' }));

    await updateEmail(client, id);
    expect(await erasure()).toMatchObject({ outcome: 'ERASURE_OUTCOME_DONE', counts: { candidates: 1 } });
    expect(await rawDocument(tenant, id)).toBeNull();
    expect(await keyRows(tenant, id)).toBe(0);
    expect(await failure(updateEmail(client, id))).toMatchObject({ code: grpc.status.NOT_FOUND, reason: 'SUBJECT_ERASED' });
  });

  it('a reduce arriving during it waits, then keeps only the skeleton, under the reduction key', async () => {
    const tenant = uniqueName('tenant');
    const client = await kit.client(tenant);
    const id = await created(client);
    const erasure = duringNextEncrypt(() => driver.erase(tenant, id, { mode: 'ERASURE_MODE_REDUCE', keepFields: ['name'] }));

    await updateEmail(client, id);
    await erasure();
    const raw = await rawDocument(tenant, id);
    expect(Object.keys(raw?.personal as object).sort()).toEqual(['firstName', 'lastName', 'salutation']);
    expect(raw?.tokens).not.toHaveProperty('email');
    // The record still holds ciphertexts under its key: that key stays.
    expect(await keyRows(tenant, id)).toBe(1);
    expect((await unaryCall(client, 'GetCandidate', { id })).personal?.email).toBe('');
    expect(await failure(updateEmail(client, id))).toMatchObject({ code: grpc.status.FAILED_PRECONDITION, reason: 'SUBJECT_REDUCED' });
  });

  it('a mark arriving during it waits, then locks the record with the update in it', async () => {
    const tenant = uniqueName('tenant');
    const client = await kit.client(tenant);
    const id = await created(client);
    const marked = duringNextEncrypt(async () => {
      const at = toTimestamp(new Date());
      await kit.service.runtime.bus.publish(TOPICS.retentionEvents, [
        { type: 'lethe.retention.v1.SubjectMarkedForDeletion', tenantId: tenant, subjectId: id, payload: { subjectId: id, mode: 'ERASURE_MODE_DELETE', markedAt: at, markedBy: 'dpo', earliestDeletionAt: at } },
      ]);
    });

    await updateEmail(client, id);
    await marked();
    await waitFor(async () => (await rawDocument(tenant, id))?.markedForDeletion, 20_000, 'the mark');
    expect((await unaryCall(client, 'GetCandidate', { id })).personal?.email).toBe(`new.${id}@example.org`);
    expect(await failure(updateEmail(client, id))).toMatchObject({ code: grpc.status.FAILED_PRECONDITION, reason: 'SUBJECT_MARKED_FOR_DELETION' });
  });

  it('of two updates that read the same version, the second is a VERSION_MISMATCH conflict', async () => {
    const tenant = uniqueName('tenant');
    const client = await kit.client(tenant);
    const id = await created(client);
    const update = (tag: string) =>
      unaryCall(client, 'UpdateCandidate', { id, candidate: input(undefined, { tags: [tag] }), updateMask: { paths: ['tags'] }, expectedVersion: 1 }).then(
        () => tag,
        (err: unknown) => readErrorDetails(err),
      );
    const [first, second] = await Promise.all([update('first'), update('second')]);
    const outcomes = [first, second];
    expect(outcomes.filter((outcome) => typeof outcome === 'string')).toHaveLength(1);
    expect(outcomes.find((outcome) => typeof outcome !== 'string')).toMatchObject({ code: grpc.status.ABORTED, reason: 'VERSION_MISMATCH' });
    expect(await keyRows(tenant, id)).toBe(1);
  });
});
