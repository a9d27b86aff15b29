// What messaging forgets, and what it never keeps readable: a provider that is down, a mark that
// purges, an erasure that confirms itself and then shreds, and canaries scanned for in every store.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { unaryCall } from '@lethe/platform/grpc';
import { makeCanaries, scanDirectoryForCanaries, scanRedisForCanaries, testInfra } from '@lethe/platform/testkit';
import { createCandidate, failure, freePort, sendMessage, startStack, uniqueName, waitFor, type Clients, type Stack } from './stack';

let kit: Stack;

beforeAll(async () => {
  // SMTP on a port nothing listens on: every attempt fails as if the provider were down.
  kit = await startStack({ env: { SMTP_URL: `smtp://127.0.0.1:${await freePort()}` } });
}, 120_000);
afterAll(async () => {
  await kit?.close();
});

const message = (clients: Clients, id: string) => unaryCall(clients.messaging, 'GetMessage', { id });

/** Moves messaging's clock on and waits until the delivery loop has made the message's next attempt. */
async function nextAttempt(clients: Clients, id: string, attempts: number): Promise<void> {
  kit.clock.advance({ hours: 1 });
  await waitFor(async () => ((await message(clients, id)).attempts.length >= attempts ? true : undefined), 20_000);
}

describe('when the provider is down', () => {
  it('a message is tried again with growing waits, then fails visibly with every attempt recorded', async () => {
    const recruiter = await kit.recruiter(uniqueName('agency'));
    const candidate = await createCandidate(recruiter);
    const { message: sent } = await sendMessage(recruiter.messaging, { recipient: { candidateId: candidate.id } });
    await waitFor(async () => ((await message(recruiter, sent!.id)).attempts.length === 1 ? true : undefined), 20_000);
    const first = await message(recruiter, sent!.id);
    expect(first).toMatchObject({ state: 'MESSAGE_STATE_QUEUED', attempts: [expect.objectContaining({ number: 1, outcome: 'retry', errorCode: expect.stringMatching(/^E[A-Z]+$/) })] });
    for (const attempts of [2, 3, 4, 5]) await nextAttempt(recruiter, sent!.id, attempts);
    const failed = await message(recruiter, sent!.id);
    expect(failed.state).toBe('MESSAGE_STATE_FAILED');
    expect(failed.failureReason).toBe('GAVE_UP_AFTER_5_ATTEMPTS');
    expect(failed.attempts.map((attempt) => attempt.outcome)).toEqual(['retry', 'retry', 'retry', 'retry', 'failed']);
  });

  it('a campaign whose consent ends before its next attempt is not sent', async () => {
    const recruiter = await kit.recruiter(uniqueName('agency'));
    const candidate = await createCandidate(recruiter);
    // Talent-pool consent, set by the recruiter after the request went out (messaging sent it: the link was issued).
    await unaryCall(recruiter.consent, 'RequestConsent', { subjectId: candidate.id, kind: 'CONSENT_KIND_STORAGE', periodMonths: 24 });
    await waitFor(async () => ((await unaryCall(recruiter.messaging, 'ListMessages', { recipient: { candidateId: candidate.id } })).messages.length > 0 ? true : undefined), 20_000);
    await unaryCall(recruiter.consent, 'GrantManually', { subjectId: candidate.id, kind: 'CONSENT_KIND_STORAGE' });
    const workflow = await kit.workflow(recruiter.tenantId);
    const { message: campaign } = await sendMessage(workflow, { recipient: { candidateId: candidate.id }, templateKey: 'talent-pool-welcome', values: {} });
    expect(campaign!.state).toBe('MESSAGE_STATE_QUEUED');
    await waitFor(async () => ((await message(recruiter, campaign!.id)).attempts.length === 1 ? true : undefined), 20_000);

    await unaryCall(recruiter.consent, 'Withdraw', { subjectId: candidate.id, kind: 'CONSENT_KIND_STORAGE' });
    kit.clock.advance({ hours: 1 });
    await waitFor(async () => ((await message(recruiter, campaign!.id)).state === 'MESSAGE_STATE_SUPPRESSED' ? true : undefined), 20_000);
    expect((await message(recruiter, campaign!.id)).suppressedBecause).toBe('NO_CONSENT');
  });

  it('an attempt that never ended (the process stopped mid-send) is recorded as unknown and not sent again', async () => {
    const recruiter = await kit.recruiter(uniqueName('agency'));
    const candidate = await createCandidate(recruiter);
    const { message: sent } = await sendMessage(recruiter.messaging, { recipient: { candidateId: candidate.id } });
    await waitFor(async () => ((await message(recruiter, sent!.id)).attempts.length === 1 ? true : undefined), 20_000);
    // As a process does right before it calls the provider, and then stops.
    await kit.messaging().store.beginAttempt(recruiter.tenantId, sent!.id, kit.clock.now());
    kit.clock.advance({ minutes: 10 });
    await waitFor(async () => ((await message(recruiter, sent!.id)).state === 'MESSAGE_STATE_UNKNOWN' ? true : undefined), 20_000);
    const unknown = await message(recruiter, sent!.id);
    expect(unknown.attempts.at(-1)).toMatchObject({ number: 2, outcome: 'unknown', errorCode: 'INTERRUPTED' });
    kit.clock.advance({ hours: 1 });
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect((await message(recruiter, sent!.id)).attempts).toHaveLength(2);
  });
});

