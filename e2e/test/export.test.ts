// The data export across the services the stack runs: retention asks each for its part with its
// service token and assembles one package, which a recruiter downloads over gRPC and the candidate
// through a link; a service that does not answer fails the export by name.
import { status } from '@grpc/grpc-js';
import { strFromU8, unzipSync } from 'fflate';
import { RIGHTS } from '@lethe/platform/auth';
import { clientStreamCall, createClient, serverStreamCall, unaryCall } from '@lethe/platform/grpc';
import { fromTimestamp, loadGrpcObject, type RetentionProto, type SubjectExport__Output } from '@lethe/protos';
import { createCandidate, failure, RECRUITER_RIGHTS, startStack, uniqueName, waitFor, type Clients, type Stack } from './stack';

const { RetentionService } = loadGrpcObject<RetentionProto>().lethe.retention.v1;
const DAY_MS = 24 * 3600_000;
const EXPORTING = [...RECRUITER_RIGHTS, RIGHTS.exportSubjects];
/** Every service that holds data about people in this stack. */
const SERVICES = ['candidates', 'consent', 'retention', 'messaging', 'profile-rendering', 'talent-crm'];
const cv = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(300 * 1024, 'c')]);

let kit: Stack;
beforeAll(async () => {
  kit = await startStack({ profiles: true, talents: true, retentionEnv: { EXPORT_SERVICE_TIMEOUT_MS: '20000' } });
}, 120_000);
afterAll(() => kit?.close());

/** A candidate with a CV and activities, whose clock retention keeps. */
async function candidateWithData(recruiter: Clients) {
  const candidate = await createCandidate(recruiter);
  const file = await clientStreamCall(recruiter.candidates, 'UploadFile', [{ header: { candidateId: candidate.id, kind: 'FILE_KIND_CV', fileName: '../Lebenslauf <Erika>.pdf' } }, { chunk: cv }]);
  let last: Date | undefined;
  for (const kind of ['ACTIVITY_KIND_APPOINTMENT_CREATED', 'ACTIVITY_KIND_MESSAGE_FROM_CANDIDATE'] as const) last = fromTimestamp((await unaryCall(recruiter.candidates, 'RecordActivity', { candidateId: candidate.id, kind })).occurredAt);
  await waitFor(async () => (await kit.retention().clocks.get(recruiter.tenantId, candidate.id))?.lastActivityAt?.getTime() === last?.getTime(), 20_000, 'retention to keep the clock');
  return { ...candidate, fileId: file.id };
}

/** Starts an export and waits until it is no longer running. */
async function exportOf(recruiter: Clients, subjectId: string): Promise<SubjectExport__Output> {
  const started = await unaryCall(recruiter.retention, 'RequestSubjectExport', { subjectId });
  expect(started).toMatchObject({ subjectId, state: 'SUBJECT_EXPORT_STATE_RUNNING', requestedBy: 'REQUESTED_BY_RECRUITER', requestedByActor: 'recruiter-1' });
  return waitFor(async () => {
    const current = await unaryCall(recruiter.retention, 'GetSubjectExport', { exportId: started.exportId });
    return current.state === 'SUBJECT_EXPORT_STATE_RUNNING' ? undefined : current;
  }, 60_000, 'the export to end');
}

async function downloaded(recruiter: Clients, exportId: string): Promise<Record<string, Uint8Array>> {
  const chunks: Buffer[] = [];
  for await (const chunk of serverStreamCall(recruiter.retention, 'DownloadSubjectExport', { exportId })) chunks.push(chunk.data);
  return unzipSync(Buffer.concat(chunks));
}

const json = (entries: Record<string, Uint8Array>, name: string) => JSON.parse(strFromU8(entries[name]!)) as { service: string; subjectId: string; exportedAt: string; sections: Record<string, Record<string, unknown>[]>; files: Record<string, unknown>[] };

/** Retention's client as messaging has it: the links for its messages to candidates. */
async function messagingOf(tenantId: string) {
  return createClient(RetentionService, kit.services.retention.address, { token: await kit.auth.mint({ tenantId, actorId: 'messaging', actorKind: 'service', rights: [RIGHTS.issueLinks] }) });
}

