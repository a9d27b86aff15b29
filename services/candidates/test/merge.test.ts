import * as grpc from '@grpc/grpc-js';
import { clientStreamCall, serverStreamCall, unaryCall } from '@lethe/platform/grpc';
import { type Subscription } from '@lethe/platform/kafka';
import { uniqueName } from '@lethe/platform/testkit';
import { TOPICS, type CandidateMerged__Output } from '@lethe/protos';
import { failure, input, person, startCandidates, waitFor, type CandidatesClient, type CandidatesKit } from './kit';

let kit: CandidatesKit;
let eventsSubscription: Subscription;
const merges: CandidateMerged__Output[] = [];

beforeAll(async () => {
  kit = await startCandidates();
  eventsSubscription = await kit.service.runtime.bus.subscribe({
    groupId: 'merge-test-events',
    topics: [TOPICS.candidateEvents],
    fromBeginning: true,
    handler: async (event) => {
      if (event.type === 'lethe.candidates.v1.CandidateMerged') merges.push(event.payload);
    },
  });
});
afterAll(async () => {
  await eventsSubscription?.stop();
  await kit?.close();
});

async function newCandidate(client: CandidatesClient): Promise<string> {
  const { candidate } = await unaryCall(client, 'CreateCandidate', { candidate: input(person()), allowDuplicates: true });
  return candidate!.id;
}

const CV = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(3000, 'm')]);

describe('merge', () => {
  it('the kept candidate takes over files and history; the merged one is gone at once; CandidateMerged names only ids', async () => {
    const tenant = uniqueName('tenant');
    const client = await kit.client(tenant);
    const keptId = await newCandidate(client);
    const mergedId = await newCandidate(client);
    const file = await clientStreamCall(client, 'UploadFile', [{ header: { candidateId: mergedId, kind: 'FILE_KIND_CV', fileName: 'cv.pdf' } }, { chunk: CV }]);
    const mergedHistory = (await unaryCall(client, 'ListActivities', { candidateId: mergedId })).activities.length;

    const result = await unaryCall(client, 'MergeCandidates', { keptCandidateId: keptId, mergedCandidateId: mergedId });
    expect(result).toMatchObject({ filesMoved: 1, activitiesMoved: mergedHistory });
    expect(result.candidate?.id).toBe(keptId);

    // The file now belongs to the kept candidate, under its key.
    const chunks: Buffer[] = [];
    for await (const message of serverStreamCall(client, 'DownloadFile', { candidateId: keptId, fileId: file.id })) if (message.chunk) chunks.push(message.chunk);
    expect(Buffer.concat(chunks).equals(CV)).toBe(true);
    const { activities } = await unaryCall(client, 'ListActivities', { candidateId: keptId });
    expect(activities.map((activity) => activity.kind)).toEqual(expect.arrayContaining(['ACTIVITY_KIND_CV_UPLOADED', 'ACTIVITY_KIND_SYSTEM']));

    expect((await failure(unaryCall(client, 'GetCandidate', { id: mergedId }))).code).toBe(grpc.status.NOT_FOUND);
    const db = kit.service.runtime.mongo;
    expect(await db.collection('candidates').countDocuments({ tenantId: tenant, _id: mergedId as never })).toBe(0);
    expect(await kit.service.runtime.keyStore.collection('subject_keys').countDocuments({ tenantId: tenant, subjectId: mergedId })).toBe(0);

    const event = await waitFor(() => merges.find((merge) => merge.mergedCandidateId === mergedId), 20_000, 'CandidateMerged');
    expect(event).toMatchObject({ keptCandidateId: keptId, mergedCandidateId: mergedId, mergedBy: 'recruiter-1' });
  });

  it('refuses bad input, the same id twice, a marked candidate, and another tenant (NOT_FOUND); nothing changes', async () => {
    const tenant = uniqueName('tenant');
    const client = await kit.client(tenant);
    const other = await kit.client(uniqueName('tenant'));
    const keptId = await newCandidate(client);
    const mergedId = await newCandidate(client);

    const bad = await failure(unaryCall(client, 'MergeCandidates', { keptCandidateId: '', mergedCandidateId: 'x y' }));
    expect(bad.code).toBe(grpc.status.INVALID_ARGUMENT);
    expect(new Set(bad.violations.map((violation) => violation.field))).toEqual(new Set(['keptCandidateId', 'mergedCandidateId']));
    expect((await failure(unaryCall(client, 'MergeCandidates', { keptCandidateId: keptId, mergedCandidateId: keptId }))).code).toBe(grpc.status.INVALID_ARGUMENT);
    expect((await failure(unaryCall(other, 'MergeCandidates', { keptCandidateId: keptId, mergedCandidateId: mergedId }))).code).toBe(grpc.status.NOT_FOUND);

    await kit.service.runtime.mongo.collection('candidates').updateOne({ _id: mergedId as never }, { $set: { markedForDeletion: { markedAt: new Date() } } });
    const marked = await failure(unaryCall(client, 'MergeCandidates', { keptCandidateId: keptId, mergedCandidateId: mergedId }));
    expect(marked).toMatchObject({ code: grpc.status.FAILED_PRECONDITION, reason: 'SUBJECT_MARKED_FOR_DELETION' });

    expect((await unaryCall(client, 'GetCandidate', { id: keptId })).version).toBe(1);
    expect(await kit.service.runtime.mongo.collection('candidates').countDocuments({ tenantId: tenant })).toBe(2);
  });
});

