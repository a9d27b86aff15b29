import { unaryCall } from '@lethe/platform/grpc';
import { type Subscription } from '@lethe/platform/kafka';
import { makeCanaries, scanDirectoryForCanaries, testInfra, uniqueName } from '@lethe/platform/testkit';
import { encodeMessage, TOPICS, type EventOutput, type EventTypeName } from '@lethe/protos';
import { input, person, startCandidates, waitFor, type CandidatesKit } from './kit';

let kit: CandidatesKit;
const events: { type: EventTypeName; subjectId?: string; payload: unknown; bytes: Buffer[] }[] = [];
let subscription: Subscription;

beforeAll(async () => {
  kit = await startCandidates();
  subscription = await kit.service.runtime.bus.subscribe({
    groupId: 'recruiting-events-test',
    topics: [TOPICS.candidateEvents],
    fromBeginning: true,
    handler: async (event) =>
      void events.push({ type: event.type, subjectId: event.envelope.subjectId, payload: event.payload, bytes: [encodeMessage(event.type, event.payload), Buffer.from(JSON.stringify(event))] }),
  });
});
afterAll(async () => {
  await subscription?.stop();
  await kit?.close();
});

function eventsOf<T extends EventTypeName>(type: T, candidateId: string): EventOutput<T>[] {
  return events.filter((event) => event.type === type && event.subjectId === candidateId).map((event) => event.payload as EventOutput<T>);
}

