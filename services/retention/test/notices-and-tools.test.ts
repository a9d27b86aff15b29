import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as grpc from '@grpc/grpc-js';
import { RIGHTS } from '@lethe/platform/auth';
import { unaryCall } from '@lethe/platform/grpc';
import { newId } from '@lethe/platform/ids';
import type { Subscription } from '@lethe/platform/kafka';
import { failure, uniqueName, waitFor } from '@lethe/platform/testkit';
import { fromTimestamp, toTimestamp, TOPICS, type CandidateNoticeDue__Output, type OwnerNoticeDigest__Output } from '@lethe/protos';
import { startRetentionScene, type RetentionScene } from './kit';

let scene: RetentionScene;
let noticeSubscription: Subscription;
const candidateNotices: CandidateNoticeDue__Output[] = [];
const digests: OwnerNoticeDigest__Output[] = [];

beforeAll(async () => {
  scene = await startRetentionScene('retention-tools');
  scene.clock.set('2026-01-05T09:00:00Z');
  // What retention publishes for the messaging service, read as messaging would.
  noticeSubscription = await scene.bus().subscribe({
    groupId: uniqueName('notices-reader'),
    topics: [TOPICS.retentionNotices],
    fromBeginning: true,
    handler: async (event) => {
      if (event.type === 'lethe.retention.v1.CandidateNoticeDue') candidateNotices.push(event.payload);
      else digests.push(event.payload);
    },
  });
});
afterAll(async () => {
  await noticeSubscription?.stop();
  await scene?.stop();
});

function clientOf(tenantId: string, rights: string[] = [RIGHTS.readCandidates, RIGHTS.writeCandidates, RIGHTS.manageSettings, RIGHTS.dataProtection, RIGHTS.seeMarked]) {
  return scene.clientOf(tenantId, rights, 'dpo');
}

/** A subject retention has heard of: created with an owner, last active at `at`. */
function subject(tenantId: string, at: Date, ownerId = 'owner-1'): Promise<string> {
  return scene.createCandidate(tenantId, { at, ownerId, createdBy: ownerId });
}

