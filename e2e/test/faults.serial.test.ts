// Erasures across all six services, each its own supervised process as the chart runs it, under
// faults: a random service killed with SIGKILL every 5–30 s, the Kafka broker restarted once,
// FerretDB restarted once, Redis flushed once. Afterwards every erasure is done, every service
// confirmed each exactly once, no message went out twice, every consumer group has a live member
// again and every service serves. Restarts the shared infrastructure: run serially, alone.
//
//   LETHE_FAULT_ERASURES   how many persons are created and erased (40 in CI; 1000 for the full run)
//   LETHE_FAULT_INFRA=off  only the service kills, for a run beside other tests
import fs from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import * as grpc from '@grpc/grpc-js';
import { clientStreamCall, unaryCall } from '@lethe/platform/grpc';
import { retry } from '@lethe/platform/retry';
import {
  checkHealth,
  consumerGroupsOf,
  flushLocalRedis,
  infra,
  MailpitClient,
  startLocalStack,
  stateDir,
  uniqueName,
  waitFor,
  type ConsumerGroupState,
  type LocalStack,
} from '@lethe/platform/testkit';
import type { Erasure__Output } from '@lethe/protos';
import { SERVICES, serviceCallersOf } from '../../deploy/src/registry';
import { deleteNowThroughSelfService, processStackClients } from './stack';

const PERSONS = Number(process.env.LETHE_FAULT_ERASURES ?? 40);
const INFRA_FAULTS = process.env.LETHE_FAULT_INFRA !== 'off';
/** Persons created at once, and erased at once (an erasure mostly waits for the confirmations), as several recruiters and candidates would. */
const CONCURRENCY = 6;
const ERASING_CONCURRENCY = 12;
const KILL_PAUSE_MS = { min: 5_000, max: 30_000 };
/** How long one erasure may take under faults before the run counts it as stuck. */
const ERASURE_TIMEOUT_MS = 8 * 60_000;
const FILE_TIMEOUT_MS = (10 + PERSONS * 0.05) * 60_000;
const NAMESPACE = uniqueName('faults');
const TENANT = uniqueName('agency');
const CV = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(20 * 1024, 'c')]);
const ERASURE_SERVICES = SERVICES.filter((service) => service.obeysErasure).map((service) => service.name).sort();

let stack: LocalStack;
const started = Date.now();
const say = (line: string) => void process.stderr.write(`[faults ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}\n`);

beforeAll(async () => {
  say(`starting ${SERVICES.length} services in namespace ${NAMESPACE}; logs in ${path.join(stateDir(), 'logs', NAMESPACE)}`);
  stack = await startLocalStack({
    services: SERVICES.map((service) => ({ name: service.name, obeysErasure: service.obeysErasure, callers: serviceCallersOf(service.name) })),
    namespace: NAMESPACE,
    // Below the range the system hands out for ephemeral ports, which other tests' servers take meanwhile.
    ports: (_name, index) => ({ grpc: 27051 + index, http: 27081 + index }),
    logsDir: path.join(stateDir(), 'logs', NAMESPACE),
    // Unanswered commands go out again after a minute, and the sweep that does it runs every 15 s.
    // A killed replica's partitions go to its successor after 10 s rather than 30 s.
    env: { ERASURE_REISSUE_AFTER_MS: '60000', RETENTION_SWEEP_INTERVAL_MS: '15000', KAFKA_SESSION_TIMEOUT_MS: '10000', LOG_LEVEL: 'warn' },
    say,
  });
}, 300_000);

afterAll(async () => {
  for (const client of Object.values(openClients ?? {})) client.close();
  await stack?.stop();
});

/** Tokens live minutes (a service's at most ten): each call carries one minted at most four minutes ago. */
const clients = () => processStackClients(stack, TENANT);
type Clients = ReturnType<typeof clients>;
let openClients: Clients | undefined;

/** Codes a call gets while a service, the broker or the database is down or restarting. */
const TRANSIENT = new Set([grpc.status.UNAVAILABLE, grpc.status.DEADLINE_EXCEEDED, grpc.status.CANCELLED, grpc.status.INTERNAL, grpc.status.UNKNOWN, grpc.status.ABORTED, grpc.status.RESOURCE_EXHAUSTED]);
let transientRetries = 0;

