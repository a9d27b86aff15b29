import * as grpc from '@grpc/grpc-js';
import { readErrorDetails, RIGHTS, unaryCall } from '@lethe/platform';
import { uniqueName, waitFor } from '@lethe/platform/testkit';
import { fromTimestamp, toTimestamp, TOPICS } from '@lethe/protos';
import { earliestDeletion } from '../src/marks/marks';
import { DEFAULT_POLICY } from '../src/policy/policy';
import { startRetentionScene, type RetentionScene } from './kit';

let scene: RetentionScene;
beforeAll(async () => {
  scene = await startRetentionScene('marks');
});
afterAll(() => scene.stop());

const clientsOf = (tenantId: string, rights: string[]) => scene.clientsOf(tenantId, rights);

const ALL = [RIGHTS.readCandidates, RIGHTS.writeCandidates, RIGHTS.seeMarked, RIGHTS.restoreMarked, RIGHTS.chooseDeletionMode];

const candidate = (tenantId: string) => scene.createCandidate(tenantId);

describe('earliest deletion time (seed 004)', () => {
  it('is 6 hours without an assignment, the tenant waits otherwise, placement the longest', () => {
    const at = new Date('2026-05-01T08:00:00Z');
    expect(earliestDeletion(at, [], DEFAULT_POLICY)).toEqual({ at: new Date('2026-05-01T14:00:00Z'), rule: 'wait_hours_without_assignment=6' });
    expect(earliestDeletion(at, ['normal-processing'], DEFAULT_POLICY).rule).toBe('wait_days_normal_processing=14');
    expect(earliestDeletion(at, ['normal-processing', 'placement'], DEFAULT_POLICY).rule).toBe('wait_days_placement=90');
  });
});

