// Consent follows retention's decisions from lethe.retention.events.v1, published as retention
// publishes them: while a person is marked for deletion or has an open erasure request, no consent
// request is made for them; a restore or a withdrawal lifts that; late events change nothing.
import { status } from '@grpc/grpc-js';
import { readErrorDetails, unaryCall } from '@lethe/platform/grpc';
import { uniqueName, waitFor } from '@lethe/platform/testkit';
import { TOPICS, toTimestamp, type EventTypeName } from '@lethe/protos';
import { CLEAR_DATA, erasureDriver, failure, startConsent, type ConsentClient, type ConsentKit, type ErasureDriver } from './kit';

let kit: ConsentKit;
let tenant: string;
let client: ConsentClient;
let driver: ErasureDriver;

beforeAll(async () => {
  kit = await startConsent();
  tenant = uniqueName('tenant');
  client = await kit.client(tenant);
  driver = await erasureDriver(kit);
});
afterAll(async () => {
  await driver?.stop();
  await kit?.close();
});

const minute = (n: number) => new Date(Date.UTC(2027, 0, 15, 10, n));

/** Retention's events about one subject, keyed by it as retention keys them. */
function publish(subjectId: string, ...events: { type: EventTypeName; payload: Record<string, unknown> }[]) {
  return kit.service.runtime.bus.publish(
    TOPICS.retentionEvents,
    events.map((event) => ({ ...event, tenantId: tenant, subjectId, payload: { subjectId, ...event.payload } }) as Parameters<typeof kit.service.runtime.bus.publish>[1][number]),
  );
}
const marked = (at: Date) => ({ type: 'lethe.retention.v1.SubjectMarkedForDeletion' as const, payload: { mode: 'ERASURE_MODE_DELETE', markedAt: toTimestamp(at), markedBy: 'dpo', earliestDeletionAt: toTimestamp(at) } });
const restored = (at: Date) => ({ type: 'lethe.retention.v1.SubjectRestored' as const, payload: { restoredAt: toTimestamp(at), restoredBy: 'dpo' } });
const opened = (requestId: string, at: Date) => ({ type: 'lethe.retention.v1.ErasureRequestOpened' as const, payload: { requestId, requestedBy: 'REQUESTED_BY_CANDIDATE', openedAt: toTimestamp(at), deadlineAt: toTimestamp(at) } });
const withdrawn = (requestId: string, at: Date) => ({ type: 'lethe.retention.v1.ErasureRequestWithdrawn' as const, payload: { requestId, withdrawnBy: 'REQUESTED_BY_RECRUITER', withdrawnAt: toTimestamp(at) } });

const requestStorage = (subjectId: string) => unaryCall(client, 'RequestConsent', { subjectId, kind: 'CONSENT_KIND_STORAGE', periodMonths: 12 });

/** Waits until a storage-consent request for the subject is refused with `reason`, or with 'allowed' made. */
async function untilRequest(subjectId: string, outcome: string): Promise<void> {
  const attempt = () =>
    requestStorage(subjectId).then(
      () => 'allowed',
      (err: unknown) => readErrorDetails(err).reason,
    );
  await waitFor(async () => (await attempt()) === outcome || undefined, 20_000, `a request: ${outcome}`);
}

describe("consent requests and retention's decisions", () => {
  it('are refused while the person is marked, of every kind and with nothing created, and allowed again after the restore', async () => {
    const subjectId = uniqueName('cand');
    await publish(subjectId, marked(minute(1)));
    await untilRequest(subjectId, 'SUBJECT_MARKED_FOR_DELETION');
    const refused = await failure(requestStorage(subjectId));
    expect(refused).toMatchObject({ code: status.FAILED_PRECONDITION, reason: 'SUBJECT_MARKED_FOR_DELETION' });
    const clearData = await failure(unaryCall(client, 'RequestConsent', { subjectId, kind: CLEAR_DATA, clientId: 'client-a', clientName: 'Muster GmbH' }));
    expect(clearData.reason).toBe('SUBJECT_MARKED_FOR_DELETION');
    expect((await unaryCall(client, 'ListConsents', { subjectId })).consents).toEqual([]);
    expect(kit.events.filter((event) => event.subjectId === subjectId)).toEqual([]);

    await publish(subjectId, restored(minute(2)));
    await untilRequest(subjectId, 'allowed');
    expect(kit.events.some((event) => event.subjectId === subjectId && event.type === 'lethe.consent.v1.ConsentRequestCreated')).toBe(true);
  });

  it('are refused while an erasure request is open; a late mark and the withdrawal of an older request change nothing; the withdrawal lifts it', async () => {
    const subjectId = uniqueName('cand');
    // Marked and restored, then the mark delivered again late (older than the restore), then a request.
    await publish(subjectId, marked(minute(1)), restored(minute(2)), marked(minute(1)), opened('r-2', minute(5)));
    // The mark would be named first: refused for the request alone, the late mark was ignored.
    await untilRequest(subjectId, 'ERASURE_REQUESTED');
    // The withdrawal of an earlier request arriving now, and the request again, do not lift it;
    // the mark and restore after them (in order on the subject's partition) show they were handled.
    await publish(subjectId, withdrawn('r-1', minute(4)), opened('r-2', minute(5)), marked(minute(7)), restored(minute(8)));
    const held = await waitFor(async () => {
      const restrictions = await kit.consent().restrictions.of(tenant, subjectId);
      return restrictions?.mark?.at.getTime() === minute(8).getTime() ? restrictions : undefined;
    }, 20_000, 'the restore to be recorded');
    expect(held).toMatchObject({ mark: { open: false }, erasureRequest: { requestId: 'r-2', open: true, at: minute(5) } });
    expect(await failure(requestStorage(subjectId))).toMatchObject({ code: status.FAILED_PRECONDITION, reason: 'ERASURE_REQUESTED' });

    await publish(subjectId, withdrawn('r-2', minute(6)));
    await untilRequest(subjectId, 'allowed');
  });

  it("go with the person's erasure, and a late event about the erased person is not recorded again", async () => {
    const subjectId = uniqueName('cand');
    await publish(subjectId, marked(minute(1)));
    await untilRequest(subjectId, 'SUBJECT_MARKED_FOR_DELETION');
    const ack = await driver.erase(tenant, subjectId);
    expect(ack.counts.restrictions).toBe(1);
    await publish(subjectId, marked(minute(3)));
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(await kit.consent().restrictions.of(tenant, subjectId)).toBeUndefined();
    expect((await failure(requestStorage(subjectId))).code).toBe(status.NOT_FOUND);
  });
});