/** Retries work that may meet a dead service or store, until it succeeds or the erasure's time is up. */
function throughFaults<T>(work: () => Promise<T>): Promise<T> {
  return retry(work, {
    backoff: { initialMs: 250, maxMs: 5_000 },
    deadline: Date.now() + ERASURE_TIMEOUT_MS,
    retryIf: (err) => {
      const code = (err as { code?: unknown }).code;
      const transient = typeof code !== 'number' || TRANSIENT.has(code);
      if (transient) transientRetries++;
      return transient;
    },
  });
}

interface Person {
  id: string;
  email: string;
  talent: boolean;
}

/** A candidate with a CV, a storage consent request (whose mail messaging sends) and, every second one, a talent. */
async function createPerson(c: Clients, index: number): Promise<Person> {
  const email = `${NAMESPACE}-${index}@example.org`;
  const { candidate } = await unaryCall(c.candidates, 'CreateCandidate', {
    candidate: { personal: { salutation: 'Frau', firstName: 'Erika', lastName: `Fehler${index}`, email }, tags: ['faults'], source: 'job_board' },
  });
  const id = candidate!.id;
  await throughFaults(() => clientStreamCall(c.candidates, 'UploadFile', [{ header: { candidateId: id, kind: 'FILE_KIND_CV', fileName: `Lebenslauf ${index}.pdf` } }, { chunk: CV }]));
  await unaryCall(c.consent, 'RequestConsent', { subjectId: id, kind: 'CONSENT_KIND_STORAGE', periodMonths: 24 });
  const talent = index % 2 === 0;
  if (talent) {
    await throughFaults(() =>
      unaryCall(c.talents, 'CreateTalent', { candidateId: id, tags: ['faults'] }).catch((err: { code?: number }) => {
        // A retry after a call whose answer was lost finds the talent made.
        if (err.code !== grpc.status.ALREADY_EXISTS) throw err;
      }),
    );
  }
  return { id, email, talent };
}

/** The person's erasures (newest first): one, once retention issued it. */
async function erasuresOf(c: Clients, subjectId: string): Promise<Erasure__Output[]> {
  return (await unaryCall(c.retention, 'ListErasures', { subjectId })).erasures;
}

/** "Delete now" on the self-service page, as the candidate clicks it in the link of a message. */
async function deleteNow(c: Clients, subjectId: string): Promise<void> {
  const { url } = await unaryCall(c.linksForMessaging, 'CreateSelfServiceLink', { subjectId, purpose: 'SELF_SERVICE_PURPOSE_DELETE_NOW' });
  await deleteNowThroughSelfService(url);
}

interface Progress {
  done: number;
  kills: number;
  completions: number[];
  reissued: number;
}
const progress: Progress = { done: 0, kills: 0, completions: [], reissued: 0 };

/** A message during the faults, then the candidate deletes themselves, and every service confirms. */
async function sendAndErase(c: Clients, person: Person): Promise<Erasure__Output> {
  await throughFaults(() =>
    unaryCall(c.messaging, 'SendMessage', {
      // One key through every retry: the candidate gets the message once.
      idempotencyKey: `faults-message:${person.id}`,
      recipient: { candidateId: person.id },
      templateKey: 'message',
      values: { subject: 'Ihr Gespräch', text: 'Vielen Dank.' },
    }),
  );
  await throughFaults(async () => {
    if ((await erasuresOf(c, person.id)).length > 0) return;
    await deleteNow(c, person.id);
  });
  const erasure = await waitFor(
    async () => {
      const [current] = await erasuresOf(c, person.id).catch(() => []);
      return current?.state === 'ERASURE_STATE_DONE' ? current : undefined;
    },
    ERASURE_TIMEOUT_MS,
    `the erasure of ${person.id} to be done`,
  );
  progress.done++;
  progress.completions.push(Date.now());
  if (erasure.attempt > 1) progress.reissued++;
  return erasure;
}

