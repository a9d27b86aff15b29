import { setTimeout as sleep } from 'node:timers/promises';
import { generateKeyPairSync } from 'node:crypto';
import * as grpc from '@grpc/grpc-js';
import { RIGHTS } from '@lethe/platform/auth';
import { readErrorDetails, unaryCall } from '@lethe/platform/grpc';
import type { Subscription } from '@lethe/platform/kafka';
import { failure, uniqueName, waitFor } from '@lethe/platform/testkit';
import { toTimestamp, TOPICS, type ErasureAck__Output, type ErasureCommand__Output } from '@lethe/protos';
import { verifyReceipt } from '../src/erasures/receipts';
import { RECEIPT_KEYS, startRetentionScene, type RetentionScene } from './kit';

const POLICY = {
  deleteAfterMonths: 1,
  reduceAfterMonths: 0,
  poolReduceAfterMonths: 0,
  storageConsentExtensionMonths: 12,
  skeletonFields: ['name'],
  rejectionHoldMonths: 2,
  candidateNoticeDays: 14,
  ownerNoticeDays: 7,
  waitHoursWithoutAssignment: 6,
  waitDaysNormalProcessing: 14,
  waitDaysPlacement: 90,
  defaultMode: 'ERASURE_MODE_DELETE' as const,
};

const RIGHTS_OF_THE_DPO = [RIGHTS.readCandidates, RIGHTS.writeCandidates, RIGHTS.manageSettings, RIGHTS.seeMarked];

