import { setTimeout as sleep } from 'node:timers/promises';
import * as grpc from '@grpc/grpc-js';
import { RIGHTS } from '@lethe/platform/auth';
import { unaryCall } from '@lethe/platform/grpc';
import type { ConsumedEvent, TopicEventType } from '@lethe/platform/kafka';
import { failure, uniqueName, waitFor } from '@lethe/platform/testkit';
import { toTimestamp, TOPICS, type TalentActivityKind__Output } from '@lethe/protos';
import { talentEventsConsumer } from '../src/events/talent-events';
import { policyMessage, startRetentionScene, type RetentionScene } from './kit';

let scene: RetentionScene;
beforeAll(async () => {
  scene = await startRetentionScene('talents');
});
afterAll(() => scene?.stop());

const DAY_MS = 24 * 3600_000;
const daysAfter = (date: Date, days: number) => new Date(date.getTime() + days * DAY_MS);
const stored = (tenantId: string, subjectId: string) => scene.retention().clocks.model.findOne({ tenantId, subjectId }).lean().exec();
const clientOf = (tenantId: string) => scene.clientOf(tenantId, [RIGHTS.readCandidates, RIGHTS.manageSettings, RIGHTS.seeMarked], 'dpo');

const activity = (tenantId: string, talentId: string, kind: TalentActivityKind__Output, occurredAt: Date) => ({
  type: 'lethe.talents.v1.TalentActivityRecorded' as const,
  tenantId,
  subjectId: talentId,
  payload: { talentId, kind, occurredAt: toTimestamp(occurredAt), actorId: 'recruiter' },
});
const sourceDeleted = (tenantId: string, talentId: string) => ({
  type: 'lethe.talents.v1.TalentSourceDeleted' as const,
  tenantId,
  subjectId: talentId,
  payload: { talentId, deletedAt: toTimestamp(scene.clock.now()) },
});

/** The erasure retention issued for a subject, once there is one. */
const erasureOf = async (tenantId: string, subjectId: string) => {
  const { erasures } = await unaryCall(await clientOf(tenantId), 'ListErasures', { subjectId });
  return erasures[0];
};

