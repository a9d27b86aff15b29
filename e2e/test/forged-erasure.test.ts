// A forged erasure command or acknowledgement on Kafka changes nothing. Produced as an outsider
// would — a plain kafkajs producer without credentials, on the topics of retention and the real
// candidates service — a command retention did not sign erases no one and is not acknowledged, and
// an acknowledgement the service it names did not sign confirms nothing: the erasure stays open,
// without a deletion-log entry or a receipt, until the service itself confirms.
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import * as grpc from '@grpc/grpc-js';
import { RIGHTS } from '@lethe/platform/auth';
import { ErasureSigner } from '@lethe/platform/erasure';
import { createClient, unaryCall } from '@lethe/platform/grpc';
import { Kafka } from '@lethe/platform/kafka';
import { captureLogs, definitionWithHandle, ed25519KeyPair, failure, randomKey, startTestService, testAuth, testErasureKeys, testInfra, testKeyStoreEnv, uniqueName, waitFor, type TestAuth, type TestService } from '@lethe/platform/testkit';
import {
  decodeMessage,
  encodeMessage,
  loadGrpcObject,
  toTimestamp,
  TOPICS,
  type CandidatesProto,
  type ErasureAck,
  type ErasureAck__Output,
  type ErasureCommand,
  type RetentionProto,
} from '@lethe/protos';
import { candidatesService } from '@lethe/candidates/src/service';
import { buildRetention, retentionConfigSchema } from '@lethe/retention/src/service';

const { CandidatesService } = loadGrpcObject<CandidatesProto>().lethe.candidates.v1;
const { RetentionService } = loadGrpcObject<RetentionProto>().lethe.retention.v1;
const COMMAND = 'lethe.erasure.v1.ErasureCommand' as const;
const ACK = 'lethe.erasure.v1.ErasureAck' as const;
const RIGHTS_OF_THE_DPO = [RIGHTS.readCandidates, RIGHTS.writeCandidates, RIGHTS.seeMarked, RIGHTS.dataProtection];

const prefix = `${uniqueName('forged')}.`;
const env = {
  KAFKA_TOPIC_PREFIX: prefix,
  ERASURE_SERVICES: 'candidates,retention',
  // Retention needs the address of every service it would ask for a data export; these tests ask none.
  CANDIDATES_GRPC_ADDRESS: '127.0.0.1:9',
  ERASURE_RECEIPT_SIGNING_KEY: generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  RETENTION_SWEEP_INTERVAL_MS: '3600000',
  // Retention also knows the key of a service these erasures do not wait for.
  ERASURE_ACK_PUBLIC_KEYS: JSON.stringify(Object.fromEntries(['candidates', 'retention', 'consent'].map((service) => [service, testErasureKeys.ackOf(service).publicKeyPem]))),
};
// candidates keeps its database and keys across a restart, as a restarted process would.
const candidatesEnv = { ...env, MONGODB_DATABASE: uniqueName('test_candidates').replace(/-/g, '_'), ...testKeyStoreEnv(), BLIND_INDEX_KEY: randomKey(), CACHE_MAC_KEY: randomKey() };

// The outsider's producer partitions as kafkajs does by default, as the services' do; its notice about that is noise here.
process.env.KAFKAJS_NO_PARTITIONER_WARNING ??= '1';
/** Someone who can reach the broker and nothing else: no credentials, no key of Lethe's. */
const outsider = new Kafka({ clientId: 'outsider', brokers: testInfra().kafkaBrokers });
const producer = outsider.producer();

/** Writes one record as a Lethe service would lay it out (CloudEvents headers, protobuf value). */
async function produce(topic: string, type: typeof COMMAND | typeof ACK, tenantId: string, subjectId: string, payload: ErasureCommand | ErasureAck): Promise<void> {
  await producer.send({
    topic: `${prefix}${topic}`,
    messages: [
      {
        key: subjectId,
        value: encodeMessage(type, payload),
        headers: { ce_specversion: '1.0', ce_id: randomUUID(), ce_type: type, ce_source: 'outsider', ce_time: new Date().toISOString(), ce_tenant: tenantId, ce_subject: subjectId, 'content-type': 'application/protobuf' },
      },
    ],
  });
}

