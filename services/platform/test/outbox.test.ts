import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import path from 'node:path';
import { Schema, type Collection } from 'mongoose';
import { toTimestamp, type ErasureAck } from '@lethe/protos';
import { PreconditionError } from '../src/errors/errors';
import type { Subscription } from '../src/kafka';
import { randomBytes } from 'node:crypto';
import { KekRing, SubjectCipher } from '../src/crypto';
import { outboxEntry, outboxPlugin, sealedOutboxEntry, withOutbox, withOutboxDoc, type OutboxEntry } from '../src/outbox';
import { outboxRecord } from '../src/outbox/entry';
import { OutboxRelay } from '../src/outbox/relay';
import { defineTenantModel, TenantRepository } from '../src/mongo';
import { TenantChangeError } from '../src/mongo/tenant-scope';
import { initTelemetry, inSpan, type Telemetry } from '../src/telemetry/tracing';
import { InMemorySpanExporter } from '@opentelemetry/sdk-trace-base';
import { REPO_ROOT, testInfra, uniqueName } from '../src/testkit/infra';
import { ackTopic, logger, testBus, waitFor, type TestBus } from './fixtures/bus-kit';

const ACK = 'lethe.erasure.v1.ErasureAck' as const;
const FIXTURE = path.join(__dirname, 'fixtures', 'outbox-kill-writer.ts');

let telemetry: Telemetry;
let t: TestBus;
let topic: ReturnType<typeof ackTopic>;
let subscription: Subscription;
/** Event ids in the order the consumer handled them, and traceparents by event id. */
const handled: string[] = [];
const traceparents = new Map<string, string | undefined>();

function payload(subjectId: string): ErasureAck {
  return { commandId: `cmd-${subjectId}`, service: 'candidates', outcome: 'ERASURE_OUTCOME_DONE', completedAt: toTimestamp(new Date()), subjectId };
}

/** An outbox entry of an acknowledgement about `subjectId`. */
function ackEntry(subjectId: string): OutboxEntry {
  return outboxEntry(topic, { type: ACK, payload: payload(subjectId), tenantId: 'tenant-1', subjectId });
}

/** Publishes a marker and waits for it: everything published before it on the partition was consumed. */
async function drained(): Promise<void> {
  const [marker] = await t.bus.publish(topic, [{ type: ACK, payload: payload('marker'), tenantId: 'tenant-1', subjectId: 'marker' }]);
  await waitFor(() => handled.includes(marker), 20_000, 'the marker event');
}

async function recordsOnTopic(): Promise<number> {
  const admin = t.kafka.admin();
  await admin.connect();
  try {
    const [partition] = await admin.fetchTopicOffsets(topic.name);
    return Number(partition.high);
  } finally {
    await admin.disconnect();
  }
}

function runKilledWriter(collection: Collection, docId: string): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--conditions=lethe-source', '--import', 'tsx', FIXTURE, testInfra().mongoUri, t.db.name, collection.collectionName, docId, topic.name],
      { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve({ code, signal, stderr }));
  });
}

beforeAll(async () => {
  telemetry = initTelemetry({ serviceName: 'outbox-test', spanExporter: new InMemorySpanExporter() });
  t = await testBus('outbox-test');
  topic = ackTopic();
  subscription = await t.bus.subscribe({
    groupId: uniqueName('outbox-consumer'),
    topics: [topic],
    fromBeginning: true,
    handler: async (event) => {
      // The consumer's own state change: one increment per handled event.
      await t.db.collection('projections').updateOne({ _id: event.envelope.subjectId as never }, { $inc: { applied: 1 } }, { upsert: true });
      handled.push(event.envelope.id);
      traceparents.set(event.envelope.id, event.envelope.traceparent);
    },
  });
});

afterAll(async () => {
  await subscription?.stop();
  await t.close();
  await telemetry.shutdown();
});

