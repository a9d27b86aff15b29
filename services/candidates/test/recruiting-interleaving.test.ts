// Recruiting writes and merges that race an erasure. The interleaving is forced in-process: a spy
// on a step of the call under test runs the erasure through Kafka (and waits for its
// acknowledgement) before the call goes on. Afterwards the raw collections are counted.
import { randomUUID } from 'node:crypto';
import * as grpc from '@grpc/grpc-js';
import { clientStreamCall, unaryCall, type Subscription } from '@lethe/platform';
import { uniqueName, waitFor } from '@lethe/platform/testkit';
import { toTimestamp, TOPICS, type EventTypeName } from '@lethe/protos';
import { CandidateStore } from '../src/candidates/store';
import { FileStore } from '../src/files/store';
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
    skipErasedSubjects: false,
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
 * The ids of the events about the subject published so far, once the relay has put out all it
 * holds: a marker published then on the subject's partition arrives after every one of them.
 */
async function eventsAbout(tenant: string, subjectId: string): Promise<string[]> {
  await waitFor(async () => (await unpublished(tenant, subjectId)) === 0, 20_000, 'the relay');
  const marker = randomUUID();
  await kit.service.runtime.bus.publish(TOPICS.candidateEvents, [
    { type: 'lethe.candidates.v1.ActivityRecorded', tenantId: tenant, subjectId, payload: { activityId: marker, candidateId: subjectId, kind: 'ACTIVITY_KIND_SYSTEM', occurredAt: toTimestamp(new Date()), actorId: 'marker' } },
  ]);
  await waitFor(() => received.some((event) => (event.payload as { activityId?: string }).activityId === marker), 20_000, 'the marker');
  return received.filter((event) => event.subjectId === subjectId && (event.payload as { actorId?: string }).actorId !== 'marker').map((event) => event.id);
}

/** The events about the subject published since `before` (an earlier eventsAbout). */
async function eventsSince(tenant: string, subjectId: string, before: readonly string[]): Promise<typeof received> {
  const ids = await eventsAbout(tenant, subjectId);
  return received.filter((event) => ids.includes(event.id) && !before.includes(event.id));
}

const creates = {
  application: (s: Scene) => unaryCall(s.recruiting, 'CreateApplication', { candidateId: s.candidateId, jobId: s.jobId, statusKey: 'received' }),
  presentation: (s: Scene) => unaryCall(s.recruiting, 'CreatePresentation', { candidateId: s.candidateId, clientRequestId: s.clientRequestId, statusKey: 'anonymous_profile_sent' }),
  assignment: (s: Scene) => unaryCall(s.recruiting, 'AssignCandidate', { jobOrderId: s.jobOrderId, candidateId: s.candidateId, meaning: 'JOB_ORDER_MEANING_PLACEMENT' }),
};
const collectionOf = { application: 'applications', presentation: 'presentations', assignment: 'job_order_assignments' } as const;
/** What counts as the record still standing: a removed assignment stays as `assigned: false`. */
const live = { application: {}, presentation: {}, assignment: { assigned: true } } as const;