/** Every acknowledgement on the topic so far, read to its end with a plain consumer. */
async function acksOnTheTopic(): Promise<ErasureAck__Output[]> {
  const topic = `${prefix}${TOPICS.erasureAcks.name}`;
  const admin = outsider.admin();
  await admin.connect();
  const ends = (await admin.fetchTopicOffsets(topic)).filter((partition) => Number(partition.high) > Number(partition.low));
  await admin.disconnect();
  const acks: ErasureAck__Output[] = [];
  if (ends.length === 0) return acks;
  const read = new Map<number, number>();
  const consumer = outsider.consumer({ groupId: uniqueName('outsider-reader'), maxWaitTimeInMs: 200 });
  await consumer.connect();
  await consumer.subscribe({ topics: [topic], fromBeginning: true });
  await consumer.run({
    eachMessage: async ({ partition, message }) => {
      acks.push(decodeMessage<ErasureAck__Output>(ACK, message.value!));
      read.set(partition, Number(message.offset) + 1);
    },
  });
  try {
    await waitFor(() => ends.every((end) => (read.get(end.partition) ?? 0) >= Number(end.high)), 20_000, 'the acknowledgements topic read to its end');
  } finally {
    await consumer.disconnect();
  }
  return acks;
}

const logs = captureLogs();
/** The refusals a service logged. */
const refusalsOf = (service: string) => logs.records().filter((record) => record.service === service && record.msg === 'erasure message refused');

let auth: TestAuth;
const retention = definitionWithHandle('retention', retentionConfigSchema, buildRetention);
let retentionService: TestService<never>;
let candidates: TestService<never>;
const closers: (() => void)[] = [];

async function clientsOf(tenantId: string) {
  const token = await auth.mint({ tenantId, actorId: 'dpo', rights: RIGHTS_OF_THE_DPO });
  const clients = { retention: createClient(RetentionService, retentionService.address, { token }), candidates: createClient(CandidatesService, candidates.address, { token }) };
  closers.push(() => clients.retention.close(), () => clients.candidates.close());
  return clients;
}

async function createCandidate(client: InstanceType<typeof CandidatesService>): Promise<string> {
  const { candidate } = await unaryCall(client, 'CreateCandidate', { candidate: { personal: { firstName: 'Erika', lastName: 'Unverändert', email: `${uniqueName('erika')}@example.org` }, tags: [], source: 'job_board' } });
  return candidate!.id;
}

beforeAll(async () => {
  auth = await testAuth();
  const observed = { logDestination: logs.destination };
  [retentionService, candidates] = (await Promise.all([
    startTestService(retention.definition, auth, { env, ...observed }),
    startTestService(candidatesService, auth, { env: candidatesEnv, ...observed }),
  ])) as [TestService<never>, TestService<never>];
  await producer.connect();
});

afterAll(async () => {
  for (const close of closers) close();
  await producer.disconnect();
  await Promise.all([retentionService?.stop(), candidates?.stop()]);
});

describe('a forged erasure command', () => {
  it('erases no one and is acknowledged by no one, unsigned, signed by another key, or retention’s signature moved to another person', async () => {
    const tenant = uniqueName('tenant');
    const client = await clientsOf(tenant);
    const id = await createCandidate(client.candidates);
    const command = (subjectId: string): ErasureCommand => ({
      commandId: randomUUID(),
      tenantId: tenant,
      subjectId,
      mode: 'ERASURE_MODE_DELETE',
      reason: 'ERASURE_REASON_MANUAL',
      issuedAt: toTimestamp(new Date()),
      attempt: 1,
    });
    const stranger = new ErasureSigner(ed25519KeyPair().privateKeyPem);
    const retentionKeyId = new ErasureSigner(testErasureKeys.command.privateKeyPem).keyId;
    const forged: ErasureCommand[] = [
      command(id),
      stranger.sign(COMMAND, command(id)),
      { ...stranger.sign(COMMAND, { ...command(id), keyId: retentionKeyId }), keyId: retentionKeyId },
      // A command retention did sign, about someone else, turned against the candidate.
      { ...testErasureKeys.signCommand(command(uniqueName('someone-else'))), subjectId: id },
    ];
    for (const payload of forged) await produce(TOPICS.erasureCommands.name, COMMAND, tenant, id, payload);

    // Both services obey erasure commands, and both refuse each of these.
    const reasons = ['UNSIGNED', 'UNKNOWN_KEY', 'BAD_SIGNATURE', 'BAD_SIGNATURE'];
    for (const service of ['candidates', 'retention']) {
      await waitFor(() => refusalsOf(service).length === forged.length, 30_000, `${service} to refuse the forged commands`);
      expect(refusalsOf(service).map((record) => [record.kind, record.reason]).sort()).toEqual(reasons.map((reason) => ['command', reason]).sort());
    }
    // Counted where the platform team watches: the services' metrics.
    const metrics = (await (await fetch(`${candidates.httpUrl}/metrics`)).text()).split('\n');
    const unsigned = metrics.find((line) => line.startsWith('lethe_erasure_messages_refused_total{') && line.includes('kind="command"') && line.includes('reason="UNSIGNED"'));
    expect(Number(unsigned?.split(' ').at(-1))).toBeGreaterThanOrEqual(1);

    // The candidate is still there, readable as before, and nothing was acknowledged.
    const candidate = await unaryCall(client.candidates, 'GetCandidate', { id });
    expect(candidate.personal?.lastName).toBe('Unverändert');
    expect((await acksOnTheTopic()).filter((ack) => ack.subjectId === id || forged.some((payload) => payload.commandId === ack.commandId))).toEqual([]);
    expect((await unaryCall(client.retention, 'ListErasures', { subjectId: id })).erasures).toEqual([]);
    expect(logs.text()).not.toContain('Unverändert');
  });
});