describe('erasure orchestration', () => {
  let scene: RetentionScene;
  beforeAll(async () => {
    scene = await startRetentionScene('erasure');
  });
  afterAll(() => scene?.stop());

  it('erases a subject whose period ran out: one command, every confirmation, deletion log, signed receipt, nothing left', async () => {
    const { clock, standIn } = scene;
    const tenant = uniqueName('tenant');
    const client = await scene.clientOf(tenant, RIGHTS_OF_THE_DPO, 'dpo');
    await unaryCall(client, 'UpdatePolicy', { policy: POLICY });
    const id = await scene.createCandidate(tenant, { createdBy: 'dpo' });
    expect((await unaryCall(client, 'ExplainRetention', { subjectId: id })).steps).toHaveLength(1);

    const { sweeper, orchestrator } = scene.retention();
    // Not due yet: the sweep does nothing.
    expect(Object.values((await sweeper.run(clock.now())).executed).every((count) => count === 0)).toBe(true);
    clock.advance({ days: 40 });
    expect((await sweeper.run(clock.now())).executed['retention-clock']).toBe(1);
    // Idempotent: the step is not found again.
    expect((await sweeper.run(clock.now())).executed['retention-clock']).toBe(0);

    const erasure = await waitFor(async () => {
      const doc = await orchestrator.model.findOne({ tenantId: tenant, subjectId: id }).lean();
      return doc?.state === 'done' ? doc : undefined;
    }, 30_000, 'every service to confirm');
    expect(erasure).toMatchObject({ mode: 'delete', reason: 'ERASURE_REASON_RETENTION_EXPIRED', services: { candidates: { state: 'done', counts: { candidates: 1 } }, retention: { state: 'done' } } });
    // The other service got the command once, and holds nothing of the subject any more.
    expect(standIn.commands.filter((command) => command.subjectId === id)).toEqual([expect.objectContaining({ mode: 'delete', reason: 'ERASURE_REASON_RETENTION_EXPIRED', attempt: 1 })]);
    expect(standIn.heldOf(tenant, id)).toBeUndefined();
    const logEntry = await orchestrator.log.findById(tenant, erasure._id);
    expect(logEntry).toMatchObject({ subjectId: id, mode: 'delete', confirmedBy: ['candidates', 'retention'], trigger: { kind: 'retention-clock' }, subjectCreated: { by: 'dpo' }, markedAt: erasure.issuedAt });
    expect(logEntry?.markedBy).toBeUndefined();
    // The services are told the erasure is complete.
    await waitFor(() => standIn.eventsAbout(id, 'lethe.retention.v1.ErasureCompleted').length === 1, 20_000, 'ErasureCompleted');

    // The signed receipt verifies offline with the published key, and not once altered.
    const receipt = await unaryCall(client, 'GetErasureReceipt', { erasureId: erasure._id });
    const publicKey = await unaryCall(client, 'GetReceiptPublicKey', {});
    expect(publicKey).toMatchObject({ algorithm: 'Ed25519', keyId: receipt.keyId });
    expect(publicKey.publicKeyPem.trim()).toBe(RECEIPT_KEYS.publicKeyPem.trim());
    expect(JSON.parse(receipt.payloadJson)).toMatchObject({
      erasureId: erasure._id,
      subjectId: id,
      tenantId: tenant,
      mode: 'delete',
      reason: 'ERASURE_REASON_RETENTION_EXPIRED',
      confirmations: [
        { service: 'candidates', outcome: 'done' },
        { service: 'retention', outcome: 'done' },
      ],
    });
    expect(verifyReceipt(receipt, publicKey.publicKeyPem)).toBe(true);
    const altered = receipt.payloadJson.replace('"mode":"delete"', '"mode":"reduce"');
    expect(altered).not.toBe(receipt.payloadJson);
    expect(verifyReceipt({ ...receipt, payloadJson: altered }, publicKey.publicKeyPem)).toBe(false);
    expect(verifyReceipt(receipt, generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'pem' }).toString())).toBe(false);
    // Retention's own records of the subject went: no clock, no steps.
    expect(await scene.retention().clocks.get(tenant, id)).toBeNull();
    expect((await unaryCall(client, 'ExplainRetention', { subjectId: id })).steps).toEqual([]);
    expect((await unaryCall(client, 'ListDeletionLog', { subjectId: id })).entries.map((entry) => entry.erasureId)).toEqual([erasure._id]);
  });

  it('refuses writes about an erased subject, lets no late event bring it back, and closes what was still to be decided', async () => {
    const tenant = uniqueName('tenant');
    const client = await scene.clientOf(tenant, [...RIGHTS_OF_THE_DPO, RIGHTS.chooseDeletionMode, RIGHTS.dataProtection], 'dpo');
    const id = await scene.createCandidate(tenant);
    const retention = scene.retention();
    const { orchestrator } = retention;
    // Marked and asked to be forgotten, then erased another way before either came due.
    await unaryCall(client, 'MarkForDeletion', { subjectId: id, mode: 'ERASURE_MODE_ANONYMISE' });
    await unaryCall(client, 'OpenErasureRequest', { subjectId: id, reason: 'bitte löschen' });
    const { erasureId } = await orchestrator.issue({ tenantId: tenant, subjectId: id, mode: 'delete', reason: 'ERASURE_REASON_MANUAL', trigger: { kind: 'manual', actorId: 'dpo' } });
    await waitFor(async () => (await orchestrator.get(tenant, erasureId)).state === 'done', 30_000, 'every service to confirm');
    expect((await orchestrator.get(tenant, erasureId)).services.retention).toMatchObject({ state: 'done', counts: { clocks: 1, marks: 1, requests: 1, requestReasons: 1 } });

    // The mark and the request were closed with the subject: nothing is left for the sweep or the lists.
    expect((await unaryCall(client, 'ListMarked', {})).marks).toEqual([]);
    expect(await unaryCall(client, 'GetErasureRequest', { subjectId: id })).toMatchObject({ state: 'ERASURE_REQUEST_STATE_EXECUTED', reason: '' });
    scene.clock.advance({ days: 400 });
    const swept = await retention.sweeper.run(scene.clock.now());
    expect(swept.executed).toMatchObject({ marks: 0, 'erasure-requests': 0, 'retention-clock': 0 });
    expect(await orchestrator.model.countDocuments({ tenantId: tenant, subjectId: id })).toBe(1);

    // Writes about the deleted subject are refused (NOT_FOUND, SUBJECT_ERASED); an executed mark or request says so.
    const erased = { code: grpc.status.NOT_FOUND, reason: 'SUBJECT_ERASED' };
    const messaging = await scene.messagingOf(tenant);
    expect(await failure(unaryCall(messaging, 'CreateSelfServiceLink', { subjectId: id, purpose: 'SELF_SERVICE_PURPOSE_OPEN_ERASURE_REQUEST' }))).toMatchObject(erased);
    expect(await failure(unaryCall(client, 'MarkForDeletion', { subjectId: id }))).toMatchObject({ code: grpc.status.FAILED_PRECONDITION, reason: 'ALREADY_EXECUTED' });
    expect(await failure(unaryCall(client, 'WithdrawErasureRequest', { subjectId: id }))).toMatchObject({ code: grpc.status.FAILED_PRECONDITION, reason: 'ALREADY_EXECUTED' });
    expect(await unaryCall(client, 'RunMassAction', { action: 'MASS_ACTION_REDUCE', filter: { subjectIds: [id] } })).toMatchObject({ matched: 1, affected: 0 });
    await expect(orchestrator.issue({ tenantId: tenant, subjectId: id, mode: 'delete', reason: 'ERASURE_REASON_MANUAL', trigger: { kind: 'manual' } })).rejects.toMatchObject({ reason: 'SUBJECT_ERASED' });
    const neverMarked = await scene.createCandidate(tenant);
    await orchestrator.issue({ tenantId: tenant, subjectId: neverMarked, mode: 'anonymise', reason: 'ERASURE_REASON_MANUAL', trigger: { kind: 'manual' } });
    await waitFor(async () => (await retention.clocks.get(tenant, neverMarked)) === null, 30_000, 'the anonymisation');
    // An anonymised person's records may still be read, but never change.
    const anonymised = { code: grpc.status.FAILED_PRECONDITION, reason: 'SUBJECT_ANONYMISED' };
    expect(await failure(unaryCall(client, 'MarkForDeletion', { subjectId: neverMarked }))).toMatchObject(anonymised);
    expect(await failure(unaryCall(client, 'OpenErasureRequest', { subjectId: neverMarked }))).toMatchObject(anonymised);
    expect(await failure(unaryCall(messaging, 'CreateSelfServiceLink', { subjectId: neverMarked, purpose: 'SELF_SERVICE_PURPOSE_WITHDRAW_ERASURE_REQUEST' }))).toMatchObject(anonymised);

    // Late events about the erased subject change nothing: its clock is not made again.
    await scene.bus().publish(TOPICS.candidateEvents, [
      { type: 'lethe.candidates.v1.ActivityRecorded', tenantId: tenant, subjectId: id, payload: { activityId: uniqueName('late'), candidateId: id, kind: 'ACTIVITY_KIND_NOTE_ADDED_OR_UPDATED', occurredAt: toTimestamp(scene.clock.now()) } },
      { type: 'lethe.candidates.v1.JobOrderAssignmentChanged', tenantId: tenant, subjectId: id, payload: { jobOrderId: 'order-1', candidateId: id, assigned: true, meaning: 'JOB_ORDER_MEANING_PLACEMENT' } },
    ]);
    await scene.bus().publish(TOPICS.consentEvents, [
      { type: 'lethe.consent.v1.ConsentGranted', tenantId: tenant, subjectId: id, payload: { consentId: 'late', subjectId: id, kind: 'CONSENT_KIND_STORAGE', validUntil: toTimestamp(new Date('2030-01-01T00:00:00Z')) } },
    ]);
    // A live subject's event published after them on the same topics shows they were consumed.
    const live = await scene.createCandidate(tenant);
    await scene.bus().publish(TOPICS.consentEvents, [
      { type: 'lethe.consent.v1.ConsentGranted', tenantId: tenant, subjectId: live, payload: { consentId: 'live', subjectId: live, kind: 'CONSENT_KIND_STORAGE', validUntil: toTimestamp(new Date('2030-01-01T00:00:00Z')) } },
    ]);
    await waitFor(async () => (await unaryCall(client, 'ExplainRetention', { subjectId: live })).onHold, 20_000, 'the live subject’s hold');
    await sleep(1_000);
    expect(await retention.clocks.model.countDocuments({ tenantId: tenant, subjectId: id })).toBe(0);
  });

  it('finds the erasure an acknowledgement answers by the id its command carries, and one issued with a command id of its own by that', async () => {
    const tenant = uniqueName('tenant');
    const { orchestrator } = scene.retention();
    const ack = (commandId: string, subjectId: string, service: string): ErasureAck__Output => ({
      commandId,
      service,
      outcome: 'ERASURE_OUTCOME_NOTHING_HELD',
      counts: {},
      completedAt: { seconds: String(Math.floor(Date.now() / 1_000)), nanos: 0 },
      tenantId: tenant,
      subjectId,
      retainedFields: [],
      retainedReason: '',
      failureReason: '',
      keyId: '',
      signature: '',
    });
    // Issued now: the command carries the erasure's own id, and every service's acknowledgement finds it.
    const subject = await scene.createCandidate(tenant);
    const { erasureId } = await orchestrator.issue({ tenantId: tenant, subjectId: subject, mode: 'delete', reason: 'ERASURE_REASON_MANUAL', trigger: { kind: 'manual' } });
    const issued = await waitFor(async () => {
      const doc = await orchestrator.get(tenant, erasureId);
      return doc.state === 'done' ? doc : undefined;
    }, 30_000, 'every service to confirm');
    expect(issued.commandId).toBe(erasureId);
    // Stored with a command id of its own, as erasures were issued before: its acknowledgements are recorded all the same.
    const earlier = uniqueName('subject');
    const { completedAt: _completedAt, ...copied } = issued;
    const stored = { ...copied, _id: uniqueName('erasure'), subjectId: earlier, commandId: uniqueName('command'), state: 'pending', services: { candidates: { state: 'pending' }, retention: { state: 'pending' } } };
    await orchestrator.model.create(stored);
    // Another tenant's acknowledgement confirms nothing, by either id; nor does an id that names no erasure.
    const otherTenant = uniqueName('tenant');
    for (const commandId of [stored._id, stored.commandId]) expect(await orchestrator.acknowledge({ ...ack(commandId, earlier, 'candidates'), tenantId: otherTenant }, otherTenant)).toBe('ignored');
    expect(await orchestrator.acknowledge(ack(uniqueName('command'), earlier, 'candidates'), tenant)).toBe('ignored');
    expect((await orchestrator.get(tenant, stored._id)).services.candidates).toEqual({ state: 'pending' });
    expect(await orchestrator.acknowledge(ack(stored.commandId, earlier, 'candidates'), tenant)).toBe('recorded');
    expect(await orchestrator.acknowledge(ack(stored.commandId, earlier, 'retention'), tenant)).toBe('recorded');
    expect(await orchestrator.get(tenant, stored._id)).toMatchObject({ state: 'done', services: { candidates: { state: 'nothing-held' }, retention: { state: 'nothing-held' } } });
    expect(await orchestrator.acknowledge(ack(stored.commandId, earlier, 'retention'), tenant)).toBe('ignored');
  });
});

