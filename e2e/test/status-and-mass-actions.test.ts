// What a status, a data-protection mass action and a mark do across candidates, retention and
// messaging: a status's actions (reduce through the erasure protocol, ask for storage consent by
// mail) obey marks and erasure requests; a mass action selects with ListCandidates' filters and
// reports whom it passed over; a contact person is marked, restored and erased like a candidate.
import * as grpc from '@grpc/grpc-js';
import { RIGHTS } from '@lethe/platform/auth';
import { EVENT_WAIT_MS } from '@lethe/platform/testkit';
import { readErrorDetails, unaryCall } from '@lethe/platform/grpc';
import { toTimestamp, TOPICS, type RunMassActionRequest, type StatusAction, type StatusDefinition } from '@lethe/protos';
import { createCandidate, failure, RECRUITER_RIGHTS, startStack, uniqueName, waitFor, type Clients, type Stack } from './stack';

let kit: Stack;
/** A test that waits for several events in turn. */
const EVENTS_TEST_MS = 240_000;

beforeAll(async () => {
  kit = await startStack();
}, 120_000);
afterAll(async () => {
  await kit?.close();
});

const DATA_PROTECTION = [...RECRUITER_RIGHTS, RIGHTS.dataProtection, RIGHTS.restoreMarked];

const REJECTED: StatusDefinition = {
  kind: 'STATUS_KIND_APPLICATION',
  key: 'rejected',
  label: 'Absage',
  metaStatus: 'META_STATUS_FINAL',
  finalOutcome: 'FINAL_OUTCOME_REJECTED',
  alwaysSelectable: false,
  selectableAfter: [],
  position: 60,
};
const TALENT_POOL: StatusDefinition = { ...REJECTED, key: 'talent_pool', label: 'Talentpool', metaStatus: 'META_STATUS_HOLD', finalOutcome: 'FINAL_OUTCOME_UNSPECIFIED', position: 80 };
const REDUCE: StatusAction = { kind: 'STATUS_ACTION_KIND_REDUCE_CONTENTS' };
const ASK_STORAGE_CONSENT: StatusAction = { kind: 'STATUS_ACTION_KIND_SEND_TEMPLATE', templateKey: 'consent-request-storage' };

/** A candidate with an application in status "received"; returns the candidate and the application's id. */
async function applicant(clients: Clients): Promise<{ id: string; email: string; applicationId: string }> {
  const candidate = await createCandidate(clients);
  const job = await unaryCall(clients.recruiting, 'CreateJob', { title: 'Lagerist', location: 'Köln' });
  const application = await unaryCall(clients.recruiting, 'CreateApplication', { candidateId: candidate.id, jobId: job.id, statusKey: 'received' });
  return { ...candidate, applicationId: application.id };
}

const activitiesOf = async (clients: Clients, candidateId: string) => (await unaryCall(clients.candidates, 'ListActivities', { candidateId })).activities;

async function activityOf(clients: Clients, candidateId: string, kind: string) {
  return waitFor(async () => (await activitiesOf(clients, candidateId)).find((activity) => activity.kind === kind), EVENT_WAIT_MS, `the activity ${kind}`);
}