/** The last JobOrderAssignmentChanged about the subject since `before`, once the relay put out all it holds. */
async function lastAssignmentEvent(tenant: string, subjectId: string, before: readonly string[]): Promise<unknown> {
  const since = await eventsSince(tenant, subjectId, before);
  return since.filter((event) => event.type === 'lethe.candidates.v1.JobOrderAssignmentChanged').at(-1)?.payload;
}

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
    expect(await count(collectionOf[kind], { tenantId: tenant, candidateId: s.candidateId, ...live[kind] })).toBe(0);
    expect(await count('activities', { tenantId: tenant, candidateId: s.candidateId })).toBe(activities);
    expect(await count('subject_keys', { tenantId: tenant, subjectId: s.candidateId })).toBe(0);
    // The events the call's writes carried may have gone out: the subject is tombstoned, consumers drop them.
    expect(await kit.service.runtime.tombstones.isErased(tenant, s.candidateId)).toBe(true);
    if (kind === 'assignment') expect(await lastAssignmentEvent(tenant, s.candidateId, [])).toMatchObject({ assigned: false });
  });

  it('an erasure request opened between the check and the write: FAILED_PRECONDITION ERASURE_REQUESTED, no new record or event about it', async () => {
    const tenant = uniqueName('tenant');
    const s = await scene(kit, tenant);
    const events = await eventsAbout(tenant, s.candidateId);
    afterNextCheck(async () => {
      await publishRetention(kit, tenant, s.candidateId, 'erasure-requested');
      // Its activity is the last thing the service records of it.
      await waitFor(() => count('activities', { tenantId: tenant, candidateId: s.candidateId, kind: 'ACTIVITY_KIND_ERASURE_REQUESTED' }), 20_000, 'the erasure request');
    });

    expect(await failure(creates[kind](s))).toMatchObject({ code: grpc.status.FAILED_PRECONDITION, reason: 'ERASURE_REQUESTED' });
    expect(await count(collectionOf[kind], { tenantId: tenant, candidateId: s.candidateId, ...live[kind] })).toBe(0);
    expect(await count('activities', { tenantId: tenant, candidateId: s.candidateId, kind: { $ne: 'ACTIVITY_KIND_ERASURE_REQUESTED' } })).toBe(1);
    // An assignment announced before the check is announced as removed in the same write that removes it.
    if (kind === 'assignment') expect(await lastAssignmentEvent(tenant, s.candidateId, events)).toMatchObject({ assigned: false });
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

/** What an edit may not change when it fails: the stored record, without the outbox the relay empties meanwhile. */
async function stored(collection: string, id: string): Promise<Record<string, unknown>> {
  const raw = await kit.service.runtime.mongo.collection<{ _id: string; outbox?: unknown[]; outboxPending?: boolean }>(collection).findOne({ _id: id });
  const { outbox: _outbox, outboxPending: _pending, ...record } = raw ?? {};
  return record;
}

/** An edit of an existing record of the candidate: the record it changes and the call that changes it. */
interface Edit {
  collection: string;
  prepare(s: Scene): Promise<string>;
  call(s: Scene, id: string): Promise<unknown>;
  /** What the edit changes, as stored. */
  state(record: Record<string, unknown>): unknown;
  /** The same, as the last event about the record announced it. */
  announced(events: typeof received, id: string): unknown;
}

const statusState = (record: Record<string, unknown>) => ({ statusKey: (record.status as { statusKey: string }).statusKey, history: record.history });
const lastPayload = (events: typeof received, type: EventTypeName, match: (payload: Record<string, unknown>) => boolean) =>
  events.filter((event) => event.type === type && match(event.payload as Record<string, unknown>)).at(-1)?.payload as Record<string, unknown> | undefined;
const assignmentState = (record: Record<string, unknown>) => ({ assigned: record.assigned, meaning: record.meaning });

const edits: Record<string, Edit> = {
  'SetApplicationStatus': {
    collection: 'applications',
    prepare: async (s) => (await creates.application(s)).id,
    call: (s, id) => unaryCall(s.recruiting, 'SetApplicationStatus', { id, statusKey: 'hired' }),
    state: statusState,
    announced: (events, id) => lastPayload(events, 'lethe.candidates.v1.ApplicationStatusChanged', (p) => p.applicationId === id)?.statusKey,
  },
  'SetPresentationStatus': {
    collection: 'presentations',
    prepare: async (s) => (await creates.presentation(s)).id,
    call: (s, id) => unaryCall(s.recruiting, 'SetPresentationStatus', { id, statusKey: 'client_interested', source: 'STATUS_CHANGE_SOURCE_CLIENT_FEEDBACK' }),
    state: statusState,
    announced: (events, id) => lastPayload(events, 'lethe.candidates.v1.PresentationStatusChanged', (p) => p.presentationId === id)?.statusKey,
  },
  'UnassignCandidate': {
    collection: 'job_order_assignments',
    prepare: async (s) => (await creates.assignment(s)).id,
    call: (s) => unaryCall(s.recruiting, 'UnassignCandidate', { jobOrderId: s.jobOrderId, candidateId: s.candidateId }),
    state: assignmentState,
    announced: (events) => {
      const last = lastPayload(events, 'lethe.candidates.v1.JobOrderAssignmentChanged', () => true);
      return last && { assigned: last.assigned, meaning: last.meaning };
    },
  },
  'AssignCandidate (a new meaning)': {
    collection: 'job_order_assignments',
    prepare: async (s) => (await unaryCall(s.recruiting, 'AssignCandidate', { jobOrderId: s.jobOrderId, candidateId: s.candidateId, meaning: 'JOB_ORDER_MEANING_NORMAL_PROCESSING' })).id,
    call: (s) => creates.assignment(s),
    state: assignmentState,
    announced: (events) => {
      const last = lastPayload(events, 'lethe.candidates.v1.JobOrderAssignmentChanged', () => true);
      return last && { assigned: last.assigned, meaning: last.meaning };
    },
  },
};
/** How the state before the edit was announced, for comparison with the last event after it. */
const announcedBefore = (edit: Edit, before: Record<string, unknown>) => (edit.collection === 'job_order_assignments' ? edit.state(before) : statusState(before).statusKey);

const overtaking = {
  'an anonymise': { run: (tenant: string, id: string) => driver.erase(tenant, id, { mode: 'ERASURE_MODE_ANONYMISE' }), reason: 'SUBJECT_ANONYMISED' },
  'a reduction': { run: (tenant: string, id: string) => driver.erase(tenant, id, { mode: 'ERASURE_MODE_REDUCE', keepFields: ['name'] }), reason: 'SUBJECT_REDUCED' },
  'a mark': {
    run: async (tenant: string, id: string) => {
      await publishRetention(kit, tenant, id, 'marked');
      await waitFor(() => count('candidates', { tenantId: tenant, _id: id, markedForDeletion: { $exists: true } }), 20_000, 'the mark');
    },
    reason: 'SUBJECT_MARKED_FOR_DELETION',
  },
};

describe.each(Object.keys(edits))('%s racing the candidate', (name) => {
  const edit = edits[name];

  it.each(Object.keys(overtaking) as (keyof typeof overtaking)[])(
    '%s between the check and the write: FAILED_PRECONDITION, the record set back and announced so, no activity about the change',
    async (what) => {
      const tenant = uniqueName('tenant');
      const s = await scene(kit, tenant);
      const id = await edit.prepare(s);
      const eventsBefore = await eventsAbout(tenant, s.candidateId);
      const before = await stored(edit.collection, id);
      const activities = await count('activities', { tenantId: tenant, candidateId: s.candidateId });
      afterNextCheck(() => overtaking[what].run(tenant, s.candidateId));

      expect(await failure(edit.call(s, id))).toMatchObject({ code: grpc.status.FAILED_PRECONDITION, reason: overtaking[what].reason });
      expect(edit.state(await stored(edit.collection, id))).toEqual(edit.state(before));
      // The change went out with its write; the write that set it back says so, so consumers end where they began.
      const since = await eventsSince(tenant, s.candidateId, eventsBefore);
      expect(edit.announced(since, id)).toEqual(announcedBefore(edit, before));
      expect(await count('activities', { tenantId: tenant, candidateId: s.candidateId })).toBe(activities);
    },
  );

  it('a delete between the check and the write: NOT_FOUND, and nothing about the candidate is left', async () => {
    const tenant = uniqueName('tenant');
    const s = await scene(kit, tenant);
    const id = await edit.prepare(s);
    afterNextCheck(() => driver.erase(tenant, s.candidateId, { mode: 'ERASURE_MODE_DELETE' }));

    expect((await failure(edit.call(s, id))).code).toBe(grpc.status.NOT_FOUND);
    expect(await held(tenant, s.candidateId)).toEqual(NOTHING);
  });
});

// A link makes an erasure keep the candidate's name, address and contact data (seed 004), so a marked
// candidate cannot be linked. An erasure that overtook a link lets it stand (it may have counted it).
describe('a link of a contact person to a candidate that a mark overtook', () => {
  const contact = (s: Scene, candidateId = '') => ({ clientId: s.clientId, lastName: 'Mustermann', phone: '+49 30 1234567', candidateId });
  const mark = overtaking['a mark'];

  it('a new contact person: FAILED_PRECONDITION, no contact person or key', async () => {
    const tenant = uniqueName('tenant');
    const s = await scene(kit, tenant);
    afterNextCheck(() => mark.run(tenant, s.candidateId));

    expect(await failure(unaryCall(s.recruiting, 'CreateContactPerson', { contact: contact(s, s.candidateId) }))).toMatchObject({ code: grpc.status.FAILED_PRECONDITION, reason: mark.reason });
    expect(await count('contact_persons', { tenantId: tenant })).toBe(0);
    expect(await count('subject_keys', { tenantId: tenant, subjectId: { $ne: s.candidateId } })).toBe(0);
  });

  it('an existing contact person: FAILED_PRECONDITION, the contact person as it was', async () => {
    const tenant = uniqueName('tenant');
    const s = await scene(kit, tenant);
    const created = await unaryCall(s.recruiting, 'CreateContactPerson', { contact: contact(s) });
    afterNextCheck(() => mark.run(tenant, s.candidateId));

    const linking = unaryCall(s.recruiting, 'UpdateContactPerson', { id: created.id, contact: { ...contact(s, s.candidateId), phone: '+49 30 7654321' } });
    expect(await failure(linking)).toMatchObject({ code: grpc.status.FAILED_PRECONDITION, reason: mark.reason });
    expect(await unaryCall(s.recruiting, 'GetContactPerson', { id: created.id })).toEqual(created);
  });
});

describe('a merge racing an erasure', () => {
  const pdf = (bytes: number) => Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(bytes, 'm')]);
  const upload = (s: Scene, candidateId: string, content: Buffer) =>
    clientStreamCall(s.candidates, 'UploadFile', [{ header: { candidateId, kind: 'FILE_KIND_CV', fileName: 'cv.pdf' } }, { chunk: content }]);

  it.each([
    ['ERASURE_MODE_DELETE', { code: grpc.status.NOT_FOUND }, NOTHING],
    // The anonymised record stays with its own history (notes are emptied by default).
    ['ERASURE_MODE_ANONYMISE', { code: grpc.status.FAILED_PRECONDITION, reason: 'SUBJECT_ANONYMISED' }, { ...NOTHING, candidates: 1, activities: 1 }],
  ] as const)('%s of the kept candidate before anything moved: the merge fails, nothing moved stays on it, the merged one keeps everything', async (mode, refusal, left) => {
    const tenant = uniqueName('tenant');
    const s = await scene(kit, tenant);
    const mergedId = s.candidateId;
    const keptId = await newCandidate(s.candidates);
    await creates.application(s);
    await creates.presentation(s);
    await creates.assignment(s);
    await upload(s, mergedId, pdf(300 * 1024));
    const contact = await unaryCall(s.recruiting, 'CreateContactPerson', { contact: { clientId: s.clientId, lastName: 'Mustermann', candidateId: mergedId } });
    const mergedBefore = await held(tenant, mergedId);
    const original = FileStore.prototype.move;
    jest.spyOn(FileStore.prototype, 'move').mockImplementationOnce(async function (this: FileStore, ...args) {
      await driver.erase(tenant, keptId, { mode });
      return original.apply(this, args);
    });

    expect(await failure(unaryCall(s.candidates, 'MergeCandidates', { keptCandidateId: keptId, mergedCandidateId: mergedId }))).toMatchObject(refusal);
    // Files and chunks (under a key made after the erasure's shred), history, applications, presentations, assignments: none stays on it.
    expect(await held(tenant, keptId)).toEqual(left);
    // The merged candidate is still there with everything it had, its contact person linked to it again.
    expect(await held(tenant, mergedId)).toEqual(mergedBefore);
    expect(mergedBefore).toMatchObject({ candidates: 1, files: 1, applications: 1, presentations: 1, assignments: 1 });
    const [file] = (await unaryCall(s.candidates, 'ListFiles', { candidateId: mergedId })).files;
    // Readable again under the merged candidate's key.
    expect(file.fileName).toBe('cv.pdf');
    expect(Number(file.size)).toBe(9 + 300 * 1024);
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