describe('a recruiter’s data export', () => {
  it('holds every service’s part, the candidate’s record and file, a readable summary; it is an activity that restarts the clock', async () => {
    const recruiter = await kit.recruiter(uniqueName('agency'), EXPORTING);
    const candidate = await candidateWithData(recruiter);
    // Retention's clock a day on: the export is the newest activity.
    kit.retentionClock.set(new Date(Date.now() + DAY_MS));

    const done = await exportOf(recruiter, candidate.id);
    expect(done).toMatchObject({ state: 'SUBJECT_EXPORT_STATE_READY', failedService: '', failureReason: '' });
    expect(done.services.map(({ service, state }) => [service, state]).sort()).toEqual(SERVICES.map((service) => [service, 'answered']).sort());
    const completedAt = fromTimestamp(done.completedAt)!;
    expect(fromTimestamp(done.expiresAt)).toEqual(new Date(completedAt.getTime() + 7 * DAY_MS));

    const entries = await downloaded(recruiter, done.exportId);
    expect(Number(done.sizeBytes)).toBeGreaterThan(cv.length);
    for (const service of SERVICES) expect(json(entries, `${service}.json`)).toMatchObject({ service, subjectId: candidate.id, exportedAt: completedAt.toISOString() });
    const candidates = json(entries, 'candidates.json');
    expect(candidates.sections.candidate).toEqual([expect.objectContaining({ id: candidate.id, personal: expect.objectContaining({ firstName: 'Erika', lastName: 'Mustermann', email: candidate.email }) })]);
    expect(candidates.sections.activities!.map((activity) => activity.kind)).toEqual(expect.arrayContaining(['ACTIVITY_KIND_APPOINTMENT_CREATED', 'ACTIVITY_KIND_MESSAGE_FROM_CANDIDATE']));
    const [file] = candidates.files;
    expect(file).toMatchObject({ fileId: candidate.fileId, path: `files/candidates/${candidate.fileId}-Lebenslauf _Erika_.pdf` });
    expect(Buffer.from(entries[file!.path as string]!).equals(cv)).toBe(true);
    expect(json(entries, 'retention.json').sections.clock).toEqual([expect.objectContaining({ subjectId: candidate.id, anchor: 'CLOCK_ANCHOR_LAST_ACTIVITY' })]);
    expect(json(entries, 'retention.json').sections.exports).toEqual([expect.objectContaining({ exportId: done.exportId, requestedBy: 'REQUESTED_BY_RECRUITER' })]);
    const summary = strFromU8(entries['index.html']!);
    expect(summary).toContain('<h2>candidates</h2>');
    expect(summary).toContain('<td>Mustermann</td>');
    expect(summary).toContain(`href="files/candidates/${candidate.fileId}-Lebenslauf%20_Erika_.pdf"`);

    // The export is the person's newest activity: retention restarted the clock, candidates shows it.
    expect((await kit.retention().clocks.get(recruiter.tenantId, candidate.id))?.lastActivityAt).toEqual(completedAt);
    await waitFor(async () => {
      const { activities } = await unaryCall(recruiter.candidates, 'ListActivities', { candidateId: candidate.id });
      return activities.find((activity) => activity.kind === 'ACTIVITY_KIND_PERSONAL_DATA_EXPORTED' && activity.actorId === 'recruiter-1');
    }, 20_000, 'the activity');
    const { exports } = await unaryCall(recruiter.retention, 'ListSubjectExports', { subjectId: candidate.id });
    expect(exports.map((listed) => listed.exportId)).toEqual([done.exportId]);
  }, 120_000);

  it('is refused without the right', async () => {
    const recruiter = await kit.recruiter(uniqueName('agency'));
    const candidate = await createCandidate(recruiter);
    expect(await failure(unaryCall(recruiter.retention, 'RequestSubjectExport', { subjectId: candidate.id }))).toMatchObject({ code: status.PERMISSION_DENIED, reason: 'MISSING_RIGHT' });
    expect(await failure(unaryCall(recruiter.retention, 'ListSubjectExports', { subjectId: candidate.id }))).toMatchObject({ code: status.PERMISSION_DENIED, reason: 'MISSING_RIGHT' });
    expect(await failure(downloaded(recruiter, '01890000-0000-7000-8000-000000000000'))).toMatchObject({ code: status.PERMISSION_DENIED, reason: 'MISSING_RIGHT' });
  });
});