describe('the actions of a status', () => {
  it('are saved with the status only when valid, and only with the right to manage settings', async () => {
    const recruiter = await kit.recruiter(uniqueName('agency'));
    const upsert = (status: Record<string, unknown>, clients = recruiter) => unaryCall(clients.recruiting, 'UpsertStatus', { status });
    const unknownTemplate = await failure(upsert({ ...REJECTED, actions: [{ kind: 'STATUS_ACTION_KIND_SEND_TEMPLATE', templateKey: 'owner-digest' }] }));
    expect(unknownTemplate.code).toBe(grpc.status.INVALID_ARGUMENT);
    expect(unknownTemplate.violations.map((v) => v.field)).toEqual(['status.actions[0].templateKey']);
    expect((await failure(upsert({ ...TALENT_POOL, actions: [REDUCE] }))).violations.map((v) => v.field)).toEqual(['status.actions[0].kind']);
    expect((await failure(upsert({ ...REJECTED, actions: [{ kind: 'STATUS_ACTION_KIND_UNSPECIFIED' }] }))).violations.map((v) => v.field)).toEqual(['status.actions[0].kind']);
    const reader = await kit.recruiter(recruiter.tenantId, [RIGHTS.readCandidates, RIGHTS.writeCandidates]);
    expect((await failure(upsert({ ...REJECTED, actions: [REDUCE] }, reader))).code).toBe(grpc.status.PERMISSION_DENIED);

    expect((await upsert({ ...REJECTED, actions: [REDUCE] })).actions).toEqual([{ kind: 'STATUS_ACTION_KIND_REDUCE_CONTENTS', templateKey: '' }]);
    const { statuses } = await unaryCall(recruiter.recruiting, 'ListStatuses', { kind: 'STATUS_KIND_APPLICATION' });
    expect(statuses.find((status) => status.key === 'rejected')?.actions).toEqual([{ kind: 'STATUS_ACTION_KIND_REDUCE_CONTENTS', templateKey: '' }]);
    expect(statuses.find((status) => status.key === 'hired')?.actions).toEqual([]);
  });

  it('reduce the candidate through retention, and ask for storage consent by mail, when the status is set', async () => {
    const recruiter = await kit.recruiter(uniqueName('agency'));
    await unaryCall(recruiter.recruiting, 'UpsertStatus', { status: { ...REJECTED, actions: [REDUCE] } });
    await unaryCall(recruiter.recruiting, 'UpsertStatus', { status: { ...TALENT_POOL, actions: [ASK_STORAGE_CONSENT] } });

    const rejected = await applicant(recruiter);
    await unaryCall(recruiter.recruiting, 'SetApplicationStatus', { id: rejected.applicationId, statusKey: 'rejected' });
    const requested = await activityOf(recruiter, rejected.id, 'ACTIVITY_KIND_STATUS_ACTION_REQUESTED');
    expect(requested).toMatchObject({ actorId: 'recruiter-1', restartsRetentionClock: false, refs: { application: rejected.applicationId, statusAction: 'reduce-contents' } });
    // A read in the instant the reduction replaces the data key may be refused; the next one sees the result.
    await waitFor(async () => (await unaryCall(recruiter.candidates, 'GetCandidate', { id: rejected.id }).catch(() => undefined))?.state === 'CANDIDATE_STATE_REDUCED', 30_000, 'the reduction');
    const { erasures } = await unaryCall(recruiter.retention, 'ListErasures', {});
    expect(erasures.filter((e) => e.subjectId === rejected.id).map((e) => [e.mode, e.trigger])).toEqual([['ERASURE_MODE_REDUCE', 'status-action']]);

    const pooled = await applicant(recruiter);
    await unaryCall(recruiter.recruiting, 'SetApplicationStatus', { id: pooled.applicationId, statusKey: 'talent_pool' });
    const mail = await kit.mailpit.waitForMail(pooled.email, (message) => message.Text.includes('/consent?token='), EVENT_WAIT_MS);
    expect(mail.Subject).toBe('Dürfen wir Ihre Daten für künftige Stellen aufbewahren?');
    expect(await activityOf(recruiter, pooled.id, 'ACTIVITY_KIND_STATUS_ACTION_REQUESTED')).toMatchObject({ refs: { statusAction: 'send-template', template: 'consent-request-storage' } });
    // A workflow's message: it does not restart the retention clock.
    expect(await activityOf(recruiter, pooled.id, 'ACTIVITY_KIND_AUTOMATED_MESSAGE_SENT')).toMatchObject({ restartsRetentionClock: false });
  }, EVENTS_TEST_MS);

  it('do nothing for a candidate with an open erasure request or marked for deletion, and the activity log says why', async () => {
    const recruiter = await kit.recruiter(uniqueName('agency'), DATA_PROTECTION);
    await unaryCall(recruiter.recruiting, 'UpsertStatus', { status: { ...REJECTED, actions: [REDUCE] } });
    await unaryCall(recruiter.recruiting, 'UpsertStatus', { status: { ...TALENT_POOL, actions: [ASK_STORAGE_CONSENT] } });

    const asked = await applicant(recruiter);
    await unaryCall(recruiter.retention, 'OpenErasureRequest', { subjectId: asked.id, reason: 'bitte löschen' });
    await waitFor(async () => (await unaryCall(recruiter.candidates, 'GetCandidate', { id: asked.id })).erasureRequested, EVENT_WAIT_MS, 'candidates to hear of the request');
    await unaryCall(recruiter.recruiting, 'SetApplicationStatus', { id: asked.applicationId, statusKey: 'rejected' });
    expect(await activityOf(recruiter, asked.id, 'ACTIVITY_KIND_STATUS_ACTION_SKIPPED')).toMatchObject({ refs: { statusAction: 'reduce-contents', reason: 'erasure-requested' } });
    expect((await activitiesOf(recruiter, asked.id)).map((a) => a.kind)).not.toContain('ACTIVITY_KIND_STATUS_ACTION_REQUESTED');

    // Marked: the record is locked, so the status is not set and nothing runs.
    const marked = await applicant(recruiter);
    await unaryCall(recruiter.retention, 'MarkForDeletion', { subjectId: marked.id });
    await waitFor(async () => (await unaryCall(recruiter.candidates, 'GetCandidate', { id: marked.id })).markedForDeletion, EVENT_WAIT_MS, 'candidates to hear of the mark');
    const refused = await failure(unaryCall(recruiter.recruiting, 'SetApplicationStatus', { id: marked.applicationId, statusKey: 'talent_pool' }));
    expect(refused).toMatchObject({ code: grpc.status.FAILED_PRECONDITION, reason: 'SUBJECT_MARKED_FOR_DELETION' });

    // Marked in retention before candidates heard of it: retention declines the reduction, and the activity log says so.
    const overtaken = await applicant(recruiter);
    await unaryCall(recruiter.retention, 'MarkForDeletion', { subjectId: overtaken.id });
    const actionId = uniqueName('action');
    await kit.services.candidates.runtime.bus.publish(TOPICS.candidateEvents, [
      {
        type: 'lethe.candidates.v1.StatusActionRequested',
        tenantId: recruiter.tenantId,
        subjectId: overtaken.id,
        payload: { actionId, candidateId: overtaken.id, kind: 'STATUS_ACTION_KIND_REDUCE_CONTENTS', statusKey: 'rejected', recordId: overtaken.applicationId, requestedAt: toTimestamp(new Date()), requestedBy: 'recruiter-1' },
      },
    ]);
    expect(await activityOf(recruiter, overtaken.id, 'ACTIVITY_KIND_STATUS_ACTION_SKIPPED')).toMatchObject({ actorId: 'retention', refs: { action: actionId, reason: 'marked-for-deletion' } });
    const { erasures } = await unaryCall(recruiter.retention, 'ListErasures', {});
    expect(erasures.filter((e) => [asked.id, marked.id, overtaken.id].includes(e.subjectId))).toEqual([]);
  }, EVENTS_TEST_MS);
});

