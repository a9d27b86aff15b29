// The notice before deletion and retention's decisions, through the real candidates, consent,
// retention and messaging services: while a person is marked for deletion, consent makes no
// storage-consent request for them, so the notice (whose "keep my data" link is such a request)
// is not sent, and the notices after it are not held up; restored, the notice goes out again.
import { RIGHTS } from '@lethe/platform/auth';
import { readErrorDetails, unaryCall } from '@lethe/platform/grpc';
import { TOPICS, toTimestamp } from '@lethe/protos';
import { createCandidate, RECRUITER_RIGHTS, startStack, uniqueName, waitFor, type Stack } from './stack';

let kit: Stack;

beforeAll(async () => {
  kit = await startStack();
}, 120_000);
afterAll(async () => {
  await kit?.close();
});

const DAY_MS = 86_400_000;

function notice(tenantId: string, subjectId: string, time: Date) {
  return {
    type: 'lethe.retention.v1.CandidateNoticeDue' as const,
    tenantId,
    subjectId,
    time,
    payload: { noticeId: uniqueName('notice'), subjectId, action: 'SCHEDULED_ACTION_DELETE' as const, actionDueAt: toTimestamp(new Date(time.getTime() + 14 * DAY_MS)), storageConsentMonths: 12 },
  };
}

describe('the notice before deletion of a person marked for deletion', () => {
  it('is not sent when consent refuses its storage-consent request, holds up no other notice, and goes out once the mark is restored', async () => {
    const tenant = uniqueName('agency');
    const recruiter = await kit.recruiter(tenant, [...RECRUITER_RIGHTS, RIGHTS.restoreMarked]);
    const [marked, other] = await Promise.all([createCandidate(recruiter), createCandidate(recruiter)]);
    await unaryCall(recruiter.retention, 'MarkForDeletion', { subjectId: marked.id });

    // Consent heard of the mark: no storage-consent request for the person, and nothing created.
    const storageRequest = () =>
      unaryCall(recruiter.consent, 'RequestConsent', { subjectId: marked.id, kind: 'CONSENT_KIND_STORAGE', periodMonths: 12 }).then(
        () => 'allowed',
        (err: unknown) => readErrorDetails(err).reason,
      );
    await waitFor(async () => (await storageRequest()) === 'SUBJECT_MARKED_FOR_DELETION' || undefined, 20_000, 'consent to refuse');
    const requestsOf = async (subjectId: string) => (await unaryCall(recruiter.consent, 'ListConsents', { subjectId })).consents.length;
    const before = await requestsOf(marked.id);
    expect(await storageRequest()).toBe('SUBJECT_MARKED_FOR_DELETION');
    expect(await requestsOf(marked.id)).toBe(before);

    // Messaging heard of it too; it is made to lag behind, so the notice reaches consent's refusal.
    await waitFor(async () => (await kit.messaging().subjects.get(tenant, marked.id))?.markedAt, 20_000, 'messaging to hear of the mark');
    await kit.messaging().subjects.set(tenant, marked.id, { markedAt: null });
    kit.logs.clear();
    const today = new Date();
    await kit.services.retention.runtime.bus.publish(TOPICS.retentionNotices, [notice(tenant, marked.id, today), notice(tenant, other.id, today)]);

    // The notice after it on the tenant's partition goes out; the marked person's is not written, not retried.
    const sent = await kit.mailpit.waitForMail(other.email, (mail) => mail.Text.includes('/self-service?token='), 20_000);
    expect(sent.Text).toMatch(/\/consent\?token=/);
    const messagesOf = async (subjectId: string) => (await unaryCall(recruiter.messaging, 'ListMessages', { recipient: { candidateId: subjectId } })).messages;
    expect((await messagesOf(marked.id)).filter((message) => message.templateKey === 'deletion-notice')).toEqual([]);
    expect(kit.logs.records().filter((record) => record.msg === 'event handler failed; retrying' && record.service === 'messaging')).toEqual([]);
    expect((await kit.mailpit.messagesTo(marked.email)).filter((mail) => mail.Subject === sent.Subject)).toEqual([]);

    // Restored: consent asks again, and the next notice reaches the person with its "keep my data" link.
    await unaryCall(recruiter.retention, 'RestoreMarked', { subjectId: marked.id });
    await waitFor(async () => (await storageRequest()) === 'allowed' || undefined, 20_000, 'consent to allow requests again');
    await waitFor(async () => ((await kit.messaging().subjects.get(tenant, marked.id))?.markedAt ? undefined : true), 20_000, 'messaging to hear of the restore');
    await kit.services.retention.runtime.bus.publish(TOPICS.retentionNotices, [notice(tenant, marked.id, new Date(today.getTime() + DAY_MS))]);
    const restored = await kit.mailpit.waitForMail(marked.email, (mail) => mail.Text.includes('/self-service?token='), 20_000);
    expect(restored.Text).toMatch(/\/consent\?token=/);
  });
});
