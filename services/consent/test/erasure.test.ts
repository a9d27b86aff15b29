import { randomUUID } from 'node:crypto';
import { status } from '@grpc/grpc-js';
import { unaryCall } from '@lethe/platform';
import { uniqueName } from '@lethe/platform/testkit';
import { checkClearData, CLEAR_DATA, decideOnPage, erasureDriver, failure, openPage, requestClearData, startConsent, type ConsentClient, type ConsentKit, type ErasureDriver } from './kit';

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
afterEach(() => jest.restoreAllMocks());

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

    const ack = await driver.erase(tenant, subjectId);
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
    expect(await driver.erase(tenant, subjectId)).toMatchObject({ outcome: 'ERASURE_OUTCOME_NOTHING_HELD' });
  });

  it('reduce removes consent records as well (they are no skeleton data) and another tenant is untouched', async () => {
    const subjectId = uniqueName('cand');
    const other = await kit.client(uniqueName('tenant'));
    await decideOnPage(kit.service.httpUrl, (await requestClearData(client, subjectId)).token);
    await decideOnPage(kit.service.httpUrl, (await requestClearData(other, subjectId)).token);
    expect(await driver.erase(tenant, subjectId, 'ERASURE_MODE_REDUCE')).toMatchObject({ outcome: 'ERASURE_OUTCOME_DONE' });
    expect(await checkClearData(client, subjectId)).toBe(false);
    expect(await checkClearData(other, subjectId)).toBe(true);
  });
});

describe('RequestConsent racing an erasure', () => {
  /** What the consent service still holds about the subject: requests, links, key rows. */
  async function held(subjectId: string) {
    const { store } = kit.consent();
    const { mongo } = kit.service.runtime;
    return {
      consents: await store.repository.count(tenant, { subjectId }),
      links: await store.links.model.countDocuments({ tenantId: tenant, subjectId }),
      keys: await mongo.collection('subject_keys').countDocuments({ tenantId: tenant, subjectId }),
    };
  }

  it('an erasure acknowledged between its check and its writes wins: SUBJECT_ERASED, no request, link or key left', async () => {
    const subjectId = uniqueName('cand');
    await decideOnPage(kit.service.httpUrl, (await requestClearData(client, subjectId, 'client-b')).token);
    const { links } = kit.consent().store;
    const issue = links.issue.bind(links);
    jest.spyOn(links, 'issue').mockImplementationOnce(async (...args) => {
      expect(await driver.erase(tenant, subjectId)).toMatchObject({ outcome: 'ERASURE_OUTCOME_DONE' });
      return issue(...args);
    });

    expect(await failure(requestClearData(client, subjectId))).toMatchObject({ code: status.FAILED_PRECONDITION, reason: 'SUBJECT_ERASED' });
    // The request encrypted the client name after the erasure's shred (a fresh key); it went again.
    expect(await held(subjectId)).toEqual({ consents: 0, links: 0, keys: 0 });
  });

  it('writes that land after the erasure handler’s deletes, before the acknowledgement, are taken back', async () => {
    const subjectId = uniqueName('cand');
    const { parts, store } = kit.consent();
    const insert = store.repository.insert.bind(store.repository);
    // What obey has done when the handler returns, before it acknowledges: the tombstone, then the deletes.
    jest.spyOn(store.repository, 'insert').mockImplementationOnce(async (...args) => {
      const command = { commandId: randomUUID(), tenantId: tenant, subjectId, mode: 'delete' as const, keepFields: [], reason: 'ERASURE_REASON_RETENTION_EXPIRED', attempt: 1 };
      await kit.service.runtime.tombstones.record({ tenantId: tenant, subjectId, mode: 'delete', commandId: command.commandId });
      await parts.erasure!(command, { id: randomUUID(), type: 'lethe.erasure.v1.ErasureCommand', source: 'retention', time: new Date(), tenantId: tenant, subjectId });
      return insert(...args);
    });

    expect((await failure(requestClearData(client, subjectId))).reason).toBe('SUBJECT_ERASED');
    expect(await held(subjectId)).toEqual({ consents: 0, links: 0, keys: 0 });
  });
});
