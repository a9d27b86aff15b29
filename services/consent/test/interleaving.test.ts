// Calls that race another change of the same subject. The interleaving is forced in-process: a spy
// on a step only the call under test takes runs the other side there, then lets the call go on.
import { randomUUID } from 'node:crypto';
import { status } from '@grpc/grpc-js';
import { unaryCall } from '@lethe/platform';
import { uniqueName } from '@lethe/platform/testkit';
import { CLEAR_DATA, decideOnPage, erasureDriver, failure, requestClearData, startConsent, type ConsentClient, type ConsentKit, type ErasureDriver } from './kit';

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

const check = (subjectId: string) => unaryCall(client, 'CheckConsent', { subjectId, kind: CLEAR_DATA, clientId: 'client-a' });

/** The next database read of a check runs `between` after reading and before the check goes on to cache. */
function afterNextCheckRead(between: () => Promise<unknown>): void {
  const { repository } = kit.consent().store;
  const original = repository.findOne.bind(repository);
  jest.spyOn(repository, 'findOne').mockImplementationOnce(async (...args) => {
    const found = await original(...args);
    await between();
    return found;
  });
}

describe('CheckConsent racing a change', () => {
  it('a grant read before a withdrawal is not cached after it: the next check says no at once', async () => {
    const subjectId = uniqueName('cand');
    await decideOnPage(kit.service.httpUrl, (await requestClearData(client, subjectId)).token);
    afterNextCheckRead(() => unaryCall(client, 'Withdraw', { subjectId, kind: CLEAR_DATA, clientId: 'client-a' }));

    // This check read the consent before the withdrawal, so it may still say yes ...
    expect((await check(subjectId)).granted).toBe(true);
    // ... but it must not have left that answer in the cache.
    expect((await check(subjectId)).granted).toBe(false);
  });

  it('an answer read before a settings change is not cached after it', async () => {
    const own = await kit.client(uniqueName('tenant'));
    const subjectId = uniqueName('cand');
    afterNextCheckRead(() =>
      unaryCall(own, 'UpdateConsentSettings', {
        settings: { dataSharingPolicy: 'DATA_SHARING_POLICY_NO_CONSENT_REQUIRED', showAttachments: false, showConsentHint: true, linkValidityDays: 30 },
        expectedVersion: 0,
      }),
    );
    const ask = () => unaryCall(own, 'CheckConsent', { subjectId, kind: CLEAR_DATA, clientId: 'client-a' });
    expect((await ask()).consentRequired).toBe(true);
    expect((await ask()).consentRequired).toBe(false);
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
