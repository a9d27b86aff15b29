import { setTimeout as sleep } from 'node:timers/promises';
import * as grpc from '@grpc/grpc-js';
import { unaryCall } from '@lethe/platform/grpc';
import { uniqueName } from '@lethe/platform/testkit';
import { toTimestamp } from '@lethe/protos';
import { ContactPersonStore } from '../src/recruiting/contacts';
import { erasureDriver, failure, startCandidates, type CandidatesKit, type ErasureDriver } from './kit';
import { newCandidate, scene, type Scene } from './recruiting-kit';

let kit: CandidatesKit;
let driver: ErasureDriver;
beforeAll(async () => {
  kit = await startCandidates();
  driver = await erasureDriver(kit, 'recruiting-erasure-test-acks');
});
afterAll(async () => {
  await driver?.stop();
  await kit?.close();
});

const count = (name: string, filter: object) => kit.service.runtime.mongo.collection(name).countDocuments(filter);
const keyCount = (filter: object) => kit.service.runtime.keyStore.collection('subject_keys').countDocuments(filter);

/** An application (applied three days ago, now rejected), a presentation and an assignment of the scene's candidate. */
async function withRecords(s: Scene) {
  const appliedAt = new Date(Date.now() - 3 * 86_400_000);
  const application = await unaryCall(s.recruiting, 'CreateApplication', { candidateId: s.candidateId, jobId: s.jobId, statusKey: 'received', appliedAt: toTimestamp(appliedAt) });
  await unaryCall(s.recruiting, 'SetApplicationStatus', { id: application.id, statusKey: 'rejected' });
  const presentation = await unaryCall(s.recruiting, 'CreatePresentation', { candidateId: s.candidateId, clientRequestId: s.clientRequestId, statusKey: 'anonymous_profile_sent' });
  await unaryCall(s.recruiting, 'AssignCandidate', { jobOrderId: s.jobOrderId, candidateId: s.candidateId, meaning: 'JOB_ORDER_MEANING_PLACEMENT' });
  return { application, presentation, appliedAt };
}

describe('erasure of a candidate on recruiting records', () => {
  it('delete: applications, presentations and assignments (with any unsent events) go; a replay holds nothing', async () => {
    const tenant = uniqueName('tenant');
    const s = await scene(kit, tenant);
    const { application, presentation } = await withRecords(s);
    const ack = await driver.erase(tenant, s.candidateId, { mode: 'ERASURE_MODE_DELETE' });
    expect(ack).toMatchObject({ outcome: 'ERASURE_OUTCOME_DONE', counts: { candidates: 1, applications: 1, presentations: 1, assignments: 1 } });
    expect((await failure(unaryCall(s.recruiting, 'GetApplication', { id: application.id }))).code).toBe(grpc.status.NOT_FOUND);
    expect((await failure(unaryCall(s.recruiting, 'GetPresentation', { id: presentation.id }))).code).toBe(grpc.status.NOT_FOUND);
    expect((await unaryCall(s.recruiting, 'ListAssignments', { jobOrderId: s.jobOrderId })).assignments).toEqual([]);
    for (const name of ['applications', 'presentations', 'job_order_assignments']) expect(await count(name, { tenantId: tenant, candidateId: s.candidateId })).toBe(0);
    // The rest of the tenant's records stay.
    expect((await unaryCall(s.recruiting, 'GetJobOrder', { id: s.jobOrderId })).id).toBe(s.jobOrderId);

    const replay = await driver.erase(tenant, s.candidateId, { mode: 'ERASURE_MODE_DELETE' });
    expect(replay.outcome).toBe('ERASURE_OUTCOME_NOTHING_HELD');
    // Nothing new can be attached to the erased id.
    const job = await unaryCall(s.recruiting, 'CreateJob', { title: 'Later' });
    expect((await failure(unaryCall(s.recruiting, 'CreateApplication', { candidateId: s.candidateId, jobId: job.id, statusKey: 'received' }))).code).toBe(grpc.status.NOT_FOUND);
  });

  it.each([
    ['ERASURE_MODE_ANONYMISE', []],
    ['ERASURE_MODE_REDUCE', ['name', 'zip']],
  ] as const)('%s: applications, presentations and assignments stay for statistics (ids, statuses, the application date)', async (mode, keepFields) => {
    const tenant = uniqueName('tenant');
    const s = await scene(kit, tenant);
    const { application, presentation, appliedAt } = await withRecords(s);
    const ack = await driver.erase(tenant, s.candidateId, { mode, keepFields: [...keepFields] });
    expect(ack).toMatchObject({ outcome: 'ERASURE_OUTCOME_DONE', counts: { candidates: 1, applicationsKept: 1, presentationsKept: 1, assignmentsKept: 1 } });

    const kept = await unaryCall(s.recruiting, 'GetApplication', { id: application.id });
    expect(kept).toMatchObject({ candidateId: s.candidateId, jobId: s.jobId, status: { statusKey: 'rejected', metaStatus: 'META_STATUS_FINAL', finalOutcome: 'FINAL_OUTCOME_REJECTED' } });
    expect(Number(kept.appliedAt?.seconds)).toBe(Math.floor(appliedAt.getTime() / 1000));
    expect(kept.history.map((h) => h.statusKey)).toEqual(['received', 'rejected']);
    expect((await unaryCall(s.recruiting, 'GetPresentation', { id: presentation.id })).status?.statusKey).toBe('anonymous_profile_sent');
    expect((await unaryCall(s.recruiting, 'ListAssignments', { jobOrderId: s.jobOrderId })).assignments.map((a) => [a.candidateId, a.meaning])).toEqual([
      [s.candidateId, 'JOB_ORDER_MEANING_PLACEMENT'],
    ]);
    // Statistics still count them.
    expect((await unaryCall(s.recruiting, 'ListApplications', { jobId: s.jobId, metaStatus: 'META_STATUS_FINAL' })).applications).toHaveLength(1);
    // An anonymised or reduced candidate cannot get new statuses.
    expect((await failure(unaryCall(s.recruiting, 'SetApplicationStatus', { id: application.id, statusKey: 'talent_pool' }))).code).toBe(grpc.status.FAILED_PRECONDITION);
  });

  it('a candidate who is a contact person keeps name, address and contact data, through the real link', async () => {
    const tenant = uniqueName('tenant');
    const s = await scene(kit, tenant);
    const original = await unaryCall(s.candidates, 'GetCandidate', { id: s.candidateId });
    await unaryCall(s.recruiting, 'CreateContactPerson', { contact: { clientId: s.clientId, lastName: 'Mustermann', candidateId: s.candidateId } });
    const ack = await driver.erase(tenant, s.candidateId, { mode: 'ERASURE_MODE_DELETE' });
    expect(ack.retainedReason).toBe('LINKED_CONTACT_PERSON');
    const kept = await unaryCall(s.candidates, 'GetCandidate', { id: s.candidateId });
    expect(kept.personal).toMatchObject({ firstName: original.personal!.firstName, email: original.personal!.email, address: original.personal!.address, notes: '', skills: [] });

    // Without the link, a candidate's delete removes the record.
    const unlinked = await newCandidate(s.candidates);
    expect((await driver.erase(tenant, unlinked, { mode: 'ERASURE_MODE_DELETE' })).retainedReason).toBe('');
  });
});