describe('forgetting', () => {
  it('a mark purges the pending messages of the person at once (the tenant chose so)', async () => {
    const recruiter = await kit.recruiter(uniqueName('agency'));
    const candidate = await createCandidate(recruiter);
    const { message: pending } = await sendMessage(recruiter.messaging, { recipient: { candidateId: candidate.id } });
    await waitFor(async () => ((await message(recruiter, pending!.id)).attempts.length === 1 ? true : undefined), 20_000);
    await unaryCall(recruiter.retention, 'MarkForDeletion', { subjectId: candidate.id });
    await waitFor(async () => ((await message(recruiter, pending!.id)).state === 'MESSAGE_STATE_PURGED' ? true : undefined), 20_000);
    expect((await message(recruiter, pending!.id)).content).toBeNull();
  });

  it('an erasure purges, shreds and removes every message of the person; nothing personal was ever readable in events, logs, spans, FerretDB or Redis', async () => {
    const recruiter = await kit.recruiter(uniqueName('agency'));
    const canaries = makeCanaries('CANARY', ['lastName', 'email', 'text']);
    const candidate = await createCandidate(recruiter, { lastName: canaries.lastName, email: canaries.email });
    const { message: pending } = await sendMessage(recruiter.messaging, { recipient: { candidateId: candidate.id }, values: { subject: 'Termin', text: canaries.text } });
    await waitFor(async () => ((await message(recruiter, pending!.id)).attempts.length === 1 ? true : undefined), 20_000);
    // Readable for the recruiter, nowhere else.
    expect((await message(recruiter, pending!.id)).content?.text).toContain(canaries.text);
    const secrets = Object.values(canaries);
    const scan = async () => {
      const infra = testInfra();
      const hits = [...(await scanDirectoryForCanaries(infra.mongoDataDir, secrets)), ...(await scanRedisForCanaries(kit.services.messaging.runtime.redis, secrets))];
      const prefix = kit.services.messaging.runtime.config.KAFKA_TOPIC_PREFIX;
      const logDir = path.join(infra.kafkaDataDir, 'kraft-combined-logs');
      for (const dir of (await readdir(logDir)).filter((name) => name.startsWith(prefix))) hits.push(...(await scanDirectoryForCanaries(path.join(logDir, dir), secrets)));
      return hits;
    };
    expect(await scan()).toEqual([]);

    const request = await unaryCall(recruiter.retention, 'OpenErasureRequest', { subjectId: candidate.id, reason: 'bitte' });
    await waitFor(async () => {
      const { messages } = await unaryCall(recruiter.messaging, 'ListMessages', { recipient: { candidateId: candidate.id } });
      return messages.some((entry) => entry.templateKey === 'erasure-done' && entry.state === 'MESSAGE_STATE_HELD') || undefined;
    }, 20_000);
    kit.retentionClock.set(new Date(Number(request.deadlineAt!.seconds) * 1000 + 60_000));
    expect((await kit.retention().sweeper.run(kit.retentionClock.now())).executed['erasure-requests']).toBeGreaterThanOrEqual(1);
    await waitFor(async () => ((await failure(message(recruiter, pending!.id))).code === 5 ? true : undefined), 30_000);
    expect((await unaryCall(recruiter.messaging, 'ListMessages', { recipient: { candidateId: candidate.id } })).messages).toEqual([]);
    // Writing to the erased person is refused.
    expect((await failure(sendMessage(recruiter.messaging, { recipient: { candidateId: candidate.id } }))).code).toBe(5);

    expect(await scan()).toEqual([]);
    expect(secrets.filter((secret) => kit.logs.text().includes(secret))).toEqual([]);
    expect(secrets.filter((secret) => kit.spans.text().includes(secret))).toEqual([]);
    expect(kit.spans.names().some((name) => name.includes('MessagingService/SendMessage'))).toBe(true);
  });
});
