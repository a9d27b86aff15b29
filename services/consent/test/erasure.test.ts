import { status } from '@grpc/grpc-js';
import type { SubjectFence } from '@lethe/platform/erasure';
import { unaryCall } from '@lethe/platform/grpc';
import { uniqueName } from '@lethe/platform/testkit';
import type { ErasureAck__Output } from '@lethe/protos';
import {
  answer,
  checkClearData,
  CLEAR_DATA,
  decideOnPage,
  erasureDriver,
  failure,
  openPage,
  requestClearData,
  sendRequest,
  startConsent,
  type ConsentClient,
  type ConsentKit,
  type ErasureDriver,
} from './kit';

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
    const storage = await unaryCall(client, 'RequestConsent', { subjectId, kind: 'CONSENT_KIND_STORAGE', periodMonths: 12 });
    await sendRequest(client, storage.consent!.requestId);
    await decideOnPage(kit.service.httpUrl, (await requestClearData(client, bystander)).token);
    expect(await checkClearData(client, subjectId)).toBe(true);
    const { consentId } = await unaryCall(client, 'CheckConsent', { subjectId, kind: CLEAR_DATA, clientId: 'client-a' });
    const { store, links } = kit.consent();
    const redis = kit.service.runtime.redis;
    expect((await redis.keys(`${kit.service.runtime.cache.keys.subjectKey(tenant, subjectId)}:*`)).length).toBeGreaterThan(0);

    const ack = await driver.erase(tenant, subjectId);
    expect(ack).toMatchObject({ service: 'consent', outcome: 'ERASURE_OUTCOME_DONE', subjectId });
    expect(ack.counts).toMatchObject({ consents: 3, links: 3, keys: 1 });
    expect(ack.counts.cacheEntries).toBeGreaterThan(0);

    expect(await store.repository.count(tenant, { subjectId })).toBe(0);
    expect(await links.model.countDocuments({ tenantId: tenant, subjectId })).toBe(0);
    expect(await redis.keys(`${kit.service.runtime.cache.keys.subjectKey(tenant, subjectId)}:*`)).toEqual([]);
    expect(await kit.service.runtime.keyStore.collection('subject_keys').countDocuments({ tenantId: tenant, subjectId })).toBe(0);
    expect((await unaryCall(client, 'ListConsents', { subjectId })).consents).toEqual([]);
    expect((await failure(unaryCall(client, 'GetConsentReceipt', { consentId }))).code).toBe(status.NOT_FOUND);
    expect(await checkClearData(client, subjectId)).toBe(false);
    // The links of the erased person open nothing.
    expect((await openPage(kit.service.httpUrl, open.token)).status).toBe(404);
    // No new request for an erased person, and no new link for their requests.
    expect(await failure(requestClearData(client, subjectId, 'client-c'))).toMatchObject({ code: status.NOT_FOUND, reason: 'SUBJECT_ERASED' });
    expect(await failure(sendRequest(client, open.requestId))).toMatchObject({ code: status.NOT_FOUND });

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
    expect(await driver.erase(tenant, subjectId, 'reduce')).toMatchObject({ outcome: 'ERASURE_OUTCOME_DONE' });
    expect(await checkClearData(client, subjectId)).toBe(false);
    expect(await checkClearData(other, subjectId)).toBe(true);
  });
});

