// Recruiting writes and merges that race an erasure. The interleaving is forced in-process: a spy
// on a step of the call under test runs the erasure through Kafka (and waits for its
// acknowledgement) before the call goes on. Afterwards the raw collections are counted.
import * as grpc from '@grpc/grpc-js';
import { clientStreamCall, unaryCall } from '@lethe/platform';
import { uniqueName, waitFor } from '@lethe/platform/testkit';
import { CandidateStore } from '../src/candidates/store';
import { FileStore } from '../src/files/store';
import { erasureDriver, failure, startCandidates, type CandidatesKit, type ErasureDriver } from './kit';
import { newCandidate, publishRetention, scene, type Scene } from './recruiting-kit';

let kit: CandidatesKit;
let driver: ErasureDriver;

beforeAll(async () => {
  kit = await startCandidates();
  driver = await erasureDriver(kit, 'recruiting-interleaving-test-acks');
});
afterAll(async () => {
  await driver?.stop();
  await kit?.close();
});
afterEach(() => jest.restoreAllMocks());

const count = (name: string, filter: object) => kit.service.runtime.mongo.collection(name).countDocuments(filter);

/** Everything held about a candidate, by raw collection. */
async function held(tenantId: string, candidateId: string): Promise<Record<string, number>> {
  const about = { tenantId, candidateId };
  return {
    candidates: await count('candidates', { tenantId, _id: candidateId }),
    keys: await count('subject_keys', { tenantId, subjectId: candidateId }),
    activities: await count('activities', about),
    files: await count('candidate_files', about),
    fileChunks: await count('candidate_file_chunks', about),
    applications: await count('applications', about),
    presentations: await count('presentations', about),
    assignments: await count('job_order_assignments', about),
  };
}
const NOTHING = { candidates: 0, keys: 0, activities: 0, files: 0, fileChunks: 0, applications: 0, presentations: 0, assignments: 0 };

/** The call's first check of the candidate passes; then `between` runs before the call goes on to write. */
function afterNextCheck(between: () => Promise<unknown>): void {
  const original = CandidateStore.prototype.require;
  jest.spyOn(CandidateStore.prototype, 'require').mockImplementationOnce(async function (this: CandidateStore, ...args) {
    await original.apply(this, args);
    await between();
  });
}

const creates = {
  application: (s: Scene) => unaryCall(s.recruiting, 'CreateApplication', { candidateId: s.candidateId, jobId: s.jobId, statusKey: 'received' }),
  presentation: (s: Scene) => unaryCall(s.recruiting, 'CreatePresentation', { candidateId: s.candidateId, clientRequestId: s.clientRequestId, statusKey: 'anonymous_profile_sent' }),
  assignment: (s: Scene) => unaryCall(s.recruiting, 'AssignCandidate', { jobOrderId: s.jobOrderId, candidateId: s.candidateId, meaning: 'JOB_ORDER_MEANING_PLACEMENT' }),
};
const collectionOf = { application: 'applications', presentation: 'presentations', assignment: 'job_order_assignments' } as const;

describe.each(Object.keys(creates) as (keyof typeof creates)[])('a new %s racing the candidate', (kind) => {
  it('a delete between the check and the write: NOT_FOUND, and nothing about the candidate is left', async () => {
    const tenant = uniqueName('tenant');
    const s = await scene(kit, tenant);
    afterNextCheck(() => driver.erase(tenant, s.candidateId, { mode: 'ERASURE_MODE_DELETE' }));

    expect((await failure(creates[kind](s))).code).toBe(grpc.status.NOT_FOUND);
    expect(await held(tenant, s.candidateId)).toEqual(NOTHING);
  });

  it('an anonymise between the check and the write: FAILED_PRECONDITION, no new record or activity', async () => {
    const tenant = uniqueName('tenant');
    const s = await scene(kit, tenant);
    const activities = await count('activities', { tenantId: tenant, candidateId: s.candidateId });
    afterNextCheck(() => driver.erase(tenant, s.candidateId, { mode: 'ERASURE_MODE_ANONYMISE' }));

    expect(await failure(creates[kind](s))).toMatchObject({ code: grpc.status.FAILED_PRECONDITION, reason: 'SUBJECT_ANONYMISED' });
    expect(await count(collectionOf[kind], { tenantId: tenant, candidateId: s.candidateId })).toBe(0);
    expect(await count('activities', { tenantId: tenant, candidateId: s.candidateId })).toBe(activities);
    expect(await count('subject_keys', { tenantId: tenant, subjectId: s.candidateId })).toBe(0);
  });

  it('an erasure request opened between the check and the write: FAILED_PRECONDITION ERASURE_REQUESTED, no new record', async () => {
    const tenant = uniqueName('tenant');
    const s = await scene(kit, tenant);
    afterNextCheck(async () => {
      await publishRetention(kit, tenant, s.candidateId, 'erasure-requested');
      // Its activity is the last thing the service records of it.
      await waitFor(() => count('activities', { tenantId: tenant, candidateId: s.candidateId, kind: 'ACTIVITY_KIND_ERASURE_REQUESTED' }), 20_000, 'the erasure request');
    });

    expect(await failure(creates[kind](s))).toMatchObject({ code: grpc.status.FAILED_PRECONDITION, reason: 'ERASURE_REQUESTED' });
    expect(await count(collectionOf[kind], { tenantId: tenant, candidateId: s.candidateId })).toBe(0);
    expect(await count('activities', { tenantId: tenant, candidateId: s.candidateId, kind: { $ne: 'ACTIVITY_KIND_ERASURE_REQUESTED' } })).toBe(1);
  });
});