describe('outbox', () => {
  it('loses nothing when the writer is killed (-9) between the state write and the publish', async () => {
    const orders = t.db.collection(uniqueName('orders'));
    const docId = uniqueName('order');
    await orders.insertOne({ _id: docId as never, status: 'requested', version: 0 });

    const child = await runKilledWriter(orders, docId);
    expect(child.stderr).toBe('');
    expect(child.signal).toBe('SIGKILL');

    const written = await orders.findOne({ _id: docId as never });
    expect(written).toMatchObject({ status: 'erased', version: 1, outboxPending: true });
    expect(written!.outbox).toHaveLength(1);
    const eventId = (written!.outbox as OutboxEntry[])[0].eventId;
    expect(await recordsOnTopic()).toBe(0);

    // "After the restart": a relay finds the entry and publishes it.
    const relay = new OutboxRelay({ bus: t.bus, collections: [orders], pollIntervalMs: 100, logger });
    await relay.start();
    try {
      await waitFor(() => handled.includes(eventId), 20_000, 'the relayed event');
      await waitFor(async () => (await orders.findOne({ _id: docId as never }))?.outboxPending === false, 10_000, 'the outbox to empty');
      expect(await relay.flush()).toBe(0);
    } finally {
      await relay.stop();
    }
    await drained();

    expect(handled.filter((id) => id === eventId)).toHaveLength(1);
    expect(await t.db.collection('projections').findOne({ _id: docId as never })).toMatchObject({ applied: 1 });
    expect(await orders.findOne({ _id: docId as never })).toMatchObject({ status: 'erased', version: 1, outbox: [], outboxPending: false });
    expect(await recordsOnTopic()).toBe(2); // the event and the marker
  });

  it('publishes again after a crash between publish and removal, and the consumer handles it once', async () => {
    const orders = t.db.collection(uniqueName('orders'));
    const docId = uniqueName('order');
    const before = await recordsOnTopic();
    const { entry, traceId } = await inSpan('write order', {}, async (span) => ({
      entry: ackEntry(docId),
      traceId: span.spanContext().traceId,
    }));
    await orders.insertOne(withOutboxDoc({ _id: docId as never, status: 'erased' }, [entry]));

    // A relay that published and died before its removal write.
    await t.bus.publishRecords([outboxRecord(entry, t.bus.source)]);
    // Its successor publishes the same entry again, then removes it.
    const relay = new OutboxRelay({ bus: t.bus, collections: [orders], logger });
    expect(await relay.flush()).toBe(1);
    await drained();

    expect(await recordsOnTopic()).toBe(before + 3); // the event twice, the marker
    expect(handled.filter((id) => id === entry.eventId)).toHaveLength(1);
    expect(await t.db.collection('projections').findOne({ _id: docId as never })).toMatchObject({ applied: 1 });
    expect(await orders.findOne({ _id: docId as never })).toMatchObject({ outbox: [], outboxPending: false });
    // The consumer continues the trace of the write, not of the relay.
    expect(traceparents.get(entry.eventId)).toContain(traceId);
  });

  it('relays entries written through a mongoose model on create and update, and wakes on notify', async () => {
    const schema = new Schema({ _id: String, status: String });
    schema.plugin(outboxPlugin);
    const Order = t.db.model(uniqueName('Order'), schema, uniqueName('model_orders'));
    await Order.init();
    const ids = [uniqueName('a'), uniqueName('b')];

    const relay = new OutboxRelay({ bus: t.bus, collections: [Order], pollIntervalMs: 60_000, logger });
    await relay.start();
    try {
      const first = ackEntry(ids[0]);
      await Order.create(withOutboxDoc({ _id: ids[0], status: 'new' }, [first]));
      relay.notify();
      await waitFor(() => handled.includes(first.eventId), 10_000, 'the event after notify');

      const second = ackEntry(ids[0]);
      const third = ackEntry(ids[1]);
      await Order.updateOne({ _id: ids[0] }, withOutbox({ $set: { status: 'updated' } }, [second, third]));
      relay.notify();
      await waitFor(() => handled.includes(second.eventId) && handled.includes(third.eventId), 10_000, 'both events');
      await waitFor(async () => (await Order.collection.findOne({ _id: ids[0] as never }))?.outboxPending === false, 10_000, 'the flag');
      expect(await Order.collection.findOne({ _id: ids[0] as never })).toMatchObject({ status: 'updated', outbox: [] });
    } finally {
      await relay.stop();
    }
    expect(() => withOutbox({ status: 'x' } as never, [ackEntry('x')])).toThrow(PreconditionError);
  });

  it('wakes by itself after a write through an outbox model (no poll wait), for updates, creates and insertMany: with the written documents, or else for that collection only', async () => {
    const schema = new Schema({ _id: String, status: String });
    schema.plugin(outboxPlugin);
    const Ticket = t.db.model(uniqueName('Ticket'), schema, uniqueName('tickets'));
    await Ticket.init();
    const Quiet = t.db.model(uniqueName('Quiet'), schema, uniqueName('quiet'));
    // A poll interval far beyond the test's waits: only the write can wake the relay.
    const relay = new OutboxRelay({ bus: t.bus, collections: [Ticket, Quiet], pollIntervalMs: 600_000, logger });
    await relay.start();
    try {
      const [a, b, c, d] = [ackEntry('w1'), ackEntry('w2'), ackEntry('w3'), ackEntry('w4')];
      await Ticket.create(withOutboxDoc({ _id: uniqueName('t'), status: 'new' }, [a]));
      await waitFor(() => handled.includes(a.eventId), 10_000, 'the event of a create');
      // A write that names its documents hands them to the relay: no query for pending documents, here or elsewhere.
      const queries = [jest.spyOn(Ticket.collection, 'find'), jest.spyOn(Quiet.collection, 'find')];
      const pendingQuery = [expect.objectContaining({ outboxPending: true }), expect.anything()];
      const id = uniqueName('t');
      await Ticket.create({ _id: id, status: 'new' });
      await Ticket.updateOne({ _id: id }, withOutbox({ $set: { status: 'done' } }, [b]));
      await waitFor(() => handled.includes(b.eventId), 10_000, 'the event of an update');
      await Ticket.insertMany([withOutboxDoc({ _id: uniqueName('t'), status: 'new' }, [c]), withOutboxDoc({ _id: uniqueName('t'), status: 'new' }, [d])]);
      await waitFor(() => handled.includes(c.eventId) && handled.includes(d.eventId), 10_000, 'the events of insertMany');
      for (const query of queries) expect(query).not.toHaveBeenCalledWith(...pendingQuery);
      await waitFor(async () => (await Ticket.countDocuments({ $or: [{ outboxPending: true }, { 'outbox.0': { $exists: true } }] })) === 0, 10_000, 'the entries removed');
      // An update that matched nothing wrote no entries: nothing is published for it.
      const [phantom, phantomToo, real] = [ackEntry('p1'), ackEntry('p2'), ackEntry('w6')];
      await Ticket.updateOne({ _id: uniqueName('missing') }, withOutbox({ $set: { status: 'done' } }, [phantom]));
      await Ticket.findOneAndUpdate({ _id: uniqueName('missing') }, withOutbox({ $set: { status: 'done' } }, [phantomToo]));
      await Ticket.updateOne({ _id: id }, withOutbox({ $set: { status: 'done' } }, [real]));
      await waitFor(() => handled.includes(real.eventId), 10_000, 'the event of the update that matched');
      expect(handled).not.toContain(phantom.eventId);
      expect(handled).not.toContain(phantomToo.eventId);
      // An update's document is read by _id: entries an earlier write left pending (here one written
      // past the model) go out first, in their order.
      const [older, newer] = [ackEntry('w7'), ackEntry('w7')];
      await Ticket.collection.updateOne({ _id: id as never }, { $push: { outbox: older as never }, $set: { outboxPending: true } });
      await Ticket.updateOne({ _id: id }, withOutbox({ $set: { status: 'reopened' } }, [newer]));
      await waitFor(() => handled.includes(newer.eventId), 10_000, 'the event of the later write');
      expect(handled.indexOf(older.eventId)).toBeGreaterThan(-1);
      expect(handled.indexOf(older.eventId)).toBeLessThan(handled.indexOf(newer.eventId));
      for (const query of queries) expect(query).not.toHaveBeenCalledWith(...pendingQuery);
      // One that does not (updateMany) has its collection queried, and only that one.
      const e = ackEntry('w5');
      await Ticket.updateMany({ status: 'reopened' }, withOutbox({ $set: { status: 'closed' } }, [e]));
      await waitFor(() => handled.includes(e.eventId), 10_000, 'the event of updateMany');
      expect(queries[0]).toHaveBeenCalledWith(...pendingQuery);
      expect(queries[1]).not.toHaveBeenCalledWith(...pendingQuery);
    } finally {
      await relay.stop();
    }
  });

  it('relays the entries of documents inserted as built (no hydration), and past two batches of written documents queries for them instead of holding them', async () => {
    interface Lead {
      _id: string;
      tenantId: string;
      status: string;
      outbox?: OutboxEntry[];
      outboxPending?: boolean;
    }
    const schema = new Schema<Lead>({ _id: String, tenantId: { type: String, required: true }, status: { type: String, required: true } }, { versionKey: false });
    schema.plugin(outboxPlugin);
    const Leads = defineTenantModel(t.db, uniqueName('Lead'), schema, uniqueName('leads'));
    await Leads.init();
    const leads = new TenantRepository(Leads);
    const built = (entry: OutboxEntry): Lead => ({ _id: uniqueName('l'), tenantId: 'tenant-1', status: 'new', outbox: [entry], outboxPending: true });
    const queries = jest.spyOn(Leads.collection, 'find');
    const pendingQuery = [expect.objectContaining({ outboxPending: true }), expect.anything()];
    const relay = new OutboxRelay({ bus: t.bus, collections: [Leads], pollIntervalMs: 600_000, batchSize: 2, logger });
    await relay.start();
    try {
      // The pass every start makes over its collections.
      await waitFor(() => queries.mock.calls.length > 0, 10_000, 'the first pass');
      queries.mockClear();
      const few = [ackEntry('l1'), ackEntry('l2')];
      await leads.insertBuilt('tenant-1', few.map(built));
      await waitFor(() => few.every((entry) => handled.includes(entry.eventId)), 10_000, 'the events of the documents inserted as built');
      expect(queries).not.toHaveBeenCalledWith(...pendingQuery);
      // More than two batches at once: the relay reads them back a batch at a time.
      const many = Array.from({ length: 5 }, (_, i) => ackEntry(`l${3 + i}`));
      await leads.insertBuilt('tenant-1', many.map(built));
      await waitFor(() => many.every((entry) => handled.includes(entry.eventId)), 10_000, 'the events of the larger insert');
      expect(queries).toHaveBeenCalledWith(...pendingQuery);
      await waitFor(async () => (await Leads.collection.countDocuments({ $or: [{ outboxPending: true }, { 'outbox.0': { $exists: true } }] })) === 0, 10_000, 'the entries removed');
      // What the schema refuses, or another tenant's document, is not written.
      const refused = [{ _id: uniqueName('l'), tenantId: 'tenant-1' } as Lead];
      await expect(leads.insertBuilt('tenant-1', refused)).rejects.toThrow(/status/);
      await expect(leads.insertBuilt('tenant-2', [built(ackEntry('l9'))])).rejects.toThrow(TenantChangeError);
      expect(await Leads.collection.countDocuments({ _id: refused[0]._id as never })).toBe(0);
    } finally {
      await relay.stop();
    }
  });

  it('still polls every collection while this process keeps writing', async () => {
    const schema = new Schema({ _id: String, status: String });
    schema.plugin(outboxPlugin);
    const Busy = t.db.model(uniqueName('Busy'), schema, uniqueName('busy'));
    const Elsewhere = t.db.model(uniqueName('Elsewhere'), schema, uniqueName('elsewhere'));
    const relay = new OutboxRelay({ bus: t.bus, collections: [Busy, Elsewhere], pollIntervalMs: 300, logger });
    await relay.start();
    try {
      await new Promise((resolve) => setTimeout(resolve, 100));
      // Written by another process (past this process's models): only a poll finds it.
      const foreign = ackEntry('elsewhere');
      await Elsewhere.collection.insertOne(withOutboxDoc({ _id: uniqueName('e'), status: 'new' }, [foreign]) as never);
      for (const started = Date.now(); !handled.includes(foreign.eventId); ) {
        if (Date.now() - started > 10_000) throw new Error('the other process\'s entry was not published while this one kept writing');
        await Busy.create(withOutboxDoc({ _id: uniqueName('b'), status: 'new' }, [ackEntry('busy')]));
      }
    } finally {
      await relay.stop();
    }
  });

  it('loses no update of the service that races the relay on the same documents', async () => {
    const schema = new Schema({ _id: String, n: Number });
    schema.plugin(outboxPlugin);
    const Counter = t.db.model(uniqueName('Raced'), schema, uniqueName('raced_counters'));
    await Counter.init();
    const ids = Array.from({ length: 30 }, (_, i) => `raced-${i}`);
    await Counter.insertMany(ids.map((id) => ({ _id: id, n: 0 })));
    // The relay wakes on every write, so its removals run while the next updates of the same documents arrive.
    const relay = new OutboxRelay({ bus: t.bus, collections: [Counter], pollIntervalMs: 600_000, logger });
    await relay.start();
    try {
      await Promise.all(
        ids.map(async (id) => {
          for (let i = 0; i < 8; i++) await Counter.updateOne({ _id: id }, withOutbox({ $inc: { n: 1 } }, [ackEntry(id)]));
        }),
      );
      await relay.flush();
    } finally {
      await relay.stop();
    }
    const docs = await Counter.find({}).lean<{ _id: string; n: number; outbox?: OutboxEntry[]; outboxPending?: boolean }[]>();
    expect(docs.filter((doc) => doc.n !== 8).map((doc) => `${doc._id}: ${doc.n}`)).toEqual([]);
    expect(docs.filter((doc) => (doc.outbox?.length ?? 0) > 0 || doc.outboxPending).map((doc) => doc._id)).toEqual([]);
  });

  it('keeps an entry added while its document\'s entries were being published, and publishes it in the next pass', async () => {
    const collection = t.db.collection(uniqueName('added_meanwhile'));
    const [changed, untouched] = [uniqueName('changed'), uniqueName('untouched')];
    const first = ackEntry(changed);
    const added = ackEntry(changed);
    await collection.insertMany([withOutboxDoc({ _id: changed, status: 'new' }, [first]), withOutboxDoc({ _id: untouched, status: 'new' }, [ackEntry(untouched)])] as never[]);
    // A bus whose first publish is followed by a write of the service adding an entry to one document.
    let adding = true;
    const bus = Object.create(t.bus, {
      publishRecords: {
        value: async (records: Parameters<typeof t.bus.publishRecords>[0]) => {
          await t.bus.publishRecords(records);
          if (!adding) return;
          adding = false;
          await collection.updateOne({ _id: changed as never }, withOutbox({ $set: { status: 'updated' } }, [added]));
        },
      },
    }) as typeof t.bus;
    const relay = new OutboxRelay({ bus, collections: [collection], logger });
    expect(await relay.flush()).toBe(3);
    await drained();
    expect(handled).toEqual(expect.arrayContaining([first.eventId, added.eventId]));
    const docs = await collection.find({}).toArray();
    expect(docs.map(({ status, outbox, outboxPending }) => ({ status, outbox, outboxPending }))).toEqual([
      { status: 'updated', outbox: [], outboxPending: false },
      { status: 'new', outbox: [], outboxPending: false },
    ]);
  });

  it('publishes the events of one subject from several documents and collections in the order they were written', async () => {
    // The relay queries `records` before `activity`, and finds the older document first within a collection.
    const records = t.db.collection(uniqueName('records'));
    const activity = t.db.collection(uniqueName('activity'));
    const subjectId = uniqueName('subject');
    const first = ackEntry(subjectId);
    await sleep(2);
    const second = ackEntry(subjectId);
    await sleep(2);
    const third = ackEntry(subjectId);
    await records.insertOne(withOutboxDoc({ _id: `${subjectId}-old` as never }, []));
    await activity.insertOne(withOutboxDoc({ _id: `${subjectId}-log` as never }, [first]));
    await records.insertOne(withOutboxDoc({ _id: `${subjectId}-new` as never }, [second]));
    await records.updateOne({ _id: `${subjectId}-old` as never }, withOutbox({ $set: { status: 'changed' } }, [third]));
    const relay = new OutboxRelay({ bus: t.bus, collections: [records, activity], logger });
    expect(await relay.flush()).toBe(3);
    await drained();
    expect(handled.filter((id) => [first, second, third].some((entry) => entry.eventId === id))).toEqual([first.eventId, second.eventId, third.eventId]);
  });

  it('keeps the written order of one document even when its entries carry times out of order (writers on skewed clocks)', async () => {
    const records = t.db.collection(uniqueName('skewed'));
    const subjectId = uniqueName('subject');
    const now = Date.now();
    // Written first by a replica whose clock runs ahead, then by one whose clock is behind.
    const first = { ...ackEntry(subjectId), createdAt: new Date(now + 5_000) };
    const second = { ...ackEntry(subjectId), createdAt: new Date(now) };
    const other = { ...ackEntry(subjectId), createdAt: new Date(now + 1_000) };
    await records.insertOne(withOutboxDoc({ _id: `${subjectId}-a` as never }, [first, second]));
    await records.insertOne(withOutboxDoc({ _id: `${subjectId}-b` as never }, [other]));
    const relay = new OutboxRelay({ bus: t.bus, collections: [records], logger });
    expect(await relay.flush()).toBe(3);
    await drained();
    const order = handled.filter((id) => [first, second, other].some((entry) => entry.eventId === id));
    // first before second always; the other document's entry by time among the heads.
    expect(order).toEqual([other.eventId, first.eventId, second.eventId]);
  });

  it('keeps a sealed payload encrypted under the subject\'s key until it is published, and drops it unsent once the key is gone', async () => {
    const cipher = new SubjectCipher({ connection: t.db, keks: new KekRing([{ id: 'test', key: randomBytes(32) }]) });
    await cipher.ready();
    const collection = t.db.collection(uniqueName('sealed'));
    const [kept, erased] = [uniqueName('kept'), uniqueName('erased')];
    const entries = await Promise.all(
      [kept, erased].map((subjectId) => sealedOutboxEntry(topic, { type: ACK, payload: payload(subjectId), tenantId: 'tenant-1', subjectId }, cipher)),
    );
    await collection.insertMany(entries.map((entry, i) => withOutboxDoc({ _id: [kept, erased][i], status: 'new' }, [entry])) as never[]);
    const stored = JSON.stringify(await collection.find().toArray());
    expect(stored).not.toContain(`cmd-${kept}`);
    expect(entries.map((entry) => entry.sealed)).toEqual([true, true]);
    await cipher.shred('tenant-1', erased);

    const relay = new OutboxRelay({ bus: t.bus, collections: [collection], logger, cipher });
    expect(await relay.flush()).toBe(1);
    await waitFor(() => handled.includes(entries[0].eventId), 10_000, 'the opened event');
    await drained();
    expect(handled).not.toContain(entries[1].eventId);
    expect(await collection.countDocuments({ outboxPending: true })).toBe(0);
    // Published as it was before sealing: the consumer decoded the acknowledgement.
    expect(await t.db.collection('projections').findOne({ _id: kept as never })).toMatchObject({ applied: 1 });
  });

  it('drains a backlog larger than one batch (a bulk import) in one flush', async () => {
    const collection = t.db.collection(uniqueName('backlog'));
    const docs = Array.from({ length: 600 }, (_, i) => {
      const subjectId = uniqueName(`backlog-${i}`);
      return withOutboxDoc({ _id: subjectId, status: 'new' }, [ackEntry(subjectId)]);
    });
    await collection.insertMany(docs as never[]);
    // Not started: flush alone does the work, so its count is every event.
    const relay = new OutboxRelay({ bus: t.bus, collections: [collection], logger });
    expect(await relay.flush()).toBe(600);
    expect(await collection.countDocuments({ outboxPending: true })).toBe(0);
    expect(await collection.countDocuments({ 'outbox.0': { $exists: true } })).toBe(0);
  });
});
