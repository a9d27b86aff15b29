import * as grpc from '@grpc/grpc-js';
import { RIGHTS } from '@lethe/platform/auth';
import { unaryCall } from '@lethe/platform/grpc';
import { uniqueName } from '@lethe/platform/testkit';
import { toTimestamp } from '@lethe/protos';
import { failure, RIGHTS_READ_ONLY, startCandidates, waitFor, type CandidatesKit } from './kit';
import { newCandidate, publishRetention, scene } from './recruiting-kit';

let kit: CandidatesKit;
beforeAll(async () => {
  kit = await startCandidates();
});
afterAll(async () => {
  await kit?.close();
});

const collection = (name: string) => kit.service.runtime.mongo.collection(name);

describe('recruiting records', () => {
  it('creates, reads and lists jobs, clients, contact persons, client requests and job orders', async () => {
    const tenant = uniqueName('tenant');
    const s = await scene(kit, tenant);
    const { recruiting } = s;
    expect(await unaryCall(recruiting, 'GetJob', { id: s.jobId })).toMatchObject({ title: 'Backend developer', location: 'Berlin', clientId: s.clientId, createdBy: 'recruiter-1' });
    expect(await unaryCall(recruiting, 'GetClient', { id: s.clientId })).toMatchObject({ name: 'Acme GmbH' });
    expect(await unaryCall(recruiting, 'GetClientRequest', { id: s.clientRequestId })).toMatchObject({ clientId: s.clientId, title: 'Backend developers' });
    expect(await unaryCall(recruiting, 'GetJobOrder', { id: s.jobOrderId })).toMatchObject({ clientId: s.clientId, clientRequestId: s.clientRequestId, jobId: s.jobId });

    const contact = await unaryCall(recruiting, 'CreateContactPerson', {
      contact: { clientId: s.clientId, salutation: 'Herr', firstName: 'Max', lastName: 'Kunde', email: 'MAX@acme.example', phone: '+49 40 555', position: 'CTO' },
    });
    expect(contact.contact).toMatchObject({ firstName: 'Max', lastName: 'Kunde', email: 'max@acme.example', candidateId: '' });
    // Stored encrypted under the contact person's own key.
    const raw = await collection('contact_persons').findOne({ tenantId: tenant, _id: contact.id as never });
    expect(JSON.stringify(raw)).not.toContain('Kunde');
    expect(await kit.service.runtime.keyStore.collection('subject_keys').countDocuments({ tenantId: tenant, subjectId: contact.id })).toBe(1);

    const updated = await unaryCall(recruiting, 'UpdateContactPerson', { id: contact.id, contact: { clientId: s.clientId, lastName: 'Kundin', candidateId: s.candidateId } });
    expect(updated.contact).toMatchObject({ firstName: '', lastName: 'Kundin', candidateId: s.candidateId });
    expect((await unaryCall(recruiting, 'GetContactPerson', { id: contact.id })).contact?.lastName).toBe('Kundin');
    expect((await unaryCall(recruiting, 'ListContactPersons', { clientId: s.clientId })).contactPersons.map((c) => c.id)).toEqual([contact.id]);

    const second = await unaryCall(recruiting, 'CreateClient', { name: 'Beta AG' });
    await unaryCall(recruiting, 'CreateJob', { title: 'Unrelated' });
    expect((await unaryCall(recruiting, 'ListClients', { page: { pageSize: 1 } })).page?.nextPageToken).not.toBe('');
    expect((await unaryCall(recruiting, 'ListClients', {})).clients.map((c) => c.id)).toEqual([s.clientId, second.id]);
    expect((await unaryCall(recruiting, 'ListJobs', { clientId: s.clientId })).jobs.map((j) => j.id)).toEqual([s.jobId]);
    expect((await unaryCall(recruiting, 'ListJobs', {})).jobs).toHaveLength(2);
    expect((await unaryCall(recruiting, 'ListClientRequests', { clientId: second.id })).clientRequests).toEqual([]);
    expect((await unaryCall(recruiting, 'ListJobOrders', { clientId: s.clientId })).jobOrders.map((o) => o.id)).toEqual([s.jobOrderId]);
    // A contact person of another client cannot be the contact of this client's request.
    const wrong = await failure(unaryCall(recruiting, 'CreateClientRequest', { clientId: second.id, contactPersonId: contact.id, title: 'x' }));
    expect(wrong.violations).toEqual([expect.objectContaining({ field: 'contactPersonId' })]);

    await unaryCall(recruiting, 'DeleteContactPerson', { id: contact.id });
    expect((await failure(unaryCall(recruiting, 'GetContactPerson', { id: contact.id }))).code).toBe(grpc.status.NOT_FOUND);
    expect(await kit.service.runtime.keyStore.collection('subject_keys').countDocuments({ tenantId: tenant, subjectId: contact.id })).toBe(0);
  });

  it('refuses bad input with field violations and stores nothing', async () => {
    const tenant = uniqueName('tenant');
    const candidates = await kit.client(tenant);
    const recruiting = await kit.recruiting(tenant);
    const candidateId = await newCandidate(candidates);
    const fieldsOf = async (call: Promise<unknown>) => {
      const error = await failure(call);
      expect(error.code).toBe(grpc.status.INVALID_ARGUMENT);
      return error.violations.map((v) => v.field).sort();
    };
    expect(await fieldsOf(unaryCall(recruiting, 'CreateJob', { title: ' ', clientId: 'no spaces' }))).toEqual(['clientId', 'title']);
    expect(await fieldsOf(unaryCall(recruiting, 'CreateClient', { name: 'x'.repeat(201) }))).toEqual(['name']);
    expect(await fieldsOf(unaryCall(recruiting, 'CreateContactPerson', {}))).toEqual(['contact']);
    expect(await fieldsOf(unaryCall(recruiting, 'CreateContactPerson', { contact: { clientId: '', lastName: '', email: 'nope', phone: 'call me', candidateId: '../x' } }))).toEqual(
      ['contact.candidateId', 'contact.clientId', 'contact.email', 'contact.lastName', 'contact.phone'],
    );
    expect(await fieldsOf(unaryCall(recruiting, 'CreateClientRequest', { clientId: '', title: '' }))).toEqual(['clientId', 'title']);
    expect(await fieldsOf(unaryCall(recruiting, 'CreateJobOrder', { clientId: 'c', jobId: 'a b', title: '' }))).toEqual(['jobId', 'title']);
    expect(await fieldsOf(unaryCall(recruiting, 'AssignCandidate', { jobOrderId: 'j', candidateId, meaning: 'JOB_ORDER_MEANING_UNSPECIFIED' }))).toEqual(['meaning']);
    expect(await fieldsOf(unaryCall(recruiting, 'ListAssignments', {}))).toEqual(['jobOrderId']);
    expect(await fieldsOf(unaryCall(recruiting, 'ListStatuses', {}))).toEqual(['kind']);
    expect(await fieldsOf(unaryCall(recruiting, 'CreateApplication', { candidateId, jobId: '', statusKey: 'Not A Key', appliedAt: toTimestamp(new Date(Date.now() + 86_400_000)) }))).toEqual(
      ['appliedAt', 'jobId', 'statusKey'],
    );
    expect(await fieldsOf(unaryCall(recruiting, 'SetPresentationStatus', { id: '', statusKey: '' }))).toEqual(['id', 'statusKey']);
    expect(await fieldsOf(unaryCall(recruiting, 'ListApplications', { metaStatus: 7 as never, page: { pageToken: 'forged!' } }))).toEqual(['metaStatus']);
    expect((await failure(unaryCall(recruiting, 'ListApplications', { page: { pageToken: 'forged!' } }))).violations[0]?.field).toBe('pageToken');
    expect(
      await fieldsOf(unaryCall(recruiting, 'UpsertStatus', { status: { kind: 'STATUS_KIND_APPLICATION', key: 'offer_declined', label: 'Declined', metaStatus: 'META_STATUS_FINAL', selectableAfter: ['Bad'] } })),
    ).toEqual(['status.selectableAfter[0]']);
    expect(await fieldsOf(unaryCall(recruiting, 'UpsertStatus', { status: { kind: 'STATUS_KIND_APPLICATION', key: 'offer_declined', label: 'Declined', metaStatus: 'META_STATUS_FINAL' } }))).toEqual([
      'status.finalOutcome',
    ]);
    expect(await fieldsOf(unaryCall(recruiting, 'UpsertStatus', { status: { kind: 'STATUS_KIND_APPLICATION', key: 'x', label: 'X', metaStatus: 'META_STATUS_ACTIVE', finalOutcome: 'FINAL_OUTCOME_HIRED' } }))).toEqual(
      ['status.finalOutcome'],
    );
    // Rejections and acceptance keep their meaning and stay always selectable.
    expect(
      await fieldsOf(
        unaryCall(recruiting, 'UpsertStatus', { status: { kind: 'STATUS_KIND_PRESENTATION', key: 'rejected_by_client', label: 'Absage', metaStatus: 'META_STATUS_ACTIVE', alwaysSelectable: false } }),
      ),
    ).toEqual(['status.alwaysSelectable', 'status.finalOutcome', 'status.metaStatus']);
    for (const method of ['GetJob', 'GetClient', 'GetContactPerson', 'DeleteContactPerson', 'GetClientRequest', 'GetJobOrder', 'GetApplication', 'GetPresentation'] as const) {
      expect(await fieldsOf(unaryCall(recruiting, method, { id: '../etc' }))).toEqual(['id']);
    }
    expect(await fieldsOf(unaryCall(recruiting, 'UpdateContactPerson', { id: '', contact: { clientId: 'c', lastName: 'x', email: 'no' } }))).toEqual(['contact.email', 'id']);
    expect(await fieldsOf(unaryCall(recruiting, 'UnassignCandidate', { jobOrderId: '', candidateId: 'a/b' }))).toEqual(['candidateId', 'jobOrderId']);
    for (const method of ['ListJobs', 'ListContactPersons', 'ListClientRequests', 'ListJobOrders'] as const) {
      expect(await fieldsOf(unaryCall(recruiting, method, { clientId: 'x y', page: { pageSize: -1 } }))).toEqual(['clientId', 'page.pageSize']);
    }
    expect(await fieldsOf(unaryCall(recruiting, 'ListPresentations', { clientRequestId: 'x y', statusKey: 'BAD' }))).toEqual(['clientRequestId', 'statusKey']);
    expect(await fieldsOf(unaryCall(recruiting, 'CreatePresentation', { candidateId, clientRequestId: '', statusKey: '', source: 9 as never }))).toEqual(['clientRequestId', 'source', 'statusKey']);
    // A well-formed key that is not in the catalogue is bad input too.
    const job = await unaryCall(recruiting, 'CreateJob', { title: 'Job' });
    expect(await fieldsOf(unaryCall(recruiting, 'CreateApplication', { candidateId, jobId: job.id, statusKey: 'no_such_status' }))).toEqual(['statusKey']);

    expect((await unaryCall(recruiting, 'ListClients', {})).clients).toEqual([]);
    expect((await unaryCall(recruiting, 'ListJobs', {})).jobs.map((j) => j.id)).toEqual([job.id]);
    expect((await unaryCall(recruiting, 'ListContactPersons', {})).contactPersons).toEqual([]);
    expect((await unaryCall(recruiting, 'ListApplications', { candidateId })).applications).toEqual([]);
    expect((await unaryCall(recruiting, 'ListStatuses', { kind: 'STATUS_KIND_APPLICATION' })).statuses.map((st) => st.key)).not.toContain('offer_declined');
  });

  it('checks rights and keeps tenants apart: another tenant gets NOT_FOUND for every id', async () => {
    const tenant = uniqueName('tenant');
    const s = await scene(kit, tenant);
    const { recruiting } = s;
    const contact = await unaryCall(recruiting, 'CreateContactPerson', { contact: { clientId: s.clientId, lastName: 'Kunde' } });
    const application = await unaryCall(recruiting, 'CreateApplication', { candidateId: s.candidateId, jobId: s.jobId, statusKey: 'received' });
    const presentation = await unaryCall(recruiting, 'CreatePresentation', { candidateId: s.candidateId, clientRequestId: s.clientRequestId, statusKey: 'anonymous_profile_sent' });
    await unaryCall(recruiting, 'AssignCandidate', { jobOrderId: s.jobOrderId, candidateId: s.candidateId, meaning: 'JOB_ORDER_MEANING_NORMAL_PROCESSING' });

    const readOnly = await kit.recruiting(tenant, RIGHTS_READ_ONLY);
    expect((await unaryCall(readOnly, 'GetApplication', { id: application.id })).id).toBe(application.id);
    for (const call of [
      () => unaryCall(readOnly, 'CreateClient', { name: 'x' }),
      () => unaryCall(readOnly, 'SetApplicationStatus', { id: application.id, statusKey: 'hired' }),
      () => unaryCall(readOnly, 'AssignCandidate', { jobOrderId: s.jobOrderId, candidateId: s.candidateId, meaning: 'JOB_ORDER_MEANING_PLACEMENT' }),
      () => unaryCall(readOnly, 'UpsertStatus', { status: { kind: 'STATUS_KIND_APPLICATION', key: 'x', label: 'X', metaStatus: 'META_STATUS_ACTIVE' } }),
      // The catalogue is a tenant setting: writing candidates is not enough.
      async () => unaryCall(await kit.recruiting(tenant, [RIGHTS.readCandidates, RIGHTS.writeCandidates]), 'UpsertStatus', { status: { kind: 'STATUS_KIND_APPLICATION', key: 'x', label: 'X', metaStatus: 'META_STATUS_ACTIVE' } }),
    ]) {
      expect((await failure(call())).code).toBe(grpc.status.PERMISSION_DENIED);
    }
    expect((await failure(unaryCall(await kit.recruiting(tenant, []), 'ListJobs', {}))).code).toBe(grpc.status.PERMISSION_DENIED);

    const other = await kit.recruiting(uniqueName('other'));
    const notFound = [
      () => unaryCall(other, 'GetJob', { id: s.jobId }),
      () => unaryCall(other, 'GetClient', { id: s.clientId }),
      () => unaryCall(other, 'GetContactPerson', { id: contact.id }),
      () => unaryCall(other, 'UpdateContactPerson', { id: contact.id, contact: { clientId: s.clientId, lastName: 'x' } }),
      () => unaryCall(other, 'DeleteContactPerson', { id: contact.id }),
      () => unaryCall(other, 'CreateContactPerson', { contact: { clientId: s.clientId, lastName: 'x' } }),
      () => unaryCall(other, 'GetClientRequest', { id: s.clientRequestId }),
      () => unaryCall(other, 'CreateClientRequest', { clientId: s.clientId, title: 'x' }),
      () => unaryCall(other, 'GetJobOrder', { id: s.jobOrderId }),
      () => unaryCall(other, 'CreateJobOrder', { clientId: s.clientId, title: 'x' }),
      () => unaryCall(other, 'CreateJob', { title: 'x', clientId: s.clientId }),
      () => unaryCall(other, 'AssignCandidate', { jobOrderId: s.jobOrderId, candidateId: s.candidateId, meaning: 'JOB_ORDER_MEANING_PLACEMENT' }),
      () => unaryCall(other, 'UnassignCandidate', { jobOrderId: s.jobOrderId, candidateId: s.candidateId }),
      () => unaryCall(other, 'ListAssignments', { jobOrderId: s.jobOrderId }),
      () => unaryCall(other, 'ListAssignments', { candidateId: s.candidateId }),
      () => unaryCall(other, 'GetApplication', { id: application.id }),
      () => unaryCall(other, 'SetApplicationStatus', { id: application.id, statusKey: 'hired' }),
      () => unaryCall(other, 'CreateApplication', { candidateId: s.candidateId, jobId: s.jobId, statusKey: 'received' }),
      () => unaryCall(other, 'GetPresentation', { id: presentation.id }),
      () => unaryCall(other, 'SetPresentationStatus', { id: presentation.id, statusKey: 'accepted_by_client' }),
      () => unaryCall(other, 'CreatePresentation', { candidateId: s.candidateId, clientRequestId: s.clientRequestId, statusKey: 'anonymous_profile_sent' }),
    ];
    for (const call of notFound) expect((await failure(call())).code).toBe(grpc.status.NOT_FOUND);
    // Their own job, but this tenant's candidate: still not found.
    const ownJob = await unaryCall(other, 'CreateJob', { title: 'Theirs' });
    expect((await failure(unaryCall(other, 'CreateApplication', { candidateId: s.candidateId, jobId: ownJob.id, statusKey: 'received' }))).code).toBe(grpc.status.NOT_FOUND);
    expect((await unaryCall(other, 'ListApplications', { candidateId: s.candidateId })).applications).toEqual([]);
    expect((await unaryCall(other, 'ListPresentations', {})).presentations).toEqual([]);
    expect((await unaryCall(other, 'ListContactPersons', {})).contactPersons).toEqual([]);
    expect((await unaryCall(other, 'ListClients', {})).clients).toEqual([]);
    // Nothing changed for the owner.
    expect((await unaryCall(recruiting, 'GetApplication', { id: application.id })).status?.statusKey).toBe('received');
    expect((await unaryCall(recruiting, 'ListAssignments', { jobOrderId: s.jobOrderId })).assignments).toHaveLength(1);
  });
});