describe('notices ahead of the clock', () => {
  it('tells the candidate once, two weeks before deletion, and the owner in a daily digest', async () => {
    const tenant = uniqueName('tenant');
    const start = scene.clock.now();
    const id = await subject(tenant, start);
    const deleteAt = fromTimestamp((await unaryCall(await clientOf(tenant), 'ExplainRetention', { subjectId: id })).steps[0].dueAt)!;
    const run = async () => (await scene.retention().sweeper.run(scene.clock.now())).executed;

    scene.clock.set(new Date(deleteAt.getTime() - 20 * 24 * 3600_000));
    expect(await run()).toMatchObject({ 'candidate-notices': 0, 'owner-digests': 0 });
    // The candidate 14 days ahead, the owner 7 (the defaults); each once.
    scene.clock.set(new Date(deleteAt.getTime() - 10 * 24 * 3600_000));
    expect(await run()).toMatchObject({ 'candidate-notices': 1, 'owner-digests': 0 });
    scene.clock.set(new Date(deleteAt.getTime() - 5 * 24 * 3600_000));
    expect(await run()).toMatchObject({ 'candidate-notices': 0, 'owner-digests': 1 });
    expect(await run()).toMatchObject({ 'candidate-notices': 0, 'owner-digests': 0 });

    await waitFor(() => candidateNotices.some((notice) => notice.subjectId === id) && digests.some((digest) => digest.subjects.some((s) => s.subjectId === id)), 20_000, 'the notices');
    expect(candidateNotices.filter((notice) => notice.subjectId === id)).toEqual([
      expect.objectContaining({ subjectId: id, action: 'SCHEDULED_ACTION_DELETE', actionDueAt: expect.objectContaining({ seconds: String(deleteAt.getTime() / 1000) }) }),
    ]);
    const digest = digests.find((d) => d.subjects.some((s) => s.subjectId === id))!;
    expect(digest).toMatchObject({ ownerId: 'owner-1', digestDate: scene.clock.now().toISOString().slice(0, 10), subjects: [{ subjectId: id, action: 'SCHEDULED_ACTION_DELETE' }] });

    // The next day brings the next digest, not another candidate notice.
    scene.clock.advance({ days: 1 });
    expect(await run()).toMatchObject({ 'candidate-notices': 0, 'owner-digests': 1 });
    // A restarted clock is a new deletion date: the candidate is told again when that one comes near.
    await scene.bus().publish(TOPICS.candidateEvents, [
      { type: 'lethe.candidates.v1.ActivityRecorded', tenantId: tenant, subjectId: id, payload: { activityId: uniqueName('a'), candidateId: id, kind: 'ACTIVITY_KIND_NOTE_ADDED_OR_UPDATED', occurredAt: toTimestamp(scene.clock.now()), actorId: 'owner-1' } },
    ]);
    await waitFor(async () => (await scene.retention().clocks.model.findOne({ tenantId: tenant, subjectId: id }).lean())?.candidateNoticeAt !== undefined, 20_000, 'the new notice date');
    const newDeleteAt = fromTimestamp((await unaryCall(await clientOf(tenant), 'ExplainRetention', { subjectId: id })).steps[0].dueAt)!;
    expect(newDeleteAt > deleteAt).toBe(true);
    scene.clock.set(new Date(newDeleteAt.getTime() - 10 * 24 * 3600_000));
    expect((await run())['candidate-notices']).toBe(1);
  });

  it('tells no candidate once the tenant switched notices off, while the deletion and the owner digest stay; switched on, it does again', async () => {
    const tenant = uniqueName('tenant');
    const client = await clientOf(tenant);
    // Last active almost six months ago: the deletion is a few days away, the notice already due.
    const id = await subject(tenant, new Date(scene.clock.now().getTime() - 178 * 24 * 3600_000), 'owner-quiet');
    const announced = await unaryCall(client, 'ExplainRetention', { subjectId: id });
    const deleteAt = fromTimestamp(announced.steps[0].dueAt)!;
    expect(fromTimestamp(announced.candidateNoticeAt)).toEqual(new Date(deleteAt.getTime() - 14 * 24 * 3600_000));

    const setNotices = async (off: boolean) => {
      const policy = await unaryCall(client, 'GetPolicy', {});
      await unaryCall(client, 'UpdatePolicy', { policy: { ...policy, candidateNoticesOff: off }, expectedVersion: policy.version });
    };
    await setNotices(true);
    expect(await unaryCall(client, 'GetPolicy', {})).toMatchObject({ candidateNoticesOff: true, deleteAfterMonths: 6 });
    const quiet = await unaryCall(client, 'ExplainRetention', { subjectId: id });
    expect(quiet.candidateNoticeAt).toBeNull();
    expect(quiet.steps).toEqual(announced.steps);

    await scene.retention().sweeper.run(scene.clock.now());
    // Both go out from one sweep, in order on the tenant's partition: the digest arriving shows no notice went before it.
    await waitFor(() => digests.some((digest) => digest.ownerId === 'owner-quiet' && digest.subjects.some((s) => s.subjectId === id)), 20_000, "the owner's digest");
    expect(candidateNotices.filter((notice) => notice.subjectId === id)).toEqual([]);
    expect(await scene.retention().notices.candidateNoticeModel.countDocuments({ tenantId: tenant, subjectId: id })).toBe(0);

    await setNotices(false);
    await scene.retention().sweeper.run(scene.clock.now());
    await waitFor(() => candidateNotices.some((notice) => notice.subjectId === id), 20_000, 'the notice once switched on');
  });
});

describe('owner notices of marks', () => {
  it("puts a marked subject in its owner's digest before the mark is executed", async () => {
    const tenant = uniqueName('tenant');
    const id = await subject(tenant, scene.clock.now(), 'owner-marks');
    const client = await clientOf(tenant, [RIGHTS.readCandidates, RIGHTS.writeCandidates, RIGHTS.chooseDeletionMode]);
    const mark = await unaryCall(client, 'MarkForDeletion', { subjectId: id, mode: 'ERASURE_MODE_ANONYMISE' });
    expect((await scene.retention().sweeper.run(scene.clock.now())).executed['owner-digests']).toBeGreaterThanOrEqual(1);
    const digest = await waitFor(() => digests.find((d) => d.ownerId === 'owner-marks'), 20_000, 'the digest');
    expect(digest.subjects).toEqual([{ subjectId: id, action: 'SCHEDULED_ACTION_ANONYMISE', actionDueAt: mark.earliestDeletionAt }]);
  });
});

