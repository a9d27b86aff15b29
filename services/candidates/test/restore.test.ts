// A restore of the candidates database from a backup taken before an erasure: the erased person is
// back in the data but unreadable (the key store, which is not restored, holds no key), until
// `keys reapply-erasures` erases them again from the key store's tombstones.
import * as grpc from '@grpc/grpc-js';
import { unaryCall } from '@lethe/platform/grpc';
import { runKeysCommand } from '@lethe/platform/service';
import { captureLogs, copyDatabase, dropDatabase, uniqueName } from '@lethe/platform/testkit';
import { candidatesService } from '../src/service';
import { erasureDriver, failure, input, person, startCandidates, type CandidatesKit, type ErasureDriver } from './kit';

let kit: CandidatesKit;
let driver: ErasureDriver;
const backup = uniqueName('test_backup').replace(/-/g, '_');

beforeAll(async () => {
  kit = await startCandidates();
  driver = await erasureDriver(kit, 'restore-test-acks');
});
afterAll(async () => {
  await driver?.stop();
  await kit?.close();
  await dropDatabase(backup);
});

it('erases again, after a restore, everyone whose erasure the key store recorded; the others stay', async () => {
  const tenant = uniqueName('tenant');
  const client = await kit.client(tenant);
  const create = async (firstName: string) => (await unaryCall(client, 'CreateCandidate', { candidate: input(person({ firstName, lastName: 'Restored' })), allowDuplicates: true })).candidate!.id;
  const [erased, kept] = [await create('Erased'), await create('Kept')];
  const data = kit.service.runtime.database;
  const candidates = kit.service.runtime.mongo.collection('candidates');
  await copyDatabase(data, backup);

  expect(await driver.erase(tenant, erased)).toMatchObject({ outcome: 'ERASURE_OUTCOME_DONE' });
  await copyDatabase(backup, data);
  // Back in the data, but not readable: its key is gone from the key store.
  expect(await candidates.countDocuments({ tenantId: tenant, _id: erased as never })).toBe(1);
  expect((await failure(unaryCall(client, 'GetCandidate', { id: erased }))).code).not.toBe(grpc.status.OK);

  let out = '';
  const code = await runKeysCommand(candidatesService, ['reapply-erasures'], { env: kit.service.env, out: (text) => void (out += text), localConfig: false, logDestination: captureLogs().destination });
  expect(code).toBe(0);
  expect(out).toMatch(/reapplied 1 erasures .*: 1 erased again, 0 held nothing, 0 failed/);
  expect(await candidates.countDocuments({ tenantId: tenant, _id: erased as never })).toBe(0);
  expect((await failure(unaryCall(client, 'GetCandidate', { id: erased }))).code).toBe(grpc.status.NOT_FOUND);
  expect((await unaryCall(client, 'GetCandidate', { id: kept })).personal?.firstName).toBe('Kept');
});