describe('statuses', () => {
  it('has the default catalogues with meta statuses, and a tenant may add and change statuses', async () => {
    const tenant = uniqueName('tenant');
    const recruiting = await kit.recruiting(tenant);
    const presentation = (await unaryCall(recruiting, 'ListStatuses', { kind: 'STATUS_KIND_PRESENTATION' })).statuses;
    expect(presentation.map((st) => [st.key, st.metaStatus, st.finalOutcome, st.alwaysSelectable])).toEqual([
      ['anonymous_profile_sent', 'META_STATUS_ACTIVE', 'FINAL_OUTCOME_UNSPECIFIED', false],
      ['client_interested', 'META_STATUS_ACTIVE', 'FINAL_OUTCOME_UNSPECIFIED', false],
      ['clear_data_profile_sent', 'META_STATUS_ACTIVE', 'FINAL_OUTCOME_UNSPECIFIED', false],
      ['proposed_without_profile', 'META_STATUS_ACTIVE', 'FINAL_OUTCOME_UNSPECIFIED', false],
      ['rejected_by_client', 'META_STATUS_FINAL', 'FINAL_OUTCOME_REJECTED', true],
      ['rejected_by_candidate', 'META_STATUS_FINAL', 'FINAL_OUTCOME_WITHDRAWN', true],
      ['accepted_by_client', 'META_STATUS_FINAL', 'FINAL_OUTCOME_HIRED', true],
    ]);
    const application = (await unaryCall(recruiting, 'ListStatuses', { kind: 'STATUS_KIND_APPLICATION' })).statuses;
    expect(application.find((st) => st.key === 'talent_pool')?.metaStatus).toBe('META_STATUS_HOLD');
    expect(application.find((st) => st.key === 'rejected')).toMatchObject({ metaStatus: 'META_STATUS_FINAL', finalOutcome: 'FINAL_OUTCOME_REJECTED' });

    const added = await unaryCall(recruiting, 'UpsertStatus', {
      status: { kind: 'STATUS_KIND_APPLICATION', key: 'assessment', label: 'Assessment centre', metaStatus: 'META_STATUS_ACTIVE', selectableAfter: ['in_review'], position: 35 },
    });
    expect(added).toMatchObject({ key: 'assessment', kind: 'STATUS_KIND_APPLICATION', selectableAfter: ['in_review'] });
    await unaryCall(recruiting, 'UpsertStatus', { status: { kind: 'STATUS_KIND_APPLICATION', key: 'offer', label: 'Offer made', metaStatus: 'META_STATUS_ACTIVE', position: 40 } });
    const changed = (await unaryCall(recruiting, 'ListStatuses', { kind: 'STATUS_KIND_APPLICATION' })).statuses;
    expect(changed.map((st) => st.key).slice(0, 5)).toEqual(['received', 'in_review', 'interview', 'assessment', 'offer']);
    expect(changed.find((st) => st.key === 'offer')?.label).toBe('Offer made');
    const renamed = { kind: 'STATUS_KIND_PRESENTATION', key: 'rejected_by_client', label: 'Absage durch Kunden', metaStatus: 'META_STATUS_FINAL', finalOutcome: 'FINAL_OUTCOME_REJECTED', alwaysSelectable: true, position: 50 } as const;
    expect((await unaryCall(recruiting, 'UpsertStatus', { status: renamed })).label).toBe('Absage durch Kunden');
    // Other tenants keep the defaults.
    const other = await kit.recruiting(uniqueName('other'));
    expect((await unaryCall(other, 'ListStatuses', { kind: 'STATUS_KIND_APPLICATION' })).statuses.map((st) => st.key)).not.toContain('assessment');

    // The tenant's own rule applies: "assessment" only after "in_review".
    const s = await scene(kit, tenant);
    const created = await unaryCall(recruiting, 'CreateApplication', { candidateId: s.candidateId, jobId: s.jobId, statusKey: 'received' });
    expect(await failure(unaryCall(recruiting, 'SetApplicationStatus', { id: created.id, statusKey: 'assessment' }))).toMatchObject({ code: grpc.status.FAILED_PRECONDITION, reason: 'STATUS_NOT_SELECTABLE' });
    await unaryCall(recruiting, 'SetApplicationStatus', { id: created.id, statusKey: 'in_review' });
    expect((await unaryCall(recruiting, 'SetApplicationStatus', { id: created.id, statusKey: 'assessment' })).status?.statusKey).toBe('assessment');
  });

  it('applications: status history with meta status, final outcome and source; one per candidate and job; activities recorded', async () => {
    const tenant = uniqueName('tenant');
    const s = await scene(kit, tenant);
    const { recruiting } = s;
    const appliedAt = new Date(Date.now() - 3 * 86_400_000);
    const created = await unaryCall(recruiting, 'CreateApplication', { candidateId: s.candidateId, jobId: s.jobId, statusKey: 'received', appliedAt: toTimestamp(appliedAt) });
    expect(created).toMatchObject({ candidateId: s.candidateId, jobId: s.jobId, status: { statusKey: 'received', metaStatus: 'META_STATUS_ACTIVE', source: 'STATUS_CHANGE_SOURCE_MANUAL', setBy: 'recruiter-1' } });
    expect(Number(created.appliedAt?.seconds)).toBe(Math.floor(appliedAt.getTime() / 1000));
    expect(await failure(unaryCall(recruiting, 'CreateApplication', { candidateId: s.candidateId, jobId: s.jobId, statusKey: 'received' }))).toMatchObject({ code: grpc.status.ALREADY_EXISTS });

    await unaryCall(recruiting, 'SetApplicationStatus', { id: created.id, statusKey: 'interview' });
    const rejected = await unaryCall(recruiting, 'SetApplicationStatus', { id: created.id, statusKey: 'rejected' });
    expect(rejected.status).toMatchObject({ statusKey: 'rejected', metaStatus: 'META_STATUS_FINAL', finalOutcome: 'FINAL_OUTCOME_REJECTED' });
    // A non-final status after a final one is allowed (it restarts the retention clock).
    const pooled = await unaryCall(recruiting, 'SetApplicationStatus', { id: created.id, statusKey: 'talent_pool' });
    expect(pooled.status?.metaStatus).toBe('META_STATUS_HOLD');
    expect(pooled.history.map((h) => [h.statusKey, h.metaStatus])).toEqual([
      ['received', 'META_STATUS_ACTIVE'],
      ['interview', 'META_STATUS_ACTIVE'],
      ['rejected', 'META_STATUS_FINAL'],
      ['talent_pool', 'META_STATUS_HOLD'],
    ]);
    expect((await unaryCall(recruiting, 'GetApplication', { id: created.id })).history).toHaveLength(4);
    expect((await unaryCall(recruiting, 'ListApplications', { jobId: s.jobId, metaStatus: 'META_STATUS_HOLD' })).applications.map((a) => a.id)).toEqual([created.id]);
    expect((await unaryCall(recruiting, 'ListApplications', { candidateId: s.candidateId, statusKey: 'rejected' })).applications).toEqual([]);

    const { activities } = await unaryCall(s.candidates, 'ListActivities', { candidateId: s.candidateId });
    expect(activities.filter((a) => a.kind === 'ACTIVITY_KIND_APPLICATION_STATUS_SET')).toHaveLength(4);
  });

  it('presentations: rejections and acceptance always selectable, the rest only in order; each change records its source', async () => {
    const tenant = uniqueName('tenant');
    const s = await scene(kit, tenant);
    const { recruiting } = s;
    // The client's interest needs a profile or a proposal first.
    expect(
      await failure(unaryCall(recruiting, 'CreatePresentation', { candidateId: s.candidateId, clientRequestId: s.clientRequestId, statusKey: 'client_interested' })),
    ).toMatchObject({ code: grpc.status.FAILED_PRECONDITION, reason: 'STATUS_NOT_SELECTABLE' });
    // The profile service records the profiles it sends and the client's answers; recruiters the rest.
    const profileService = await kit.profileService(tenant);
    const created = await unaryCall(profileService, 'CreatePresentation', {
      candidateId: s.candidateId,
      clientRequestId: s.clientRequestId,
      statusKey: 'anonymous_profile_sent',
      source: 'STATUS_CHANGE_SOURCE_PROFILE_SENT',
    });
    expect(created).toMatchObject({ clientId: s.clientId, clientRequestId: s.clientRequestId, status: { statusKey: 'anonymous_profile_sent', source: 'STATUS_CHANGE_SOURCE_PROFILE_SENT', setBy: 'profile-rendering' } });
    const set = (statusKey: string, source?: string) => unaryCall(recruiting, 'SetPresentationStatus', { id: created.id, statusKey, source: source as never });
    const setByService = (statusKey: string, source: string) => unaryCall(profileService, 'SetPresentationStatus', { id: created.id, statusKey, source: source as never });
    await setByService('client_interested', 'STATUS_CHANGE_SOURCE_CLIENT_FEEDBACK');
    await set('proposed_without_profile');
    await setByService('clear_data_profile_sent', 'STATUS_CHANGE_SOURCE_PROFILE_SENT');
    const rejected = await setByService('rejected_by_client', 'STATUS_CHANGE_SOURCE_CLIENT_FEEDBACK');
    expect(rejected.status).toMatchObject({ metaStatus: 'META_STATUS_FINAL', finalOutcome: 'FINAL_OUTCOME_REJECTED' });
    // After a rejection, only the always-selectable statuses are left.
    for (const key of ['client_interested', 'anonymous_profile_sent', 'proposed_without_profile']) {
      expect(await failure(set(key))).toMatchObject({ code: grpc.status.FAILED_PRECONDITION, reason: 'STATUS_NOT_SELECTABLE' });
    }
    expect(await failure(setByService('clear_data_profile_sent', 'STATUS_CHANGE_SOURCE_PROFILE_SENT'))).toMatchObject({ code: grpc.status.FAILED_PRECONDITION, reason: 'STATUS_NOT_SELECTABLE' });
    await set('rejected_by_candidate');
    const accepted = await set('accepted_by_client');
    expect(accepted.status).toMatchObject({ metaStatus: 'META_STATUS_FINAL', finalOutcome: 'FINAL_OUTCOME_HIRED', source: 'STATUS_CHANGE_SOURCE_MANUAL' });
    expect(accepted.history.map((h) => [h.statusKey, h.source])).toEqual([
      ['anonymous_profile_sent', 'STATUS_CHANGE_SOURCE_PROFILE_SENT'],
      ['client_interested', 'STATUS_CHANGE_SOURCE_CLIENT_FEEDBACK'],
      ['proposed_without_profile', 'STATUS_CHANGE_SOURCE_MANUAL'],
      ['clear_data_profile_sent', 'STATUS_CHANGE_SOURCE_PROFILE_SENT'],
      ['rejected_by_client', 'STATUS_CHANGE_SOURCE_CLIENT_FEEDBACK'],
      ['rejected_by_candidate', 'STATUS_CHANGE_SOURCE_MANUAL'],
      ['accepted_by_client', 'STATUS_CHANGE_SOURCE_MANUAL'],
    ]);
    // Rejections and acceptance may also start a presentation.
    const other = await unaryCall(recruiting, 'CreateClientRequest', { clientId: s.clientId, title: 'Another request' });
    expect((await unaryCall(recruiting, 'CreatePresentation', { candidateId: s.candidateId, clientRequestId: other.id, statusKey: 'rejected_by_candidate' })).status?.statusKey).toBe('rejected_by_candidate');
    expect((await unaryCall(recruiting, 'ListPresentations', { clientRequestId: s.clientRequestId })).presentations.map((p) => p.id)).toEqual([created.id]);
    expect((await unaryCall(recruiting, 'ListPresentations', { candidateId: s.candidateId, statusKey: 'accepted_by_client' })).presentations.map((p) => p.id)).toEqual([created.id]);
    const { activities } = await unaryCall(s.candidates, 'ListActivities', { candidateId: s.candidateId });
    expect(activities.filter((a) => a.kind === 'ACTIVITY_KIND_PRESENTATION_STATUS_SET')).toHaveLength(8);
  });

  it("records a clear-data profile only from the profile service, which checks the candidate's consent, and the client's feedback likewise", async () => {
    const tenant = uniqueName('tenant');
    const s = await scene(kit, tenant);
    const { recruiting } = s;
    const profileService = await kit.profileService(tenant);
    const refusal = async (call: Promise<unknown>) => {
      const { code, reason } = await failure(call);
      return { code, reason };
    };
    const profileSentOnly = { code: grpc.status.FAILED_PRECONDITION, reason: 'PROFILE_SENT_BY_SERVICE_ONLY' };
    const feedbackOnly = { code: grpc.status.FAILED_PRECONDITION, reason: 'CLIENT_FEEDBACK_BY_SERVICE_ONLY' };
    const present = (client: typeof recruiting, statusKey: string, source?: string) =>
      unaryCall(client, 'CreatePresentation', { candidateId: s.candidateId, clientRequestId: s.clientRequestId, statusKey, source: source as never });

    // A recruiter cannot record a clear-data profile, by hand or claiming the profile service sent it; nor can a service by hand.
    expect(await refusal(present(recruiting, 'clear_data_profile_sent'))).toEqual(profileSentOnly);
    expect(await refusal(present(recruiting, 'clear_data_profile_sent', 'STATUS_CHANGE_SOURCE_PROFILE_SENT'))).toEqual(profileSentOnly);
    expect(await refusal(present(profileService, 'clear_data_profile_sent', 'STATUS_CHANGE_SOURCE_MANUAL'))).toEqual(profileSentOnly);
    expect(await refusal(present(recruiting, 'anonymous_profile_sent', 'STATUS_CHANGE_SOURCE_PROFILE_SENT'))).toEqual(profileSentOnly);
    expect(await kit.service.runtime.mongo.collection('presentations').countDocuments({ tenantId: tenant })).toBe(0);

    // A recruiter records an anonymous profile or a proposal as manual.
    const anonymous = await present(recruiting, 'anonymous_profile_sent');
    expect(anonymous.status).toMatchObject({ statusKey: 'anonymous_profile_sent', source: 'STATUS_CHANGE_SOURCE_MANUAL', setBy: 'recruiter-1' });
    const set = (client: typeof recruiting, statusKey: string, source?: string) => unaryCall(client, 'SetPresentationStatus', { id: anonymous.id, statusKey, source: source as never });
    expect((await set(recruiting, 'proposed_without_profile')).status?.statusKey).toBe('proposed_without_profile');

    // The client's interest: from the profile service as feedback; a recruiter sets it as manual only.
    expect(await refusal(set(recruiting, 'client_interested', 'STATUS_CHANGE_SOURCE_CLIENT_FEEDBACK'))).toEqual(feedbackOnly);
    expect((await set(profileService, 'client_interested', 'STATUS_CHANGE_SOURCE_CLIENT_FEEDBACK')).status).toMatchObject({ source: 'STATUS_CHANGE_SOURCE_CLIENT_FEEDBACK', setBy: 'profile-rendering' });

    expect(await refusal(set(recruiting, 'clear_data_profile_sent'))).toEqual(profileSentOnly);
    expect(await refusal(set(recruiting, 'clear_data_profile_sent', 'STATUS_CHANGE_SOURCE_PROFILE_SENT'))).toEqual(profileSentOnly);
    const clearData = await set(profileService, 'clear_data_profile_sent', 'STATUS_CHANGE_SOURCE_PROFILE_SENT');
    expect(clearData.status).toMatchObject({ statusKey: 'clear_data_profile_sent', source: 'STATUS_CHANGE_SOURCE_PROFILE_SENT', setBy: 'profile-rendering' });

    expect(await refusal(set(recruiting, 'rejected_by_client', 'STATUS_CHANGE_SOURCE_CLIENT_FEEDBACK'))).toEqual(feedbackOnly);
    const rejected = await set(recruiting, 'rejected_by_client');
    expect(rejected.history.map((h) => [h.statusKey, h.source, h.setBy])).toEqual([
      ['anonymous_profile_sent', 'STATUS_CHANGE_SOURCE_MANUAL', 'recruiter-1'],
      ['proposed_without_profile', 'STATUS_CHANGE_SOURCE_MANUAL', 'recruiter-1'],
      ['client_interested', 'STATUS_CHANGE_SOURCE_CLIENT_FEEDBACK', 'profile-rendering'],
      ['clear_data_profile_sent', 'STATUS_CHANGE_SOURCE_PROFILE_SENT', 'profile-rendering'],
      ['rejected_by_client', 'STATUS_CHANGE_SOURCE_MANUAL', 'recruiter-1'],
    ]);

    // A clear-data profile may start a presentation, when the profile service sends it.
    const other = await unaryCall(recruiting, 'CreateClientRequest', { clientId: s.clientId, title: 'Another request' });
    const started = await unaryCall(profileService, 'CreatePresentation', { candidateId: s.candidateId, clientRequestId: other.id, statusKey: 'clear_data_profile_sent', source: 'STATUS_CHANGE_SOURCE_PROFILE_SENT' });
    expect(started.status?.statusKey).toBe('clear_data_profile_sent');
  });
});

