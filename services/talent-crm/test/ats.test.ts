// The ATS sync against the real Kafka: what `pnpm ats` sends creates, updates and deletes talents in
// order; stale versions, duplicate event ids, malformed events and an erased person's late events
// change nothing; "send to ATS" and "person erased" reach the ATS as the AsyncAPI document says,
// read with a plain Kafka client.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import * as grpc from '@grpc/grpc-js';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import type { Consumer } from 'kafkajs';
import { parse } from 'yaml';
import { unaryCall } from '@lethe/platform/grpc';
import { makeCanaries, REPO_ROOT, scanDirectoryForCanaries, testInfra, uniqueName, type ErasureDriver } from '@lethe/platform/testkit';
import type { Subscription } from '@lethe/platform/kafka';
import { TOPICS, type TalentSourceDeleted__Output } from '@lethe/protos';
import { atsEvent, atsKafka, atsKafkaConfig, atsRecord, describeRecord, runAtsCli } from '../src/cli/ats';
import { createTalent, failure, startTalentCrm, waitFor, type TalentCrmClient, type TalentCrmKit } from './kit';

let kit: TalentCrmKit;
let driver: ErasureDriver;
let outbound: { records: Record<string, unknown>[]; consumer: Consumer };
const sourceDeleted: TalentSourceDeleted__Output[] = [];
let talentEvents: Subscription;

const env = () => ({ KAFKA_BROKERS: testInfra().kafkaBrokers.join(','), KAFKA_TOPIC_PREFIX: kit.service.runtime.config.KAFKA_TOPIC_PREFIX });

/** Reads what Lethe sends the ATS with a plain Kafka client, as an ATS would. */
async function readOutbound(topic: string): Promise<{ records: Record<string, unknown>[]; consumer: Consumer }> {
  const records: Record<string, unknown>[] = [];
  const consumer = atsKafka(atsKafkaConfig(env()), 'ats-test').consumer({ groupId: uniqueName('ats-test'), maxWaitTimeInMs: 200 });
  await consumer.connect();
  await consumer.subscribe({ topics: [topic], fromBeginning: true });
  await consumer.run({ eachMessage: async ({ topic: from, partition, message }) => void records.push(describeRecord(from, partition, message)) });
  return { records, consumer };
}

beforeAll(async () => {
  kit = await startTalentCrm();
  driver = await kit.erasure();
  const prefix = kit.service.runtime.config.KAFKA_TOPIC_PREFIX;
  outbound = await readOutbound(`${prefix}${TOPICS.atsOutbound.name}`);
  talentEvents = await kit.service.runtime.bus.subscribe({
    groupId: uniqueName('talent-events'),
    topics: [TOPICS.talentEvents],
    fromBeginning: true,
    handler: async (event) => {
      if (event.type === 'lethe.talents.v1.TalentSourceDeleted') sourceDeleted.push(event.payload);
    },
  });
});

afterAll(async () => {
  await talentEvents?.stop();
  await outbound?.consumer.disconnect();
  await kit?.close();
});

/** Sends an event as `pnpm ats` does; returns its event id. */
async function ats(...argv: string[]): Promise<string> {
  const eventId = argv.includes('--event-id') ? argv[argv.indexOf('--event-id') + 1] : randomUUID();
  let printed = '';
  const code = await runAtsCli([...argv, ...(argv.includes('--event-id') ? [] : ['--event-id', eventId])], env(), (text) => (printed += text));
  expect([code, printed]).toEqual([0, expect.stringContaining(`(ce_id ${eventId})`)]);
  return eventId;
}

/** What the consumer did with an event (it logs the outcome by event id). */
function outcomes(eventId: string): unknown[] {
  return kit.logs
    .records()
    .filter((record) => record.msg === 'ATS event handled' && record.eventId === eventId)
    .map((record) => record.outcome);
}

function handled(eventId: string): Promise<unknown> {
  return waitFor(() => outcomes(eventId)[0], 30_000, `event ${eventId} handled`);
}

const validators = (() => {
  const document = parse(fs.readFileSync(path.join(REPO_ROOT, 'protos', 'asyncapi', 'ats.yaml'), 'utf8')) as { components: object };
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema({ components: document.components }, 'ats.yaml');
  return (message: string) => ajv.getSchema(`ats.yaml#/components/messages/${message}/payload`)!;
})();