describe('re-issuing unanswered erasures', () => {
  let scene: RetentionScene;
  let subscription: Subscription | undefined;
  beforeAll(async () => {
    scene = await startRetentionScene('erasure-reissue', { ERASURE_REISSUE_AFTER_MS: '60000' });
  });
  afterAll(async () => {
    await subscription?.stop();
    await scene?.stop();
  });

  it('issues the same command again to a service that was stopped, which confirms once started again', async () => {
    const tenant = uniqueName('tenant');
    const commands: ErasureCommand__Output[] = [];
    subscription = await scene.service.runtime.bus.subscribe({ groupId: 'test-commands', topics: [TOPICS.erasureCommands], fromBeginning: true, handler: async (event) => void commands.push(event.payload) });
    const subjectId = await scene.createCandidate(tenant);
    const { orchestrator, sweeper } = scene.retention();

    // The other service stops; the command goes out while it is down.
    await scene.stopStandIn();
    const { erasureId } = await orchestrator.issue({ tenantId: tenant, subjectId, mode: 'delete', reason: 'ERASURE_REASON_MANUAL', trigger: { kind: 'manual', actorId: 'dpo' } });
    expect((await orchestrator.issue({ tenantId: tenant, subjectId, mode: 'delete', reason: 'ERASURE_REASON_MANUAL', trigger: { kind: 'manual' } })).created).toBe(false);
    await waitFor(() => commands.length === 1, 20_000, 'the first command');
    // Retention answers for itself; the stopped service cannot.
    await waitFor(async () => (await orchestrator.get(tenant, erasureId)).services.retention?.state === 'done', 20_000, "retention's own confirmation");

    scene.clock.advance({ minutes: 2 });
    expect((await sweeper.run(scene.clock.now())).executed['erasure-reissue']).toBe(1);
    await waitFor(() => commands.length === 2, 20_000, 'the re-issued command');
    expect(commands[1]).toMatchObject({ commandId: commands[0].commandId, attempt: 2, mode: 'ERASURE_MODE_DELETE' });
    expect(await orchestrator.get(tenant, erasureId)).toMatchObject({ state: 'pending', attempt: 2, services: { candidates: { state: 'pending' } } });
    // Not due again before its doubled wait.
    scene.clock.advance({ minutes: 1 });
    expect((await sweeper.run(scene.clock.now())).executed['erasure-reissue']).toBe(0);
    const client = await scene.clientOf(tenant, [RIGHTS.readCandidates]);
    expect(await unaryCall(client, 'GetErasure', { id: erasureId })).toMatchObject({
      id: erasureId,
      subjectId,
      state: 'ERASURE_STATE_PENDING',
      attempt: 2,
      trigger: 'manual',
      services: [
        { service: 'candidates', state: 'pending' },
        { service: 'retention', state: 'done', counts: { clocks: 1 } },
      ],
    });
    const otherTenant = await scene.clientOf(uniqueName('other'), [RIGHTS.readCandidates]);
    expect(readErrorDetails(await unaryCall(otherTenant, 'GetErasure', { id: erasureId }).catch((err: unknown) => err)).code).toBe(grpc.status.NOT_FOUND);
    expect(readErrorDetails(await unaryCall(client, 'ListErasures', { state: 99 as never }).catch((err: unknown) => err)).violations[0]?.field).toBe('state');

    // It starts again, catches up from its committed offset and erases the subject.
    await scene.startStandIn();
    await waitFor(async () => (await orchestrator.get(tenant, erasureId)).state === 'done', 30_000, 'completion');
    expect(await orchestrator.get(tenant, erasureId)).toMatchObject({ services: { candidates: { state: 'done', counts: { candidates: 1 } } } });
    expect(await orchestrator.log.findById(tenant, erasureId)).toMatchObject({ mode: 'delete', confirmedBy: ['candidates', 'retention'], trigger: { kind: 'manual', actorId: 'dpo' } });
    expect(scene.standIn.heldOf(tenant, subjectId)).toBeUndefined();
    const done = await unaryCall(client, 'ListErasures', { state: 'ERASURE_STATE_DONE' });
    expect(done.erasures.map((e) => [e.id, e.state])).toEqual([[erasureId, 'ERASURE_STATE_DONE']]);
    expect((await unaryCall(client, 'ListErasures', { state: 'ERASURE_STATE_PENDING' })).erasures).toEqual([]);
    // Done: not issued again.
    scene.clock.advance({ hours: 7 });
    expect((await sweeper.run(scene.clock.now())).executed['erasure-reissue']).toBe(0);
  });
});