describe('job orders', () => {
  it('assigns a candidate, changes what the assignment means, and removes it', async () => {
    const tenant = uniqueName('tenant');
    const s = await scene(kit, tenant);
    const { recruiting } = s;
    const assigned = await unaryCall(recruiting, 'AssignCandidate', { jobOrderId: s.jobOrderId, candidateId: s.candidateId, meaning: 'JOB_ORDER_MEANING_NORMAL_PROCESSING' });
    expect(assigned).toMatchObject({ jobOrderId: s.jobOrderId, candidateId: s.candidateId, meaning: 'JOB_ORDER_MEANING_NORMAL_PROCESSING', assigned: true });
    const placed = await unaryCall(recruiting, 'AssignCandidate', { jobOrderId: s.jobOrderId, candidateId: s.candidateId, meaning: 'JOB_ORDER_MEANING_PLACEMENT' });
    expect(placed).toMatchObject({ id: assigned.id, meaning: 'JOB_ORDER_MEANING_PLACEMENT' });
    expect((await unaryCall(recruiting, 'ListAssignments', { candidateId: s.candidateId })).assignments.map((a) => a.meaning)).toEqual(['JOB_ORDER_MEANING_PLACEMENT']);
    const removed = await unaryCall(recruiting, 'UnassignCandidate', { jobOrderId: s.jobOrderId, candidateId: s.candidateId });
    expect(removed).toMatchObject({ assigned: false, meaning: 'JOB_ORDER_MEANING_PLACEMENT' });
    expect((await unaryCall(recruiting, 'ListAssignments', { jobOrderId: s.jobOrderId })).assignments).toEqual([]);
    expect((await failure(unaryCall(recruiting, 'UnassignCandidate', { jobOrderId: s.jobOrderId, candidateId: s.candidateId }))).code).toBe(grpc.status.NOT_FOUND);
    const { activities } = await unaryCall(s.candidates, 'ListActivities', { candidateId: s.candidateId });
    expect(activities.filter((a) => a.kind === 'ACTIVITY_KIND_ASSIGNED_TO_JOB')).toHaveLength(1);
  });
});