describe('erasure of a contact person', () => {
  async function contact(s: Scene) {
    return unaryCall(s.recruiting, 'CreateContactPerson', {
      contact: { clientId: s.clientId, salutation: 'Frau', firstName: 'Karla', lastName: 'Kontakt', email: 'karla@acme.example', phone: '+49 40 1234', position: 'HR', candidateId: s.candidateId },
    });
  }

  it('delete removes the contact person and their key; anonymise keeps an empty record; reduce keeps the named fields', async () => {
    const tenant = uniqueName('tenant');
    const s = await scene(kit, tenant);
    const deleted = await contact(s);
    const ack = await driver.erase(tenant, deleted.id, { mode: 'ERASURE_MODE_DELETE' });
    // The core shreds the subject's key first (the ids share one key space), so either count may show it.
    expect(ack).toMatchObject({ outcome: 'ERASURE_OUTCOME_DONE', counts: { contactPersons: 1 } });
    expect(ack.counts.keys + ack.counts.contactKeys).toBe(1);
    expect((await failure(unaryCall(s.recruiting, 'GetContactPerson', { id: deleted.id }))).code).toBe(grpc.status.NOT_FOUND);
    expect(await keyCount({ tenantId: tenant, subjectId: deleted.id })).toBe(0);

    const anonymised = await contact(s);
    expect((await driver.erase(tenant, anonymised.id, { mode: 'ERASURE_MODE_ANONYMISE' })).counts).toMatchObject({ contactPersons: 1, contactFieldsRemoved: 6 });
    expect(await unaryCall(s.recruiting, 'GetContactPerson', { id: anonymised.id })).toMatchObject({
      erased: true,
      contact: { clientId: s.clientId, firstName: '', lastName: '', email: '', phone: '', position: '', candidateId: '' },
    });
    // An update does not revive them: no data and no key come back.
    expect(await failure(unaryCall(s.recruiting, 'UpdateContactPerson', { id: anonymised.id, contact: { clientId: s.clientId, firstName: 'Karla', lastName: 'Kontakt' } }))).toMatchObject({
      code: grpc.status.FAILED_PRECONDITION,
      reason: 'SUBJECT_ANONYMISED',
    });
    expect((await unaryCall(s.recruiting, 'GetContactPerson', { id: anonymised.id })).contact?.lastName).toBe('');
    expect(await keyCount({ tenantId: tenant, subjectId: anonymised.id })).toBe(0);

    const reduced = await contact(s);
    expect((await driver.erase(tenant, reduced.id, { mode: 'ERASURE_MODE_REDUCE', keepFields: ['name'] })).counts).toMatchObject({ contactPersons: 1, contactFieldsRemoved: 3 });
    expect(await unaryCall(s.recruiting, 'GetContactPerson', { id: reduced.id })).toMatchObject({
      erased: true,
      contact: { salutation: 'Frau', firstName: 'Karla', lastName: 'Kontakt', email: '', phone: '', position: '' },
    });
    expect((await failure(unaryCall(s.recruiting, 'UpdateContactPerson', { id: reduced.id, contact: { clientId: s.clientId, firstName: 'Karla', lastName: 'Kontakt', email: 'back@acme.example' } }))).reason).toBe('SUBJECT_REDUCED');
    // The candidate the erased contact persons were linked to is no longer linked through them.
    expect((await unaryCall(s.recruiting, 'ListContactPersons', { clientId: s.clientId })).contactPersons.filter((c) => c.contact?.candidateId === s.candidateId)).toEqual([]);
  });

  it.each(['ERASURE_MODE_ANONYMISE', 'ERASURE_MODE_DELETE'] as const)('%s arriving during an update waits for it, then erases what it wrote: no data and no key come back', async (mode) => {
    const tenant = uniqueName('tenant');
    const s = await scene(kit, tenant);
    const { id } = await contact(s);
    // The erasure is issued while the update is under way (after its read and checks, as it encrypts).
    const store = ContactPersonStore.prototype as unknown as { encrypt(...args: unknown[]): Promise<unknown> };
    const original = store.encrypt;
    let erasure: Promise<unknown> | undefined;
    jest.spyOn(store, 'encrypt').mockImplementationOnce(async function (this: unknown, ...args) {
      erasure = driver.erase(tenant, id, { mode });
      await sleep(300);
      return original.apply(this, args);
    });
    try {
      const updated = await unaryCall(s.recruiting, 'UpdateContactPerson', { id, contact: { clientId: s.clientId, firstName: 'Karla', lastName: 'Kontakt' } });
      expect(updated.contact?.firstName).toBe('Karla');
      expect(await erasure).toMatchObject({ outcome: 'ERASURE_OUTCOME_DONE' });
    } finally {
      jest.restoreAllMocks();
    }
    const raw = await kit.service.runtime.mongo.collection('contact_persons').findOne({ tenantId: tenant, _id: id as never });
    expect(raw === null || (raw.erased === true && Object.keys(raw.personal as object).length === 0)).toBe(true);
    expect(await keyCount({ tenantId: tenant, subjectId: id })).toBe(0);
  });
});

