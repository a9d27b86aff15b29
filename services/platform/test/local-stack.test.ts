// The supervisor of the local stack with a real service process (consent, built as the chart runs
// it): killed with SIGKILL it is started again and serves again, and the stack says so; one that
// keeps dying waits longer each time.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { RIGHTS } from '../src/auth';
import { loadGrpcObject, type ConsentProto } from '@lethe/protos';
import { createClient, unaryCall } from '../src/grpc';
import { devTokenSigner, startLocalStack, uniqueName, waitFor, type LocalStack } from '../src/testkit';

const { ConsentService } = loadGrpcObject<ConsentProto>().lethe.consent.v1;
const BACKOFF = { initialMs: 300, maxMs: 5_000 };

let stack: LocalStack | undefined;
const said: string[] = [];
const logsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lethe-local-stack-'));

beforeAll(async () => {
  stack = await startLocalStack({
    services: [{ name: 'consent', obeysErasure: true, callers: {} }],
    namespace: uniqueName('supervisor'),
    // Below the range the system hands out for ephemeral ports, which other tests' servers take meanwhile.
    ports: () => ({ grpc: 27101, http: 27102 }),
    logsDir,
    backoff: BACKOFF,
    say: (line) => void said.push(line),
  });
}, 180_000);

afterAll(async () => {
  await stack?.stop();
  fs.rmSync(logsDir, { recursive: true, force: true });
});

/** A real call that needs the database: the consent of a person nobody asked. */
async function answersCheckConsent(address: string): Promise<boolean> {
  const tenantId = uniqueName('tenant');
  const token = await (await devTokenSigner()).mint({ tenantId, actorId: 'recruiter-1', actorKind: 'user', rights: [RIGHTS.readCandidates], services: ['consent'] });
  const client = createClient(ConsentService, address, { token });
  try {
    return (await unaryCall(client, 'CheckConsent', { subjectId: uniqueName('person'), kind: 'CONSENT_KIND_STORAGE' })).granted === false;
  } catch {
    return false;
  } finally {
    client.close();
  }
}

/** The pauses the stack announced before each restart, in seconds. */
const announcedDelays = () => said.flatMap((line) => /restarting it in ([\d.]+) s/.exec(line)?.[1] ?? []).map(Number);

it('starts a service killed with SIGKILL again; it serves again and the stack said so', async () => {
  const consent = stack!.service('consent');
  expect(await answersCheckConsent(consent.address)).toBe(true);
  const firstPid = consent.pid;
  consent.kill('SIGKILL');
  await waitFor(() => said.some((line) => line.startsWith('consent exited (SIGKILL)')), 10_000, 'the stack to say the service died');
  await waitFor(() => said.some((line) => line === 'consent is serving again (restart 1)'), 90_000, 'the stack to say it serves again');
  expect(consent.restarts).toBe(1);
  expect(consent.pid).toBeDefined();
  expect(consent.pid).not.toBe(firstPid);
  expect(await answersCheckConsent(consent.address)).toBe(true);
}, 120_000);

it('waits longer each time a service keeps dying before it serves', async () => {
  const consent = stack!.service('consent');
  const before = announcedDelays().length;
  // Killed again as soon as each new process exists, before it serves, three times in a row.
  for (let death = 0; death < 3; death++) {
    const restarts = consent.restarts;
    await waitFor(() => consent.pid, 30_000, 'a running process');
    consent.kill('SIGKILL');
    await waitFor(() => announcedDelays().length === before + death + 1, 10_000, 'the stack to announce the restart');
    await waitFor(() => consent.restarts === restarts + 1 && consent.pid, 30_000, 'the restarted process');
  }
  const delays = announcedDelays().slice(before);
  expect(delays[0]).toBeGreaterThanOrEqual(BACKOFF.initialMs / 1000);
  expect(delays).toEqual([delays[0], delays[0] * 2, delays[0] * 4]);
  await consent.waitUntilServing();
  expect(await answersCheckConsent(consent.address)).toBe(true);
}, 120_000);