describe('storage consent and merges', () => {
  it('suspends the clock until the storage consent ends; withdrawn, the clock runs again', async () => {
    const tenant = uniqueName('tenant');
    const id = await subject(tenant, scene.clock.now());
    const client = await clientOf(tenant);
    const before = (await unaryCall(client, 'ExplainRetention', { subjectId: id })).steps;
    const until = new Date(scene.clock.now().getTime() + 2 * 365 * 24 * 3600_000);
    await scene.bus().publish(TOPICS.consentEvents, [
      {
        type: 'lethe.consent.v1.ConsentGranted',
        tenantId: tenant,
        subjectId: id,
        payload: { consentId: 'c1', subjectId: id, kind: 'CONSENT_KIND_STORAGE', clientId: '', channel: 'CHANNEL_UNSPECIFIED', validFrom: toTimestamp(scene.clock.now()), validUntil: toTimestamp(until), method: 'GRANT_METHOD_LINK', requestId: 'r1' },
      },
    ]);
    const held = await waitFor(async () => {
      const explanation = await unaryCall(client, 'ExplainRetention', { subjectId: id });
      return explanation.onHold ? explanation : undefined;
    }, 20_000, 'the hold');
    expect(held.steps).toEqual([{ mode: 'ERASURE_MODE_DELETE', dueAt: toTimestamp(until), rule: 'storage_consent' }]);
    // Clear-data consents say nothing about storage.
    await scene.bus().publish(TOPICS.consentEvents, [
      { type: 'lethe.consent.v1.ConsentWithdrawn', tenantId: tenant, subjectId: id, payload: { consentId: 'c2', subjectId: id, kind: 'CONSENT_KIND_CLEAR_DATA_SHARING', clientId: 'client-1', channel: 'CHANNEL_UNSPECIFIED', withdrawnAt: toTimestamp(scene.clock.now()) } },
      { type: 'lethe.consent.v1.ConsentWithdrawn', tenantId: tenant, subjectId: id, payload: { consentId: 'c1', subjectId: id, kind: 'CONSENT_KIND_STORAGE', clientId: '', channel: 'CHANNEL_UNSPECIFIED', withdrawnAt: toTimestamp(scene.clock.now()) } },
    ]);
    await waitFor(async () => !(await unaryCall(client, 'ExplainRetention', { subjectId: id })).onHold, 20_000, 'the hold to end');
    expect((await unaryCall(client, 'ExplainRetention', { subjectId: id })).steps).toEqual(before);
  });

  it('erases a merged-away candidate everywhere', async () => {
    const tenant = uniqueName('tenant');
    const kept = await subject(tenant, scene.clock.now());
    const merged = await subject(tenant, scene.clock.now());
    await scene.bus().publish(TOPICS.candidateEvents, [
      { type: 'lethe.candidates.v1.CandidateMerged', tenantId: tenant, subjectId: kept, payload: { keptCandidateId: kept, mergedCandidateId: merged, mergedAt: toTimestamp(scene.clock.now()), mergedBy: 'owner-1' } },
    ]);
    const client = await clientOf(tenant);
    const [erasure] = await waitFor(async () => {
      const { erasures } = await unaryCall(client, 'ListErasures', { subjectId: merged });
      return erasures.length > 0 ? erasures : undefined;
    }, 20_000, 'the erasure');
    expect(erasure).toMatchObject({ subjectId: merged, mode: 'ERASURE_MODE_DELETE', reason: 'ERASURE_REASON_MERGE', trigger: 'merge' });
    expect((await unaryCall(client, 'ListErasures', { subjectId: kept })).erasures).toEqual([]);
  });
});

