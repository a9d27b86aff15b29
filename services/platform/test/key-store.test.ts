// The key store apart from the data: a backup of the data database taken before an erasure stays
// unreadable with every secret the data service holds, the KEK ring rotates under load without
// losing a key, and erasures are applied again after a restore of the data database.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Connection } from 'mongoose';
import { KekRing, SubjectCipher } from '../src/crypto';
import { SubjectShreddedError } from '../src/crypto/subject-cipher';
import { closeMongo, connectMongo } from '../src/mongo';
import type { BaseConfig } from '../src/service';
import { runKeysCommand } from '../src/service/keys-command';
import { captureLogs, copyDatabase, erasureDriver, REPO_ROOT, startTestService, testAuth, testInfra, testServiceEnv, uniqueName, type ErasureDriver, type TestAuth, type TestService } from '../src/testkit';
import { createLogger } from '../src/telemetry/logger';
import { sealedNotes } from './fixtures/sealed-notes-service';

const logger = createLogger({ service: 'key-store-test', level: 'silent' });
const SERVICE = sealedNotes.definition.name;

let auth: TestAuth;
const opened: Connection[] = [];
const started: TestService<BaseConfig>[] = [];
const drivers: ErasureDriver[] = [];

beforeAll(async () => {
  auth = await testAuth({ services: [SERVICE] });
});

afterAll(async () => {
  await Promise.all(drivers.map((driver) => driver.stop()));
  await Promise.all(started.map((service) => service.stop()));
  await Promise.all(opened.map((connection) => connection.dropDatabase().then(() => closeMongo(connection))));
});

/** The service's whole environment, so a restart and its `keys` commands use the same settings. */
function serviceEnv(overrides: Record<string, string> = {}): Record<string, string> {
  return testServiceEnv(auth, overrides, SERVICE) as Record<string, string>;
}

async function start(env: Record<string, string>): Promise<TestService<BaseConfig>> {
  const service = await startTestService(sealedNotes.definition, auth, { env });
  started.push(service);
  return service;
}

async function stop(service: TestService<BaseConfig>): Promise<void> {
  await service.stop();
  started.splice(started.indexOf(service), 1);
}

async function driverOf(service: TestService<BaseConfig>): Promise<ErasureDriver> {
  const driver = await erasureDriver(service.runtime.bus, uniqueName('acks'), SERVICE);
  drivers.push(driver);
  return driver;
}

async function database(name = uniqueName('test_backup').replace(/-/g, '_')): Promise<Connection> {
  const connection = await connectMongo({ uri: testInfra().mongoUri, database: name, logger });
  opened.push(connection);
  return connection;
}

/** The test's own connections to the service's data database and key store, as an operator's tools reach them. */
async function databasesOf(service: TestService<BaseConfig>): Promise<{ data: Connection; keys: Connection }> {
  return { data: await database(service.runtime.database), keys: await database(service.runtime.keyStoreDatabase) };
}

/** Runs a `keys` command as the service's entry point would, with the service's environment. */
async function keys(env: Record<string, string>, ...argv: string[]): Promise<{ code: number; out: string }> {
  let out = '';
  const code = await runKeysCommand(sealedNotes.definition, argv, { env, out: (text) => void (out += text), localConfig: false, progressStream: progressSink(), logDestination: captureLogs().destination });
  return { code, out };
}

function progressSink(): NodeJS.WriteStream {
  return { isTTY: false, write: () => true } as unknown as NodeJS.WriteStream;
}

