import { randomUUID } from 'node:crypto';
import { deadLetterTopicName, toTimestamp, type ErasureAck__Output, type ErasureCommand } from '@lethe/protos';
import { UnavailableError } from '../src/errors/errors';
import { ErasureAckVerifier, ErasureSigner, ErasureVerifier, obeyErasureCommands, SubjectFence, Tombstones, type ValidErasureCommand } from '../src/erasure';
import { skipErasedSubjects } from '../src/erasure/filter';
import { type Subscription } from '../src/kafka';
import { DLQ_HEADERS } from '../src/kafka/events';
import { closeRedis, connectRedis, RedisKeyspace, type Redis } from '../src/redis';
import { createLogger } from '../src/telemetry/logger';
import { ed25519KeyPair } from '../src/testkit/erasure-keys';
import { testInfra, uniqueName } from '../src/testkit/infra';
import { captureLogs } from '../src/testkit/logs';
import { ackTopic, commandTopic, headerText, logger, rawReader, testBus, waitFor, type TestBus } from './fixtures/bus-kit';

const COMMAND = 'lethe.erasure.v1.ErasureCommand' as const;
const ACK = 'lethe.erasure.v1.ErasureAck' as const;

let t: TestBus;
let tombstones: Tombstones;
const subscriptions: Subscription[] = [];
const commands = commandTopic();
const acks = ackTopic();
const received: ErasureAck__Output[] = [];
const handlerCalls: ValidErasureCommand[] = [];
const prefix = `${uniqueName('t')}.`;
let redis: Redis;
/** Retention's command-signing key, and the key the service signs its acknowledgements with. */
const retentionKey = ed25519KeyPair();
const ackKey = ed25519KeyPair();
const retention = new ErasureSigner(retentionKey.privateKeyPem);
/** What the obeying service logs. */
const logs = captureLogs();

function command(subjectId: string, extra: Partial<ErasureCommand> = {}): ErasureCommand {
  return {
    commandId: randomUUID(),
    tenantId: 'tenant-1',
    subjectId,
    mode: 'ERASURE_MODE_DELETE',
    reason: 'ERASURE_REASON_ERASURE_REQUEST',
    issuedAt: toTimestamp(new Date()),
    attempt: 1,
    ...extra,
  };
}

/** Publishes the command as given: signed or not, as the test made it. */
async function publish(payload: ErasureCommand): Promise<void> {
  await t.bus.publish(commands, [{ type: COMMAND, payload, tenantId: payload.tenantId!, subjectId: payload.subjectId }]);
}

/** Issues the command as retention does: signed with its key. */
async function issue(payload: ErasureCommand): Promise<void> {
  await publish(retention.sign(COMMAND, payload));
}

/** Whether the subject had its tombstone when the handler ran, by command id. */
const tombstonedWhenHandled = new Map<string, boolean>();
const acksFor = (commandId: string) => received.filter((ack) => ack.commandId === commandId);
/** The acknowledgements of a command once there are `count` of them. */
const acksOnce = (commandId: string, count: number) => () => {
  const found = acksFor(commandId);
  return found.length === count ? found : undefined;
};

