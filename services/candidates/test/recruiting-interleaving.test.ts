// Recruiting writes and merges racing retention. A write about a candidate and that candidate's
// erasure (or mark, or erasure request) never interleave: what arrives while the write is under way
// waits for it and then applies to what it wrote; a write that starts after it finds the candidate
// as retention left it. The arrival is forced in-process: a spy on the first step inside the
// candidate's write issues it through Kafka and lets it reach the fence before the write goes on.
// Afterwards the raw collections are counted.
import { setTimeout as sleep } from 'node:timers/promises';
import * as grpc from '@grpc/grpc-js';
import { clientStreamCall, unaryCall } from '@lethe/platform/grpc';
import { type Subscription } from '@lethe/platform/kafka';
import { uniqueName, waitFor } from '@lethe/platform/testkit';
import { TOPICS, type EventTypeName } from '@lethe/protos';
import { CandidateStore } from '../src/candidates/store';
import { erasureDriver, failure, startCandidates, type CandidatesKit, type ErasureDriver } from './kit';
import { newCandidate, publishRetention, scene, type Scene } from './recruiting-kit';

let kit: CandidatesKit;
let driver: ErasureDriver;
let subscription: Subscription;
/** Every candidate event published since the test started, erased subjects' too. */
const received: { id: string; type: EventTypeName; subjectId?: string; payload: unknown }[] = [];

beforeAll(async () => {
  kit = await startCandidates();
  driver = await erasureDriver(kit, 'recruiting-interleaving-test-acks');
  subscription = await kit.service.runtime.bus.subscribe({
    groupId: 'recruiting-interleaving-test-events',
    topics: [TOPICS.candidateEvents],
    fromBeginning: false,
    handler: async (event) => void received.push({ id: event.envelope.id, type: event.type, subjectId: event.envelope.subjectId, payload: event.payload }),
  });
  await subscription.ready();
});
afterAll(async () => {
  await subscription?.stop();
  await driver?.stop();
  await kit?.close();
});
afterEach(() => jest.restoreAllMocks());

const count = (name: string, filter: object) => kit.service.runtime.mongo.collection(name).countDocuments(filter);
const keyCount = (filter: object) => kit.service.runtime.keyStore.collection('subject_keys').countDocuments(filter);

/** Everything held about a candidate, by raw collection. */
async function held(tenantId: string, candidateId: string): Promise<Record<string, number>> {
  const about = { tenantId, candidateId };
  return {
    candidates: await count('candidates', { tenantId, _id: candidateId }),
    keys: await keyCount({ tenantId, subjectId: candidateId }),
    activities: await count('activities', about),
    files: await count('candidate_files', about),
    fileChunks: await count('candidate_file_chunks', about),
    applications: await count('applications', about),
    presentations: await count('presentations', about),
    assignments: await count('job_order_assignments', about),
  };
}
const NOTHING = { candidates: 0, keys: 0, activities: 0, files: 0, fileChunks: 0, applications: 0, presentations: 0, assignments: 0 };

/** The candidate's documents with events the relay has not yet published. */
async function unpublished(tenantId: string, candidateId: string): Promise<number> {
  const pending = { tenantId, outboxPending: true };
  const counts = await Promise.all([
    count('candidates', { ...pending, _id: candidateId }),
    ...['activities', 'applications', 'presentations', 'job_order_assignments'].map((name) => count(name, { ...pending, candidateId })),
  ]);
  return counts.reduce((sum, n) => sum + n, 0);
}

/**
 * While the next write about a candidate is under way (inside its fence, as it reads the stored
 * record), `arrive` starts; the returned function waits for what it resolves to.
 */
function duringNextWrite<T>(arrive: () => Promise<T>): () => Promise<T> {
  const original = CandidateStore.prototype.loadStored;
  let arrived: { outcome: Promise<T> } | undefined;
  jest.spyOn(CandidateStore.prototype, 'loadStored').mockImplementationOnce(async function (this: CandidateStore, ...args) {
    arrived = { outcome: arrive() };
    // Long enough for the command or event to be consumed and to wait at the fence.
    await sleep(500);
    return original.apply(this, args);
  });
  return () => waitFor(() => arrived, 10_000, 'the arrival').then(({ outcome }) => outcome);
}