describe('recruiting events', () => {
  it('announces status changes and assignments with ids, statuses and times only; no personal data in events, FerretDB files or logs', async () => {
    const tenant = uniqueName('tenant');
    const candidates = await kit.client(tenant);
    const recruiting = await kit.recruiting(tenant);
    const canaries = makeCanaries('CANARY', ['firstName', 'lastName', 'email', 'notes', 'contactFirstName', 'contactLastName', 'contactEmail', 'contactPhone', 'contactPosition']);
    const { candidate } = await unaryCall(candidates, 'CreateCandidate', {
      candidate: input(person({ firstName: canaries.firstName, lastName: canaries.lastName, email: canaries.email, notes: canaries.notes })),
    });
    const candidateId = candidate!.id;
    const client = await unaryCall(recruiting, 'CreateClient', { name: 'Acme GmbH' });
    const contact = await unaryCall(recruiting, 'CreateContactPerson', {
      contact: {
        clientId: client.id,
        firstName: canaries.contactFirstName,
        lastName: canaries.contactLastName,
        email: canaries.contactEmail,
        phone: canaries.contactPhone,
        position: canaries.contactPosition,
        candidateId,
      },
    });
    expect(contact.contact?.lastName).toBe(canaries.contactLastName);
    const clientRequest = await unaryCall(recruiting, 'CreateClientRequest', { clientId: client.id, contactPersonId: contact.id, title: 'Request' });
    const job = await unaryCall(recruiting, 'CreateJob', { title: 'Job', clientId: client.id });
    const jobOrder = await unaryCall(recruiting, 'CreateJobOrder', { clientId: client.id, clientRequestId: clientRequest.id, jobId: job.id, title: 'Order' });

    const application = await unaryCall(recruiting, 'CreateApplication', { candidateId, jobId: job.id, statusKey: 'received' });
    await unaryCall(recruiting, 'SetApplicationStatus', { id: application.id, statusKey: 'hired' });
    const profileService = await kit.profileService(tenant);
    const presentation = await unaryCall(profileService, 'CreatePresentation', { candidateId, clientRequestId: clientRequest.id, statusKey: 'anonymous_profile_sent', source: 'STATUS_CHANGE_SOURCE_PROFILE_SENT' });
    await unaryCall(profileService, 'SetPresentationStatus', { id: presentation.id, statusKey: 'client_interested', source: 'STATUS_CHANGE_SOURCE_CLIENT_FEEDBACK' });
    await unaryCall(recruiting, 'AssignCandidate', { jobOrderId: jobOrder.id, candidateId, meaning: 'JOB_ORDER_MEANING_NORMAL_PROCESSING' });
    await unaryCall(recruiting, 'AssignCandidate', { jobOrderId: jobOrder.id, candidateId, meaning: 'JOB_ORDER_MEANING_PLACEMENT' });
    await unaryCall(recruiting, 'UnassignCandidate', { jobOrderId: jobOrder.id, candidateId });

    await waitFor(() => eventsOf('lethe.candidates.v1.JobOrderAssignmentChanged', candidateId).length === 3, 20_000, 'the assignment events');
    await waitFor(() => eventsOf('lethe.candidates.v1.ApplicationStatusChanged', candidateId).length === 2, 20_000, 'the application events');
    await waitFor(() => eventsOf('lethe.candidates.v1.PresentationStatusChanged', candidateId).length === 2, 20_000, 'the presentation events');

    const applicationEvents = eventsOf('lethe.candidates.v1.ApplicationStatusChanged', candidateId);
    expect(applicationEvents.map((e) => [e.statusKey, e.metaStatus, e.finalOutcome, e.source])).toEqual([
      ['received', 'META_STATUS_ACTIVE', 'FINAL_OUTCOME_UNSPECIFIED', 'STATUS_CHANGE_SOURCE_MANUAL'],
      ['hired', 'META_STATUS_FINAL', 'FINAL_OUTCOME_HIRED', 'STATUS_CHANGE_SOURCE_MANUAL'],
    ]);
    expect(applicationEvents[1]).toMatchObject({ applicationId: application.id, candidateId, jobId: job.id, changedBy: 'recruiter-1', appliedAt: application.appliedAt });
    expect(applicationEvents[1].statusSetAt?.seconds).toBeTruthy();

    const presentationEvents = eventsOf('lethe.candidates.v1.PresentationStatusChanged', candidateId);
    expect(presentationEvents.map((e) => [e.statusKey, e.metaStatus, e.source])).toEqual([
      ['anonymous_profile_sent', 'META_STATUS_ACTIVE', 'STATUS_CHANGE_SOURCE_PROFILE_SENT'],
      ['client_interested', 'META_STATUS_ACTIVE', 'STATUS_CHANGE_SOURCE_CLIENT_FEEDBACK'],
    ]);
    expect(presentationEvents[0]).toMatchObject({ presentationId: presentation.id, candidateId, clientRequestId: clientRequest.id, clientId: client.id, changedBy: 'profile-rendering' });

    expect(eventsOf('lethe.candidates.v1.JobOrderAssignmentChanged', candidateId).map((e) => [e.jobOrderId, e.assigned, e.meaning])).toEqual([
      [jobOrder.id, true, 'JOB_ORDER_MEANING_NORMAL_PROCESSING'],
      [jobOrder.id, true, 'JOB_ORDER_MEANING_PLACEMENT'],
      [jobOrder.id, false, 'JOB_ORDER_MEANING_PLACEMENT'],
    ]);
    // Status sets and the assignment restart the retention clock as activities.
    await waitFor(
      () => eventsOf('lethe.candidates.v1.ActivityRecorded', candidateId).filter((e) => e.kind !== 'ACTIVITY_KIND_CANDIDATE_CREATED').length === 5,
      20_000,
      'the activity events',
    );
    expect(
      eventsOf('lethe.candidates.v1.ActivityRecorded', candidateId)
        .map((e) => e.kind)
        .filter((kind) => kind !== 'ACTIVITY_KIND_CANDIDATE_CREATED')
        .sort(),
    ).toEqual(['ACTIVITY_KIND_APPLICATION_STATUS_SET', 'ACTIVITY_KIND_APPLICATION_STATUS_SET', 'ACTIVITY_KIND_ASSIGNED_TO_JOB', 'ACTIVITY_KIND_PRESENTATION_STATUS_SET', 'ACTIVITY_KIND_PRESENTATION_STATUS_SET']);

    const leaks = events.filter((event) => event.bytes.some((bytes) => Object.values(canaries).some((canary) => bytes.includes(canary))));
    expect(leaks.map((event) => event.type)).toEqual([]);
    expect(await scanDirectoryForCanaries(testInfra().mongoDataDir, canaries)).toEqual([]);
    expect(Object.values(canaries).filter((canary) => kit.logs.text().includes(canary))).toEqual([]);
    expect(kit.logs.text()).toContain('lethe.candidates.v1.RecruitingService/CreateContactPerson');
  });
});