describe('merge', () => {
  it('moves applications, presentations and assignments to the kept candidate', async () => {
    const tenant = uniqueName('tenant');
    const s = await scene(kit, tenant);
    const { application, presentation } = await withRecords(s);
    const kept = await newCandidate(s.candidates);
    const otherJob = await unaryCall(s.recruiting, 'CreateJob', { title: 'Other' });
    const keptApplication = await unaryCall(s.recruiting, 'CreateApplication', { candidateId: kept, jobId: otherJob.id, statusKey: 'interview' });
    const secondOrder = await unaryCall(s.recruiting, 'CreateJobOrder', { clientId: s.clientId, title: 'Second order' });
    // Both are assigned to the scene's job order: the kept candidate's assignment stays.
    await unaryCall(s.recruiting, 'AssignCandidate', { jobOrderId: s.jobOrderId, candidateId: kept, meaning: 'JOB_ORDER_MEANING_NORMAL_PROCESSING' });
    await unaryCall(s.recruiting, 'AssignCandidate', { jobOrderId: secondOrder.id, candidateId: s.candidateId, meaning: 'JOB_ORDER_MEANING_NORMAL_PROCESSING' });

    const merged = await unaryCall(s.candidates, 'MergeCandidates', { keptCandidateId: kept, mergedCandidateId: s.candidateId });
    expect(merged.applicationsRelinked).toBe(3); // one application, one presentation, the second order's assignment
    expect((await unaryCall(s.recruiting, 'GetApplication', { id: application.id })).candidateId).toBe(kept);
    expect((await unaryCall(s.recruiting, 'GetPresentation', { id: presentation.id })).candidateId).toBe(kept);
    expect((await unaryCall(s.recruiting, 'ListApplications', { candidateId: kept })).applications.map((a) => a.id).sort()).toEqual([application.id, keptApplication.id].sort());
    expect((await unaryCall(s.recruiting, 'ListAssignments', { candidateId: kept })).assignments.map((a) => [a.jobOrderId, a.meaning]).sort()).toEqual(
      [
        [s.jobOrderId, 'JOB_ORDER_MEANING_NORMAL_PROCESSING'],
        [secondOrder.id, 'JOB_ORDER_MEANING_NORMAL_PROCESSING'],
      ].sort(),
    );
    for (const name of ['applications', 'presentations', 'job_order_assignments']) expect(await count(name, { tenantId: tenant, candidateId: s.candidateId })).toBe(0);
    // The kept candidate's filters see the moved application.
    expect((await unaryCall(s.candidates, 'ListCandidates', { applicationStatusKey: 'rejected' })).candidates.map((c) => c.id)).toEqual([kept]);
  });
});
