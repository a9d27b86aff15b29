// The data export (ExportSubject) of the talent-crm: everything it holds about one talent, decrypted
// and field by field as created through its API and the ATS topic, nothing of another talent or
// tenant, only to retention's service token, and nothing once the talent is erased.
import { status } from '@grpc/grpc-js';
import { RIGHTS } from '@lethe/platform/auth';
import { exportRecordOf, readSubjectExport, type ExportRecord, type ReceivedExport } from '@lethe/platform/export';
import { createClient, serverStreamCall, unaryCall } from '@lethe/platform/grpc';
import { testInfra, uniqueName, type ErasureDriver } from '@lethe/platform/testkit';
import { loadGrpcObject, toTimestamp, type SubjectExportProto, type Talent__Output } from '@lethe/protos';
import { runAtsCli } from '../src/cli/ats';
import { createPool, createTalent, failure, startTalentCrm, waitFor, type TalentCrmClient, type TalentCrmKit } from './kit';

const SubjectExportService = loadGrpcObject<SubjectExportProto>().lethe.export.v1.SubjectExportService;

let kit: TalentCrmKit;
let driver: ErasureDriver;

beforeAll(async () => {
  kit = await startTalentCrm();
  driver = await kit.erasure();
});
afterAll(async () => {
  await kit?.close();
});

/** What the talent-crm exports about a subject, asked as retention asks (or as a recruiter would). */
async function exported(tenantId: string, subjectId: string, actorKind: 'service' | 'user' = 'service'): Promise<ReceivedExport> {
  const token = await kit.auth.mint({ tenantId, actorId: actorKind === 'service' ? 'retention' : 'recruiter-1', actorKind, rights: [RIGHTS.exportSubjects] });
  const client = createClient(SubjectExportService, kit.service.address, { token });
  try {
    return await readSubjectExport(serverStreamCall(client, 'ExportSubject', { subjectId }), 10 * 1024 * 1024, 'talent-crm');
  } finally {
    client.close();
  }
}

/** An API answer as the export documents it (timestamps as ISO dates), once it travelled as JSON. */
const asExported = (message: object): ExportRecord => JSON.parse(JSON.stringify(exportRecordOf(message))) as ExportRecord;
/** The talent as the export shows it: its ATS version a JSON number, where gRPC answers 64-bit integers as strings. */
const talentAsExported = (talent: Talent__Output): ExportRecord => ({ ...asExported(talent), atsVersion: Number(talent.atsVersion) });

/** An ATS event as `pnpm ats` sends it. */
async function fromAts(...argv: string[]): Promise<void> {
  const env = { KAFKA_BROKERS: testInfra().kafkaBrokers.join(','), KAFKA_TOPIC_PREFIX: kit.service.runtime.config.KAFKA_TOPIC_PREFIX };
  let printed = '';
  expect(await runAtsCli(argv, env, (text) => (printed += text))).toBe(0);
  expect(printed).toContain('ce_id');
}

/** A talent the ATS sent, then given pools and tags, with a note, a reminder, a rule run, a follow-up with its link and an application sent to the ATS. */
async function talentWithEverything(client: TalentCrmClient, tenantId: string, atsJobId: string) {
  const atsId = uniqueName('A');
  const email = `${atsId.toLowerCase()}@example.org`;
  await fromAts('upsert', '--tenant', tenantId, '--id', atsId, '--version', '1', '--first-name', 'Jana', '--last-name', atsId, '--email', email, '--city', 'Köln', '--skills', 'Kotlin,SQL');
  const fromAtsTalent = await waitFor(() => kit.built().talents.findByAtsCandidateId(tenantId, atsId).then((talent) => talent ?? undefined), 30_000, 'the talent from the ATS');
  // The rule of the tenant runs for every new talent.
  await waitFor(async () => ((await unaryCall(client, 'ListRuleRuns', { talentId: fromAtsTalent.id })).runs.some((run) => run.outcome !== 'RULE_RUN_OUTCOME_UNSPECIFIED') ? true : undefined), 30_000, 'the rule run');
  const current = await unaryCall(client, 'GetTalent', { id: fromAtsTalent.id });
  const pool = await createPool(client);
  await unaryCall(client, 'UpdateTalent', { id: current.id, profile: current.profile, poolIds: [pool], tags: [...current.tags, 'silver-medalist'], status: current.status, recruiterId: 'recruiter-2', expectedVersion: current.version });
  const noteText = `Sehr gutes Gespräch mit ${atsId}.`;
  const note = await unaryCall(client, 'AddTalentNote', { talentId: current.id, text: noteText });
  const reminderText = `Wegen der Java-Stelle ${atsId} anrufen`;
  const reminder = await unaryCall(client, 'CreateReminder', { talentId: current.id, dueAt: toTimestamp(new Date('2030-01-15T09:00:00Z')), text: reminderText });
  const followUp = await unaryCall(client, 'RequestFollowUp', { talentId: current.id });
  const messaging = await kit.serviceClient(tenantId, [RIGHTS.issueLinks]);
  await unaryCall(messaging, 'IssueTalentLink', { requestId: followUp.id, purpose: 'TALENT_LINK_PURPOSE_FOLLOW_UP', messageId: '0192f3a4-0000-7000-8000-0000000000aa' });
  const job = await waitFor(async () => (await unaryCall(client, 'ListAtsJobs', { openOnly: true })).jobs.find((entry) => entry.atsJobId === atsJobId), 30_000, 'the job');
  const assignment = await unaryCall(client, 'AssignTalentToJob', { talentId: current.id, jobId: job.id });
  const sent = await unaryCall(client, 'SendApplicationToAts', { assignmentId: assignment.id, fields: { salary: '70k', mobile: '+49 30 1234567' }, comment: 'Passt.' });
  return { id: current.id, atsId, email, pool, noteText, note, reminderText, reminder, followUp, sent };
}