describe('bulk create', () => {
  it('creates a batch in input order, each readable and with its creation in the history', async () => {
    const client = await kit.client(uniqueName('tenant'));
    const people = [person(), person(), person()];
    const { candidateIds } = await unaryCall(client, 'BulkCreateCandidates', { candidates: people.map((personal) => input(personal)) });
    expect(candidateIds).toHaveLength(3);
    for (const [index, id] of candidateIds.entries()) {
      expect((await unaryCall(client, 'GetCandidate', { id })).personal?.firstName).toBe(people[index].firstName);
      expect((await unaryCall(client, 'ListActivities', { candidateId: id })).activities.map((activity) => activity.kind)).toEqual(['ACTIVITY_KIND_CANDIDATE_CREATED']);
    }
  });

  it('refuses duplicates within the batch or with stored candidates, an empty batch and a bad entry; nothing is stored', async () => {
    const tenant = uniqueName('tenant');
    const client = await kit.client(tenant);
    const stored = person();
    await unaryCall(client, 'CreateCandidate', { candidate: input(stored) });
    const twin = person();

    const inBatch = await failure(unaryCall(client, 'BulkCreateCandidates', { candidates: [input(twin), input({ ...person(), email: twin.email })] }));
    expect(inBatch).toMatchObject({ code: grpc.status.ALREADY_EXISTS, reason: 'DUPLICATE_CANDIDATE' });
    const withStored = await failure(unaryCall(client, 'BulkCreateCandidates', { candidates: [input(person()), input({ ...person(), email: stored.email })] }));
    expect(withStored).toMatchObject({ code: grpc.status.ALREADY_EXISTS, reason: 'DUPLICATE_CANDIDATE' });
    expect((await failure(unaryCall(client, 'BulkCreateCandidates', { candidates: [] }))).violations.map((violation) => violation.field)).toEqual(['candidates']);
    const badEntry = await failure(unaryCall(client, 'BulkCreateCandidates', { candidates: [input(person()), input(person({ email: 'not-an-email' }))] }));
    expect(badEntry.violations.map((violation) => violation.field)).toEqual(['candidates[1].personal.email']);

    expect(await kit.service.runtime.mongo.collection('candidates').countDocuments({ tenantId: tenant })).toBe(1);
    // Allowed duplicates go in.
    expect((await unaryCall(client, 'BulkCreateCandidates', { candidates: [input({ ...person(), email: stored.email })], allowDuplicates: true })).candidateIds).toHaveLength(1);
  });
});