describe('a talent’s retention clock', () => {
  it('starts at the talent’s creation with its creator and recruiter; an activity moves it, an automated one does not', async () => {
    const tenant = uniqueName('tenant');
    const createdAt = scene.clock.now();
    const id = await scene.createTalent(tenant, { at: createdAt, recruiterId: 'recruiter-7', createdBy: 'talent-form:form-1' });
    expect(await stored(tenant, id)).toMatchObject({ lastActivityAt: createdAt, talentCreatedAt: createdAt, subjectCreatedAt: createdAt, subjectCreatedBy: 'talent-form:form-1', ownerId: 'recruiter-7' });

    // The rule's action is newer than the follow-up answer, but only the answer moves the clock.
    await scene.bus().publish(TOPICS.talentEvents, [
      activity(tenant, id, 'TALENT_ACTIVITY_KIND_AUTOMATION', daysAfter(createdAt, 20)),
      activity(tenant, id, 'TALENT_ACTIVITY_KIND_FOLLOW_UP_ANSWERED', daysAfter(createdAt, 10)),
    ]);
    await waitFor(async () => (await stored(tenant, id))?.lastActivityAt?.getTime() === daysAfter(createdAt, 10).getTime(), 20_000, 'the follow-up answer on the clock');
    const explained = await unaryCall(await clientOf(tenant), 'ExplainRetention', { subjectId: id });
    expect(explained).toMatchObject({ anchor: 'CLOCK_ANCHOR_LAST_ACTIVITY', anchorAt: toTimestamp(daysAfter(createdAt, 10)) });
    expect(explained.steps.map((step) => step.rule)).toEqual(['delete_after_months=6']);
  });

  it('is the subject’s one clock when the talent was made from a candidate: the candidate’s record and owner stand, both move it', async () => {
    const tenant = uniqueName('tenant');
    const start = scene.clock.now();
    const id = await scene.createCandidate(tenant, { at: start, ownerId: 'owner-c', createdBy: 'owner-c' });
    await scene.createTalent(tenant, { candidateId: id, at: daysAfter(start, 5), recruiterId: 'recruiter-t', createdBy: 'recruiter-t' });
    expect(await scene.retention().clocks.model.countDocuments({ tenantId: tenant, subjectId: id })).toBe(1);
    expect(await stored(tenant, id)).toMatchObject({ subjectCreatedAt: start, subjectCreatedBy: 'owner-c', ownerId: 'owner-c', knownAsCandidate: true, lastActivityAt: daysAfter(start, 5) });

    await scene.bus().publish(TOPICS.candidateEvents, [
      { type: 'lethe.candidates.v1.ActivityRecorded', tenantId: tenant, subjectId: id, payload: { activityId: uniqueName('a'), candidateId: id, kind: 'ACTIVITY_KIND_NOTE_ADDED_OR_UPDATED', occurredAt: toTimestamp(daysAfter(start, 8)), actorId: 'owner-c' } },
    ]);
    await waitFor(async () => (await stored(tenant, id))?.lastActivityAt?.getTime() === daysAfter(start, 8).getTime(), 20_000, 'the candidate’s activity');
    await scene.bus().publish(TOPICS.talentEvents, [activity(tenant, id, 'TALENT_ACTIVITY_KIND_ASSIGNED_TO_JOB', daysAfter(start, 12))]);
    await waitFor(async () => (await stored(tenant, id))?.lastActivityAt?.getTime() === daysAfter(start, 12).getTime(), 20_000, 'the talent’s activity');
  });

  it('refuses a malformed event before it changes anything', async () => {
    const tenant = uniqueName('tenant');
    const { fence, clocks, policies, orchestrator } = scene.retention();
    const { handler } = talentEventsConsumer({ fence, clocks, policies, issuer: orchestrator, clock: scene.clock });
    const event = {
      type: 'lethe.talents.v1.TalentActivityRecorded',
      payload: { talentId: 'not an id!', kind: 'TALENT_ACTIVITY_KIND_SOMETHING_NEW', occurredAt: toTimestamp(scene.clock.now()), actorId: 'recruiter' },
      envelope: { id: uniqueName('event'), type: 'lethe.talents.v1.TalentActivityRecorded', source: 'talent-crm', time: scene.clock.now(), tenantId: tenant, subjectId: 'not-an-id' },
      topic: TOPICS.talentEvents.name,
      partition: 0,
      offset: '0',
    } as unknown as ConsumedEvent<TopicEventType<typeof TOPICS.talentEvents>>;
    // INVALID_ARGUMENT: the consumer dead-letters it at once, naming the fields.
    await expect(handler(event)).rejects.toMatchObject({ kind: 'invalid_argument', violations: [expect.objectContaining({ field: 'talentId' }), expect.objectContaining({ field: 'kind' })] });
    expect(await scene.retention().clocks.model.countDocuments({ tenantId: tenant })).toBe(0);
  });
});