describe('a mass action over a candidates search', () => {
  it('counts first, then runs in the background to be followed, reporting whom it passed over; with the data-protection right and a valid filter only', async () => {
    const recruiter = await kit.recruiter(uniqueName('agency'), DATA_PROTECTION);
    const tagged = async () => {
      const { candidate } = await unaryCall(recruiter.candidates, 'CreateCandidate', {
        candidate: { personal: { firstName: 'Erika', lastName: 'Mustermann', email: `${uniqueName('cand')}@example.org` }, tags: ['lager'], source: 'job_board' },
      });
      return candidate!.id;
    };
    const [free, alsoFree, marked, asked] = [await tagged(), await tagged(), await tagged(), await tagged()];
    await createCandidate(recruiter);
    await unaryCall(recruiter.retention, 'MarkForDeletion', { subjectId: marked });
    await unaryCall(recruiter.retention, 'OpenErasureRequest', { subjectId: asked, reason: 'bitte löschen' });
    const request: RunMassActionRequest = { action: 'MASS_ACTION_ANONYMISE', filter: { candidates: { tags: ['lager'] } } };

    const dry = await unaryCall(recruiter.retention, 'RunMassAction', { ...request, dryRun: true });
    expect(dry).toMatchObject({ matched: 4, affected: 0, skipped: 2, runId: '', state: 'MASS_ACTION_RUN_STATE_UNSPECIFIED' });
    expect(dry.subjectIds.sort()).toEqual([free, alsoFree, marked, asked].sort());
    expect((await unaryCall(recruiter.retention, 'ListErasures', {})).erasures).toEqual([]);

    const started = await unaryCall(recruiter.retention, 'RunMassAction', { ...request, inBackground: true });
    expect(started.runId).not.toBe('');
    expect(started.action).toBe('MASS_ACTION_ANONYMISE');
    const run = await waitFor(async () => {
      const current = await unaryCall(recruiter.retention, 'GetMassActionRun', { runId: started.runId });
      return current.state === 'MASS_ACTION_RUN_STATE_DONE' ? current : undefined;
    }, 30_000, 'the run to end');
    expect(run).toMatchObject({ matched: 4, affected: 2, skipped: 2, processed: 4, action: 'MASS_ACTION_ANONYMISE' });
    expect(run.skippedSubjects.map((s) => [s.subjectId, s.reason]).sort()).toEqual([[marked, 'marked-for-deletion'], [asked, 'erasure-requested']].sort());
    const { erasures } = await unaryCall(recruiter.retention, 'ListErasures', {});
    expect(erasures.map((e) => [e.subjectId, e.mode]).sort()).toEqual([[free, 'ERASURE_MODE_ANONYMISE'], [alsoFree, 'ERASURE_MODE_ANONYMISE']].sort());

    // By the applications' status too: nobody here has one.
    expect(await unaryCall(recruiter.retention, 'RunMassAction', { action: 'MASS_ACTION_REDUCE', filter: { candidates: { applicationMetaStatus: 'META_STATUS_FINAL' } }, dryRun: true })).toMatchObject({ matched: 0 });

    const withoutRight = await kit.recruiter(recruiter.tenantId);
    expect((await failure(unaryCall(withoutRight.retention, 'RunMassAction', { ...request, dryRun: true }))).code).toBe(grpc.status.PERMISSION_DENIED);
    expect((await failure(unaryCall(withoutRight.retention, 'GetMassActionRun', { runId: started.runId }))).code).toBe(grpc.status.PERMISSION_DENIED);
    const badFilter = await failure(unaryCall(recruiter.retention, 'RunMassAction', { action: 'MASS_ACTION_REDUCE', filter: { candidates: { applicationStatusKey: 'Not A Key!', ownerId: 'bad id!' } }, dryRun: true }));
    expect(badFilter.code).toBe(grpc.status.INVALID_ARGUMENT);
    expect(badFilter.violations.map((v) => v.field).sort()).toEqual(['filter.candidates.applicationStatusKey', 'filter.candidates.ownerId']);
    const backgroundDry = await failure(unaryCall(recruiter.retention, 'RunMassAction', { ...request, dryRun: true, inBackground: true }));
    expect(backgroundDry.violations.map((v) => v.field)).toEqual(['inBackground']);
    const other = await kit.recruiter(uniqueName('other'), DATA_PROTECTION);
    expect((await failure(unaryCall(other.retention, 'GetMassActionRun', { runId: started.runId }))).code).toBe(grpc.status.NOT_FOUND);
  }, EVENTS_TEST_MS);
});

