import * as grpc from '@grpc/grpc-js';
import { RIGHTS } from '@lethe/platform/auth';
import { readErrorDetails, unaryCall } from '@lethe/platform/grpc';
import { uniqueName, waitFor } from '@lethe/platform/testkit';
import { toTimestamp, TOPICS } from '@lethe/protos';
import { startRetentionScene, type RetentionScene } from './kit';

let scene: RetentionScene;
beforeAll(async () => {
  scene = await startRetentionScene('retention-test');
});
afterAll(() => scene?.stop());

const clients = (tenantId: string) => scene.clientOf(tenantId, [RIGHTS.readCandidates, RIGHTS.writeCandidates, RIGHTS.manageSettings], 'dpo');

const policy = {
  deleteAfterMonths: 6,
  reduceAfterMonths: 3,
  poolReduceAfterMonths: 0,
  storageConsentExtensionMonths: 12,
  skeletonFields: ['name', 'dateOfBirth'],
  rejectionHoldMonths: 2,
  candidateNoticeDays: 14,
  ownerNoticeDays: 7,
  waitHoursWithoutAssignment: 6,
  waitDaysNormalProcessing: 14,
  waitDaysPlacement: 90,
  defaultMode: 'ERASURE_MODE_DELETE' as const,
};

describe('retention policy', () => {
  it('has defaults, saves a valid policy with a version, and refuses bad ones with field details', async () => {
    const client = await clients(uniqueName('tenant'));
    expect(await unaryCall(client, 'GetPolicy', {})).toMatchObject({ deleteAfterMonths: 6, rejectionHoldMonths: 2, candidateNoticeDays: 14, defaultMode: 'ERASURE_MODE_DELETE', anonymisedNotes: 'ANONYMISED_NOTES_EMPTY', version: 0 });
    const saved = await unaryCall(client, 'UpdatePolicy', { policy: { ...policy, anonymisedNotes: 'ANONYMISED_NOTES_KEEP' }, expectedVersion: 0 });
    expect(saved).toMatchObject({ version: 1, reduceAfterMonths: 3, skeletonFields: ['name', 'dateOfBirth', 'applicationDate'], anonymisedNotes: 'ANONYMISED_NOTES_KEEP', updatedBy: 'dpo' });
    const stale = readErrorDetails(await unaryCall(client, 'UpdatePolicy', { policy, expectedVersion: 5 }).catch((err: unknown) => err));
    expect(stale.code).toBe(grpc.status.ABORTED);
    const bad = readErrorDetails(
      await unaryCall(client, 'UpdatePolicy', { policy: { ...policy, deleteAfterMonths: 0, reduceAfterMonths: 8, rejectionHoldMonths: 1, skeletonFields: ['salary'] } }).catch((err: unknown) => err),
    );
    expect(bad.code).toBe(grpc.status.INVALID_ARGUMENT);
    expect(bad.violations.map((v) => v.field).sort()).toEqual(['policy.deleteAfterMonths', 'policy.rejectionHoldMonths', 'policy.skeletonFields[0]']);
    // A pool reduction at or after the deletion would never happen: refused like the reduction.
    const late = readErrorDetails(await unaryCall(client, 'UpdatePolicy', { policy: { ...policy, deleteAfterMonths: 6, poolReduceAfterMonths: 6 } }).catch((err: unknown) => err));
    expect(late.violations.map((v) => v.field)).toEqual(['policy.poolReduceAfterMonths']);
    const notes = readErrorDetails(await unaryCall(client, 'UpdatePolicy', { policy: { ...policy, anonymisedNotes: 42 as never } }).catch((err: unknown) => err));
    expect(notes.violations.map((v) => v.field)).toEqual(['policy.anonymisedNotes']);
    const mode = readErrorDetails(await unaryCall(client, 'UpdatePolicy', { policy: { ...policy, defaultMode: 'ERASURE_MODE_UNSPECIFIED' } }).catch((err: unknown) => err));
    expect(mode.violations.map((v) => v.field)).toEqual(['policy.defaultMode']);
    expect((await unaryCall(client, 'GetPolicy', {})).version).toBe(1);
    // Another tenant still has the defaults.
    expect((await unaryCall(await clients(uniqueName('other')), 'GetPolicy', {})).version).toBe(0);
    // Without the right to manage settings, nothing is saved.
    const reader = await scene.clientOf(uniqueName('tenant'), [RIGHTS.readCandidates]);
    expect(readErrorDetails(await unaryCall(reader, 'UpdatePolicy', { policy }).catch((err: unknown) => err)).code).toBe(grpc.status.PERMISSION_DENIED);
  });
});

describe('the retention clock from the candidates’ events', () => {
  it('runs from the last activity, then from the final status with the AGG floor, and explains itself', async () => {
    const tenant = uniqueName('tenant');
    const client = await clients(tenant);
    await unaryCall(client, 'UpdatePolicy', { policy: { ...policy, deleteAfterMonths: 1, reduceAfterMonths: 0 } });
    const createdAt = scene.clock.now();
    // CandidateCreated and the creation's activity, as the candidates service publishes them.
    const id = await scene.createCandidate(tenant, { at: createdAt });
    const explained = await unaryCall(client, 'ExplainRetention', { subjectId: id });
    expect(explained).toMatchObject({ subjectId: id, anchor: 'CLOCK_ANCHOR_LAST_ACTIVITY', anchorAt: toTimestamp(createdAt), onHold: false, policyVersion: 1 });
    expect(explained.steps.map((s) => [s.mode, s.rule])).toEqual([['ERASURE_MODE_DELETE', 'delete_after_months=1']]);

    // An application is rejected: retention keeps the subject 2 months from the rejection (§ 15 Abs. 4 AGG).
    const rejectedAt = scene.clock.now();
    await scene.bus().publish(TOPICS.candidateEvents, [
      {
        type: 'lethe.candidates.v1.ApplicationStatusChanged',
        tenantId: tenant,
        subjectId: id,
        payload: { applicationId: 'app-1', candidateId: id, jobId: 'job-1', statusKey: 'rejected', metaStatus: 'META_STATUS_FINAL', finalOutcome: 'FINAL_OUTCOME_REJECTED', statusSetAt: toTimestamp(rejectedAt) },
      },
    ]);
    const final = await waitFor(async () => {
      const explanation = await unaryCall(client, 'ExplainRetention', { subjectId: id });
      return explanation.anchor === 'CLOCK_ANCHOR_FINAL_STATUS' ? explanation : undefined;
    }, 20_000, 'the final status');
    expect(final.anchorAt).toEqual(toTimestamp(rejectedAt));
    expect(final.steps).toEqual([{ mode: 'ERASURE_MODE_DELETE', dueAt: expect.any(Object), rule: 'rejection_hold_months=2' }]);

    // Another tenant learns nothing about the subject.
    const other = await unaryCall(await clients(uniqueName('other')), 'ExplainRetention', { subjectId: id });
    expect(other).toMatchObject({ anchor: 'CLOCK_ANCHOR_UNSPECIFIED', steps: [] });
    expect(readErrorDetails(await unaryCall(client, 'ExplainRetention', { subjectId: 'not an id!' }).catch((err: unknown) => err)).violations.map((v) => v.field)).toEqual(['subjectId']);
  });
});