/** The outbound record of `type` whose data matches, as the plain client read it. */
function outboundRecord(type: string, matches: (data: Record<string, unknown>) => boolean): Promise<{ key: string; headers: Record<string, string>; data: Record<string, unknown> }> {
  return waitFor(
    () =>
      outbound.records.find((record) => (record.headers as Record<string, string>).ce_type === type && matches(record.data as Record<string, unknown>)) as
        | { key: string; headers: Record<string, string>; data: Record<string, unknown> }
        | undefined,
    30_000,
    `${type} on the outbound topic`,
  );
}

const atsTalent = (tenant: string, atsId: string) => kit.built().talents.findByAtsCandidateId(tenant, atsId);

const deadLetterTopic = () => {
  const prefix = kit.service.runtime.config.KAFKA_TOPIC_PREFIX;
  return `${prefix}${TOPICS.atsInbound.name}.dlq.${prefix}talent-crm.ats-inbound`;
};

/** Sends upserts in one produce request, as an ATS catching up does: the consumer gets them in one batch. */
async function atsBurst(tenant: string, upserts: { id: string; version: string; eventId?: string; options?: Record<string, string> }[]): Promise<string[]> {
  const producer = atsKafka(atsKafkaConfig(env()), 'ats-test').producer({ allowAutoTopicCreation: false });
  const eventIds = upserts.map((upsert) => upsert.eventId ?? randomUUID());
  await producer.connect();
  try {
    await producer.send({
      topic: `${kit.service.runtime.config.KAFKA_TOPIC_PREFIX}${TOPICS.atsInbound.name}`,
      acks: -1,
      messages: upserts.map(({ id, version, options }, i) => atsRecord(atsEvent('upsert', { id, version, 'first-name': 'Jana', 'last-name': 'Novak', ...options }), { tenant, id: eventIds[i] })),
    });
  } finally {
    await producer.disconnect();
  }
  return eventIds;
}