describe('a forged acknowledgement', () => {
  it('confirms nothing: the erasure stays open, without deletion-log entry or receipt, until the service itself confirms', async () => {
    const tenant = uniqueName('tenant');
    const before = await clientsOf(tenant);
    const id = await createCandidate(before.candidates);
    await waitFor(async () => (await unaryCall(before.retention, 'ExplainRetention', { subjectId: id })).steps.length > 0, 20_000, 'the clock');

    // candidates is down: only retention confirms the erasure.
    await candidates.stop();
    const { erasureId } = await retention.built().orchestrator.issue({ tenantId: tenant, subjectId: id, mode: 'delete', reason: 'ERASURE_REASON_MANUAL', trigger: { kind: 'manual', actorId: 'dpo' } });
    const erasureOf = () => unaryCall(before.retention, 'GetErasure', { id: erasureId });
    await waitFor(async () => (await erasureOf()).services.find((s) => s.service === 'retention')?.state === 'done', 20_000, "retention's own confirmation");
    const { commandId } = await retention.built().orchestrator.get(tenant, erasureId);

    const ack = (service: string): ErasureAck => ({ commandId, service, outcome: 'ERASURE_OUTCOME_DONE', counts: { candidates: 1 }, completedAt: toTimestamp(new Date()), tenantId: tenant, subjectId: id });
    const forged: ErasureAck[] = [
      ack('candidates'),
      new ErasureSigner(ed25519KeyPair().privateKeyPem).sign(ACK, ack('candidates')),
      // Signed with a real service's key, retention's, but in the name of candidates.
      new ErasureSigner(testErasureKeys.ackOf('retention').privateKeyPem).sign(ACK, ack('candidates')),
      // Services the erasure does not wait for, whose names every object answers to.
      new ErasureSigner(testErasureKeys.ackOf('retention').privateKeyPem).sign(ACK, ack('constructor')),
      new ErasureSigner(testErasureKeys.ackOf('retention').privateKeyPem).sign(ACK, ack('__proto__')),
      // A service retention knows, signed with its own key, but this erasure does not wait for it.
      new ErasureSigner(testErasureKeys.ackOf('consent').privateKeyPem).sign(ACK, ack('consent')),
    ];
    const refusedBefore = refusalsOf('retention').length;
    for (const payload of forged) await produce(TOPICS.erasureAcks.name, ACK, tenant, id, payload);
    await waitFor(() => refusalsOf('retention').length === refusedBefore + forged.length, 30_000, 'retention to refuse the forged acknowledgements');
    expect(refusalsOf('retention').slice(refusedBefore).map((record) => [record.kind, record.reason])).toEqual([
      ['ack', 'UNSIGNED'],
      ['ack', 'UNKNOWN_KEY'],
      ['ack', 'UNKNOWN_KEY'],
      ['ack', 'UNKNOWN_SERVICE'],
      ['ack', 'UNKNOWN_SERVICE'],
      ['ack', 'UNEXPECTED_SERVICE'],
    ]);

    const open = await erasureOf();
    expect(open.state).toBe('ERASURE_STATE_PENDING');
    expect(open.services.map((s) => [s.service, s.state])).toEqual([
      ['candidates', 'pending'],
      ['retention', 'done'],
    ]);
    expect((await unaryCall(before.retention, 'ListDeletionLog', { subjectId: id })).entries).toEqual([]);
    expect((await failure(unaryCall(before.retention, 'GetErasureReceipt', { erasureId }))).code).toBe(grpc.status.NOT_FOUND);

    // Signed by candidates itself, its acknowledgement completes the erasure: started again, it
    // catches up on the command it missed.
    candidates = (await startTestService(candidatesService, auth, { env: candidatesEnv, logDestination: logs.destination })) as TestService<never>;
    const after = await clientsOf(tenant);
    const done = await waitFor(async () => {
      const erasure = await erasureOf();
      return erasure.state === 'ERASURE_STATE_DONE' ? erasure : undefined;
    }, 30_000, 'candidates to confirm');
    expect(done.services.find((s) => s.service === 'candidates')).toMatchObject({ state: 'done', counts: { candidates: 1 } });
    expect((await unaryCall(after.retention, 'ListDeletionLog', { subjectId: id })).entries).toHaveLength(1);
    expect((await failure(unaryCall(after.candidates, 'GetCandidate', { id }))).code).toBe(grpc.status.NOT_FOUND);
  });
});