beforeAll(async () => {
  t = await testBus('candidates', undefined, prefix);
  redis = await connectRedis(testInfra().redisUrl, { logger });
  tombstones = new Tombstones(t.db);
  const people = t.db.collection('people');
  subscriptions.push(
    await obeyErasureCommands({
      bus: t.bus,
      serviceName: 'candidates',
      tombstones,
      keyStoreTombstones: new Tombstones(t.db, { collectionName: 'key_store_tombstones' }),
      fence: new SubjectFence({ redis, tombstones, keys: new RedisKeyspace(uniqueName('erasure-test')).tenantKeys('candidates'), logger }),
      commandKeys: new ErasureVerifier(retentionKey.publicKeyPem),
      ackSigner: new ErasureSigner(ackKey.privateKeyPem),
      logger: createLogger({ service: 'candidates', level: 'warn', destination: logs.destination }),
      commandsTopic: commands,
      acksTopic: acks,
      maxAttempts: 2,
      handler: async (cmd) => {
        handlerCalls.push(cmd);
        tombstonedWhenHandled.set(cmd.commandId, await tombstones.isErased(cmd.tenantId, cmd.subjectId));
        if (cmd.subjectId.startsWith('broken')) throw new UnavailableError('file store at 10.0.0.7 is down');
        const { deletedCount } = await people.deleteMany({ tenantId: cmd.tenantId, subjectId: cmd.subjectId });
        return deletedCount > 0 ? { outcome: 'done', counts: { documents: deletedCount } } : { outcome: 'nothing-held', counts: { documents: 0 } };
      },
    }),
  );
  // Retention's side: acknowledgements are about erased subjects by nature, so it does not skip them.
  subscriptions.push(
    await t.bus.subscribe({
      groupId: uniqueName('retention'),
      topics: [acks],
      fromBeginning: true,
      handler: async (event) => void received.push(event.payload),
    }),
  );
});

afterAll(async () => {
  await Promise.all(subscriptions.map((s) => s.stop()));
  await t.close();
  await closeRedis(redis);
});

