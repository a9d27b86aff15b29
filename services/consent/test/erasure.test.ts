import { randomUUID } from 'node:crypto';
import { status } from '@grpc/grpc-js';
import { unaryCall, type Subscription } from '@lethe/platform';
import { uniqueName, waitFor } from '@lethe/platform/testkit';
import { toTimestamp, TOPICS, type ErasureAck__Output, type ErasureCommand } from '@lethe/protos';
import { checkClearData, CLEAR_DATA, decideOnPage, failure, openPage, requestClearData, startConsent, type ConsentClient, type ConsentKit } from './kit';

let kit: ConsentKit;
let tenant: string;
let client: ConsentClient;
let acksSubscription: Subscription;
const acks: ErasureAck__Output[] = [];

beforeAll(async () => {
  kit = await startConsent();
  tenant = uniqueName('tenant');
  client = await kit.client(tenant);
  acksSubscription = await kit.service.runtime.bus.subscribe({
    groupId: uniqueName('consent-test-acks'),
    topics: [TOPICS.erasureAcks],
    fromBeginning: true,
    skipErasedSubjects: false,
    handler: async (event) => void acks.push(event.payload),
  });
});
afterAll(async () => {
  await acksSubscription?.stop();
  await kit?.close();
});

/** Issues a command as retention does and waits for the consent service's acknowledgement. */
async function erase(tenantId: string, subjectId: string, mode: ErasureCommand['mode'] = 'ERASURE_MODE_DELETE'): Promise<ErasureAck__Output> {
  const payload: ErasureCommand = { commandId: randomUUID(), tenantId, subjectId, mode, reason: 'ERASURE_REASON_RETENTION_EXPIRED', issuedAt: toTimestamp(new Date()), attempt: 1 };
  await kit.service.runtime.bus.publish(TOPICS.erasureCommands, [{ type: 'lethe.erasure.v1.ErasureCommand', tenantId, subjectId, payload }]);
  return waitFor(() => acks.find((ack) => ack.commandId === payload.commandId), 30_000, 'the acknowledgement');
}

describe('erasure', () => {
  it('deletes the person’s requests, consents with their receipts, links, cache entries and key, and acknowledges', async () => {
    const subjectId = uniqueName('cand');
    const bystander = uniqueName('cand');
    const granted = await requestClearData(client, subjectId, 'client-a');
    await decideOnPage(kit.service.httpUrl, granted.token);
    const open = await requestClearData(client, subjectId, 'client-b');
    await unaryCall(client, 'RequestConsent', { subjectId, kind: 'CONSENT_KIND_STORAGE', periodMonths: 12 });
    await decideOnPage(kit.service.httpUrl, (await requestClearData(client, bystander)).token);
    expect(await checkClearData(client, subjectId)).toBe(true);
    const { consentId } = await unaryCall(client, 'CheckConsent', { subjectId, kind: CLEAR_DATA, clientId: 'client-a' });
    const { store } = kit.consent();
    const redis = kit.service.runtime.redis;
    expect((await redis.keys(`lethe:consent:${tenant}:subject:${subjectId}:*`)).length).toBeGreaterThan(0);

    const ack = await erase(tenant, subjectId);
    expect(ack).toMatchObject({ service: 'consent', outcome: 'ERASURE_OUTCOME_DONE', subjectId });
    expect(ack.counts).toMatchObject({ consents: 3, links: 3, keys: 1 });
    expect(ack.counts.cacheEntries).toBeGreaterThan(0);

    expect(await store.repository.count(tenant, { subjectId })).toBe(0);
    expect(await store.links.model.countDocuments({ tenantId: tenant, subjectId })).toBe(0);
    expect(await redis.keys(`lethe:consent:${tenant}:subject:${subjectId}:*`)).toEqual([]);
    expect(await kit.service.runtime.mongo.collection('subject_keys').countDocuments({ tenantId: tenant, subjectId })).toBe(0);
    expect((await unaryCall(client, 'ListConsents', { subjectId })).consents).toEqual([]);
    expect((await failure(unaryCall(client, 'GetConsentReceipt', { consentId }))).code).toBe(status.NOT_FOUND);
    expect(await checkClearData(client, subjectId)).toBe(false);
    // The links of the erased person open nothing.
    expect((await openPage(kit.service.httpUrl, open.token)).status).toBe(404);
    // No new request for an erased person.
    expect((await failure(requestClearData(client, subjectId, 'client-c'))).reason).toBe('SUBJECT_ERASED');

    // The bystander keeps everything.
    expect(await checkClearData(client, bystander)).toBe(true);

    // A replayed or re-issued command finds nothing more and is acknowledged again.
    expect(await erase(tenant, subjectId)).toMatchObject({ outcome: 'ERASURE_OUTCOME_NOTHING_HELD' });
  });

  it('reduce removes consent records as well (they are no skeleton data) and another tenant is untouched', async () => {
    const subjectId = uniqueName('cand');
    const other = await kit.client(uniqueName('tenant'));
    await decideOnPage(kit.service.httpUrl, (await requestClearData(client, subjectId)).token);
    await decideOnPage(kit.service.httpUrl, (await requestClearData(other, subjectId)).token);
    expect(await erase(tenant, subjectId, 'ERASURE_MODE_REDUCE')).toMatchObject({ outcome: 'ERASURE_OUTCOME_DONE' });
    expect(await checkClearData(client, subjectId)).toBe(false);
    expect(await checkClearData(other, subjectId)).toBe(true);
  });
});