describe('the candidate’s own export', () => {
  it('does not restart the clock; its link downloads the newest package, again and again, until it expires; other links are refused', async () => {
    const recruiter = await kit.recruiter(uniqueName('agency'), EXPORTING);
    const candidate = await candidateWithData(recruiter);
    const tenantId = recruiter.tenantId;
    kit.retentionClock.set(new Date(Date.now() + 2 * DAY_MS));
    const before = (await kit.retention().clocks.get(tenantId, candidate.id))?.lastActivityAt;
    const started = await kit.retention().exports.start(tenantId, candidate.id, { kind: 'candidate', actorId: `candidate:${candidate.id}` });
    await kit.retention().exports.settled();
    const ready = await kit.retention().exports.get(tenantId, started.exportId);
    expect(ready).toMatchObject({ state: 'ready', requestedBy: 'candidate' });
    expect((await kit.retention().clocks.get(tenantId, candidate.id))?.lastActivityAt).toEqual(before);
    // Candidates shows it as the candidate's own activity, which restarts nothing.
    const activity = await waitFor(async () => {
      const { activities } = await unaryCall(recruiter.candidates, 'ListActivities', { candidateId: candidate.id });
      return activities.find((recorded) => recorded.kind === 'ACTIVITY_KIND_PERSONAL_DATA_EXPORTED');
    }, 20_000, 'the activity');
    expect(activity).toMatchObject({ actorId: `candidate:${candidate.id}`, restartsRetentionClock: false });

    // Only a service with links:issue (messaging) gets the link, valid exactly until the package expires.
    expect(await failure(unaryCall(recruiter.retention, 'CreateSelfServiceLink', { subjectId: candidate.id, purpose: 'SELF_SERVICE_PURPOSE_DOWNLOAD_DATA_EXPORT' }))).toMatchObject({ code: status.PERMISSION_DENIED });
    const messaging = await messagingOf(tenantId);
    const link = await unaryCall(messaging, 'CreateSelfServiceLink', { subjectId: candidate.id, purpose: 'SELF_SERVICE_PURPOSE_DOWNLOAD_DATA_EXPORT' });
    expect(fromTimestamp(link.expiresAt)).toEqual(ready.expiresAt);
    expect(link.url).toBe(`${kit.services.retention.httpUrl}/self-service/download?token=${link.token}`);

    for (let time = 0; time < 2; time++) {
      const response = await fetch(link.url);
      expect(response.status).toBe(200);
      expect(Object.fromEntries(['content-type', 'content-disposition', 'cache-control', 'referrer-policy'].map((header) => [header, response.headers.get(header)]))).toEqual({
        'content-type': 'application/zip',
        'content-disposition': expect.stringMatching(/^attachment; filename="data-export-\d{4}-\d{2}-\d{2}\.zip"/),
        'cache-control': 'no-store',
        'referrer-policy': 'no-referrer',
      });
      const entries = unzipSync(new Uint8Array(await response.arrayBuffer()));
      expect(json(entries, 'candidates.json').sections.candidate).toEqual([expect.objectContaining({ id: candidate.id })]);
    }
    // Downloading changed nothing: no activity, the clock where it was.
    expect((await kit.retention().clocks.get(tenantId, candidate.id))?.lastActivityAt).toEqual(before);

    const page = async (url: string) => {
      const response = await fetch(url);
      return { status: response.status, type: response.headers.get('content-type'), cache: response.headers.get('cache-control'), outcome: /data-outcome="([a-z]+)"/.exec(await response.text())?.[1] };
    };
    const tampered = link.url.slice(0, -1) + (link.url.endsWith('A') ? 'B' : 'A');
    expect(await page(tampered)).toEqual({ status: 404, type: expect.stringContaining('text/html'), cache: 'no-store', outcome: 'invalid' });
    const otherPurpose = await unaryCall(messaging, 'CreateSelfServiceLink', { subjectId: candidate.id, purpose: 'SELF_SERVICE_PURPOSE_OPEN_ERASURE_REQUEST' });
    expect(await page(`${kit.services.retention.httpUrl}/self-service/download?token=${otherPurpose.token}`)).toMatchObject({ status: 404, outcome: 'invalid' });

    // Once the package expired: the link, the page, the recruiter's download are refused, and the sweep deletes it.
    kit.retentionClock.set(new Date(ready.expiresAt!.getTime() + 1000));
    expect(await page(link.url)).toMatchObject({ status: 410, outcome: 'expired' });
    expect(await unaryCall(recruiter.retention, 'GetSubjectExport', { exportId: ready.exportId })).toMatchObject({ state: 'SUBJECT_EXPORT_STATE_EXPIRED', expiresAt: null });
    expect(await failure(downloaded(recruiter, ready.exportId))).toMatchObject({ code: status.FAILED_PRECONDITION, reason: 'EXPORT_EXPIRED' });
    expect(await kit.retention().exportStore.piece(tenantId, ready.exportId, 0)).toBeDefined();
    expect((await kit.retention().sweeper.run(kit.retentionClock.now())).executed['export-expiry']).toBeGreaterThanOrEqual(1);
    expect(await kit.retention().exportStore.piece(tenantId, ready.exportId, 0)).toBeUndefined();
    expect((await kit.retention().exportStore.get(tenantId, ready.exportId)).packageKey).toBeUndefined();
    messaging.close();
  }, 120_000);
});