describe('writes racing an erasure (the write fence)', () => {
  /** What the consent service still holds about the subject: requests, links, key rows. */
  async function held(subjectId: string) {
    const { store, links } = kit.consent();
    const { keyStore } = kit.service.runtime;
    return {
      consents: await store.repository.count(tenant, { subjectId }),
      links: await links.model.countDocuments({ tenantId: tenant, subjectId }),
      keys: await keyStore.collection('subject_keys').countDocuments({ tenantId: tenant, subjectId }),
    };
  }

  /** Resolves once an erasure has reached the subject's fence (it may still be waiting there for a writer). */
  function erasureAtFence(): Promise<void> {
    const { fence } = kit.service.runtime;
    const erase = fence.erase.bind(fence);
    return new Promise((resolve) => {
      jest.spyOn(fence, 'erase').mockImplementation(((subject, work) => {
        resolve();
        return erase(subject, work);
      }) as SubjectFence['erase']);
    });
  }

  it('a request after the erasure is refused before it writes anything: NOT_FOUND SUBJECT_ERASED, no request, link or key', async () => {
    const subjectId = uniqueName('cand');
    await decideOnPage(kit.service.httpUrl, (await requestClearData(client, subjectId, 'client-b')).token);
    expect(await driver.erase(tenant, subjectId)).toMatchObject({ outcome: 'ERASURE_OUTCOME_DONE' });
    const issue = jest.spyOn(kit.consent().links, 'issue');

    expect(await failure(requestClearData(client, subjectId))).toMatchObject({ code: status.NOT_FOUND, reason: 'SUBJECT_ERASED' });
    expect(issue).not.toHaveBeenCalled();
    // Not even a fresh key: the client's name was never encrypted.
    expect(await held(subjectId)).toEqual({ consents: 0, links: 0, keys: 0 });
  });

  /** Where the erasure arrives, and what the call it waited for had written by then (besides the earlier, answered request and its link). */
  const steps = {
    'being made': { spied: () => kit.consent().store.repository, wrote: { consents: 2, links: 1 } },
    'being sent (its link issued)': { spied: () => kit.consent().links, wrote: { consents: 2, links: 2 } },
  };

  it.each(Object.keys(steps) as (keyof typeof steps)[])('an erasure arriving while a request is %s waits for it, then erases what it wrote', async (step) => {
    const subjectId = uniqueName('cand');
    await decideOnPage(kit.service.httpUrl, (await requestClearData(client, subjectId, 'client-b')).token);
    const atFence = erasureAtFence();
    let erasure: Promise<ErasureAck__Output> | undefined;
    const during = async () => {
      erasure = driver.erase(tenant, subjectId);
      await atFence;
    };
    const makeRequest = () => unaryCall(client, 'RequestConsent', { subjectId, kind: CLEAR_DATA, clientId: 'client-c', clientName: 'Muster GmbH' });
    let token: string | undefined;
    if (step === 'being sent (its link issued)') {
      const { consent } = await makeRequest();
      const links = steps[step].spied();
      const issue = links.issue.bind(links);
      jest.spyOn(links, 'issue').mockImplementationOnce(async (...args) => {
        await during();
        return issue(...args);
      });
      // The call held the fence first: it completes, and the erasure waited for it.
      ({ token } = await sendRequest(client, consent!.requestId));
    } else {
      const repository = steps[step].spied();
      const insert = repository.insert.bind(repository);
      jest.spyOn(repository, 'insert').mockImplementationOnce(async (...args) => {
        await during();
        return insert(...args);
      });
      await makeRequest();
    }

    expect(erasure).toBeDefined();
    const ack = await erasure!;
    expect(ack).toMatchObject({ outcome: 'ERASURE_OUTCOME_DONE', counts: { ...steps[step].wrote, keys: 1 } });
    expect(await held(subjectId)).toEqual({ consents: 0, links: 0, keys: 0 });
    if (token) expect((await openPage(kit.service.httpUrl, token)).status).toBe(404);
    expect((await unaryCall(client, 'ListConsents', { subjectId })).consents).toEqual([]);
  });

  it('an answer on the page whose person is erased after the link was looked up decides nothing: the invalid page', async () => {
    const subjectId = uniqueName('cand');
    const { token } = await requestClearData(client, subjectId);
    const page = await openPage(kit.service.httpUrl, token);
    const { links } = kit.consent();
    const inspect = links.inspect.bind(links);
    jest.spyOn(links, 'inspect').mockImplementationOnce(async (...args) => {
      const found = await inspect(...args);
      expect(await driver.erase(tenant, subjectId)).toMatchObject({ outcome: 'ERASURE_OUTCOME_DONE' });
      return found;
    });

    const posted = await answer(kit.service.httpUrl, { token, csrf: page.csrf, textId: page.textId, textMac: page.textMac, decision: 'grant' }, page.cookie);
    expect(posted.status).toBe(404);
    expect(posted.body).toContain('data-outcome="invalid"');
    expect(await held(subjectId)).toEqual({ consents: 0, links: 0, keys: 0 });
  });
});