describe('a person the ATS deleted', () => {
  it('is erased everywhere when Lethe held them only because the ATS sent them; late events do not bring them back', async () => {
    const tenant = uniqueName('tenant');
    const id = await scene.createTalent(tenant, { createdBy: 'ats', recruiterId: '' });
    await scene.bus().publish(TOPICS.talentEvents, [sourceDeleted(tenant, id)]);
    const erasure = await waitFor(() => erasureOf(tenant, id), 20_000, 'the erasure');
    expect(erasure).toMatchObject({ mode: 'ERASURE_MODE_DELETE', reason: 'ERASURE_REASON_SOURCE_DELETED', trigger: 'source-deleted' });
    await waitFor(async () => (await erasureOf(tenant, id))?.state === 'ERASURE_STATE_DONE', 30_000, 'every service to confirm');
    expect(scene.standIn.heldOf(tenant, id)).toBeUndefined();
    expect(await stored(tenant, id)).toBeNull();
    const { entries } = await unaryCall(await clientOf(tenant), 'ListDeletionLog', { subjectId: id });
    expect(entries).toEqual([expect.objectContaining({ subjectId: id, reason: 'ERASURE_REASON_SOURCE_DELETED', trigger: 'source-deleted', subjectCreatedBy: 'ats' })]);

    // Late events about the erased talent change nothing: its clock is not made again, nothing more is issued.
    await scene.bus().publish(TOPICS.talentEvents, [
      { type: 'lethe.talents.v1.TalentCreated', tenantId: tenant, subjectId: id, payload: { talentId: id, source: 'TALENT_SOURCE_ATS_SYNC', fromCandidate: false, createdAt: toTimestamp(scene.clock.now()), createdBy: 'ats' } },
      activity(tenant, id, 'TALENT_ACTIVITY_KIND_ATS_UPDATED', scene.clock.now()),
      sourceDeleted(tenant, id),
    ]);
    // A live talent's event published after them on the same topic shows they were consumed.
    await scene.createTalent(tenant);
    await sleep(1_000);
    expect(await stored(tenant, id)).toBeNull();
    expect((await unaryCall(await clientOf(tenant), 'ListErasures', { subjectId: id })).erasures).toHaveLength(1);
  });

  it('issues nothing for a person the candidates service knows: the candidate’s own clock governs', async () => {
    const tenant = uniqueName('tenant');
    const candidate = await scene.createCandidate(tenant);
    const fromCandidate = await scene.createCandidate(tenant);
    await scene.createTalent(tenant, { candidateId: fromCandidate });
    const atsOnly = await scene.createTalent(tenant, { createdBy: 'ats', recruiterId: '' });
    await scene.bus().publish(TOPICS.talentEvents, [sourceDeleted(tenant, candidate), sourceDeleted(tenant, fromCandidate), sourceDeleted(tenant, atsOnly)]);
    // The ATS-only talent's erasure shows the events were consumed.
    await waitFor(() => erasureOf(tenant, atsOnly), 20_000, 'the ATS-only talent’s erasure');
    await sleep(1_000);
    for (const id of [candidate, fromCandidate]) {
      expect(await erasureOf(tenant, id)).toBeUndefined();
      expect(scene.standIn.heldOf(tenant, id)).toBe('active');
      expect((await unaryCall(await clientOf(tenant), 'ExplainRetention', { subjectId: id })).steps.map((step) => step.rule)).toEqual(['delete_after_months=6']);
    }
  });
});

const deletionsOf = (tenantId: string, subjectId: string) => scene.retention().orchestrator.model.find({ tenantId, subjectId, mode: 'delete' }).lean().exec();
const sweep = (at: Date) => scene.retention().sweeper.run(at);