describe('an export and the erasure', () => {
  it('the package and the link go with the person; an erased person is refused', async () => {
    const recruiter = await kit.recruiter(uniqueName('agency'), EXPORTING);
    const candidate = await candidateWithData(recruiter);
    const tenantId = recruiter.tenantId;
    kit.retentionClock.set(new Date(Date.now() + 3 * DAY_MS));
    const done = await exportOf(recruiter, candidate.id);
    expect(done.state).toBe('SUBJECT_EXPORT_STATE_READY');
    const messaging = await messagingOf(tenantId);
    const link = await unaryCall(messaging, 'CreateSelfServiceLink', { subjectId: candidate.id, purpose: 'SELF_SERVICE_PURPOSE_DOWNLOAD_DATA_EXPORT' });
    expect((await fetch(link.url)).status).toBe(200);

    const { erasureId } = await kit.retention().orchestrator.issue({ tenantId, subjectId: candidate.id, mode: 'delete', reason: 'ERASURE_REASON_MANUAL', trigger: { kind: 'manual', actorId: 'dpo' } });
    await waitFor(async () => (await unaryCall(recruiter.retention, 'GetErasure', { id: erasureId })).state === 'ERASURE_STATE_DONE', 60_000, 'every service to confirm');

    expect(await kit.retention().exportStore.piece(tenantId, done.exportId, 0)).toBeUndefined();
    const response = await fetch(link.url);
    expect([response.status, /data-outcome="([a-z]+)"/.exec(await response.text())?.[1]]).toEqual([404, 'invalid']);
    expect(await failure(unaryCall(recruiter.retention, 'GetSubjectExport', { exportId: done.exportId }))).toMatchObject({ code: status.NOT_FOUND });
    expect(await failure(unaryCall(recruiter.retention, 'RequestSubjectExport', { subjectId: candidate.id }))).toMatchObject({ code: status.FAILED_PRECONDITION, reason: 'SUBJECT_ERASED' });
    messaging.close();
  }, 120_000);
});

describe('a service that does not answer', () => {
  it('fails the export with its name and reason, and there is no package', async () => {
    const recruiter = await kit.recruiter(uniqueName('agency'), EXPORTING);
    const candidate = await candidateWithData(recruiter);
    await kit.services.talents!.stop();
    const failed = await exportOf(recruiter, candidate.id);
    expect(failed).toMatchObject({ state: 'SUBJECT_EXPORT_STATE_FAILED', failedService: 'talent-crm', failureReason: expect.stringMatching(/^UNAVAILABLE: /), sizeBytes: '0' });
    expect(failed.services.find((part) => part.service === 'talent-crm')?.state).toBe('failed');
    expect(await failure(downloaded(recruiter, failed.exportId))).toMatchObject({ code: status.FAILED_PRECONDITION, reason: 'EXPORT_NOT_READY' });
  }, 120_000);
});