/** The events about the subject published since the test began, once the relay put out all it holds. */
async function eventsAbout(tenant: string, subjectId: string): Promise<typeof received> {
  await waitFor(async () => (await unpublished(tenant, subjectId)) === 0, 20_000, 'the relay');
  return received.filter((event) => event.subjectId === subjectId);
}

const creates = {
  application: (s: Scene) => unaryCall(s.recruiting, 'CreateApplication', { candidateId: s.candidateId, jobId: s.jobId, statusKey: 'received' }),
  presentation: (s: Scene) => unaryCall(s.recruiting, 'CreatePresentation', { candidateId: s.candidateId, clientRequestId: s.clientRequestId, statusKey: 'anonymous_profile_sent' }),
  assignment: (s: Scene) => unaryCall(s.recruiting, 'AssignCandidate', { jobOrderId: s.jobOrderId, candidateId: s.candidateId, meaning: 'JOB_ORDER_MEANING_PLACEMENT' }),
};
const collectionOf = { application: 'applications', presentation: 'presentations', assignment: 'job_order_assignments' } as const;

const erase = (mode: 'ERASURE_MODE_DELETE' | 'ERASURE_MODE_ANONYMISE' | 'ERASURE_MODE_REDUCE') => (tenant: string, id: string) => driver.erase(tenant, id, mode === 'ERASURE_MODE_REDUCE' ? { mode, keepFields: ['name'] } : { mode });
const markOf = async (tenant: string, id: string) => {
  await publishRetention(kit, tenant, id, 'marked');
  await waitFor(() => count('candidates', { tenantId: tenant, _id: id, markedForDeletion: { $exists: true } }), 20_000, 'the mark');
};

describe.each(Object.keys(creates) as (keyof typeof creates)[])('a new %s and the candidate\'s erasure', (kind) => {
  it('a delete arriving during the call waits for it, then leaves nothing about the candidate', async () => {
    const tenant = uniqueName('tenant');
    const s = await scene(kit, tenant);
    const erasure = duringNextWrite(() => erase('ERASURE_MODE_DELETE')(tenant, s.candidateId));

    await creates[kind](s);
    expect(await erasure()).toMatchObject({ outcome: 'ERASURE_OUTCOME_DONE' });
    expect(await held(tenant, s.candidateId)).toEqual(NOTHING);
  });

  it('an anonymise arriving during the call waits for it; the record stays for statistics, the candidate has no key', async () => {
    const tenant = uniqueName('tenant');
    const s = await scene(kit, tenant);
    const erasure = duringNextWrite(() => erase('ERASURE_MODE_ANONYMISE')(tenant, s.candidateId));

    await creates[kind](s);
    await erasure();
    expect(await count(collectionOf[kind], { tenantId: tenant, candidateId: s.candidateId })).toBe(1);
    expect(await keyCount({ tenantId: tenant, subjectId: s.candidateId })).toBe(0);
    expect(await count('candidates', { tenantId: tenant, _id: s.candidateId, state: 'anonymised' })).toBe(1);
  });

  it('after an erasure, a delete or an erasure request the call is refused and writes nothing', async () => {
    const tenant = uniqueName('tenant');
    const s = await scene(kit, tenant);
    const anonymised = await newCandidate(s.candidates);
    const asked = await newCandidate(s.candidates);
    await erase('ERASURE_MODE_DELETE')(tenant, s.candidateId);
    await erase('ERASURE_MODE_ANONYMISE')(tenant, anonymised);
    await publishRetention(kit, tenant, asked, 'erasure-requested');
    await waitFor(() => count('candidates', { tenantId: tenant, _id: asked, erasureRequest: { $exists: true } }), 20_000, 'the erasure request');

    expect(await failure(creates[kind](s))).toMatchObject({ code: grpc.status.NOT_FOUND, reason: 'SUBJECT_ERASED' });
    expect(await failure(creates[kind]({ ...s, candidateId: anonymised }))).toMatchObject({ code: grpc.status.FAILED_PRECONDITION, reason: 'SUBJECT_ANONYMISED' });
    expect(await failure(creates[kind]({ ...s, candidateId: asked }))).toMatchObject({ code: grpc.status.FAILED_PRECONDITION, reason: 'ERASURE_REQUESTED' });
    for (const id of [s.candidateId, anonymised, asked]) expect(await count(collectionOf[kind], { tenantId: tenant, candidateId: id })).toBe(0);
  });

  it('an erasure request arriving during the call waits for it; the next new one is refused', async () => {
    const tenant = uniqueName('tenant');
    const s = await scene(kit, tenant);
    const requested = duringNextWrite(async () => {
      await publishRetention(kit, tenant, s.candidateId, 'erasure-requested');
      await waitFor(() => count('candidates', { tenantId: tenant, _id: s.candidateId, erasureRequest: { $exists: true } }), 20_000, 'the erasure request');
    });

    await creates[kind](s);
    await requested();
    expect(await count(collectionOf[kind], { tenantId: tenant, candidateId: s.candidateId })).toBe(1);
    // Another job, client request or job order for the same candidate: refused now.
    const job = await unaryCall(s.recruiting, 'CreateJob', { title: 'Another job' });
    const clientRequest = await unaryCall(s.recruiting, 'CreateClientRequest', { clientId: s.clientId, title: 'Another request' });
    const jobOrder = await unaryCall(s.recruiting, 'CreateJobOrder', { clientId: s.clientId, title: 'Another order' });
    expect(await failure(creates[kind]({ ...s, jobId: job.id, clientRequestId: clientRequest.id, jobOrderId: jobOrder.id }))).toMatchObject({ code: grpc.status.FAILED_PRECONDITION, reason: 'ERASURE_REQUESTED' });
  });
});