describe('the data export of the talent-crm', () => {
  const tenantId = uniqueName('tenant');
  let client: TalentCrmClient;
  let scene: Awaited<ReturnType<typeof talentWithEverything>>;
  let other: Awaited<ReturnType<typeof talentWithEverything>>;
  let stranger: Talent__Output;
  let strangerTenant: string;

  beforeAll(async () => {
    client = await kit.client(tenantId);
    await unaryCall(client, 'CreateRule', {
      rule: { name: uniqueName('rule'), enabled: true, trigger: 'RULE_TRIGGER_TALENT_CREATED', actions: [{ kind: 'RULE_ACTION_KIND_ADD_TAG', value: 'welcome' }] },
    });
    const atsJobId = uniqueName('J');
    await fromAts('job-open', '--tenant', tenantId, '--job', atsJobId, '--version', '1', '--title', 'Data engineer');
    scene = await talentWithEverything(client, tenantId, atsJobId);
    other = await talentWithEverything(client, tenantId, atsJobId);
    strangerTenant = uniqueName('tenant');
    stranger = await createTalent(await kit.client(strangerTenant));
  }, 120_000);

  it('holds the talent decrypted, their notes, reminders, rule runs, follow-ups with links, the ATS link and the application, as the API shows them', async () => {
    const { sections, files } = await exported(tenantId, scene.id);
    expect(files).toEqual([]);
    expect(Object.keys(sections).sort()).toEqual(['atsLink', 'followUps', 'jobAssignments', 'links', 'notes', 'reminders', 'ruleRuns', 'talent']);

    const talent = await unaryCall(client, 'GetTalent', { id: scene.id });
    expect(sections.talent).toEqual([talentAsExported(talent)]);
    expect(sections.talent![0]).toMatchObject({
      atsCandidateId: scene.atsId,
      source: 'TALENT_SOURCE_ATS_SYNC',
      poolIds: [scene.pool],
      tags: expect.arrayContaining(['welcome', 'silver-medalist']),
      recruiterId: 'recruiter-2',
      profile: { firstName: 'Jana', lastName: scene.atsId, email: scene.email, city: 'Köln', skills: ['Kotlin', 'SQL'] },
    });

    expect(sections.notes).toEqual([asExported(scene.note)]);
    expect(sections.notes![0]).toMatchObject({ text: scene.noteText, createdBy: 'recruiter-1' });
    expect(sections.reminders).toEqual([asExported(scene.reminder)]);
    expect(sections.reminders![0]).toMatchObject({ text: scene.reminderText, dueAt: '2030-01-15T09:00:00.000Z' });
    const { runs } = await unaryCall(client, 'ListRuleRuns', { talentId: scene.id });
    expect(sections.ruleRuns).toEqual(runs.map(asExported).reverse());
    expect(sections.ruleRuns![0]).toMatchObject({ trigger: 'RULE_TRIGGER_TALENT_CREATED', talentId: scene.id });

    expect(sections.followUps).toEqual([
      {
        ...asExported(scene.followUp),
        messageId: '0192f3a4-0000-7000-8000-0000000000aa',
        sentAt: expect.any(String),
        expiresAt: expect.any(String),
        purpose: 'follow-up',
        asked: expect.any(Array),
        interestOptions: expect.any(Array),
        language: expect.stringMatching(/^(de|en)$/),
        requestedAt: expect.any(String),
        requestedBy: 'recruiter-1',
      },
    ]);
    expect(sections.links).toEqual([{ id: expect.any(String), purpose: expect.any(String), scope: scene.followUp.id, issuedAt: expect.any(String), expiresAt: sections.followUps![0]!.expiresAt }]);
    expect(sections.atsLink).toEqual([{ atsCandidateId: scene.atsId, createdAt: expect.any(String) }]);
    expect(sections.jobAssignments).toEqual([asExported(scene.sent)]);
    expect(sections.jobAssignments![0]).toMatchObject({ state: 'ASSIGNMENT_STATE_SENT', sentBy: 'recruiter-1' });

    const text = JSON.stringify(sections);
    for (const secret of [other.id, other.atsId, other.email, other.noteText, other.reminderText, other.followUp.id, stranger.id, stranger.profile!.email]) expect(text).not.toContain(secret);
  });

  it('yields nothing about a person it holds nothing about, or who belongs to another tenant', async () => {
    expect(await exported(tenantId, stranger.id)).toEqual({ sections: {}, files: [], bytes: 0 });
    expect(await exported(strangerTenant, scene.id)).toEqual({ sections: {}, files: [], bytes: 0 });
    expect((await exported(strangerTenant, stranger.id)).sections.talent).toEqual([talentAsExported(stranger)]);
  });

  it("answers only retention's service token, and refuses a talent once erased", async () => {
    expect(await failure(exported(tenantId, scene.id, 'user'))).toMatchObject({ code: status.PERMISSION_DENIED, reason: 'MISSING_RIGHT' });
    await driver.erase(tenantId, scene.id);
    expect(await failure(exported(tenantId, scene.id))).toMatchObject({ code: status.FAILED_PRECONDITION, reason: 'SUBJECT_ERASED' });
    expect((await exported(tenantId, other.id)).sections.talent).toHaveLength(1);
  });
});