describe('preview, mass actions, applicant volume', () => {
  it('previews a shorter policy without changing anything', async () => {
    const tenant = uniqueName('tenant');
    const client = await clientOf(tenant);
    const now = scene.clock.now();
    const monthsAgo = (months: number) => new Date(now.getTime() - months * 30.5 * 24 * 3600_000);
    const ids = [await subject(tenant, monthsAgo(5)), await subject(tenant, monthsAgo(3)), await subject(tenant, monthsAgo(0))];
    const stored = await unaryCall(client, 'GetPolicy', {});
    const preview = await unaryCall(client, 'PreviewPolicy', { policy: { ...stored, deleteAfterMonths: 4, reduceAfterMonths: 2 }, horizonMonths: 6 });
    expect(preview).toMatchObject({ subjects: 3, dueNowDeletions: 1, dueNowReductions: 2, currentDueNowDeletions: 0, onHold: 0 });
    expect(preview.months).toHaveLength(6);
    expect(preview.months.reduce((sum, month) => sum + month.deletions, 0)).toBe(3);
    // Nothing changed: the stored policy, the clocks, no erasure.
    expect((await unaryCall(client, 'GetPolicy', {})).version).toBe(stored.version);
    expect((await unaryCall(client, 'ExplainRetention', { subjectId: ids[0] })).steps.map((s) => s.rule)).toEqual(['delete_after_months=6']);
    expect((await unaryCall(client, 'ListErasures', {})).erasures).toEqual([]);

    const bad = await failure(unaryCall(client, 'PreviewPolicy', { policy: { ...stored, deleteAfterMonths: 0 }, horizonMonths: 30 }));
    expect(bad.violations.map((v) => v.field).sort()).toEqual(['horizonMonths', 'policy.deleteAfterMonths']);
    expect((await failure(unaryCall(await clientOf(tenant, [RIGHTS.readCandidates]), 'PreviewPolicy', { policy: stored }))).code).toBe(grpc.status.PERMISSION_DENIED);
  });

  it('reduces and marks what a filter selects, with the data-protection right; a dry run changes nothing', async () => {
    const tenant = uniqueName('tenant');
    const client = await clientOf(tenant);
    const old = [await subject(tenant, new Date(scene.clock.now().getTime() - 100 * 24 * 3600_000)), await subject(tenant, new Date(scene.clock.now().getTime() - 90 * 24 * 3600_000))];
    const recent = await subject(tenant, scene.clock.now());
    const anchorBefore = toTimestamp(new Date(scene.clock.now().getTime() - 30 * 24 * 3600_000));

    const dry = await unaryCall(client, 'RunMassAction', { action: 'MASS_ACTION_REDUCE', filter: { anchorBefore }, dryRun: true });
    expect(dry).toMatchObject({ matched: 2, affected: 0 });
    expect(dry.subjectIds.sort()).toEqual([...old].sort());
    expect((await unaryCall(client, 'ListErasures', {})).erasures).toEqual([]);

    expect(await unaryCall(client, 'RunMassAction', { action: 'MASS_ACTION_REDUCE', filter: { anchorBefore } })).toMatchObject({ matched: 2, affected: 2 });
    const { erasures } = await unaryCall(client, 'ListErasures', {});
    expect(erasures.map((e) => [e.subjectId, e.mode, e.trigger]).sort()).toEqual(old.map((id) => [id, 'ERASURE_MODE_REDUCE', 'manual']).sort());

    expect(await unaryCall(client, 'RunMassAction', { action: 'MASS_ACTION_MARK_FOR_DELETION', filter: { subjectIds: [recent] } })).toMatchObject({ matched: 1, affected: 1 });
    expect((await unaryCall(client, 'ListMarked', {})).marks.map((m) => m.subjectId)).toEqual([recent]);

    const withoutRight = await clientOf(tenant, [RIGHTS.readCandidates, RIGHTS.writeCandidates]);
    expect((await failure(unaryCall(withoutRight, 'RunMassAction', { action: 'MASS_ACTION_ANONYMISE', filter: { subjectIds: [recent] } }))).code).toBe(grpc.status.PERMISSION_DENIED);
    const noFilter = await failure(unaryCall(client, 'RunMassAction', { action: 'MASS_ACTION_ANONYMISE' }));
    expect(noFilter.violations.map((v) => v.field)).toEqual(['filter']);
    const badAction = await failure(unaryCall(client, 'RunMassAction', { action: 'MASS_ACTION_UNSPECIFIED', filter: { subjectIds: ['bad id!'] } }));
    expect(badAction.violations.map((v) => v.field)).toEqual(['action', 'filter.subjectIds[0]']);
  });

  it('ends a run whose replica stopped part-way as interrupted, once it missed three heartbeats', async () => {
    const tenant = uniqueName('tenant');
    const client = await clientOf(tenant);
    const startedAt = scene.clock.now();
    // What a replica killed during a background run leaves behind.
    const runId = newId(startedAt);
    await scene.service.runtime.mongo.collection('mass_action_runs').insertOne({
      _id: runId as never,
      tenantId: tenant,
      action: 'anonymise',
      state: 'running',
      matched: 30,
      affected: 25,
      skipped: 5,
      sample: [],
      skippedSample: [],
      startedAt,
      startedBy: 'dpo',
      heartbeatAt: startedAt,
    });
    const stateAfter = async (seconds: number) => {
      scene.clock.set(new Date(startedAt.getTime() + seconds * 1000));
      return unaryCall(client, 'GetMassActionRun', { runId });
    };
    expect(await stateAfter(59)).toMatchObject({ state: 'MASS_ACTION_RUN_STATE_RUNNING', finishedAt: null });
    const interrupted = await stateAfter(61);
    expect(interrupted).toMatchObject({ state: 'MASS_ACTION_RUN_STATE_INTERRUPTED', affected: 25, skipped: 5, processed: 30 });
    expect(fromTimestamp(interrupted.finishedAt!)).toEqual(new Date(startedAt.getTime() + 61_000));
    // Recorded: it stays interrupted, with the time it was found.
    expect(await stateAfter(600)).toMatchObject({ state: 'MASS_ACTION_RUN_STATE_INTERRUPTED', finishedAt: interrupted.finishedAt });
    scene.clock.set(startedAt);

    // A run that goes on keeps its heartbeat and is never taken for interrupted.
    await subject(tenant, new Date(startedAt.getTime() - 100 * 24 * 3600_000));
    const live = await unaryCall(client, 'RunMassAction', { action: 'MASS_ACTION_REDUCE', filter: { anchorBefore: toTimestamp(new Date(startedAt.getTime() - 30 * 24 * 3600_000)) }, inBackground: true });
    const done = await waitFor(async () => {
      const run = await unaryCall(client, 'GetMassActionRun', { runId: live.runId });
      return run.state === 'MASS_ACTION_RUN_STATE_DONE' ? run : undefined;
    });
    expect(done).toMatchObject({ matched: 1, affected: 1 });
    scene.clock.set(new Date(startedAt.getTime() + 3_600_000));
    expect(await unaryCall(client, 'GetMassActionRun', { runId: live.runId })).toMatchObject({ state: 'MASS_ACTION_RUN_STATE_DONE' });
    scene.clock.set(startedAt);
  });

  it('counts the contract applicant volume of a year', async () => {
    const tenant = uniqueName('tenant');
    const client = await clientOf(tenant);
    scene.clock.set('2027-03-01T10:00:00Z');
    // Last year's: one still held in full, one reduced (not counted).
    await subject(tenant, scene.clock.now());
    const reducedLastYear = await subject(tenant, scene.clock.now());
    await scene.retention().clocks.markReduced(tenant, reducedLastYear, await scene.retention().policies.get(tenant), scene.clock.now());
    scene.clock.set('2028-02-01T10:00:00Z');
    // Created last year, first heard of this year (e.g. a replay after a fresh deployment): last year's.
    await subject(tenant, new Date('2027-06-01T00:00:00Z'));
    const applicant = await subject(tenant, scene.clock.now());
    const application = (applicationId: string, at: string) => ({
      type: 'lethe.candidates.v1.ApplicationStatusChanged' as const,
      tenantId: tenant,
      subjectId: applicant,
      payload: { applicationId, candidateId: applicant, jobId: 'job-1', statusKey: 'received', metaStatus: 'META_STATUS_ACTIVE' as const, finalOutcome: 'FINAL_OUTCOME_UNSPECIFIED' as const, statusSetAt: toTimestamp(new Date(at)), changedBy: 'owner-1', appliedAt: toTimestamp(new Date(at)), source: 'STATUS_CHANGE_SOURCE_MANUAL' as const },
    });
    await scene.bus().publish(TOPICS.candidateEvents, [application('app-1', '2028-01-15T00:00:00Z'), application('app-2', '2028-02-01T00:00:00Z'), application('app-1', '2028-02-02T00:00:00Z')]);
    await waitFor(async () => (await unaryCall(client, 'GetApplicantVolume', { year: 2028 })).applicationsInYear === 2, 20_000, 'the applications');
    expect(await unaryCall(client, 'GetApplicantVolume', { year: 2028 })).toEqual({ year: 2028, unreducedActiveFromEarlierYears: 2, applicationsInYear: 2, contractVolume: 4 });
    // Erasing the applicant leaves the year's intake as it was (the volume counts every application received).
    await scene.retention().clocks.forget(tenant, applicant);
    expect(await unaryCall(client, 'GetApplicantVolume', { year: 2028 })).toMatchObject({ applicationsInYear: 2 });
    expect((await failure(unaryCall(client, 'GetApplicantVolume', { year: 1999 }))).violations.map((v) => v.field)).toEqual(['year']);
    expect(await unaryCall(await clientOf(uniqueName('other')), 'GetApplicantVolume', { year: 2028 })).toMatchObject({ contractVolume: 0 });
  });
});

