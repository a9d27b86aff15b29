import * as grpc from '@grpc/grpc-js';
import { RIGHTS } from '@lethe/platform/auth';
import type { ValidErasureCommand } from '@lethe/platform/erasure';
import { unaryCall } from '@lethe/platform/grpc';
import { failure, uniqueName, waitFor } from '@lethe/platform/testkit';
import { fromTimestamp, toTimestamp } from '@lethe/protos';
import { ALL_RIGHTS, startRetentionScene, type RetentionScene } from './kit';

let scene: RetentionScene;
beforeAll(async () => {
  scene = await startRetentionScene('legal-hold');
});
afterAll(() => scene?.stop());

const DAY_MS = 24 * 3600_000;
const HOLDER = [...ALL_RIGHTS, RIGHTS.legalHold];
const REASON = 'Rechtsstreit Landgericht Berlin 4 O 12/26';
const daysFromNow = (days: number) => new Date(scene.clock.now().getTime() + days * DAY_MS);
const erasureOf = (tenantId: string, subjectId: string) => scene.retention().orchestrator.model.findOne({ tenantId, subjectId }).lean();
const commandsFor = (subjectId: string) => scene.standIn.commands.filter((command) => command.subjectId === subjectId);

describe('a legal hold', () => {
  it('is set and lifted with its right only, for a subject retention knows, with an end in the future', async () => {
    const tenant = uniqueName('tenant');
    const id = await scene.createCandidate(tenant);
    const holder = await scene.clientOf(tenant, HOLDER, 'dpo');
    const until = toTimestamp(daysFromNow(30));

    const withoutRight = await scene.clientOf(tenant, ALL_RIGHTS);
    expect((await failure(unaryCall(withoutRight, 'SetLegalHold', { subjectId: id, reason: REASON, until }))).code).toBe(grpc.status.PERMISSION_DENIED);
    expect((await failure(unaryCall(holder, 'SetLegalHold', { subjectId: uniqueName('unknown'), reason: REASON, until }))).code).toBe(grpc.status.NOT_FOUND);
    const other = await scene.clientOf(uniqueName('other'), HOLDER);
    expect((await failure(unaryCall(other, 'SetLegalHold', { subjectId: id, reason: REASON, until }))).code).toBe(grpc.status.NOT_FOUND);
    const past = await failure(unaryCall(holder, 'SetLegalHold', { subjectId: id, reason: '', until: toTimestamp(daysFromNow(-1)) }));
    expect(past.code).toBe(grpc.status.INVALID_ARGUMENT);
    expect(past.violations.map((v) => `${v.field}: ${v.description}`).sort()).toEqual(['reason: is required', 'until: must be in the future']);
    expect((await failure(unaryCall(holder, 'LiftLegalHold', { subjectId: id }))).code).toBe(grpc.status.NOT_FOUND);
    expect((await unaryCall(holder, 'ExplainRetention', { subjectId: id })).legalHold).toBeNull();

    const set = await unaryCall(holder, 'SetLegalHold', { subjectId: id, reason: REASON, until });
    expect(set).toMatchObject({ subjectId: id, reason: REASON, until, setBy: 'dpo', active: true, endedAt: null, liftedBy: '' });
    // The reason is the recruiter's free text: stored encrypted under the subject's key.
    const stored = await scene.retention().clocks.stored(tenant, id);
    expect(JSON.stringify(stored?.legalHold)).not.toContain('Landgericht');
    expect((await unaryCall(holder, 'ExplainRetention', { subjectId: id })).legalHold).toMatchObject({ reason: REASON, active: true });

    expect((await failure(unaryCall(withoutRight, 'LiftLegalHold', { subjectId: id }))).code).toBe(grpc.status.PERMISSION_DENIED);
    const lifted = await unaryCall(holder, 'LiftLegalHold', { subjectId: id });
    expect(lifted).toMatchObject({ subjectId: id, reason: REASON, active: false, liftedBy: 'dpo', endedAt: toTimestamp(scene.clock.now()) });
    const explained = await unaryCall(holder, 'ExplainRetention', { subjectId: id });
    expect(explained).toMatchObject({ legalHold: null, onHold: false });
  });

  it('holds the clock’s deletion past its end, tells the candidate nothing before, ends by itself, and the deletion log notes it', async () => {
    const tenant = uniqueName('tenant');
    // Seven months without activity: the clock's deletion is overdue.
    const id = await scene.createCandidate(tenant, { at: new Date(scene.clock.now().getTime() - 214 * DAY_MS) });
    const holder = await scene.clientOf(tenant, HOLDER, 'dpo');
    const until = daysFromNow(20);
    await unaryCall(holder, 'SetLegalHold', { subjectId: id, reason: REASON, until: toTimestamp(until) });

    const explained = await unaryCall(holder, 'ExplainRetention', { subjectId: id });
    expect(explained).toMatchObject({ onHold: true, holds: [`legal hold until ${until.toISOString()}`], legalHold: { reason: REASON, until: toTimestamp(until) } });
    const deletionAt = new Date(until.getTime() + 14 * DAY_MS);
    expect(explained.steps.find((step) => step.mode === 'ERASURE_MODE_DELETE')).toEqual({ mode: 'ERASURE_MODE_DELETE', dueAt: toTimestamp(deletionAt), rule: 'legal_hold' });
    // The candidate hears of the deletion only once the hold is over, the notice period before it.
    expect(fromTimestamp(explained.candidateNoticeAt)).toEqual(until);

    const { executed } = await scene.retention().sweeper.run(scene.clock.now());
    expect([executed['retention-clock'], executed['legal-holds']]).toEqual([0, 0]);
    expect(commandsFor(id)).toEqual([]);
    expect(await erasureOf(tenant, id)).toBeNull();

    // Its end comes: the sweep ends it; the deletion still waits for the notice period.
    scene.clock.advance({ days: 21 });
    expect((await scene.retention().sweeper.run(scene.clock.now())).executed['legal-holds']).toBe(1);
    expect(await unaryCall(holder, 'ExplainRetention', { subjectId: id })).toMatchObject({ onHold: false, legalHold: null });
    expect(commandsFor(id)).toEqual([]);

    scene.clock.advance({ days: 14 });
    expect((await scene.retention().sweeper.run(scene.clock.now())).executed['retention-clock']).toBe(1);
    await waitFor(() => scene.standIn.heldOf(tenant, id) === undefined, 30_000, 'the deletion');
    const entry = await waitFor(async () => (await unaryCall(holder, 'ListDeletionLog', { subjectId: id })).entries[0], 30_000, 'the deletion log entry');
    expect(entry).toMatchObject({ trigger: 'retention-clock', mode: 'ERASURE_MODE_DELETE', heldUntil: toTimestamp(until) });
  });

  it('keeps a mark’s and a mass action’s erasure waiting, sends it when the hold is lifted or ends, and the deletion log notes the delay', async () => {
    const tenant = uniqueName('tenant');
    const marked = await scene.createCandidate(tenant);
    const anonymised = await scene.createCandidate(tenant);
    const holder = await scene.clientOf(tenant, [...HOLDER, RIGHTS.dataProtection], 'dpo');
    const markedUntil = toTimestamp(daysFromNow(60));
    await unaryCall(holder, 'SetLegalHold', { subjectId: marked, reason: REASON, until: markedUntil });
    const until = daysFromNow(2);
    await unaryCall(holder, 'SetLegalHold', { subjectId: anonymised, reason: REASON, until: toTimestamp(until) });

    await unaryCall(holder, 'MarkForDeletion', { subjectId: marked });
    // ExplainRetention shows the mark's execution where it will happen: at the hold's end.
    expect((await unaryCall(holder, 'ExplainRetention', { subjectId: marked })).steps[0]).toEqual({
      mode: 'ERASURE_MODE_DELETE',
      dueAt: markedUntil,
      rule: 'marked_for_deletion wait_hours_without_assignment=6 legal_hold',
    });
    await unaryCall(holder, 'RunMassAction', { action: 'MASS_ACTION_ANONYMISE', filter: { subjectIds: [anonymised] } });
    await waitFor(() => erasureOf(tenant, anonymised), 20_000, 'the mass action’s erasure');
    scene.clock.advance({ hours: 7 });
    expect((await scene.retention().sweeper.run(scene.clock.now())).executed.marks).toBe(1);
    // Decided, and waiting: nothing went to the services.
    const waiting = await scene.retention().orchestrator.model.find({ tenantId: tenant }).lean();
    expect(waiting.map((doc) => [doc.subjectId, doc.mode, doc.attempt, doc.state]).sort()).toEqual(
      [
        [anonymised, 'anonymise', 0, 'pending'],
        [marked, 'delete', 0, 'pending'],
      ].sort(),
    );
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect([...commandsFor(marked), ...commandsFor(anonymised)]).toEqual([]);
    expect([scene.standIn.heldOf(tenant, marked), scene.standIn.heldOf(tenant, anonymised)]).toEqual(['active', 'active']);

    // Lifted: the mark's erasure goes out with the next sweep.
    const liftedAt = scene.clock.now();
    await unaryCall(holder, 'LiftLegalHold', { subjectId: marked });
    expect((await scene.retention().sweeper.run(scene.clock.now())).executed['erasure-reissue']).toBe(1);
    await waitFor(() => scene.standIn.heldOf(tenant, marked) === undefined, 30_000, 'the mark’s deletion');
    const markEntry = await waitFor(async () => (await unaryCall(holder, 'ListDeletionLog', { subjectId: marked })).entries[0], 30_000, 'the deletion log entry');
    expect(markEntry).toMatchObject({ trigger: 'mark', markedBy: 'dpo', heldUntil: toTimestamp(liftedAt) });
    expect(scene.standIn.heldOf(tenant, anonymised)).toBe('active');

    // Ended by itself: the mass action's anonymisation follows in the same sweep.
    scene.clock.advance({ days: 2 });
    const { executed } = await scene.retention().sweeper.run(scene.clock.now());
    expect([executed['legal-holds'], executed['erasure-reissue']]).toEqual([1, 1]);
    await waitFor(() => scene.standIn.heldOf(tenant, anonymised) === 'anonymised', 30_000, 'the anonymisation');
    const massEntry = await waitFor(async () => (await unaryCall(holder, 'ListDeletionLog', { subjectId: anonymised })).entries[0], 30_000, 'the deletion log entry');
    expect(massEntry).toMatchObject({ mode: 'ERASURE_MODE_ANONYMISE', heldUntil: toTimestamp(until) });
  });

  it('set again before it ends keeps what waits for it waiting until the new end', async () => {
    const tenant = uniqueName('tenant');
    const id = await scene.createCandidate(tenant);
    const holder = await scene.clientOf(tenant, [...HOLDER, RIGHTS.dataProtection], 'dpo');
    await unaryCall(holder, 'SetLegalHold', { subjectId: id, reason: REASON, until: toTimestamp(daysFromNow(1)) });
    await unaryCall(holder, 'RunMassAction', { action: 'MASS_ACTION_REDUCE', filter: { subjectIds: [id] } });
    await waitFor(() => erasureOf(tenant, id), 20_000, 'the mass action’s erasure');
    const extended = daysFromNow(10);
    await unaryCall(holder, 'SetLegalHold', { subjectId: id, reason: 'extended by court order', until: toTimestamp(extended) });
    scene.clock.advance({ days: 2 });
    await scene.retention().sweeper.run(scene.clock.now());
    expect(await erasureOf(tenant, id)).toMatchObject({ attempt: 0, reissueAt: extended });
    expect(commandsFor(id)).toEqual([]);
    expect((await unaryCall(holder, 'ExplainRetention', { subjectId: id })).legalHold).toMatchObject({ reason: 'extended by court order', active: true });
  });

  it('tells the candidate only what will happen: an erasure request is due no earlier than its end, and “delete now” becomes that request', async () => {
    const tenant = uniqueName('tenant');
    const id = await scene.createCandidate(tenant);
    const holder = await scene.clientOf(tenant, HOLDER, 'dpo');
    const until = daysFromNow(240);
    await unaryCall(holder, 'SetLegalHold', { subjectId: id, reason: REASON, until: toTimestamp(until) });

    const { token } = await unaryCall(await scene.messagingOf(tenant), 'CreateSelfServiceLink', { subjectId: id, purpose: 'SELF_SERVICE_PURPOSE_DELETE_NOW', validDays: 14 });
    const { selfService } = scene.retention();
    const viewed = await selfService.view({ token }, scene.clock.now());
    expect(viewed).toMatchObject({ ok: true, view: { offer: 'deletion-held', deadlineIfOpened: until } });
    await expect(selfService.deleteNow({ token }, scene.clock.now())).rejects.toMatchObject({ reason: 'DELETION_HELD' });
    expect(await erasureOf(tenant, id)).toBeNull();

    // The request the page offers instead: its deadline, and the date the candidate is told, is the hold's end.
    const opened = await selfService.openRequest({ token }, 'delete-now', '', scene.clock.now());
    expect(opened.deadlineAt).toEqual(until);
    const [event] = await waitFor(() => {
      const events = scene.standIn.eventsAbout(id, 'lethe.retention.v1.ErasureRequestOpened');
      return events.length > 0 ? events : undefined;
    }, 20_000, 'the request announced');
    expect(event.payload).toMatchObject({ deadlineAt: toTimestamp(until) });
  });

  it('keeps its reason through a reduction carried out while it holds (sealed again under the new key)', async () => {
    const tenant = uniqueName('tenant');
    const id = await scene.createCandidate(tenant);
    const holder = await scene.clientOf(tenant, HOLDER, 'dpo');
    await unaryCall(holder, 'SetLegalHold', { subjectId: id, reason: REASON, until: toTimestamp(daysFromNow(30)) });
    const sealed = (await scene.retention().clocks.stored(tenant, id))?.legalHold?.reason;
    // A reduction issued before the hold was set, carried out now: retention's own part of it.
    const reduce = { tenantId: tenant, subjectId: id, mode: 'reduce', keepFields: ['name'] } as unknown as ValidErasureCommand;
    await scene.retention().fence.erase({ tenantId: tenant, subjectId: id }, () => scene.retention().parts.erasure!(reduce));
    const resealed = (await scene.retention().clocks.stored(tenant, id))?.legalHold?.reason;
    expect(resealed).not.toEqual(sealed);
    expect((await unaryCall(holder, 'ExplainRetention', { subjectId: id })).legalHold).toMatchObject({ reason: REASON, active: true });
  });
});
