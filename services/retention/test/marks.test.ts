import * as grpc from '@grpc/grpc-js';
import { RIGHTS } from '@lethe/platform/auth';
import { readErrorDetails, unaryCall } from '@lethe/platform/grpc';
import { uniqueName, waitFor } from '@lethe/platform/testkit';
import { fromTimestamp, toTimestamp, TOPICS } from '@lethe/protos';
import { startRetentionScene, type RetentionScene } from './kit';

let scene: RetentionScene;
beforeAll(async () => {
  scene = await startRetentionScene('marks');
});
afterAll(() => scene?.stop());

const ALL = [RIGHTS.readCandidates, RIGHTS.writeCandidates, RIGHTS.seeMarked, RIGHTS.restoreMarked, RIGHTS.chooseDeletionMode];
const clientOf = (tenantId: string, rights: string[], actorId?: string) => scene.clientOf(tenantId, rights, actorId);

describe('mark for deletion', () => {
  it('is announced to the services (they hide and lock the record), can be restored with the right, and is listed meanwhile', async () => {
    const tenant = uniqueName('tenant');
    const id = await scene.createCandidate(tenant);
    const client = await clientOf(tenant, ALL);
    const mark = await unaryCall(client, 'MarkForDeletion', { subjectId: id });
    expect(mark).toMatchObject({ subjectId: id, mode: 'ERASURE_MODE_DELETE', state: 'MARK_STATE_MARKED', markedBy: 'recruiter', waitRule: 'wait_hours_without_assignment=6' });
    const [marked] = await waitFor(() => {
      const events = scene.standIn.eventsAbout(id, 'lethe.retention.v1.SubjectMarkedForDeletion');
      return events.length > 0 ? events : undefined;
    }, 20_000, 'the services to hear of the mark');
    expect(marked.payload).toMatchObject({ subjectId: id, mode: 'ERASURE_MODE_DELETE', markedBy: 'recruiter', earliestDeletionAt: mark.earliestDeletionAt });
    // Marking again changes nothing and announces nothing more.
    expect(await unaryCall(client, 'MarkForDeletion', { subjectId: id })).toEqual(mark);
    expect((await unaryCall(client, 'ListMarked', {})).marks.map((m) => m.subjectId)).toEqual([id]);
    // ExplainRetention puts the mark's execution first, before the clock's own steps.
    expect((await unaryCall(client, 'ExplainRetention', { subjectId: id })).steps[0]).toEqual({ mode: 'ERASURE_MODE_DELETE', dueAt: mark.earliestDeletionAt, rule: 'marked_for_deletion wait_hours_without_assignment=6' });

    const noRight = await clientOf(tenant, [RIGHTS.readCandidates, RIGHTS.writeCandidates]);
    expect(readErrorDetails(await unaryCall(noRight, 'RestoreMarked', { subjectId: id }).catch((err: unknown) => err)).code).toBe(grpc.status.PERMISSION_DENIED);
    expect(readErrorDetails(await unaryCall(noRight, 'MarkForDeletion', { subjectId: id, mode: 'ERASURE_MODE_ANONYMISE' }).catch((err: unknown) => err)).code).toBe(grpc.status.PERMISSION_DENIED);
    expect(readErrorDetails(await unaryCall(noRight, 'ListMarked', {}).catch((err: unknown) => err)).code).toBe(grpc.status.PERMISSION_DENIED);

    expect((await unaryCall(client, 'RestoreMarked', { subjectId: id })).state).toBe('MARK_STATE_RESTORED');
    const [restored] = await waitFor(() => {
      const events = scene.standIn.eventsAbout(id, 'lethe.retention.v1.SubjectRestored');
      return events.length > 0 ? events : undefined;
    }, 20_000, 'the services to hear of the restore');
    expect(restored.payload).toMatchObject({ subjectId: id, restoredBy: 'recruiter' });
    expect((await unaryCall(client, 'ListMarked', {})).marks).toEqual([]);
    expect(scene.standIn.eventsAbout(id, 'lethe.retention.v1.SubjectMarkedForDeletion')).toHaveLength(1);
    // Restored, the sweep never executes it.
    scene.clock.advance({ hours: 7 });
    expect((await scene.retention().sweeper.run(scene.clock.now())).executed.marks).toBe(0);
  });

  it('is executed at the earliest deletion time, which a placement pushes out', async () => {
    const tenant = uniqueName('tenant');
    const id = await scene.createCandidate(tenant);
    const placed = await scene.createCandidate(tenant);
    await scene.bus().publish(TOPICS.candidateEvents, [
      {
        type: 'lethe.candidates.v1.JobOrderAssignmentChanged',
        tenantId: tenant,
        subjectId: placed,
        payload: { jobOrderId: 'order-1', candidateId: placed, assigned: true, meaning: 'JOB_ORDER_MEANING_PLACEMENT', changedAt: toTimestamp(new Date()) },
      },
    ]);
    await waitFor(async () => (await scene.retention().clocks.markingFactsOf(tenant, placed)).assignments.includes('placement'), 20_000, 'the assignment');
    const client = await clientOf(tenant, ALL);
    const markedAt = scene.clock.now();
    const dpo = await clientOf(tenant, ALL, 'dpo-1');
    await unaryCall(dpo, 'MarkForDeletion', { subjectId: id, mode: 'ERASURE_MODE_ANONYMISE' });
    expect((await unaryCall(client, 'MarkForDeletion', { subjectId: placed })).waitRule).toBe('wait_days_placement=90');

    scene.clock.advance({ hours: 7 });
    const { executed } = await scene.retention().sweeper.run(scene.clock.now());
    expect(executed.marks).toBe(1);
    await waitFor(() => scene.standIn.heldOf(tenant, id) === 'anonymised', 30_000, 'the anonymisation');
    expect(scene.standIn.heldOf(tenant, placed)).toBe('active');
    expect((await unaryCall(client, 'ListMarked', {})).marks.map((m) => m.subjectId)).toEqual([placed]);
    // The anonymise command carried the tenant's note handling (the policy's default here).
    expect(await scene.retention().orchestrator.model.findOne({ tenantId: tenant, subjectId: id }).lean()).toMatchObject({ mode: 'anonymise', notes: 'empty' });
    expect(scene.standIn.commands.find((command) => command.subjectId === id)).toMatchObject({ mode: 'anonymise', notes: 'empty', reason: 'ERASURE_REASON_MANUAL' });
    // The deletion log: record id, created at/by, marked at/by; nothing personal.
    const entry = await waitFor(async () => (await unaryCall(client, 'ListDeletionLog', { subjectId: id })).entries[0], 30_000, 'the deletion log entry');
    expect(entry).toMatchObject({ subjectId: id, subjectCreatedBy: 'recruiter', markedBy: 'dpo-1', trigger: 'mark', mode: 'ERASURE_MODE_ANONYMISE', reason: 'ERASURE_REASON_MANUAL', confirmedBy: ['candidates', 'retention'] });
    expect(fromTimestamp(entry.markedAt)).toEqual(markedAt);
    expect(fromTimestamp(entry.subjectCreatedAt)).toBeInstanceOf(Date);
    expect((await unaryCall(client, 'ListDeletionLog', {})).entries.map((e) => e.subjectId)).toEqual([id]);
    const withoutRight = await clientOf(tenant, [RIGHTS.readCandidates]);
    expect(readErrorDetails(await unaryCall(withoutRight, 'ListDeletionLog', {}).catch((err: unknown) => err)).code).toBe(grpc.status.PERMISSION_DENIED);
    expect(readErrorDetails(await unaryCall(client, 'ListDeletionLog', { subjectId: 'bad id!' }).catch((err: unknown) => err)).violations.map((v) => v.field)).toEqual(['subjectId']);
    const executedMark = readErrorDetails(await unaryCall(client, 'RestoreMarked', { subjectId: id }).catch((err: unknown) => err));
    expect(executedMark).toMatchObject({ code: grpc.status.FAILED_PRECONDITION, reason: 'ALREADY_EXECUTED' });
    // A mass mark passes over the executed one and marks the rest.
    const fresh = await scene.createCandidate(tenant);
    const dataProtection = await clientOf(tenant, [...ALL, RIGHTS.dataProtection]);
    expect(await unaryCall(dataProtection, 'RunMassAction', { action: 'MASS_ACTION_MARK_FOR_DELETION', filter: { subjectIds: [id, fresh] } })).toMatchObject({ matched: 2, affected: 1 });
    expect((await unaryCall(client, 'ListMarked', {})).marks.map((m) => m.subjectId).sort()).toEqual([placed, fresh].sort());
    // Another tenant cannot see or restore it.
    const other = await clientOf(uniqueName('other'), ALL);
    expect(readErrorDetails(await unaryCall(other, 'RestoreMarked', { subjectId: placed }).catch((err: unknown) => err)).code).toBe(grpc.status.NOT_FOUND);
    expect((await unaryCall(other, 'ListMarked', {})).marks).toEqual([]);
    expect(readErrorDetails(await unaryCall(client, 'MarkForDeletion', { subjectId: 'bad id!' }).catch((err: unknown) => err)).violations[0]?.field).toBe('subjectId');
  });

  it('keeps one mark when it is made several times at once', async () => {
    const tenant = uniqueName('tenant');
    const id = await scene.createCandidate(tenant);
    const client = await clientOf(tenant, ALL);
    const marks = await Promise.all(Array.from({ length: 4 }, () => unaryCall(client, 'MarkForDeletion', { subjectId: id })));
    expect(new Set(marks.map((mark) => JSON.stringify(mark))).size).toBe(1);
    await waitFor(() => scene.standIn.eventsAbout(id, 'lethe.retention.v1.SubjectMarkedForDeletion').length > 0, 20_000, 'the mark event');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(scene.standIn.eventsAbout(id, 'lethe.retention.v1.SubjectMarkedForDeletion')).toHaveLength(1);
  });
});
