import * as grpc from '@grpc/grpc-js';
import { createClient, readErrorDetails, RIGHTS, unaryCall } from '@lethe/platform';
import { startTestService, testAuth, uniqueName, waitFor, type TestAuth, type TestService } from '@lethe/platform/testkit';
import { loadGrpcObject, toTimestamp, TOPICS, type CandidatesProto, type RetentionProto } from '@lethe/protos';
import type { BaseConfig } from '@lethe/platform';
import { candidatesService } from '@lethe/candidates/src/service';
import { retentionService } from '../src/service';
import { retentionTestEnv } from './kit';

const { RetentionService } = loadGrpcObject<RetentionProto>().lethe.retention.v1;
const { CandidatesService } = loadGrpcObject<CandidatesProto>().lethe.candidates.v1;

let auth: TestAuth;
let retention: TestService<BaseConfig>;
let candidates: TestService<BaseConfig>;
const closers: (() => void)[] = [];

beforeAll(async () => {
  auth = await testAuth();
  // One Kafka namespace for both, so retention hears what candidates publishes.
  const env = retentionTestEnv('retention-test');
  [retention, candidates] = await Promise.all([startTestService(retentionService, auth, { env }), startTestService(candidatesService, auth, { env })]);
});
afterAll(async () => {
  for (const close of closers) close();
  await Promise.all([retention?.stop(), candidates?.stop()]);
});

async function clients(tenantId: string) {
  const token = await auth.mint({ tenantId, actorId: 'dpo', rights: [RIGHTS.readCandidates, RIGHTS.writeCandidates, RIGHTS.manageSettings] });
  const retentionClient = createClient(RetentionService, retention.address, { token });
  const candidatesClient = createClient(CandidatesService, candidates.address, { token });
  closers.push(() => retentionClient.close(), () => candidatesClient.close());
  return { retentionClient, candidatesClient };
}

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
    const { retentionClient } = await clients(uniqueName('tenant'));
    expect(await unaryCall(retentionClient, 'GetPolicy', {})).toMatchObject({ deleteAfterMonths: 6, rejectionHoldMonths: 2, candidateNoticeDays: 14, anonymisedNotes: 'ANONYMISED_NOTES_EMPTY', version: 0 });
    const saved = await unaryCall(retentionClient, 'UpdatePolicy', { policy: { ...policy, anonymisedNotes: 'ANONYMISED_NOTES_KEEP' }, expectedVersion: 0 });
    expect(saved).toMatchObject({ version: 1, reduceAfterMonths: 3, skeletonFields: ['name', 'dateOfBirth', 'applicationDate'], anonymisedNotes: 'ANONYMISED_NOTES_KEEP', updatedBy: 'dpo' });
    const stale = readErrorDetails(await unaryCall(retentionClient, 'UpdatePolicy', { policy, expectedVersion: 5 }).catch((err: unknown) => err));
    expect(stale.code).toBe(grpc.status.ABORTED);
    const bad = readErrorDetails(
      await unaryCall(retentionClient, 'UpdatePolicy', { policy: { ...policy, deleteAfterMonths: 0, reduceAfterMonths: 8, rejectionHoldMonths: 1, skeletonFields: ['salary'] } }).catch((err: unknown) => err),
    );
    expect(bad.code).toBe(grpc.status.INVALID_ARGUMENT);
    expect(bad.violations.map((v) => v.field).sort()).toEqual(['policy.deleteAfterMonths', 'policy.rejectionHoldMonths', 'policy.skeletonFields[0]']);
    // A pool reduction at or after the deletion would never happen: refused like the reduction.
    const late = readErrorDetails(await unaryCall(retentionClient, 'UpdatePolicy', { policy: { ...policy, deleteAfterMonths: 6, poolReduceAfterMonths: 6 } }).catch((err: unknown) => err));
    expect(late.violations.map((v) => v.field)).toEqual(['policy.poolReduceAfterMonths']);
    const notes = readErrorDetails(await unaryCall(retentionClient, 'UpdatePolicy', { policy: { ...policy, anonymisedNotes: 42 as never } }).catch((err: unknown) => err));
    expect(notes.violations.map((v) => v.field)).toEqual(['policy.anonymisedNotes']);
    expect((await unaryCall(retentionClient, 'GetPolicy', {})).version).toBe(1);
    // Another tenant still has the defaults.
    expect((await unaryCall((await clients(uniqueName('other'))).retentionClient, 'GetPolicy', {})).version).toBe(0);
  });
});

describe('the retention clock from the candidates service', () => {
  it('runs from the last activity, then from the final status with the AGG floor, and explains itself', async () => {
    const tenant = uniqueName('tenant');
    const { retentionClient, candidatesClient } = await clients(tenant);
    await unaryCall(retentionClient, 'UpdatePolicy', { policy: { ...policy, deleteAfterMonths: 1, reduceAfterMonths: 0 } });
    const { candidate } = await unaryCall(candidatesClient, 'CreateCandidate', {
      candidate: { personal: { firstName: 'Rita', lastName: 'Retention', email: `${uniqueName('rita')}@example.org` }, tags: [], source: 'job_board' },
    });
    const id = candidate!.id;
    const explained = await waitFor(async () => {
      const explanation = await unaryCall(retentionClient, 'ExplainRetention', { subjectId: id });
      return explanation.anchor === 'CLOCK_ANCHOR_LAST_ACTIVITY' ? explanation : undefined;
    }, 20_000, 'the clock to start');
    const createdAt = Number(candidate!.createdAt!.seconds) * 1000;
    expect(Number(explained.anchorAt!.seconds) * 1000).toBeGreaterThanOrEqual(createdAt - 1000);
    expect(explained.steps.map((s) => [s.mode, s.rule])).toEqual([['ERASURE_MODE_DELETE', 'delete_after_months=1']]);

    // The application part of the candidates service reports a rejection; retention keeps the subject 2 months.
    const rejectedAt = new Date();
    await candidates.runtime.bus.publish(TOPICS.candidateEvents, [
      {
        type: 'lethe.candidates.v1.ApplicationStatusChanged',
        tenantId: tenant,
        subjectId: id,
        payload: { applicationId: 'app-1', candidateId: id, jobId: 'job-1', statusKey: 'rejected', metaStatus: 'META_STATUS_FINAL', finalOutcome: 'FINAL_OUTCOME_REJECTED', statusSetAt: toTimestamp(rejectedAt) },
      },
    ]);
    const final = await waitFor(async () => {
      const explanation = await unaryCall(retentionClient, 'ExplainRetention', { subjectId: id });
      return explanation.anchor === 'CLOCK_ANCHOR_FINAL_STATUS' ? explanation : undefined;
    }, 20_000, 'the final status');
    expect(final.steps).toEqual([{ mode: 'ERASURE_MODE_DELETE', dueAt: expect.any(Object), rule: 'rejection_hold_months=2' }]);

    // Another tenant learns nothing about the subject.
    const other = await unaryCall((await clients(uniqueName('other'))).retentionClient, 'ExplainRetention', { subjectId: id });
    expect(other).toMatchObject({ anchor: 'CLOCK_ANCHOR_UNSPECIFIED', steps: [] });
  });
});