describe('the ATS → CRM sync', () => {
  it('creates, updates and deletes a talent in the order the ATS sent; stale versions and a resent event id change nothing', async () => {
    const tenant = uniqueName('tenant');
    const atsId = uniqueName('A');
    const person = ['--tenant', tenant, '--id', atsId, '--first-name', 'Jana', '--last-name', 'Novak', '--email', `${atsId.toLowerCase()}@example.org`, '--recruiter-email', 'alice@agency.example'];
    const created = await ats('upsert', ...person, '--version', '1', '--city', 'Berlin', '--skills', 'Kotlin,SQL');
    const updated = await ats('upsert', ...person, '--version', '2', '--city', 'Köln');
    const sameVersion = await ats('upsert', ...person, '--version', '2', '--city', 'Bonn');
    const older = await ats('upsert', ...person, '--version', '1', '--city', 'Essen');
    expect([await handled(created), await handled(updated), await handled(sameVersion), await handled(older)]).toEqual(['created', 'updated', 'stale', 'stale']);

    const talent = (await atsTalent(tenant, atsId))!;
    expect(talent).toMatchObject({ source: 'ats-sync', sourceInfo: 'ATS-Import', atsCandidateId: atsId, atsVersion: 2, createdBy: 'ats' });
    expect(talent.profile).toMatchObject({ firstName: 'Jana', city: 'Köln', skills: [], lastRecruiterContact: 'alice@agency.example' });
    const client = await kit.client(tenant);
    expect(await unaryCall(client, 'GetTalent', { id: talent.id })).toMatchObject({ source: 'TALENT_SOURCE_ATS_SYNC', atsVersion: '2', profile: { city: 'Köln' } });

    // The same event id twice: handled once, even with other data (a resend is the same event).
    const resent = randomUUID();
    await ats('upsert', ...person, '--version', '3', '--city', 'Hamburg', '--event-id', resent);
    await ats('upsert', ...person, '--version', '4', '--city', 'München', '--event-id', resent);
    const marker = await ats('upsert', ...person, '--version', '3', '--city', 'Dresden');
    expect(await handled(marker)).toBe('stale');
    expect(outcomes(resent)).toEqual(['updated']);
    expect((await atsTalent(tenant, atsId))!.profile.city).toBe('Hamburg');

    // A deletion older than the version held is ignored; a newer one has retention erase the person everywhere.
    expect(await handled(await ats('delete', '--tenant', tenant, '--id', atsId, '--version', '2'))).toBe('stale');
    expect(await handled(await ats('delete', '--tenant', tenant, '--id', atsId, '--version', '5'))).toBe('source-deleted');
    await waitFor(() => sourceDeleted.some((event) => event.talentId === talent.id), 30_000, 'TalentSourceDeleted');
    expect(await handled(await ats('delete', '--tenant', tenant, '--id', atsId, '--version', '5'))).toBe('stale');
    // Retention's erasure follows: the talent goes, and the ATS is told.
    expect(await driver.erase(tenant, talent.id)).toMatchObject({ outcome: 'ERASURE_OUTCOME_DONE', counts: { talents: 1, atsLinks: 1 } });
    expect(await atsTalent(tenant, atsId)).toBeNull();
    const erased = await outboundRecord('lethe.ats.v1.AtsPersonErased', (data) => data.talentId === talent.id);
    expect(erased).toMatchObject({ key: atsId, headers: { ce_specversion: '1.0', ce_tenant: tenant, ce_subject: talent.id, ce_source: 'talent-crm', 'content-type': 'application/json' } });
    expect(erased.data).toMatchObject({ atsCandidateId: atsId, talentId: talent.id });
    expect(validators('AtsPersonErased')(erased.data)).toBe(true);
  });

  it('never brings an erased person back: a replayed old event, a late newer one and a status change create nothing', async () => {
    const tenant = uniqueName('tenant');
    const atsId = uniqueName('A');
    const person = ['--tenant', tenant, '--id', atsId, '--first-name', 'Kai', '--last-name', 'Brandt'];
    const first = await ats('upsert', ...person, '--version', '1');
    expect(await handled(first)).toBe('created');
    const talent = (await atsTalent(tenant, atsId))!;
    expect(await driver.erase(tenant, talent.id)).toMatchObject({ counts: { talents: 1, atsLinks: 1 } });
    await outboundRecord('lethe.ats.v1.AtsPersonErased', (data) => data.talentId === talent.id);

    // The ATS replays its log (new consumer offsets, resent records) and sends what it produced before it heard of the erasure.
    const replayed = await ats('upsert', ...person, '--version', '1');
    const late = await ats('upsert', ...person, '--version', '9', '--city', 'Leipzig');
    const status = await ats('status', '--tenant', tenant, '--id', atsId, '--status', 'rejected', '--version', '1');
    expect([await handled(replayed), await handled(late), await handled(status)]).toEqual(['erased', 'erased', 'unknown']);
    expect(await atsTalent(tenant, atsId)).toBeNull();
    const client = await kit.client(tenant);
    expect((await unaryCall(client, 'ListTalents', { filter: { source: 'TALENT_SOURCE_ATS_SYNC' } })).talents).toEqual([]);
    // An anonymised person stays anonymised: the ATS cannot refill their profile.
    const other = uniqueName('A');
    expect(await handled(await ats('upsert', '--tenant', tenant, '--id', other, '--first-name', 'Lea', '--last-name', 'Wolf', '--version', '1'))).toBe('created');
    const anonymised = (await atsTalent(tenant, other))!;
    expect(await driver.erase(tenant, anonymised.id, { mode: 'ERASURE_MODE_ANONYMISE', notes: 'ANONYMISED_NOTES_DELETE' })).toMatchObject({ counts: { atsLinks: 1 } });
    expect(await handled(await ats('upsert', '--tenant', tenant, '--id', other, '--first-name', 'Lea', '--last-name', 'Wolf', '--version', '2'))).toBe('erased');
    expect((await atsTalent(tenant, other))!.profile).toMatchObject({ firstName: 'L.', lastName: 'W.' });
  });

  it('moves a malformed event to the dead-letter topic with the reason, and changes nothing', async () => {
    const tenant = uniqueName('tenant');
    const atsId = uniqueName('A');
    const sent = {
      notJson: await ats('raw', '--tenant', tenant, '--type', 'lethe.ats.v1.AtsCandidateUpserted', '--key', atsId, '--data', '{"atsCandidateId": "'),
      unknownType: await ats('raw', '--tenant', tenant, '--type', 'lethe.ats.v1.AtsCandidateMerged', '--key', atsId, '--data', '{}'),
      unknownField: await ats('raw', '--tenant', tenant, '--type', 'lethe.ats.v1.AtsCandidateUpserted', '--key', atsId, '--data', JSON.stringify({ atsCandidateId: atsId, version: '1', nickname: 'SECRET-x' })),
      noId: await ats('raw', '--tenant', tenant, '--type', 'lethe.ats.v1.AtsCandidateDeleted', '--key', atsId, '--data', JSON.stringify({ version: '2' })),
      badProfile: await ats('upsert', '--tenant', tenant, '--id', atsId, '--version', '1', '--first-name', 'Jana', '--email', 'SECRET-not-an-address'),
    };
    const deadLetters = await readOutbound(deadLetterTopic());
    try {
      const byId = (id: string) => deadLetters.records.find((record) => (record.headers as Record<string, string>).ce_id === id)?.headers as Record<string, string> | undefined;
      await waitFor(() => Object.values(sent).every((id) => byId(id)), 30_000, 'five dead letters');
      expect(byId(sent.notJson)).toMatchObject({ 'x-dlq-code': 'UNDECODABLE_PAYLOAD', 'x-dlq-detail': expect.stringContaining('not JSON') });
      expect(byId(sent.unknownType)).toMatchObject({ 'x-dlq-code': 'UNKNOWN_EVENT_TYPE' });
      expect(byId(sent.unknownField)).toMatchObject({ 'x-dlq-code': 'UNDECODABLE_PAYLOAD', 'x-dlq-detail': expect.stringContaining('nickname: is not a field') });
      expect(byId(sent.noId)).toMatchObject({ 'x-dlq-reason': 'ValidationError', 'x-dlq-detail': 'atsCandidateId: required' });
      expect(byId(sent.badProfile)).toMatchObject({ 'x-dlq-reason': 'ValidationError', 'x-dlq-detail': 'lastName: required; email: invalid_format', 'x-dlq-attempts': '1' });
      expect(JSON.stringify(deadLetters.records.map((record) => record.headers))).not.toContain('SECRET');
      // The records themselves are kept as sent, for the ATS team to look at.
      expect(deadLetters.records.find((record) => (record.headers as Record<string, string>).ce_id === sent.notJson)).toMatchObject({ key: atsId, data: '{"atsCandidateId": "' });
    } finally {
      await deadLetters.consumer.disconnect();
    }
    expect(await atsTalent(tenant, atsId)).toBeNull();
    // The consumer moved on: a valid event after them is handled.
    expect(await handled(await ats('upsert', '--tenant', tenant, '--id', atsId, '--version', '1', '--first-name', 'Jana', '--last-name', 'Novak'))).toBe('created');
  });
});