describe('the tenant’s deadline for a talent’s storage consent', () => {
  it('erases a talent without storage consent at the deadline (MISSING_CONSENT), after notices; one that consented before is kept', async () => {
    const tenant = uniqueName('tenant');
    const client = await clientOf(tenant);
    expect(await unaryCall(client, 'UpdatePolicy', { policy: policyMessage({ talentConsentDeadlineDays: 30 }) })).toMatchObject({ talentConsentDeadlineDays: 30, version: 1 });
    expect(await unaryCall(client, 'GetPolicy', {})).toMatchObject({ talentConsentDeadlineDays: 30 });
    const createdAt = scene.clock.now();
    const unconsented = await scene.createTalent(tenant, { at: createdAt });
    const consented = await scene.createTalent(tenant, { at: createdAt });

    // ExplainRetention names the deadline as the talent's deletion, and its rule.
    const explained = await unaryCall(client, 'ExplainRetention', { subjectId: unconsented });
    expect(explained).toMatchObject({ onHold: false, policyVersion: 1 });
    expect(explained.steps).toEqual([{ mode: 'ERASURE_MODE_DELETE', dueAt: toTimestamp(daysAfter(createdAt, 30)), rule: 'talent_consent_deadline_days=30' }]);

    // The other talent grants storage consent ten days in: the deadline is lifted, the consent holds the clock.
    const consentUntil = daysAfter(createdAt, 720);
    await scene.bus().publish(TOPICS.consentEvents, [
      {
        type: 'lethe.consent.v1.ConsentGranted',
        tenantId: tenant,
        subjectId: consented,
        payload: { consentId: uniqueName('consent'), subjectId: consented, kind: 'CONSENT_KIND_STORAGE', validFrom: toTimestamp(daysAfter(createdAt, 10)), validUntil: toTimestamp(consentUntil), requestId: 'request-1' },
      },
    ]);
    const held = await waitFor(async () => {
      const explanation = await unaryCall(client, 'ExplainRetention', { subjectId: consented });
      return explanation.onHold ? explanation : undefined;
    }, 20_000, 'the storage consent');
    expect(held.steps).toEqual([{ mode: 'ERASURE_MODE_DELETE', dueAt: toTimestamp(consentUntil), rule: 'storage_consent' }]);

    // Two weeks before the deadline the talent is told, as before any deletion; nothing is erased before it.
    await sweep(daysAfter(createdAt, 20));
    expect(await scene.retention().notices.candidateNoticeModel.countDocuments({ tenantId: tenant, subjectId: unconsented })).toBe(1);
    await sweep(daysAfter(createdAt, 29));
    expect(await deletionsOf(tenant, unconsented)).toEqual([]);

    await sweep(daysAfter(createdAt, 31));
    expect(await deletionsOf(tenant, unconsented)).toEqual([expect.objectContaining({ reason: 'ERASURE_REASON_MISSING_CONSENT', trigger: { kind: 'missing-consent' } })]);
    expect(await deletionsOf(tenant, consented)).toEqual([]);
    await waitFor(async () => (await deletionsOf(tenant, unconsented))[0]?.state === 'done', 30_000, 'every service to confirm');
    expect(scene.standIn.heldOf(tenant, unconsented)).toBeUndefined();
    expect(scene.standIn.heldOf(tenant, consented)).toBe('active');
    const { entries } = await unaryCall(client, 'ListDeletionLog', { subjectId: unconsented });
    expect(entries).toEqual([expect.objectContaining({ reason: 'ERASURE_REASON_MISSING_CONSENT', trigger: 'missing-consent' })]);
  });

  it('erases nothing early while the deadline is off (0); switched on, it reschedules the talents already there', async () => {
    const tenant = uniqueName('tenant');
    const client = await clientOf(tenant);
    expect(await unaryCall(client, 'GetPolicy', {})).toMatchObject({ talentConsentDeadlineDays: 0, version: 0 });
    const createdAt = scene.clock.now();
    const id = await scene.createTalent(tenant, { at: createdAt });
    expect((await unaryCall(client, 'ExplainRetention', { subjectId: id })).steps.map((step) => step.rule)).toEqual(['delete_after_months=6']);
    await sweep(daysAfter(createdAt, 100));
    expect(await deletionsOf(tenant, id)).toEqual([]);

    // The tenant turns the deadline on: the sweep reschedules the running clocks, and the one past it goes.
    await unaryCall(client, 'UpdatePolicy', { policy: policyMessage({ talentConsentDeadlineDays: 60 }), expectedVersion: 0 });
    const swept = await sweep(daysAfter(createdAt, 100));
    expect(swept.executed['policy-changes']).toBeGreaterThanOrEqual(1);
    expect(await deletionsOf(tenant, id)).toEqual([expect.objectContaining({ reason: 'ERASURE_REASON_MISSING_CONSENT' })]);
  });

  it('refuses a deadline outside 7–365 days, naming the field, and saves nothing', async () => {
    const client = await clientOf(uniqueName('tenant'));
    for (const days of [3, 366, -7]) {
      expect(await failure(unaryCall(client, 'UpdatePolicy', { policy: policyMessage({ talentConsentDeadlineDays: days }) }))).toMatchObject({
        code: grpc.status.INVALID_ARGUMENT,
        violations: [expect.objectContaining({ field: 'policy.talentConsentDeadlineDays', description: 'must be 0 (off) or 7–365 days' })],
      });
    }
    expect(await unaryCall(client, 'GetPolicy', {})).toMatchObject({ version: 0, talentConsentDeadlineDays: 0 });
  });
});