describe('the key store apart from the data', () => {
  it('keeps no data key in the data database', async () => {
    const service = await start(serviceEnv());
    const tenant = uniqueName('tenant');
    await sealedNotes.built().write(tenant, 'person-1', 'n1', 'Ada Lovelace, +49 30 1234567');

    const { runtime } = service;
    const { data, keys: keyStore } = await databasesOf(service);
    expect(runtime.keyStoreDatabase).not.toBe(runtime.database);
    expect((await data.db!.listCollections().toArray()).map((collection) => collection.name)).not.toContain('subject_keys');
    expect(await data.db!.collection('notes').countDocuments({ tenantId: tenant })).toBe(1);
    expect(await keyStore.collection('subject_keys').countDocuments({ tenantId: tenant, subjectId: 'person-1' })).toBe(1);
    expect(await sealedNotes.built().read(tenant, 'person-1', 'n1')).toBe('Ada Lovelace, +49 30 1234567');
    await stop(service);
  });

  it('leaves a backup of the data database taken before an erasure unreadable with every secret the data service holds', async () => {
    const service = await start(serviceEnv());
    const driver = await driverOf(service);
    const tenant = uniqueName('tenant');
    await sealedNotes.built().write(tenant, 'person-2', 'n2', 'Grace Hopper, grace@example.com');

    const { data, keys: keyStore } = await databasesOf(service);
    const backup = await database();
    await copyDatabase(data.name, backup.name);
    const backedUp = await backup.db!.collection<{ text: string }>('notes').findOne({ _id: 'n2' as never });
    const ring = KekRing.parse(service.runtime.config.KEY_ENCRYPTION_KEYS);
    // Before the erasure the backup's ciphertext is readable with the key store: it is a real backup.
    expect(await new SubjectCipher({ connection: service.runtime.keyStore, keks: ring }).decrypt(tenant, 'person-2', 'text', backedUp!.text)).toBe('Grace Hopper, grace@example.com');

    expect((await driver.erase(tenant, 'person-2')).outcome).toBe('ERASURE_OUTCOME_DONE');

    // Every secret the data service holds: its KEK ring (and its other keys, which seal no personal
    // field) and the backup of its database, which is where the keys used to live.
    await expect(new SubjectCipher({ connection: backup, keks: ring }).decrypt(tenant, 'person-2', 'text', backedUp!.text)).rejects.toBeInstanceOf(SubjectShreddedError);
    await expect(new SubjectCipher({ connection: service.runtime.keyStore, keks: ring }).decrypt(tenant, 'person-2', 'text', backedUp!.text)).rejects.toBeInstanceOf(SubjectShreddedError);
    const backupCollections = await backup.db!.listCollections().toArray();
    for (const { name } of backupCollections) expect(await backup.db!.collection(name).countDocuments({ wrappedKey: { $exists: true } })).toBe(0);
    // What the key store keeps of the erasure: ids, mode and time, no personal data.
    const [tombstone] = await keyStore.collection('erasure_tombstones').find({ tenantId: tenant, subjectId: 'person-2' }).toArray();
    expect(Object.keys(tombstone).sort()).toEqual(['_id', 'commandId', 'erasedAt', 'mode', 'subjectId', 'tenantId']);
    await stop(service);
  }, 120_000);

  it('rotates the KEK under load without losing a key: afterwards the new KEK alone reads everything', async () => {
    const [oldKey, newKey] = [randomBytes(32).toString('base64'), randomBytes(32).toString('base64')];
    const before = serviceEnv({ KEY_ENCRYPTION_KEYS: `old:${oldKey}` });
    let service = await start(before);
    const tenant = uniqueName('tenant');
    const written = new Map<string, { subjectId: string; text: string }>();
    const write = async (subjectId: string, index: number) => {
      const id = `${subjectId}-${index}`;
      const text = `Person ${subjectId}, note ${index}`;
      await sealedNotes.built().write(tenant, subjectId, id, text);
      written.set(id, { subjectId, text });
    };
    const subjects = Array.from({ length: 80 }, (_, i) => `s${i}`);
    for (let i = 0; i < subjects.length; i += 20) await Promise.all(subjects.slice(i, i + 20).map((subject) => write(subject, 0)));
    await stop(service);

    // The new KEK goes in front of the old one; the service restarts with both.
    const rotated = { ...before, KEY_ENCRYPTION_KEYS: `new:${newKey},old:${oldKey}` };
    service = await start(rotated);
    expect((await keys(rotated, 'status')).out).toMatch(/KEK new: 0 data keys \(active\)\nKEK old: 80 data keys \(older: run keys rewrap\)/);

    let rewrapping = true;
    const load = (async () => {
      let round = 1;
      while (rewrapping) {
        // New people (keys under the new KEK), more notes of known people, and reads of every kind.
        await Promise.all([
          write(`late-${round}`, 0),
          write(subjects[round % subjects.length], 2 * round),
          write(subjects[(round * 7) % subjects.length], 2 * round + 1),
          sealedNotes.built().read(tenant, subjects[(round * 13) % subjects.length], `${subjects[(round * 13) % subjects.length]}-0`),
        ]);
        round += 1;
      }
      return round;
    })();
    const rewrap = await keys(rotated, 'rewrap', '--batch-size', '5');
    rewrapping = false;
    const rounds = await load;
    expect(rewrap.code).toBe(0);
    expect(rounds).toBeGreaterThan(1);
    expect(rewrap.out).toMatch(/rewrapped 80 data keys under KEK new/);
    expect(rewrap.out).toMatch(/KEK old: 0 data keys \(retired: wraps nothing, can be removed from KEY_ENCRYPTION_KEYS\)/);
    // Idempotent: nothing is left to do.
    expect((await keys(rotated, 'rewrap')).out).toMatch(/rewrapped 0 data keys/);
    await stop(service);

    // The old KEK retired: the ring holds the new one only, and every note of every person reads.
    const retired = { ...before, KEY_ENCRYPTION_KEYS: `new:${newKey}` };
    service = await start(retired);
    const reader = sealedNotes.built();
    for (const [id, { subjectId, text }] of written) expect(await reader.read(tenant, subjectId, id)).toBe(text);
    expect(written.size).toBeGreaterThan(subjects.length);
    expect((await keys(retired, 'status')).out).toMatch(/^KEK new: \d+ data keys \(active\)$/m);
    await stop(service);
  }, 240_000);

  it('applies every erasure again to a restored backup of the data database: the key store keeps the list', async () => {
    const env = serviceEnv();
    const service = await start(env);
    const driver = await driverOf(service);
    const tenant = uniqueName('tenant');
    const notes = sealedNotes.built();
    for (const subject of ['erased-1', 'erased-2', 'kept']) await notes.write(tenant, subject, `${subject}-note`, `Notes about ${subject}`);
    const { data } = await databasesOf(service);
    const backup = await database();
    await copyDatabase(data.name, backup.name);

    await driver.erase(tenant, 'erased-1');
    await driver.erase(tenant, 'erased-2', { mode: 'ERASURE_MODE_ANONYMISE', notes: 'ANONYMISED_NOTES_EMPTY' });
    const afterErasures = new Date();
    const { tombstones } = service.runtime;
    expect(await tombstones.get(tenant, 'erased-1')).toBeDefined();

    // The restore: the data database as it was at the backup, before either erasure.
    await copyDatabase(backup.name, data.name);
    expect(await data.collection('erasure_tombstones').countDocuments({ tenantId: tenant })).toBe(0);
    expect(await data.collection('notes').countDocuments({ tenantId: tenant })).toBe(3);

    const reapplied = await keys(env, 'reapply-erasures');
    expect(reapplied.code).toBe(0);
    expect(reapplied.out).toMatch(/reapplied 2 erasures recorded in the key store \S+ to \S+: 2 erased again, 0 held nothing, 0 failed/);
    expect(await data.collection('notes').find({ tenantId: tenant }).map((note) => note.subjectId as string).toArray()).toEqual(['kept']);
    expect(await notes.read(tenant, 'kept', 'kept-note')).toBe('Notes about kept');
    // The data database's tombstones are back too, so a late event cannot bring either person back.
    expect(await data.collection('erasure_tombstones').find({ tenantId: tenant }).map((doc) => [doc.subjectId, doc.mode]).toArray()).toEqual(
      expect.arrayContaining([
        ['erased-1', 'delete'],
        ['erased-2', 'anonymise'],
      ]),
    );

    // --since: only erasures recorded from then on.
    await copyDatabase(backup.name, data.name);
    expect((await keys(env, 'reapply-erasures', '--since', new Date(afterErasures.getTime() + 60_000).toISOString())).out).toMatch(/reapplied 0 erasures/);
    expect(await data.collection('notes').countDocuments({ tenantId: tenant })).toBe(3);
    await stop(service);
  }, 180_000);

  it("runs from the service's own entry point: main keys <command>", async () => {
    const fixture = path.join(__dirname, 'fixtures', 'sealed-notes-service.ts');
    const entryPoint = (argv: string[]) =>
      promisify(execFile)(path.join(REPO_ROOT, 'node_modules', '.bin', 'tsx'), ['--conditions=lethe-source', fixture, 'keys', ...argv], { env: { PATH: process.env.PATH, ...serviceEnv() }, timeout: 60_000 }).then(
        ({ stdout }) => ({ code: 0, stdout, stderr: '' }),
        (err: { code: number; stdout: string; stderr: string }) => err,
      );
    const status = await entryPoint(['status']);
    expect(status).toMatchObject({ code: 0, stdout: expect.stringMatching(/^KEK test: 0 data keys \(active\)$/m) });
    const refused = await entryPoint(['rotate']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('keys: unknown command "rotate"');
  }, 150_000);

  it('refuses a malformed command line and a key store that is the data database', async () => {
    await expect(keys(serviceEnv(), 'rewrap', '--since', '2026-01-01')).rejects.toThrow('--since belongs to reapply-erasures');
    await expect(keys(serviceEnv(), 'rotate')).rejects.toThrow('unknown command "rotate"');
    await expect(keys(serviceEnv(), 'rewrap', '--batch-size', '0')).rejects.toThrow('--batch-size must be');
    const env = serviceEnv({ MONGODB_DATABASE: 'same_database' });
    await expect(keys({ ...env, KEY_STORE_URI: `${testInfra().mongoUri}/same_database` }, 'status')).rejects.toThrow('KEY_STORE_URI: must name a database apart from the data database same_database');
  });
});