describe('retention decides', () => {
  it('a candidate marked for deletion is locked: no new or changed applications, presentations or assignments', async () => {
    const tenant = uniqueName('tenant');
    const s = await scene(kit, tenant);
    const { recruiting } = s;
    const application = await unaryCall(recruiting, 'CreateApplication', { candidateId: s.candidateId, jobId: s.jobId, statusKey: 'received' });
    const presentation = await unaryCall(recruiting, 'CreatePresentation', { candidateId: s.candidateId, clientRequestId: s.clientRequestId, statusKey: 'anonymous_profile_sent' });
    await unaryCall(recruiting, 'AssignCandidate', { jobOrderId: s.jobOrderId, candidateId: s.candidateId, meaning: 'JOB_ORDER_MEANING_NORMAL_PROCESSING' });
    await publishRetention(kit, tenant, s.candidateId, 'marked');
    await waitFor(async () => (await unaryCall(s.candidates, 'GetCandidate', { id: s.candidateId })).markedForDeletion, 20_000, 'the mark');

    const otherJob = await unaryCall(recruiting, 'CreateJob', { title: 'Other' });
    const locked = [
      () => unaryCall(recruiting, 'SetApplicationStatus', { id: application.id, statusKey: 'hired' }),
      () => unaryCall(recruiting, 'SetPresentationStatus', { id: presentation.id, statusKey: 'accepted_by_client' }),
      () => unaryCall(recruiting, 'CreateApplication', { candidateId: s.candidateId, jobId: otherJob.id, statusKey: 'received' }),
      () => unaryCall(recruiting, 'AssignCandidate', { jobOrderId: s.jobOrderId, candidateId: s.candidateId, meaning: 'JOB_ORDER_MEANING_PLACEMENT' }),
      () => unaryCall(recruiting, 'UnassignCandidate', { jobOrderId: s.jobOrderId, candidateId: s.candidateId }),
    ];
    for (const call of locked) expect(await failure(call())).toMatchObject({ code: grpc.status.FAILED_PRECONDITION, reason: 'SUBJECT_MARKED_FOR_DELETION' });
    expect((await unaryCall(recruiting, 'GetApplication', { id: application.id })).status?.statusKey).toBe('received');
    expect((await unaryCall(recruiting, 'ListApplications', { candidateId: s.candidateId })).applications).toHaveLength(1);
  });

  it('an open erasure request blocks new applications, presentations and assignments, but not status changes', async () => {
    const tenant = uniqueName('tenant');
    const s = await scene(kit, tenant);
    const { recruiting } = s;
    const application = await unaryCall(recruiting, 'CreateApplication', { candidateId: s.candidateId, jobId: s.jobId, statusKey: 'received' });
    await publishRetention(kit, tenant, s.candidateId, 'erasure-requested');
    await waitFor(async () => (await unaryCall(s.candidates, 'GetCandidate', { id: s.candidateId })).erasureRequested, 20_000, 'the erasure request');

    const otherJob = await unaryCall(recruiting, 'CreateJob', { title: 'Other' });
    const refused = [
      () => unaryCall(recruiting, 'CreateApplication', { candidateId: s.candidateId, jobId: otherJob.id, statusKey: 'received' }),
      () => unaryCall(recruiting, 'CreatePresentation', { candidateId: s.candidateId, clientRequestId: s.clientRequestId, statusKey: 'anonymous_profile_sent' }),
      () => unaryCall(recruiting, 'AssignCandidate', { jobOrderId: s.jobOrderId, candidateId: s.candidateId, meaning: 'JOB_ORDER_MEANING_NORMAL_PROCESSING' }),
    ];
    for (const call of refused) expect(await failure(call())).toMatchObject({ code: grpc.status.FAILED_PRECONDITION, reason: 'ERASURE_REQUESTED' });
    expect((await unaryCall(recruiting, 'ListAssignments', { candidateId: s.candidateId })).assignments).toEqual([]);
    expect((await unaryCall(recruiting, 'ListPresentations', { candidateId: s.candidateId })).presentations).toEqual([]);
    // The running application may still end.
    expect((await unaryCall(recruiting, 'SetApplicationStatus', { id: application.id, statusKey: 'withdrawn' })).status?.finalOutcome).toBe('FINAL_OUTCOME_WITHDRAWN');
  });
});