describe('erasure obedience', () => {
  it('erases, records a tombstone and acknowledges; a replayed command is acknowledged again', async () => {
    const subjectId = uniqueName('person');
    await t.db.collection('people').insertMany([
      { tenantId: 'tenant-1', subjectId, kind: 'profile' },
      { tenantId: 'tenant-1', subjectId, kind: 'note' },
      { tenantId: 'tenant-1', subjectId: 'someone-else', kind: 'profile' },
    ]);
    const first = command(subjectId);
    await issue(first);
    const [ack] = await waitFor(acksOnce(first.commandId!, 1), 20_000, 'the acknowledgement');
    expect(ack).toMatchObject({
      commandId: first.commandId,
      service: 'candidates',
      outcome: 'ERASURE_OUTCOME_DONE',
      counts: { documents: 2 },
      tenantId: 'tenant-1',
      subjectId,
      failureReason: '',
    });
    expect(Date.now() - Number(ack.completedAt!.seconds) * 1000).toBeLessThan(60_000);
    // Signed with the service's own key: retention verifies it against that key, and no other.
    expect(new ErasureAckVerifier({ candidates: ackKey.publicKeyPem }).check(ack)).toBeUndefined();
    expect(new ErasureAckVerifier({ candidates: retentionKey.publicKeyPem }).check(ack)).toBe('UNKNOWN_KEY');
    expect(await t.db.collection('people').countDocuments({ subjectId })).toBe(0);
    expect(await t.db.collection('people').countDocuments({ subjectId: 'someone-else' })).toBe(1);
    expect(await tombstones.get('tenant-1', subjectId)).toMatchObject({ mode: 'delete', commandId: first.commandId, erasedAt: expect.any(Date) });
    expect(handlerCalls.find((c) => c.commandId === first.commandId)).toMatchObject({ mode: 'delete', keepFields: [], reason: 'ERASURE_REASON_ERASURE_REQUEST', attempt: 1 });
    // Recorded before the handler ran: the service's own writes racing the deletes see the subject erased.
    expect(tombstonedWhenHandled.get(first.commandId!)).toBe(true);

    // retention re-issues the same command (a new event, same commandId): handled again, acknowledged again.
    await issue({ ...first, attempt: 2 });
    const both = await waitFor(acksOnce(first.commandId!, 2), 20_000, 'the second acknowledgement');
    expect(both[1]).toMatchObject({ commandId: first.commandId, outcome: 'ERASURE_OUTCOME_NOTHING_HELD', counts: { documents: 0 } });
    expect(handlerCalls.filter((c) => c.commandId === first.commandId)).toHaveLength(2);
  });

  it('skips later events about an erased subject, and only about it; a reduced subject lives on', async () => {
    const erased = uniqueName('person');
    const reduced = uniqueName('person');
    await issue(command(erased, { mode: 'ERASURE_MODE_ANONYMISE', notes: 'ANONYMISED_NOTES_DELETE' }));
    await issue(command(reduced, { mode: 'ERASURE_MODE_REDUCE', keepFields: ['lastName', 'zip'] }));
    await waitFor(() => [erased, reduced].every((id) => received.some((ack) => ack.subjectId === id)), 20_000, 'the acknowledgements');
    expect(handlerCalls.find((c) => c.subjectId === reduced)).toMatchObject({ mode: 'reduce', keepFields: ['lastName', 'zip'] });
    expect(handlerCalls.find((c) => c.subjectId === erased)).toMatchObject({ mode: 'anonymise', notes: 'delete' });
    expect(handlerCalls.find((c) => c.subjectId === reduced)?.notes).toBeUndefined();
    expect(await tombstones.isErased('tenant-1', reduced)).toBe(false);
    expect(tombstonedWhenHandled.get(handlerCalls.find((c) => c.subjectId === reduced)!.commandId)).toBe(false);

    const domain = ackTopic();
    const seen: string[] = [];
    subscriptions.push(
      await t.bus.subscribe({ groupId: uniqueName('projection'), topics: [domain], fromBeginning: true, filter: skipErasedSubjects(tombstones), handler: async (e) => void seen.push(e.envelope.subjectId!) }),
    );
    const event = (subjectId: string, named = subjectId) => ({
      type: ACK,
      tenantId: 'tenant-1',
      subjectId,
      payload: { commandId: randomUUID(), service: 'talent-crm', outcome: 'ERASURE_OUTCOME_DONE' as const, subjectId: named },
    });
    // A late event about the erased subject, then one about another subject (same partition, after it).
    await t.bus.publish(domain, [event(erased), event('alive')]);
    await waitFor(() => seen.includes('alive'), 20_000, 'the event about the other subject');
    await t.bus.publish(domain, [event(erased), event('alive-2')]);
    await waitFor(() => seen.includes('alive-2'), 20_000, 'the second event about another subject');
    // An event whose envelope names someone else but whose payload names the erased subject is about them too.
    await t.bus.publish(domain, [event('alive-3', erased), event('alive-4')]);
    await waitFor(() => seen.includes('alive-4'), 20_000, 'the event after the one naming the erased subject in its payload');
    expect(seen).toEqual(['alive', 'alive-2', 'alive-4']);
    // The same subject id in another tenant is not erased.
    expect(await tombstones.isErased('tenant-2', erased)).toBe(false);
    expect(await Promise.all([tombstones.isErased('tenant-1', erased), tombstones.isErased('tenant-1', 'alive')])).toEqual([true, false]);
  });

  it('acknowledges FAILED with a machine-readable reason after the retries; the tombstone stays for the re-issue', async () => {
    const subjectId = uniqueName('broken');
    const cmd = command(subjectId);
    await issue(cmd);
    const [ack] = await waitFor(acksOnce(cmd.commandId!, 1), 20_000, 'the acknowledgement');
    expect(ack).toMatchObject({ outcome: 'ERASURE_OUTCOME_FAILED', failureReason: 'UNAVAILABLE', counts: {}, service: 'candidates' });
    expect(JSON.stringify(ack)).not.toContain('10.0.0.7');
    expect(handlerCalls.filter((c) => c.commandId === cmd.commandId)).toHaveLength(2);
    // The erasure is decided and retention issues it again: nothing may revive what was half deleted.
    expect(await tombstones.isErased('tenant-1', subjectId)).toBe(true);
  });

  it('dead-letters invalid commands without calling the handler or acknowledging', async () => {
    const invalid = [
      command(uniqueName('p'), { mode: 'ERASURE_MODE_UNSPECIFIED' }),
      command(uniqueName('p'), { keepFields: ['lastName'] }), // keepFields without reduce
      command(uniqueName('p'), { notes: 'ANONYMISED_NOTES_KEEP' }), // notes without anonymise
      command(uniqueName('p'), { commandId: '' }),
    ];
    for (const payload of invalid) await issue(payload);
    // The envelope names another subject than the command.
    const mismatched = command(uniqueName('p'));
    await t.bus.publish(commands, [{ type: COMMAND, payload: retention.sign(COMMAND, mismatched), tenantId: 'tenant-1', subjectId: 'not-the-subject' }]);
    const valid = command(uniqueName('p'));
    await issue(valid);
    await waitFor(() => acksFor(valid.commandId!).length === 1, 20_000, 'the valid command');

    const dlq = await rawReader(t.kafka, deadLetterTopicName(prefix + commands.name, `${prefix}candidates.erasure`));
    try {
      await waitFor(() => dlq.messages.length === 5, 20_000, 'five dead letters');
      expect(dlq.messages.map((m) => headerText(m, DLQ_HEADERS.reason))).toEqual(Array(5).fill('ValidationError'));
      expect(dlq.messages.map((m) => headerText(m, DLQ_HEADERS.attempts))).toEqual(Array(5).fill('1'));
    } finally {
      await dlq.stop();
    }
    const invalidSubjects = [...invalid, mismatched].map((c) => c.subjectId);
    expect(handlerCalls.filter((c) => invalidSubjects.includes(c.subjectId))).toEqual([]);
    expect(received.filter((ack) => invalidSubjects.includes(ack.subjectId))).toEqual([]);
  });

  it('refuses commands retention did not sign: nothing erased, no tombstone, no acknowledgement; each refusal logged without the command’s fields', async () => {
    const victim = uniqueName('victim');
    await t.db.collection('people').insertMany([
      { tenantId: 'tenant-1', subjectId: victim, kind: 'profile' },
      { tenantId: 'tenant-1', subjectId: victim, kind: 'note' },
    ]);
    const stranger = new ErasureSigner(ed25519KeyPair().privateKeyPem);
    const genuine = retention.sign(COMMAND, command(uniqueName('someone-else')));
    const forged: ErasureCommand[] = [
      // As anyone who can write to the topic would produce it.
      command(victim),
      // Signed, by a key that is not retention's.
      stranger.sign(COMMAND, command(victim)),
      // Signed by another key under the id of retention's.
      { ...stranger.sign(COMMAND, { ...command(victim), keyId: retention.keyId }), keyId: retention.keyId },
      // Retention's signature of a command about someone else, turned against the victim.
      { ...genuine, commandId: randomUUID(), subjectId: victim },
      // Retention's signature of a reduction, turned into a deletion.
      { ...retention.sign(COMMAND, command(victim, { mode: 'ERASURE_MODE_REDUCE', keepFields: ['zip'] })), mode: 'ERASURE_MODE_DELETE', keepFields: [] },
    ];
    logs.clear();
    for (const payload of forged) await publish(payload);
    // One partition: once a command issued after them is acknowledged, the forged ones were read.
    const after = command(uniqueName('p'));
    await issue(after);
    await waitFor(acksOnce(after.commandId!, 1), 20_000, 'the command issued after the forged ones');

    expect(await t.db.collection('people').countDocuments({ tenantId: 'tenant-1', subjectId: victim })).toBe(2);
    expect(await tombstones.isErased('tenant-1', victim)).toBe(false);
    expect(handlerCalls.filter((c) => c.subjectId === victim)).toEqual([]);
    expect(received.filter((ack) => ack.subjectId === victim)).toEqual([]);
    const refusals = logs.records().filter((record) => record.msg === 'erasure message refused');
    expect(refusals.map((record) => [record.kind, record.reason])).toEqual([
      ['command', 'UNSIGNED'],
      ['command', 'UNKNOWN_KEY'],
      ['command', 'BAD_SIGNATURE'],
      ['command', 'BAD_SIGNATURE'],
      ['command', 'BAD_SIGNATURE'],
    ]);
    expect(refusals.every((record) => typeof record.offset === 'string' && record.partition === 0)).toBe(true);
    expect(logs.text()).not.toContain(victim);
  });
});