/** An edit of an existing record of the candidate: the record it changes and the call that changes it. */
interface Edit {
  collection: string;
  prepare(s: Scene): Promise<string>;
  call(s: Scene, id: string): Promise<unknown>;
  /** What the edit changes, as stored afterwards. */
  changed(record: Record<string, unknown>): boolean;
}

const edits: Record<string, Edit> = {
  'SetApplicationStatus': {
    collection: 'applications',
    prepare: async (s) => (await creates.application(s)).id,
    call: (s, id) => unaryCall(s.recruiting, 'SetApplicationStatus', { id, statusKey: 'hired' }),
    changed: (record) => (record.status as { statusKey: string }).statusKey === 'hired',
  },
  'SetPresentationStatus': {
    collection: 'presentations',
    prepare: async (s) => (await creates.presentation(s)).id,
    call: (s, id) => unaryCall(s.recruiting, 'SetPresentationStatus', { id, statusKey: 'client_interested' }),
    changed: (record) => (record.status as { statusKey: string }).statusKey === 'client_interested',
  },
  'UnassignCandidate': {
    collection: 'job_order_assignments',
    prepare: async (s) => (await creates.assignment(s)).id,
    call: (s) => unaryCall(s.recruiting, 'UnassignCandidate', { jobOrderId: s.jobOrderId, candidateId: s.candidateId }),
    changed: (record) => record.assigned === false,
  },
  'AssignCandidate (a new meaning)': {
    collection: 'job_order_assignments',
    prepare: async (s) => (await unaryCall(s.recruiting, 'AssignCandidate', { jobOrderId: s.jobOrderId, candidateId: s.candidateId, meaning: 'JOB_ORDER_MEANING_NORMAL_PROCESSING' })).id,
    call: (s) => creates.assignment(s),
    changed: (record) => record.meaning === 'JOB_ORDER_MEANING_PLACEMENT',
  },
};

const arriving: Record<string, { run: (tenant: string, id: string) => Promise<unknown>; reason: string }> = {
  'an anonymise': { run: erase('ERASURE_MODE_ANONYMISE'), reason: 'SUBJECT_ANONYMISED' },
  'a reduction': { run: erase('ERASURE_MODE_REDUCE'), reason: 'SUBJECT_REDUCED' },
  'a mark': { run: markOf, reason: 'SUBJECT_MARKED_FOR_DELETION' },
};