describe('mark for deletion', () => {
  it('hides and locks the candidate, can be restored with the right, and is listed meanwhile', async () => {
    const tenant = uniqueName('tenant');
    const id = await candidate(tenant);
    const { retention: client, candidates } = await clientsOf(tenant, ALL);
    const mark = await unaryCall(client, 'MarkForDeletion', { subjectId: id });
    expect(mark).toMatchObject({ subjectId: id, mode: 'ERASURE_MODE_DELETE', state: 'MARK_STATE_MARKED', markedBy: 'recruiter', waitRule: 'wait_hours_without_assignment=6' });
    await waitFor(async () => (await unaryCall(candidates, 'GetCandidate', { id })).markedForDeletion, 20_000, 'candidates to hide the record');
    expect((await unaryCall(candidates, 'ListCandidates', {})).candidates.map((c) => c.id)).not.toContain(id);
    expect((await unaryCall(client, 'ListMarked', {})).marks.map((m) => m.subjectId)).toEqual([id]);
    // ExplainRetention puts the mark's execution first, before the clock's own steps.
    expect((await unaryCall(client, 'ExplainRetention', { subjectId: id })).steps[0]).toEqual({ mode: 'ERASURE_MODE_DELETE', dueAt: mark.earliestDeletionAt, rule: 'marked_for_deletion wait_hours_without_assignment=6' });

    const noRight = (await clientsOf(tenant, [RIGHTS.readCandidates, RIGHTS.writeCandidates])).retention;
    expect(readErrorDetails(await unaryCall(noRight, 'RestoreMarked', { subjectId: id }).catch((err: unknown) => err)).code).toBe(grpc.status.PERMISSION_DENIED);
    expect(readErrorDetails(await unaryCall(noRight, 'MarkForDeletion', { subjectId: id, mode: 'ERASURE_MODE_ANONYMISE' }).catch((err: unknown) => err)).code).toBe(grpc.status.PERMISSION_DENIED);
    expect(readErrorDetails(await unaryCall(noRight, 'ListMarked', {}).catch((err: unknown) => err)).code).toBe(grpc.status.PERMISSION_DENIED);

    expect((await unaryCall(client, 'RestoreMarked', { subjectId: id })).state).toBe('MARK_STATE_RESTORED');
    await waitFor(async () => !(await unaryCall(candidates, 'GetCandidate', { id })).markedForDeletion, 20_000, 'candidates to show it again');
    expect((await unaryCall(client, 'ListMarked', {})).marks).toEqual([]);
  });

  it('is executed at the earliest deletion time, which a placement pushes out', async () => {
    const tenant = uniqueName('tenant');
    const id = await candidate(tenant);
    const placed = await candidate(tenant);
    await scene.candidatesBus.publish(TOPICS.candidateEvents, [
      {
        type: 'lethe.candidates.v1.JobOrderAssignmentChanged',
        tenantId: tenant,
        subjectId: placed,
        payload: { jobOrderId: 'order-1', candidateId: placed, assigned: true, meaning: 'JOB_ORDER_MEANING_PLACEMENT', changedAt: toTimestamp(new Date()) },
      },
    ]);
    await waitFor(async () => (await scene.retention().clocks.markingFactsOf(tenant, placed)).assignments.includes('placement'), 20_000, 'the assignment');
    const { retention: client, candidates } = await clientsOf(tenant, ALL);
    await waitFor(async () => (await scene.retention().clocks.creationOf(tenant, id)) !== undefined, 20_000, 'the creation on the clock');
    const markedAt = scene.clock.now();
    const { retention: dpo } = await scene.clientsOf(tenant, ALL, 'dpo-1');
    await unaryCall(dpo, 'MarkForDeletion', { subjectId: id, mode: 'ERASURE_MODE_ANONYMISE' });
    expect((await unaryCall(client, 'MarkForDeletion', { subjectId: placed })).waitRule).toBe('wait_days_placement=90');

    scene.clock.advance({ hours: 7 });
    const { executed } = await scene.retention().sweeper.run(scene.clock.now());
    expect(executed.marks).toBe(1);
    await waitFor(async () => (await unaryCall(candidates, 'GetCandidate', { id }).catch(() => undefined))?.state === 'CANDIDATE_STATE_ANONYMISED', 30_000, 'the anonymisation');
    expect((await unaryCall(client, 'ListMarked', {})).marks.map((m) => m.subjectId)).toEqual([placed]);
    // The anonymise command carried the tenant's note handling (the policy's default here).
    expect(await scene.retention().orchestrator.model.findOne({ tenantId: tenant, subjectId: id }).lean()).toMatchObject({ mode: 'anonymise', notes: 'empty' });
    // Seed 004's deletion log: record id, created at/by, marked at/by; nothing personal.
    const entry = await waitFor(async () => (await unaryCall(client, 'ListDeletionLog', { subjectId: id })).entries[0], 30_000, 'the deletion log entry');
    expect(entry).toMatchObject({ subjectId: id, subjectCreatedBy: 'recruiter', markedBy: 'dpo-1', trigger: 'mark', mode: 'ERASURE_MODE_ANONYMISE', confirmedBy: ['candidates', 'retention'] });
    expect(fromTimestamp(entry.markedAt)).toEqual(markedAt);
    expect(fromTimestamp(entry.subjectCreatedAt)).toBeInstanceOf(Date);
    expect(JSON.stringify(entry)).not.toContain('Muster');
    expect((await unaryCall(client, 'ListDeletionLog', {})).entries.map((e) => e.subjectId)).toEqual([id]);
    const withoutRight = (await clientsOf(tenant, [RIGHTS.readCandidates])).retention;
    expect(readErrorDetails(await unaryCall(withoutRight, 'ListDeletionLog', {}).catch((err: unknown) => err)).code).toBe(grpc.status.PERMISSION_DENIED);
    expect(readErrorDetails(await unaryCall(client, 'ListDeletionLog', { subjectId: 'bad id!' }).catch((err: unknown) => err)).violations.map((v) => v.field)).toEqual(['subjectId']);
    const executedMark = readErrorDetails(await unaryCall(client, 'RestoreMarked', { subjectId: id }).catch((err: unknown) => err));
    expect(executedMark).toMatchObject({ code: grpc.status.FAILED_PRECONDITION, reason: 'ALREADY_EXECUTED' });
    // A mass mark passes over the executed one and marks the rest.
    const fresh = await candidate(tenant);
    const { retention: dataProtection } = await scene.clientsOf(tenant, [...ALL, RIGHTS.dataProtection]);
    expect(await unaryCall(dataProtection, 'RunMassAction', { action: 'MASS_ACTION_MARK_FOR_DELETION', filter: { subjectIds: [id, fresh] } })).toMatchObject({ matched: 2, affected: 1 });
    expect((await unaryCall(client, 'ListMarked', {})).marks.map((m) => m.subjectId).sort()).toEqual([placed, fresh].sort());
    // Another tenant cannot see or restore it.
    const other = (await clientsOf(uniqueName('other'), ALL)).retention;
    expect(readErrorDetails(await unaryCall(other, 'RestoreMarked', { subjectId: placed }).catch((err: unknown) => err)).code).toBe(grpc.status.NOT_FOUND);
    expect(readErrorDetails(await unaryCall(client, 'MarkForDeletion', { subjectId: 'bad id!' }).catch((err: unknown) => err)).violations[0]?.field).toBe('subjectId');
  });
});