it('an assignment given again after its removal is set back as it was when an anonymise overtook it', async () => {
  const tenant = uniqueName('tenant');
  const s = await scene(kit, tenant);
  await creates.assignment(s);
  const removed = await unaryCall(s.recruiting, 'UnassignCandidate', { jobOrderId: s.jobOrderId, candidateId: s.candidateId });
  afterNextCheck(() => driver.erase(tenant, s.candidateId, { mode: 'ERASURE_MODE_ANONYMISE' }));

  expect((await failure(creates.assignment(s))).code).toBe(grpc.status.FAILED_PRECONDITION);
  const raw = await kit.service.runtime.mongo.collection('job_order_assignments').findOne({ tenantId: tenant, candidateId: s.candidateId });
  expect(raw).toMatchObject({ assigned: false, meaning: removed.meaning, changedAt: new Date(Number(removed.changedAt!.seconds) * 1000 + removed.changedAt!.nanos / 1e6) });
  expect((await unaryCall(s.recruiting, 'ListAssignments', { jobOrderId: s.jobOrderId })).assignments).toEqual([]);
  expect(await count('activities', { tenantId: tenant, candidateId: s.candidateId, kind: 'ACTIVITY_KIND_ASSIGNED_TO_JOB' })).toBe(1);
});

describe('a merge racing an erasure', () => {
  const pdf = (bytes: number) => Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(bytes, 'm')]);
  const upload = (s: Scene, candidateId: string, content: Buffer) =>
    clientStreamCall(s.candidates, 'UploadFile', [{ header: { candidateId, kind: 'FILE_KIND_CV', fileName: 'cv.pdf' } }, { chunk: content }]);

  it.each([
    ['ERASURE_MODE_DELETE', { code: grpc.status.NOT_FOUND }, NOTHING],
    // The anonymised record stays with its own history (notes are emptied by default).
    ['ERASURE_MODE_ANONYMISE', { code: grpc.status.FAILED_PRECONDITION, reason: 'SUBJECT_ANONYMISED' }, { ...NOTHING, candidates: 1, activities: 1 }],
  ] as const)('%s of the kept candidate before anything moved: the merge fails and nothing moved stays on it', async (mode, refusal, left) => {
    const tenant = uniqueName('tenant');
    const s = await scene(kit, tenant);
    const mergedId = s.candidateId;
    const keptId = await newCandidate(s.candidates);
    await creates.application(s);
    await creates.presentation(s);
    await creates.assignment(s);
    await upload(s, mergedId, pdf(300 * 1024));
    const contact = await unaryCall(s.recruiting, 'CreateContactPerson', { contact: { clientId: s.clientId, lastName: 'Mustermann', candidateId: mergedId } });
    const original = FileStore.prototype.move;
    jest.spyOn(FileStore.prototype, 'move').mockImplementationOnce(async function (this: FileStore, ...args) {
      await driver.erase(tenant, keptId, { mode });
      return original.apply(this, args);
    });

    expect(await failure(unaryCall(s.candidates, 'MergeCandidates', { keptCandidateId: keptId, mergedCandidateId: mergedId }))).toMatchObject(refusal);
    // Files and chunks (under a key made after the erasure's shred), history, applications, presentations, assignments: none stays on it.
    expect(await held(tenant, keptId)).toEqual(left);
    // The merged candidate is still there; its contact person is linked to it again.
    expect(await count('candidates', { tenantId: tenant, _id: mergedId })).toBe(1);
    expect((await unaryCall(s.recruiting, 'GetContactPerson', { id: contact.id })).contact?.candidateId).toBe(mergedId);
  });

  it('an erasure of the merged candidate while its file moves: the merge completes, no chunk of that file is left', async () => {
    const tenant = uniqueName('tenant');
    const s = await scene(kit, tenant);
    const mergedId = s.candidateId;
    const keptId = await newCandidate(s.candidates);
    // Two chunks: the first moves to the kept candidate before the erasure, the second cannot.
    const file = await upload(s, mergedId, pdf(300 * 1024));
    const { cipher } = kit.service.runtime;
    const decrypt = cipher.decryptBuffer.bind(cipher);
    let calls = 0;
    jest.spyOn(cipher, 'decryptBuffer').mockImplementation(async (...args) => {
      calls += 1;
      if (calls === 2) await driver.erase(tenant, mergedId, { mode: 'ERASURE_MODE_DELETE' });
      return decrypt(...args);
    });

    const merge = await unaryCall(s.candidates, 'MergeCandidates', { keptCandidateId: keptId, mergedCandidateId: mergedId });
    expect(merge).toMatchObject({ filesMoved: 0, candidate: { id: keptId } });
    expect(calls).toBe(2);
    expect(await count('candidate_files', { tenantId: tenant, _id: file.id })).toBe(0);
    expect(await count('candidate_file_chunks', { tenantId: tenant, fileId: file.id })).toBe(0);
    expect(await held(tenant, mergedId)).toEqual(NOTHING);
    expect(await held(tenant, keptId)).toMatchObject({ candidates: 1, keys: 1, files: 0, fileChunks: 0 });
  });
});