/** Runs `work` for every item, `concurrency` at a time. */
async function inPool<T, R>(items: readonly T[], concurrency: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < items.length) {
        const index = next++;
        results[index] = await work(items[index]!, index);
      }
    }),
  );
  return results;
}

const randomBetween = ({ min, max }: { min: number; max: number }) => min + Math.random() * (max - min);

interface InfraFault {
  name: string;
  /** Share of the erasures done when it strikes. */
  at: number;
  run: () => Promise<void>;
  startedAt?: number;
  endedAt?: number;
}

async function restart(component: 'kafka' | 'mongo', downMs: number): Promise<void> {
  await infra('stop', component);
  await sleep(downMs);
  await infra('start', component);
}

it(`erases ${PERSONS} persons across all six services while services die and the broker, FerretDB and Redis fail`, async () => {
  const c = (openClients = clients());
  const mailpit = new MailpitClient();

  // The persons, before the faults: candidates with a CV, consent requests (mail), talents.
  const persons = await inPool(
    Array.from({ length: PERSONS }, (_, index) => index),
    CONCURRENCY,
    async (index) => {
      const person = await createPerson(c, index);
      if ((index + 1) % 25 === 0) say(`created ${index + 1}/${PERSONS} persons`);
      return person;
    },
  );

  let erasing = true;
  const faults: InfraFault[] = INFRA_FAULTS
    ? [
        { name: 'Kafka broker restart', at: 0.25, run: () => restart('kafka', 5_000) },
        { name: 'FerretDB restart', at: 0.5, run: () => restart('mongo', 3_000) },
        { name: 'Redis flush', at: 0.75, run: flushLocalRedis },
      ]
    : [];
  const killer = (async () => {
    while (erasing) {
      await sleep(randomBetween(KILL_PAUSE_MS));
      if (!erasing) break;
      const victim = stack.services[Math.floor(Math.random() * stack.services.length)]!;
      progress.kills++;
      say(`kill -9 ${victim.name} (pid ${victim.pid ?? 'none: still restarting'})`);
      victim.kill('SIGKILL');
    }
  })();
  const infraFaults = (async () => {
    for (const fault of faults) {
      while (erasing && progress.done < fault.at * PERSONS) await sleep(500);
      if (!erasing) return;
      say(`${fault.name} …`);
      fault.startedAt = Date.now();
      await fault.run();
      fault.endedAt = Date.now();
      say(`${fault.name} done in ${((fault.endedAt - fault.startedAt) / 1000).toFixed(1)} s`);
    }
  })();
  const reporter = setInterval(() => {
    const restarts = stack.services.reduce((sum, service) => sum + service.restarts, 0);
    say(`erasures done ${progress.done}/${PERSONS}; kills ${progress.kills}; restarts ${restarts}; retried calls ${transientRetries}`);
  }, 15_000);

  const erasingFrom = Date.now();
  let erasures: Erasure__Output[];
  try {
    erasures = await inPool(persons, ERASING_CONCURRENCY, (person) => sendAndErase(c, person));
  } finally {
    erasing = false;
    clearInterval(reporter);
    await Promise.all([killer, infraFaults]);
  }
  const erasingSeconds = (Date.now() - erasingFrom) / 1000;

  // Every process comes back and serves; every consumer group of the stack has a live member again.
  await Promise.all(stack.services.map((service) => service.waitUntilServing(180_000)));
  for (const service of stack.services) expect([service.name, await checkHealth(service.address)]).toEqual([service.name, 'SERVING']);
  const groups = await waitFor(
    async () => {
      const current = await consumerGroupsOf(NAMESPACE);
      return current.length > 0 && current.every((group) => group.state === 'Stable' && group.members > 0) ? current : undefined;
    },
    180_000,
    'every consumer group to have a live member',
  ).catch(async (err: Error) => {
    throw new Error(`${err.message}: ${JSON.stringify(await consumerGroupsOf(NAMESPACE))}`);
  });
  expect(groups.length).toBeGreaterThanOrEqual(SERVICES.length);

  // Every erasure done, one per person (a "delete now" retried through the faults issued no second), each
  // confirmed by every service once, in the deletion log once.
  expect(erasures.map((erasure) => erasure.state)).toEqual(persons.map(() => 'ERASURE_STATE_DONE'));
  const erasureCounts = await inPool(persons, CONCURRENCY, async (person) => (await erasuresOf(c, person.id)).length);
  expect(erasureCounts.filter((count) => count !== 1)).toEqual([]);
  for (const erasure of erasures) {
    expect(erasure.services.map((service) => service.service).sort()).toEqual(ERASURE_SERVICES);
    expect(erasure.services.filter((service) => service.state !== 'done' && service.state !== 'nothing-held')).toEqual([]);
  }
  const logged = await inPool(persons, CONCURRENCY, async (person) => (await unaryCall(c.retention, 'ListDeletionLog', { subjectId: person.id })).entries);
  const badLogs = logged.flatMap((entries, index) => (entries.length === 1 && [...entries[0]!.confirmedBy].sort().join() === ERASURE_SERVICES.join() ? [] : [{ person: persons[index]!.id, entries }]));
  expect(badLogs).toEqual([]);
  // Gone: the candidate and the talent answer NOT_FOUND.
  for (const person of persons.slice(0, 10)) {
    await expect(unaryCall(c.candidates, 'GetCandidate', { id: person.id })).rejects.toMatchObject({ code: grpc.status.NOT_FOUND });
    if (person.talent) await expect(unaryCall(c.talents, 'GetTalent', { id: person.id })).rejects.toMatchObject({ code: grpc.status.NOT_FOUND });
  }

  // No effect twice: no person got one message (same subject) more than once.
  const mails = await inPool(persons, CONCURRENCY, (person) => mailpit.messagesTo(person.email, { limit: 50 }));
  const duplicates = mails.flatMap((messages, index) => {
    const subjects = messages.map((message) => message.Subject);
    return subjects.filter((subject, at) => subjects.indexOf(subject) !== at).map((subject) => ({ person: persons[index]!.id, subject }));
  });
  expect(duplicates).toEqual([]);
  const delivered = mails.reduce((sum, messages) => sum + messages.length, 0);
  expect(delivered).toBeGreaterThan(0);

  const broker = faults.find((fault) => fault.name.startsWith('Kafka'));
  const recoverySeconds = broker?.startedAt ? ((progress.completions.find((at) => at > broker.endedAt!) ?? Date.now()) - broker.startedAt) / 1000 : undefined;
  const summary = {
    namespace: NAMESPACE,
    persons: PERSONS,
    talents: persons.filter((person) => person.talent).length,
    erasuresDone: erasures.length,
    reissuedErasures: progress.reissued,
    erasingSeconds: Math.round(erasingSeconds),
    erasuresPerMinute: Math.round((erasures.length / erasingSeconds) * 60),
    kills: progress.kills,
    restarts: Object.fromEntries(stack.services.map((service) => [service.name, service.restarts])),
    retriedCalls: transientRetries,
    mailsDelivered: delivered,
    duplicateMails: duplicates.length,
    consumerGroups: groups.map((group: ConsumerGroupState) => `${group.groupId.slice(NAMESPACE.length + 1)}:${group.members}`),
    infraFaults: faults.map((fault) => `${fault.name} at ${Math.round(fault.at * 100)} % (${(((fault.endedAt ?? 0) - (fault.startedAt ?? 0)) / 1000).toFixed(1)} s)`),
    brokerRecoverySeconds: recoverySeconds === undefined ? 'no broker restart' : Number(recoverySeconds.toFixed(1)),
    wholeFileSeconds: Math.round((Date.now() - started) / 1000),
  };
  say(`summary\n${JSON.stringify(summary, null, 2)}`);
  fs.mkdirSync(path.join(stateDir(), 'test-results'), { recursive: true });
  fs.writeFileSync(path.join(stateDir(), 'test-results', 'faults-summary.json'), `${JSON.stringify(summary, null, 2)}\n`);
}, FILE_TIMEOUT_MS);