const stored = (collection: string, id: string) => kit.service.runtime.mongo.collection<{ _id: string }>(collection).findOne({ _id: id }) as Promise<Record<string, unknown> | null>;

describe.each(Object.keys(edits))('%s and retention', (name) => {
  const edit = edits[name];

  it.each(Object.keys(arriving) as (keyof typeof arriving)[])('%s arriving during the edit waits for it: the change stands and is announced, later edits are refused', async (what) => {
    const tenant = uniqueName('tenant');
    const s = await scene(kit, tenant);
    const id = await edit.prepare(s);
    const arrival = duringNextWrite(() => arriving[what].run(tenant, s.candidateId));

    await edit.call(s, id);
    await arrival();
    expect(edit.changed((await stored(edit.collection, id))!)).toBe(true);
    const events = await eventsAbout(tenant, s.candidateId);
    expect(events.length).toBeGreaterThan(0);
    expect(await failure(edit.call(s, id))).toMatchObject({ code: grpc.status.FAILED_PRECONDITION, reason: arriving[what].reason });
  });

  it('a delete arriving during the edit waits for it, then leaves nothing about the candidate', async () => {
    const tenant = uniqueName('tenant');
    const s = await scene(kit, tenant);
    const id = await edit.prepare(s);
    const erasure = duringNextWrite(() => erase('ERASURE_MODE_DELETE')(tenant, s.candidateId));

    await edit.call(s, id);
    await erasure();
    expect(await held(tenant, s.candidateId)).toEqual(NOTHING);
    expect((await failure(edit.call(s, id))).code).toBe(grpc.status.NOT_FOUND);
  });
});

// A link makes an erasure keep the candidate's name, address and contact data, so it is a change of
// the candidate: made before a mark it stands, and once the candidate is marked it is refused.
describe('a link of a contact person to a candidate and a mark', () => {
  const contact = (s: Scene, candidateId = '') => ({ clientId: s.clientId, lastName: 'Mustermann', phone: '+49 30 1234567', candidateId });

  it('a mark arriving while a new contact person is linked waits for it; a later link is refused', async () => {
    const tenant = uniqueName('tenant');
    const s = await scene(kit, tenant);
    const marked = duringNextWrite(() => markOf(tenant, s.candidateId));

    const linked = await unaryCall(s.recruiting, 'CreateContactPerson', { contact: contact(s, s.candidateId) });
    await marked();
    expect(linked.contact?.candidateId).toBe(s.candidateId);
    const other = await unaryCall(s.recruiting, 'CreateContactPerson', { contact: contact(s) });
    const linking = unaryCall(s.recruiting, 'UpdateContactPerson', { id: other.id, contact: { ...contact(s, s.candidateId), phone: '+49 30 7654321' } });
    expect(await failure(linking)).toMatchObject({ code: grpc.status.FAILED_PRECONDITION, reason: 'SUBJECT_MARKED_FOR_DELETION' });
    expect(await unaryCall(s.recruiting, 'GetContactPerson', { id: other.id })).toEqual(other);
    expect(await failure(unaryCall(s.recruiting, 'CreateContactPerson', { contact: contact(s, s.candidateId) }))).toMatchObject({ reason: 'SUBJECT_MARKED_FOR_DELETION' });
    expect(await count('contact_persons', { tenantId: tenant })).toBe(2);
  });

  it('a candidate who asked to be forgotten is not linked anew (the link would keep their contact data), while an existing link can still be edited', async () => {
    const tenant = uniqueName('tenant');
    const s = await scene(kit, tenant);
    const linked = await unaryCall(s.recruiting, 'CreateContactPerson', { contact: contact(s, s.candidateId) });
    const other = await unaryCall(s.recruiting, 'CreateContactPerson', { contact: contact(s) });
    await publishRetention(kit, tenant, s.candidateId, 'erasure-requested');
    await waitFor(() => count('candidates', { tenantId: tenant, _id: s.candidateId, erasureRequest: { $exists: true } }), 20_000, 'the erasure request');

    expect(await failure(unaryCall(s.recruiting, 'CreateContactPerson', { contact: contact(s, s.candidateId) }))).toMatchObject({ code: grpc.status.FAILED_PRECONDITION, reason: 'ERASURE_REQUESTED' });
    expect(await failure(unaryCall(s.recruiting, 'UpdateContactPerson', { id: other.id, contact: contact(s, s.candidateId) }))).toMatchObject({ code: grpc.status.FAILED_PRECONDITION, reason: 'ERASURE_REQUESTED' });
    expect(await unaryCall(s.recruiting, 'GetContactPerson', { id: other.id })).toEqual(other);
    const edited = await unaryCall(s.recruiting, 'UpdateContactPerson', { id: linked.id, contact: { ...contact(s, s.candidateId), phone: '+49 30 7654321' } });
    expect(edited.contact?.phone).toBe('+49 30 7654321');
    expect(await count('contact_persons', { tenantId: tenant })).toBe(2);
  });
});