describe('a contact person marked for deletion', () => {
  it('is hidden and locked until restored with the right, and is erased at the earliest deletion time, into the deletion log', async () => {
    const recruiter = await kit.recruiter(uniqueName('agency'), DATA_PROTECTION);
    const company = await unaryCall(recruiter.recruiting, 'CreateClient', { name: 'Beispiel AG' });
    const contact = { clientId: company.id, firstName: 'Max', lastName: 'Kontakt', email: `${uniqueName('contact')}@example.org` };
    const { id } = await unaryCall(recruiter.recruiting, 'CreateContactPerson', { contact });
    const listed = async () => (await unaryCall(recruiter.recruiting, 'ListContactPersons', { clientId: company.id })).contactPersons.map((person) => person.id);

    const mark = await unaryCall(recruiter.retention, 'MarkForDeletion', { subjectId: id });
    expect(mark.waitRule).toBe('wait_hours_without_assignment=6');
    await waitFor(async () => ((await listed()).length === 0 ? true : undefined), EVENT_WAIT_MS, 'the contact person to be hidden');
    expect((await unaryCall(recruiter.recruiting, 'ListContactPersons', { clientId: company.id, includeMarked: true })).contactPersons.map((person) => person.id)).toEqual([id]);
    expect(await unaryCall(recruiter.recruiting, 'GetContactPerson', { id })).toMatchObject({ markedForDeletionAt: mark.markedAt, earliestDeletionAt: mark.earliestDeletionAt });
    const locked = await failure(unaryCall(recruiter.recruiting, 'UpdateContactPerson', { id, contact: { ...contact, lastName: 'Anders' } }));
    expect(locked).toMatchObject({ code: grpc.status.FAILED_PRECONDITION, reason: 'SUBJECT_MARKED_FOR_DELETION' });
    const reader = await kit.recruiter(recruiter.tenantId, [RIGHTS.readCandidates, RIGHTS.writeCandidates]);
    expect(readErrorDetails(await unaryCall(reader.recruiting, 'GetContactPerson', { id }).catch((err: unknown) => err)).reason).toBe('SUBJECT_MARKED_FOR_DELETION');
    expect((await failure(unaryCall(reader.recruiting, 'ListContactPersons', { includeMarked: true }))).code).toBe(grpc.status.PERMISSION_DENIED);
    expect((await failure(unaryCall(reader.retention, 'RestoreMarked', { subjectId: id }))).code).toBe(grpc.status.PERMISSION_DENIED);

    await unaryCall(recruiter.retention, 'RestoreMarked', { subjectId: id });
    await waitFor(async () => ((await listed()).includes(id) ? true : undefined), EVENT_WAIT_MS, 'the contact person to show again');
    expect((await unaryCall(recruiter.recruiting, 'UpdateContactPerson', { id, contact: { ...contact, lastName: 'Anders' } })).contact?.lastName).toBe('Anders');

    await unaryCall(recruiter.retention, 'MarkForDeletion', { subjectId: id });
    await waitFor(async () => ((await listed()).length === 0 ? true : undefined), EVENT_WAIT_MS, 'the contact person to be hidden again');
    kit.retentionClock.advance({ hours: 7 });
    expect((await kit.retention().sweeper.run(kit.retentionClock.now())).executed.marks).toBeGreaterThanOrEqual(1);
    await waitFor(async () => (readErrorDetails(await unaryCall(recruiter.recruiting, 'GetContactPerson', { id }).catch((err: unknown) => err)).code === grpc.status.NOT_FOUND ? true : undefined), 30_000, 'the erasure');
    const entry = await waitFor(async () => (await unaryCall(recruiter.retention, 'ListDeletionLog', { subjectId: id })).entries[0], 30_000, 'the deletion log entry');
    expect(entry).toMatchObject({ subjectId: id, trigger: 'mark', markedBy: 'recruiter-1', mode: 'ERASURE_MODE_DELETE' });
  }, EVENTS_TEST_MS);
});