describe('erasure receipts', () => {
  it('is NOT_FOUND while pending, then verifies with the openssl command line and the published key', async () => {
    const tenant = uniqueName('tenant');
    const client = await clientOf(tenant);
    const id = await subject(tenant, scene.clock.now());
    // A pending erasure (not every service confirmed) has no receipt.
    const pendingId = `pending-${Date.now()}`;
    await scene.retention().orchestrator.model.collection.insertOne({
      _id: pendingId as never,
      ...{ tenantId: tenant, subjectId: id, commandId: `command-${Date.now()}`, mode: 'delete', reason: 'ERASURE_REASON_MANUAL', keepFields: [], trigger: { kind: 'manual' } },
      ...{ state: 'pending', services: { candidates: { state: 'pending' }, retention: { state: 'done' } }, attempt: 1, issuedAt: scene.clock.now() },
    });
    expect((await unaryCall(client, 'GetErasure', { id: pendingId })).state).toBe('ERASURE_STATE_PENDING');
    expect((await failure(unaryCall(client, 'GetErasureReceipt', { erasureId: pendingId }))).code).toBe(grpc.status.NOT_FOUND);

    const { erasureId } = await scene.retention().orchestrator.issue({ tenantId: tenant, subjectId: id, mode: 'anonymise', reason: 'ERASURE_REASON_MANUAL', trigger: { kind: 'manual', actorId: 'dpo' } });
    await waitFor(async () => (await unaryCall(client, 'GetErasure', { id: erasureId })).state === 'ERASURE_STATE_DONE', 30_000, 'both confirmations');

    const receipt = await unaryCall(client, 'GetErasureReceipt', { erasureId });
    const { publicKeyPem } = await unaryCall(client, 'GetReceiptPublicKey', {});
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'receipt-'));
    fs.writeFileSync(path.join(dir, 'key.pem'), publicKeyPem);
    fs.writeFileSync(path.join(dir, 'receipt.json'), receipt.payloadJson);
    fs.writeFileSync(path.join(dir, 'receipt.sig'), Buffer.from(receipt.signature, 'base64'));
    const verify = (file: string) => execFileSync('openssl', ['pkeyutl', '-verify', '-pubin', '-inkey', 'key.pem', '-rawin', '-in', file, '-sigfile', 'receipt.sig'], { cwd: dir, encoding: 'utf8' });
    expect(verify('receipt.json')).toContain('Signature Verified Successfully');
    fs.writeFileSync(path.join(dir, 'altered.json'), receipt.payloadJson.replace(id, `${id}x`));
    expect(() => verify('altered.json')).toThrow();

    expect((await failure(unaryCall(await clientOf(uniqueName('other')), 'GetErasureReceipt', { erasureId }))).code).toBe(grpc.status.NOT_FOUND);
    expect((await failure(unaryCall(client, 'GetErasureReceipt', { erasureId: 'Not An Id' }))).violations.map((v) => v.field)).toEqual(['erasureId']);
  });
});
