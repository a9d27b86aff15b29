// The candidates service's part of the access protocol (ExportSubject): everything it holds about a
// person, decrypted, field by field as created through the API, and nothing about anyone else.
import { status } from '@grpc/grpc-js';
import { RIGHTS } from '@lethe/platform/auth';
import { clientStreamCall, unaryCall } from '@lethe/platform/grpc';
import { exportSubject, uniqueName } from '@lethe/platform/testkit';
import { fromTimestamp, type PersonalData, type StatusChange__Output, type UploadFileRequest } from '@lethe/protos';
import { erasureDriver, failure, input, person, startCandidates, type CandidatesClient, type CandidatesKit, type ErasureDriver } from './kit';
import { scene, type Scene } from './recruiting-kit';

let kit: CandidatesKit;
let driver: ErasureDriver;

beforeAll(async () => {
  kit = await startCandidates();
  driver = await erasureDriver(kit, uniqueName('export-test-acks'));
});
afterAll(async () => {
  await driver?.stop();
  await kit?.close();
});

const exportOf = (tenantId: string, subjectId: string) => exportSubject(kit.service, kit.auth, tenantId, subjectId);
const iso = (timestamp: Parameters<typeof fromTimestamp>[0]) => fromTimestamp(timestamp)!.toISOString();
const statusOf = (change: StatusChange__Output) => ({ ...change, setAt: iso(change.setAt) });

/** A CV over several storage and export chunks, and a small photo. */
const cv = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(700 * 1024, 'c')]);
const photo = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(5000, 1)]);

function upload(client: CandidatesClient, candidateId: string, content: Buffer, kind: 'FILE_KIND_CV' | 'FILE_KIND_PHOTO', fileName: string) {
  const chunks: UploadFileRequest[] = [];
  for (let offset = 0; offset < content.length; offset += 64 * 1024) chunks.push({ chunk: content.subarray(offset, offset + 64 * 1024) });
  return clientStreamCall(client, 'UploadFile', [{ header: { candidateId, kind, fileName } }, ...chunks]);
}

const ada: PersonalData = {
  salutation: 'Frau',
  title: 'Dr.',
  firstName: `Ada${Date.now().toString(36)}`,
  lastName: 'Lovelace',
  dateOfBirth: '1985-12-10',
  gender: 'female',
  nationality: 'GB',
  email: `ada.${Date.now().toString(36)}@example.org`,
  phone: '+49 30 555 0101',
  address: { street: 'Analytical Way 1', zip: '10115', city: 'Berlin', country: 'DE' },
  skills: ['Mathematics', 'Engines'],
  languages: ['en', 'de'],
  experience: 'Notes on the analytical engine',
  notes: 'Prefers remote work',
  customFields: { shoeSize: '38' },
};