describe('the ATS → CRM sync of a burst', () => {
  it('applies a burst of upserts together: each candidate in order, each event id once, a refused one dead-lettered, an erased person kept out', async () => {
    const tenant = uniqueName('tenant');
    const [first, second, third, refused, erased] = ['B1', 'B2', 'B3', 'B4', 'B5'].map((name) => uniqueName(name));
    expect(await handled(await ats('upsert', '--tenant', tenant, '--id', erased, '--first-name', 'Kai', '--last-name', 'Brandt', '--version', '1'))).toBe('created');
    const gone = (await atsTalent(tenant, erased))!;
    expect(await driver.erase(tenant, gone.id)).toMatchObject({ counts: { talents: 1, atsLinks: 1 } });

    const repeated = randomUUID();
    const ids = await atsBurst(tenant, [
      { id: first, version: '1', options: { city: 'Berlin' } },
      { id: second, version: '1' },
      { id: third, version: '1', eventId: repeated },
      { id: first, version: '2', options: { city: 'Köln' } },
      { id: refused, version: '1', options: { email: 'not-an-address' } },
      { id: erased, version: '7' },
      { id: second, version: '1' },
      { id: third, version: '2', eventId: repeated },
      { id: first, version: '3', options: { city: 'Bonn' } },
    ]);
    const outcomesOf = await Promise.all(ids.filter((_, i) => i !== 4 && i !== 7).map((id) => handled(id)));
    expect(outcomesOf).toEqual(['created', 'created', 'created', 'updated', 'erased', 'stale', 'updated']);
    // The resent event id was handled once: as its first appearance.
    expect(outcomes(repeated)).toEqual(['created']);
    expect((await atsTalent(tenant, third))!.atsVersion).toBe(1);
    expect((await atsTalent(tenant, first))!).toMatchObject({ atsVersion: 3, profile: { city: 'Bonn' }, source: 'ats-sync', createdBy: 'ats' });
    expect((await atsTalent(tenant, second))!.atsVersion).toBe(1);
    expect(await atsTalent(tenant, erased)).toBeNull();

    const deadLetters = await readOutbound(deadLetterTopic());
    try {
      const dead = await waitFor(() => deadLetters.records.find((record) => (record.headers as Record<string, string>).ce_id === ids[4]), 30_000, 'the refused upsert');
      expect(dead.headers).toMatchObject({ 'x-dlq-reason': 'ValidationError', 'x-dlq-detail': 'email: invalid_format' });
    } finally {
      await deadLetters.consumer.disconnect();
    }
    expect(outcomes(ids[4])).toEqual([]);
    expect(await atsTalent(tenant, refused)).toBeNull();
    // Each new talent's TalentCreated went out with it: none is left pending.
    await waitFor(async () => (await kit.built().talentStore.model.countDocuments({ tenantId: tenant, outboxPending: true })) === 0 || undefined, 30_000, 'the TalentCreated events published');
  });
});

