// Calls that race another change of the same subject (erasures: erasure.test.ts). The interleaving is forced in-process: a spy
// on a step only the call under test takes runs the other side there, then lets the call go on.
import { unaryCall } from '@lethe/platform/grpc';
import { uniqueName } from '@lethe/platform/testkit';
import { CLEAR_DATA, decideOnPage, requestClearData, startConsent, type ConsentClient, type ConsentKit } from './kit';

let kit: ConsentKit;
let tenant: string;
let client: ConsentClient;

beforeAll(async () => {
  kit = await startConsent();
  tenant = uniqueName('tenant');
  client = await kit.client(tenant);
});
afterAll(async () => {
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