describe('ExportSubject of the candidates service', () => {
  const tenant = uniqueName('tenant');
  let s: Scene;
  let subjectId: string;

  beforeAll(async () => {
    // The scene's own candidate is another person of the same tenant, with records of their own.
    s = await scene(kit, tenant);
    await unaryCall(s.recruiting, 'CreateApplication', { candidateId: s.candidateId, jobId: s.jobId, statusKey: 'received' });
    await unaryCall(s.recruiting, 'CreatePresentation', { candidateId: s.candidateId, clientRequestId: s.clientRequestId, statusKey: 'anonymous_profile_sent' });
    await upload(s.candidates, s.candidateId, cv, 'FILE_KIND_CV', 'someone-else.pdf');
    const created = await unaryCall(s.candidates, 'CreateCandidate', {
      candidate: input(ada, { tags: ['silver-medalist', 'remote'], ownerId: 'recruiter-7', source: 'job_board', inboundChannel: 'email' }),
      allowDuplicates: true,
    });
    subjectId = created.candidate!.id;
  });

  it('holds the record, activities, files, applications, presentations, assignments and contact data, decrypted, and nothing of anyone else', async () => {
    const { candidates, recruiting } = s;
    const cvFile = await upload(candidates, subjectId, cv, 'FILE_KIND_CV', 'Lebenslauf Ada Lovelace.pdf');
    const photoFile = await upload(candidates, subjectId, photo, 'FILE_KIND_PHOTO', 'ada.png');
    const application = await unaryCall(recruiting, 'CreateApplication', { candidateId: subjectId, jobId: s.jobId, statusKey: 'received' });
    const reviewed = await unaryCall(recruiting, 'SetApplicationStatus', { id: application.id, statusKey: 'in_review' });
    const presentation = await unaryCall(recruiting, 'CreatePresentation', { candidateId: subjectId, clientRequestId: s.clientRequestId, statusKey: 'anonymous_profile_sent' });
    const assignment = await unaryCall(recruiting, 'AssignCandidate', { jobOrderId: s.jobOrderId, candidateId: subjectId, meaning: 'JOB_ORDER_MEANING_PLACEMENT' });
    const secondOrder = await unaryCall(recruiting, 'CreateJobOrder', { clientId: s.clientId, title: 'Interim lead' });
    await unaryCall(recruiting, 'AssignCandidate', { jobOrderId: secondOrder.id, candidateId: subjectId, meaning: 'JOB_ORDER_MEANING_NORMAL_PROCESSING' });
    const removed = await unaryCall(recruiting, 'UnassignCandidate', { jobOrderId: secondOrder.id, candidateId: subjectId });
    const appointmentAt = new Date(Date.now() - 3_600_000);
    await unaryCall(candidates, 'RecordActivity', { candidateId: subjectId, kind: 'ACTIVITY_KIND_APPOINTMENT_CREATED', occurredAt: { seconds: Math.floor(appointmentAt.getTime() / 1000), nanos: 0 } });
    const contact = await unaryCall(recruiting, 'CreateContactPerson', {
      contact: { clientId: s.clientId, salutation: 'Frau', firstName: ada.firstName, lastName: 'Lovelace', email: ada.email, phone: '+49 30 555 0102', position: 'CTO', candidateId: subjectId },
    });
    const stored = await unaryCall(candidates, 'GetCandidate', { id: subjectId });
    const { activities } = await unaryCall(candidates, 'ListActivities', { candidateId: subjectId, page: { pageSize: 100, pageToken: '' } });

    const received = await exportOf(tenant, subjectId);
    expect(Object.keys(received.sections).sort()).toEqual(['activities', 'applications', 'assignments', 'candidate', 'contactPersons', 'files', 'presentations']);

    expect(received.sections.candidate).toEqual([
      {
        id: subjectId,
        personal: { ...ada },
        tags: ['silver-medalist', 'remote'],
        ownerId: 'recruiter-7',
        source: 'job_board',
        inboundChannel: 'email',
        createdAt: iso(stored.createdAt),
        updatedAt: iso(stored.updatedAt),
        createdBy: 'recruiter-1',
        updatedBy: 'recruiter-1',
        state: 'CANDIDATE_STATE_ACTIVE',
        markedForDeletion: false,
        markedForDeletionAt: null,
        earliestDeletionAt: null,
        erasureRequested: false,
        erasureRequestId: '',
        erasureRequestedAt: null,
        anonymisedName: '',
        version: stored.version,
      },
    ]);

    expect(received.sections.activities).toEqual(
      activities.map((activity) => ({
        id: activity.id,
        candidateId: subjectId,
        kind: activity.kind,
        actorId: 'recruiter-1',
        occurredAt: iso(activity.occurredAt),
        restartsRetentionClock: activity.restartsRetentionClock,
        refs: expect.any(Object) as unknown,
      })),
    );
    const refsOf = (kind: string) => received.sections.activities!.filter((activity) => activity.kind === kind).map((activity) => activity.refs);
    expect(refsOf('ACTIVITY_KIND_CV_UPLOADED')).toEqual([{ fileId: cvFile.id }]);
    expect(refsOf('ACTIVITY_KIND_FILE_UPLOADED')).toEqual([{ fileId: photoFile.id }]);
    expect(refsOf('ACTIVITY_KIND_APPLICATION_STATUS_SET')).toEqual([{ application: application.id }, { application: application.id }]);
    expect(refsOf('ACTIVITY_KIND_PRESENTATION_STATUS_SET')).toEqual([{ presentation: presentation.id }]);
    expect(refsOf('ACTIVITY_KIND_ASSIGNED_TO_JOB')).toEqual([{ jobOrder: s.jobOrderId }, { jobOrder: secondOrder.id }]);
    expect(received.sections.activities!.find((activity) => activity.kind === 'ACTIVITY_KIND_APPOINTMENT_CREATED')).toMatchObject({ occurredAt: new Date(Math.floor(appointmentAt.getTime() / 1000) * 1000).toISOString(), refs: {} });

    const fileRecord = (file: typeof cvFile) => ({ id: file.id, candidateId: subjectId, kind: file.kind, fileName: file.fileName, contentType: file.contentType, size: file.size, uploadedAt: iso(file.uploadedAt), uploadedBy: 'recruiter-1' });
    expect(received.sections.files).toEqual([fileRecord(cvFile), fileRecord(photoFile)]);
    expect(received.sections.files!.map((file) => file.fileName)).toEqual(['Lebenslauf Ada Lovelace.pdf', 'ada.png']);
    expect(received.files.map(({ fileId, section, name, contentType }) => ({ fileId, section, name, contentType }))).toEqual([
      { fileId: cvFile.id, section: 'files', name: 'Lebenslauf Ada Lovelace.pdf', contentType: 'application/pdf' },
      { fileId: photoFile.id, section: 'files', name: 'ada.png', contentType: 'image/png' },
    ]);
    expect(received.files[0]!.data.equals(cv)).toBe(true);
    expect(received.files[1]!.data.equals(photo)).toBe(true);

    expect(received.sections.applications).toEqual([
      {
        id: application.id,
        candidateId: subjectId,
        jobId: s.jobId,
        jobTitle: 'Backend developer',
        appliedAt: iso(application.appliedAt),
        status: statusOf(reviewed.status!),
        history: reviewed.history.map(statusOf),
      },
    ]);
    expect(received.sections.applications![0]!.history).toMatchObject([
      { statusKey: 'received', metaStatus: 'META_STATUS_ACTIVE', setBy: 'recruiter-1', source: 'STATUS_CHANGE_SOURCE_MANUAL' },
      { statusKey: 'in_review', metaStatus: 'META_STATUS_ACTIVE' },
    ]);
    expect(received.sections.presentations).toEqual([
      {
        id: presentation.id,
        candidateId: subjectId,
        clientRequestId: s.clientRequestId,
        clientRequestTitle: 'Backend developers',
        clientId: s.clientId,
        clientName: 'Acme GmbH',
        status: statusOf(presentation.status!),
        history: presentation.history.map(statusOf),
        createdAt: iso(presentation.createdAt),
      },
    ]);
    expect(received.sections.assignments).toEqual([
      { id: assignment.id, jobOrderId: s.jobOrderId, jobOrderTitle: 'Two backend developers', candidateId: subjectId, meaning: 'JOB_ORDER_MEANING_PLACEMENT', assigned: true, changedAt: iso(assignment.changedAt), changedBy: 'recruiter-1' },
      { id: removed.id, jobOrderId: secondOrder.id, jobOrderTitle: 'Interim lead', candidateId: subjectId, meaning: 'JOB_ORDER_MEANING_NORMAL_PROCESSING', assigned: false, changedAt: iso(removed.changedAt), changedBy: 'recruiter-1' },
    ]);
    expect(received.sections.contactPersons).toEqual([
      {
        id: contact.id,
        contact: { clientId: s.clientId, clientName: 'Acme GmbH', salutation: 'Frau', firstName: ada.firstName, lastName: 'Lovelace', email: ada.email, phone: '+49 30 555 0102', position: 'CTO', candidateId: subjectId },
        createdAt: iso(contact.createdAt),
        updatedAt: iso(contact.updatedAt),
        erased: false,
        markedForDeletionAt: null,
        earliestDeletionAt: null,
      },
    ]);

    // Nothing of the other candidate of the tenant (their id, name, e-mail, file) and no ciphertexts.
    const other = await unaryCall(candidates, 'GetCandidate', { id: s.candidateId });
    const json = JSON.stringify(received.sections);
    for (const foreign of [s.candidateId, other.personal!.firstName, other.personal!.email, 'someone-else.pdf']) expect(json).not.toContain(foreign);
    expect(json).not.toMatch(/"(_id|tenantId|tokens|outbox|revision|chunkCount)"/);
  });

  it('exports a contact person who is a subject of their own', async () => {
    const contact = await unaryCall(s.recruiting, 'CreateContactPerson', { contact: { clientId: s.clientId, firstName: 'Karl', lastName: 'Kunde', email: 'karl.kunde@example.org', position: 'HR' } });
    const received = await exportOf(tenant, contact.id);
    expect(received.files).toEqual([]);
    expect(received.sections).toEqual({
      contactPersons: [
        {
          id: contact.id,
          contact: { clientId: s.clientId, clientName: 'Acme GmbH', salutation: '', firstName: 'Karl', lastName: 'Kunde', email: 'karl.kunde@example.org', phone: '', position: 'HR', candidateId: '' },
          createdAt: iso(contact.createdAt),
          updatedAt: iso(contact.updatedAt),
          erased: false,
          markedForDeletionAt: null,
          earliestDeletionAt: null,
        },
      ],
    });
  });

  it('yields nothing about a person it does not hold, nor about another tenant’s candidate', async () => {
    const otherTenant = uniqueName('tenant');
    const elsewhere = await unaryCall(await kit.client(otherTenant), 'CreateCandidate', { candidate: input(person()), allowDuplicates: true });
    expect(await exportOf(tenant, 'nobody-here')).toEqual({ sections: {}, files: [], bytes: 0 });
    expect(await exportOf(tenant, elsewhere.candidate!.id)).toEqual({ sections: {}, files: [], bytes: 0 });
    expect(await exportOf(otherTenant, subjectId)).toEqual({ sections: {}, files: [], bytes: 0 });
    expect((await exportOf(otherTenant, elsewhere.candidate!.id)).sections.candidate).toHaveLength(1);
  });

  it('answers only retention’s service token', async () => {
    expect(await failure(exportSubject(kit.service, kit.auth, tenant, subjectId, { actorId: 'recruiter-1', actorKind: 'user', rights: [RIGHTS.exportSubjects, RIGHTS.readCandidates] }))).toMatchObject({
      code: status.PERMISSION_DENIED,
      reason: 'MISSING_RIGHT',
    });
  });

  it('refuses a person once erased; the person of the tenant not erased still exports', async () => {
    const erased = await unaryCall(s.candidates, 'CreateCandidate', { candidate: input(person()), allowDuplicates: true });
    await upload(s.candidates, erased.candidate!.id, photo, 'FILE_KIND_PHOTO', 'gone.png');
    expect((await exportOf(tenant, erased.candidate!.id)).files).toHaveLength(1);
    await driver.erase(tenant, erased.candidate!.id);
    expect(await failure(exportOf(tenant, erased.candidate!.id))).toMatchObject({ code: status.FAILED_PRECONDITION, reason: 'SUBJECT_ERASED' });
    expect((await exportOf(tenant, s.candidateId)).sections.candidate).toHaveLength(1);
  });
});