describe('the CRM → ATS: jobs, assignments and "send to ATS"', () => {
  async function atsFields(client: TalentCrmClient) {
    await unaryCall(client, 'UpdateTalentSettings', {
      settings: {
        atsFields: [
          { name: 'firstName', profileField: 'first_name', required: true },
          { name: 'lastName', profileField: 'last_name', required: true },
          { name: 'mobile', profileField: 'phone', required: true },
          { name: 'email', profileField: 'email', required: false },
          { name: 'salary', profileField: '', required: true },
        ],
        followUpLinkDays: 14,
      },
      expectedVersion: 0,
    });
  }

  it('sends the application with the tenant\'s mandatory fields and the comment, sealed until it is published, once', async () => {
    const tenant = uniqueName('tenant');
    const client = await kit.client(tenant);
    await atsFields(client);
    const atsId = uniqueName('A');
    const atsJobId = uniqueName('J');
    expect(await handled(await ats('job-open', '--tenant', tenant, '--job', atsJobId, '--version', '1', '--title', 'Data engineer', '--location', 'Köln'))).toBe('job-changed');
    expect(await handled(await ats('upsert', '--tenant', tenant, '--id', atsId, '--version', '1', '--first-name', 'Jana', '--last-name', 'Novak', '--email', 'jana@example.org'))).toBe('created');
    const talent = (await atsTalent(tenant, atsId))!;
    const [job] = (await unaryCall(client, 'ListAtsJobs', { openOnly: true })).jobs;
    expect(job).toMatchObject({ atsJobId, title: 'Data engineer', location: 'Köln', open: true });

    const assignment = await unaryCall(client, 'AssignTalentToJob', { talentId: talent.id, jobId: job.id });
    expect(assignment).toMatchObject({ talentId: talent.id, jobId: job.id, state: 'ASSIGNMENT_STATE_ASSIGNED', assignedBy: 'recruiter-1' });
    expect(await unaryCall(client, 'AssignTalentToJob', { talentId: talent.id, jobId: job.id })).toMatchObject({ id: assignment.id });

    // The talent has no phone, and the salary is the recruiter's to give: both named.
    const missing = await failure(unaryCall(client, 'SendApplicationToAts', { assignmentId: assignment.id, fields: {}, comment: '' }));
    expect(missing.code).toBe(grpc.status.INVALID_ARGUMENT);
    expect(missing.violations.map((violation) => violation.field)).toEqual(['fields.mobile', 'fields.salary']);
    const tooLong = await failure(unaryCall(client, 'SendApplicationToAts', { assignmentId: assignment.id, fields: { salary: '70k', mobile: '+49 30 1' }, comment: 'x'.repeat(2_001) }));
    expect(tooLong.violations).toEqual([expect.objectContaining({ field: 'comment', code: 'too_long' })]);

    const { comment } = makeCanaries('ATSCOMMENT', ['comment']);
    const sent = await unaryCall(client, 'SendApplicationToAts', { assignmentId: assignment.id, fields: { salary: '70k', mobile: '+49 30 1234567', referral: 'fair' }, comment });
    expect(sent).toMatchObject({ id: assignment.id, state: 'ASSIGNMENT_STATE_SENT', sentBy: 'recruiter-1', submissionId: expect.any(String) });
    const submitted = await outboundRecord('lethe.ats.v1.AtsApplicationSubmitted', (data) => data.submissionId === sent.submissionId);
    expect(submitted).toMatchObject({ key: atsId, headers: { ce_id: sent.submissionId, ce_tenant: tenant, ce_subject: talent.id, 'content-type': 'application/json' } });
    expect(submitted.data).toEqual({
      submissionId: sent.submissionId,
      talentId: talent.id,
      atsCandidateId: atsId,
      atsJobId,
      fields: { firstName: 'Jana', lastName: 'Novak', mobile: '+49 30 1234567', email: 'jana@example.org', salary: '70k', referral: 'fair' },
      comment,
      submittedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/),
      submittedBy: 'recruiter-1',
    });
    expect(validators('AtsApplicationSubmitted')(submitted.data)).toBe(true);
    // Lethe kept the comment, a personal datum, only encrypted under the person's key while it waited.
    expect(await scanDirectoryForCanaries(testInfra().mongoDataDir, [comment])).toEqual([]);

    expect(await failure(unaryCall(client, 'SendApplicationToAts', { assignmentId: assignment.id, fields: { salary: '70k', mobile: '+49 30 1' }, comment: '' }))).toMatchObject({
      code: grpc.status.FAILED_PRECONDITION,
      reason: 'APPLICATION_SENT',
    });
  });

  it('refuses a closed job, and a person with an open erasure request; a stale job event reopens nothing', async () => {
    const tenant = uniqueName('tenant');
    const client = await kit.client(tenant);
    await atsFields(client);
    const atsJobId = uniqueName('J');
    await handled(await ats('job-open', '--tenant', tenant, '--job', atsJobId, '--version', '1', '--title', 'Backend engineer'));
    const [job] = (await unaryCall(client, 'ListAtsJobs', { openOnly: false })).jobs;
    // A talent from outside the ATS: its application is keyed by the talent.
    const talent = await createTalent(client, { profile: { phone: '+49 30 7654321' } });
    const assignment = await unaryCall(client, 'AssignTalentToJob', { talentId: talent.id, jobId: job.id });

    await kit.built().subjects.set(tenant, talent.id, { erasureRequestedAt: new Date() });
    expect(await failure(unaryCall(client, 'SendApplicationToAts', { assignmentId: assignment.id, fields: { salary: '60k' }, comment: '' }))).toMatchObject({
      code: grpc.status.FAILED_PRECONDITION,
      reason: 'ERASURE_REQUESTED',
    });
    await kit.built().subjects.set(tenant, talent.id, { erasureRequestedAt: null });
    const sent = await unaryCall(client, 'SendApplicationToAts', { assignmentId: assignment.id, fields: { salary: '60k' }, comment: '' });
    const submitted = await outboundRecord('lethe.ats.v1.AtsApplicationSubmitted', (data) => data.submissionId === sent.submissionId);
    expect(submitted).toMatchObject({ key: talent.id, data: { atsCandidateId: '', talentId: talent.id } });

    expect(await handled(await ats('job-close', '--tenant', tenant, '--job', atsJobId, '--version', '2'))).toBe('job-changed');
    expect(await handled(await ats('job-open', '--tenant', tenant, '--job', atsJobId, '--version', '1', '--title', 'Backend engineer'))).toBe('stale');
    expect((await unaryCall(client, 'ListAtsJobs', { openOnly: true })).jobs).toEqual([]);
    const other = await createTalent(client);
    expect(await failure(unaryCall(client, 'AssignTalentToJob', { talentId: other.id, jobId: job.id }))).toMatchObject({ code: grpc.status.FAILED_PRECONDITION, reason: 'JOB_CLOSED' });
    expect(await failure(unaryCall(client, 'AssignTalentToJob', { talentId: other.id, jobId: 'no-such-job' }))).toMatchObject({ code: grpc.status.NOT_FOUND });

    // Erasing the person removes their assignments.
    expect(await driver.erase(tenant, talent.id)).toMatchObject({ counts: { jobAssignments: 1 } });
  });
});