describe('ListCandidates by applications', () => {
  it('filters by the status key and meta status of the candidates\' applications, and keeps the other filters', async () => {
    const tenant = uniqueName('tenant');
    const s = await scene(kit, tenant);
    const { recruiting, candidates } = s;
    const second = await newCandidate(candidates);
    const third = await newCandidate(candidates);
    await unaryCall(recruiting, 'CreateApplication', { candidateId: s.candidateId, jobId: s.jobId, statusKey: 'interview' });
    const rejected = await unaryCall(recruiting, 'CreateApplication', { candidateId: second, jobId: s.jobId, statusKey: 'received' });
    await unaryCall(recruiting, 'SetApplicationStatus', { id: rejected.id, statusKey: 'rejected' });
    const otherJob = await unaryCall(recruiting, 'CreateJob', { title: 'Other' });
    await unaryCall(recruiting, 'CreateApplication', { candidateId: second, jobId: otherJob.id, statusKey: 'talent_pool' });

    const ids = async (request: object) => (await unaryCall(candidates, 'ListCandidates', request)).candidates.map((c) => c.id).sort();
    expect(await ids({})).toEqual([s.candidateId, second, third].sort());
    expect(await ids({ applicationStatusKey: 'interview' })).toEqual([s.candidateId]);
    expect(await ids({ applicationMetaStatus: 'META_STATUS_FINAL' })).toEqual([second]);
    expect(await ids({ applicationMetaStatus: 'META_STATUS_ACTIVE' })).toEqual([s.candidateId]);
    expect(await ids({ applicationMetaStatus: 'META_STATUS_HOLD', applicationStatusKey: 'talent_pool' })).toEqual([second]);
    // Both must hold for the same application.
    expect(await ids({ applicationMetaStatus: 'META_STATUS_HOLD', applicationStatusKey: 'rejected' })).toEqual([]);
    expect(await ids({ applicationStatusKey: 'hired' })).toEqual([]);
    expect(await ids({ applicationStatusKey: 'interview', tags: ['no-such-tag'] })).toEqual([]);
    expect((await unaryCall(candidates, 'ListCandidates', { applicationMetaStatus: 'META_STATUS_FINAL', page: { pageSize: 1 } })).candidates).toHaveLength(1);
    const bad = await failure(unaryCall(candidates, 'ListCandidates', { applicationStatusKey: 'Not A Key', applicationMetaStatus: 9 as never }));
    expect(bad.violations.map((v) => v.field).sort()).toEqual(['applicationMetaStatus', 'applicationStatusKey']);
  });
});