describe('a merge and an erasure', () => {
  const pdf = (bytes: number) => Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(bytes, 'm')]);
  const upload = (s: Scene, candidateId: string, content: Buffer) =>
    clientStreamCall(s.candidates, 'UploadFile', [{ header: { candidateId, kind: 'FILE_KIND_CV', fileName: 'cv.pdf' } }, { chunk: content }]);

  async function mergeScene(tenant: string) {
    const s = await scene(kit, tenant);
    const mergedId = s.candidateId;
    const keptId = await newCandidate(s.candidates);
    await creates.application(s);
    await creates.presentation(s);
    await creates.assignment(s);
    await upload(s, mergedId, pdf(300 * 1024));
    await unaryCall(s.recruiting, 'CreateContactPerson', { contact: { clientId: s.clientId, lastName: 'Mustermann', candidateId: mergedId } });
    return { s, mergedId, keptId };
  }

  it('a delete of the kept candidate arriving during the merge waits for it, then deletes all that moved onto it', async () => {
    const tenant = uniqueName('tenant');
    const { s, mergedId, keptId } = await mergeScene(tenant);
    const erasure = duringNextWrite(() => erase('ERASURE_MODE_DELETE')(tenant, keptId));

    const merged = await unaryCall(s.candidates, 'MergeCandidates', { keptCandidateId: keptId, mergedCandidateId: mergedId });
    expect(merged).toMatchObject({ filesMoved: 1, applicationsRelinked: 3 });
    // The merged candidate's contact person moved onto the kept one: the kept one keeps its contact data, and says so.
    expect(await erasure()).toMatchObject({ outcome: 'ERASURE_OUTCOME_DONE', retainedReason: 'LINKED_CONTACT_PERSON' });
    expect(await held(tenant, keptId)).toEqual({ ...NOTHING, candidates: 1, keys: 1 });
    expect(await count('candidates', { tenantId: tenant, _id: keptId, state: 'reduced' })).toBe(1);
    expect(await held(tenant, mergedId)).toEqual(NOTHING);
  });

  it('an erasure of the merged candidate arriving during the merge waits for it and finds nothing left to erase', async () => {
    const tenant = uniqueName('tenant');
    const { s, mergedId, keptId } = await mergeScene(tenant);
    const erasure = duringNextWrite(() => erase('ERASURE_MODE_DELETE')(tenant, mergedId));

    await unaryCall(s.candidates, 'MergeCandidates', { keptCandidateId: keptId, mergedCandidateId: mergedId });
    expect(await erasure()).toMatchObject({ outcome: 'ERASURE_OUTCOME_NOTHING_HELD' });
    expect(await held(tenant, mergedId)).toEqual(NOTHING);
    expect(await held(tenant, keptId)).toMatchObject({ candidates: 1, keys: 1, files: 1, applications: 1, presentations: 1, assignments: 1 });
    const [file] = (await unaryCall(s.candidates, 'ListFiles', { candidateId: keptId })).files;
    expect(file.fileName).toBe('cv.pdf');
  });
});
