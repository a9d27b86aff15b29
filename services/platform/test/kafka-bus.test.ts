import { randomUUID } from 'node:crypto';
import { context, trace } from '@opentelemetry/api';
import { InMemorySpanExporter } from '@opentelemetry/sdk-trace-base';
import { deadLetterTopicName, decodeMessage, encodeMessage, toTimestamp, TOPICS, type ErasureAck, type ErasureAck__Output } from '@lethe/protos';
import { ValidationError } from '../src/errors/errors';
import { createKafka, encodeEvent, EventBus, ProcessedEventStore, type Subscription } from '../src/kafka';
import type { ConsumedEventOf } from '../src/kafka/events';
import { PartitionLedger } from '../src/kafka/processed-events';
import { HEADERS } from '../src/kafka/events';
import { DLQ_HEADERS } from '../src/kafka/events';
import { ledgerKey, packUuids, unpackUuids } from '../src/kafka/processed-events';
import { initTelemetry, inSpan, SpanKind, type Telemetry } from '../src/telemetry/tracing';
import { testInfra, uniqueName } from '../src/testkit/infra';
import { ackTopic, headerText, logger, rawReader, sendRawRecords, testBus, testTopic, waitFor, type TestBus } from './fixtures/bus-kit';

type AckEvent = ConsumedEventOf<'lethe.erasure.v1.ErasureAck'>;

const ACK = 'lethe.erasure.v1.ErasureAck' as const;

function ack(subjectId: string, extra: Partial<ErasureAck> = {}): ErasureAck {
  return {
    commandId: randomUUID(),
    service: 'candidates',
    outcome: 'ERASURE_OUTCOME_DONE',
    counts: { documents: 3, files: 1 },
    completedAt: toTimestamp(new Date('2024-05-01T10:00:00.000Z')),
    tenantId: 'tenant-1',
    subjectId,
    ...extra,
  };
}

let exporter: InMemorySpanExporter;
let telemetry: Telemetry;
let t: TestBus;
const subscriptions: Subscription[] = [];

beforeAll(async () => {
  exporter = new InMemorySpanExporter();
  telemetry = initTelemetry({ serviceName: 'platform-test', spanExporter: exporter });
  t = await testBus('kafka-bus-test');
});

afterEach(async () => {
  await Promise.all(subscriptions.splice(0).map((s) => s.stop()));
});

afterAll(async () => {
  await t.close();
  await telemetry.shutdown();
});

describe('ProcessedEventStore', () => {
  it('keeps a bounded ledger per partition within its horizon, and prunes', async () => {
    const store = new ProcessedEventStore(t.db, { collectionName: uniqueName('processed'), horizonMs: 60_000, maxIdsPerPartition: 3 });
    await store.ensureIndexes();
    const now = new Date();
    await store.record('g1', 'topic', 0, { first: '0', last: '1' }, ['a', 'b'], new Date(now.getTime() - 120_000));
    await store.record('g1', 'topic', 0, { first: '2', last: '4' }, ['c', 'd', 'e'], now);
    await store.record('g1', 'topic', 0, { first: '5', last: '5' }, ['f'], now);
    await store.record('g1', 'topic', 1, { first: '0', last: '0' }, ['x'], now);
    await store.record('g2', 'topic', 0, { first: '0', last: '0' }, ['y'], now);
    const ledger = await store.ledger('g1', 'topic', 0, now);
    // 'a' and 'b' are beyond the horizon; of c..f only the newest three fit.
    expect(['a', 'b', 'c', 'd', 'e', 'f', 'x', 'y'].filter((id) => ledger.has(id))).toEqual(['d', 'e', 'f']);
    // Several partitions in one query: each gets its own ids only.
    const ledgers = await store.ledgers('g1', [{ topic: 'topic', partition: 0 }, { topic: 'topic', partition: 1 }, { topic: 'other', partition: 0 }], now);
    expect([...ledgers.keys()]).toEqual([ledgerKey('topic', 0), ledgerKey('topic', 1), ledgerKey('other', 0)]);
    expect(['c', 'd', 'e', 'f', 'x', 'y'].filter((id) => ledgers.get(ledgerKey('topic', 0))!.has(id))).toEqual(['d', 'e', 'f']);
    expect(['d', 'x', 'y'].filter((id) => ledgers.get(ledgerKey('topic', 1))!.has(id))).toEqual(['x']);
    expect(ledgers.get(ledgerKey('other', 0))!.size).toBe(0);
    expect(await store.prune(new Date(now.getTime() - 60_000))).toBe(1);
  });

  it('packs lowercase UUIDs into 16 bytes each and keeps every other id as it is', () => {
    const uuids = [randomUUID(), '00000000-0000-0000-0000-000000000000', 'ffffffff-ffff-ffff-ffff-ffffffffffff'];
    const others = [
      'cmd-1',
      randomUUID().toUpperCase(),
      '0af76519-16cd-43dd-8448-eb211c80319g',
      '0af7651916cd-43dd-8448-eb211c80319c-',
      '0af76519-16cd-43dd-8448-eb211c80319',
      '0af76519-16cd-43dd-8448-eb211c80319c0',
      'ü'.repeat(36),
    ];
    const packed = packUuids([others[0], uuids[0], others[1], uuids[1], ...others.slice(2), uuids[2]]);
    expect(packed.uuids).toHaveLength(3 * 16);
    expect(packed.others).toEqual(others);
    expect(unpackUuids(packed.uuids)).toEqual(uuids);
    expect(packUuids([]).uuids).toHaveLength(0);
  });

  it('reads back UUIDs and other ids, and chunks written as JSON text only', async () => {
    const collectionName = uniqueName('processed');
    const store = new ProcessedEventStore(t.db, { collectionName });
    await store.ensureIndexes();
    const ids = [randomUUID(), 'outbox-7', randomUUID(), 'ABC'];
    await store.record('g1', 'topic', 0, { first: '0', last: '3' }, ids);
    await t.db.collection<{ _id: string } & Record<string, unknown>>(collectionName).insertOne({ _id: 'g1:topic:0:4-4:legacy', groupId: 'g1', topic: 'topic', partition: 0, eventIds: JSON.stringify(['legacy-1']), processedAt: new Date() });
    const ledger = await store.ledger('g1', 'topic', 0);
    expect([...ids, 'legacy-1'].every((id) => ledger.has(id))).toBe(true);
    expect(ledger.size).toBe(5);
  });

  it('forgets the oldest ids of a full ledger first', () => {
    const ledger = new PartitionLedger(2);
    ledger.add(['a', 'b']);
    ledger.addNew('c');
    expect(['a', 'b', 'c'].filter((id) => ledger.has(id))).toEqual(['b', 'c']);
    ledger.add(['b', 'd']);
    expect(['b', 'c', 'd'].filter((id) => ledger.has(id))).toEqual(['b', 'd']);
  });
});

describe('EventBus', () => {
  it('keeps the topics and groups of a prefixed bus apart from an unprefixed one', async () => {
    const prefix = `${uniqueName('install')}.`;
    const prefixedBus = new EventBus({ kafka: createKafka({ clientId: uniqueName('prefixed'), brokers: testInfra().kafkaBrokers, logger }), source: 'kafka-bus-test', logger, processedEvents: t.store, namePrefix: prefix });
    const topic = ackTopic();
    const seenPrefixed: string[] = [];
    const seenPlain: string[] = [];
    const groupId = uniqueName('g');
    await prefixedBus.subscribe({ groupId, topics: [topic], fromBeginning: true, handler: async (e) => void seenPrefixed.push(e.envelope.subjectId!) });
    subscriptions.push(
      await t.bus.subscribe({ groupId, topics: [topic], fromBeginning: true, handler: async (e) => void seenPlain.push(e.envelope.subjectId!) }),
    );
    await prefixedBus.publish(topic, [{ type: ACK, payload: ack('in-prefix'), tenantId: 'tenant-1', subjectId: 'in-prefix' }]);
    await prefixedBus.publishRecords([encodeEvent(topic, { type: ACK, payload: ack('record'), tenantId: 'tenant-1', subjectId: 'record' }, {})]);
    await t.bus.publish(topic, [{ type: ACK, payload: ack('plain'), tenantId: 'tenant-1', subjectId: 'plain' }]);
    await waitFor(() => seenPrefixed.length === 2 && seenPlain.length === 1, 20_000, 'both buses');
    expect(seenPrefixed.sort()).toEqual(['in-prefix', 'record']);
    expect(seenPlain).toEqual(['plain']);
    const admin = t.kafka.admin();
    await admin.connect();
    try {
      const topics = await admin.listTopics();
      expect(topics).toEqual(expect.arrayContaining([topic.name, `${prefix}${topic.name}`]));
      expect((await admin.listGroups()).groups.map((g) => g.groupId)).toEqual(expect.arrayContaining([groupId, `${prefix}${groupId}`]));
    } finally {
      await admin.disconnect();
    }
    await prefixedBus.close();
  });

  it('round-trips a protobuf event with CloudEvents headers, keyed by subject', async () => {
    const topic = ackTopic();
    await t.bus.ensureTopics([topic]);
    const time = new Date('2024-05-01T10:00:01.000Z');
    const [id] = await t.bus.publish(topic, [{ type: ACK, payload: ack('subject-1'), tenantId: 'tenant-1', subjectId: 'subject-1', time }]);

    const received: AckEvent[] = [];
    subscriptions.push(
      await t.bus.subscribe({ groupId: uniqueName('g'), topics: [topic], fromBeginning: true, handler: async (event) => void received.push(event) }),
    );
    await waitFor(() => received.length === 1, 20_000, 'the event');
    const [event] = received;
    expect(event.type).toBe(ACK);
    expect(event.payload).toMatchObject({ service: 'candidates', outcome: 'ERASURE_OUTCOME_DONE', counts: { documents: 3, files: 1 }, subjectId: 'subject-1' });
    expect(event.payload.completedAt).toEqual({ seconds: String(Date.parse('2024-05-01T10:00:00Z') / 1000), nanos: 0 });
    expect(event.envelope).toEqual({
      id,
      type: ACK,
      source: 'kafka-bus-test',
      time,
      tenantId: 'tenant-1',
      subjectId: 'subject-1',
      traceparent: expect.stringMatching(/^00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]$/),
    });
    expect(event.topic).toBe(topic.name);
    expect(event.offset).toBe('0');

    const raw = await rawReader(t.kafka, topic.name);
    try {
      await waitFor(() => raw.messages.length === 1, 20_000, 'the raw record');
      const [record] = raw.messages;
      expect(record.key?.toString()).toBe('subject-1');
      expect(headerText(record, 'ce_specversion')).toBe('1.0');
      expect(headerText(record, 'ce_id')).toBe(id);
      expect(headerText(record, 'ce_type')).toBe(ACK);
      expect(headerText(record, 'ce_source')).toBe('kafka-bus-test');
      expect(headerText(record, 'ce_time')).toBe(time.toISOString());
      expect(headerText(record, 'ce_tenant')).toBe('tenant-1');
      expect(headerText(record, 'ce_subject')).toBe('subject-1');
      expect(headerText(record, 'content-type')).toBe('application/protobuf');
      expect(decodeMessage<ErasureAck__Output>(ACK, record.value!).commandId).toBe(event.payload.commandId);
    } finally {
      await raw.stop();
    }
  });

  it('round-trips a JSON event of an integration topic, keyed by its payload field', async () => {
    const topic = testTopic(TOPICS.atsOutbound);
    await t.bus.ensureTopics([topic]);
    const erasedAt = toTimestamp(new Date('2026-03-01T10:00:00Z'));
    const payload = { atsCandidateId: 'A-17', talentId: 'talent-17', erasedAt };
    const [id] = await t.bus.publish(topic, [{ type: 'lethe.ats.v1.AtsPersonErased', payload, tenantId: 'tenant-1', subjectId: 'talent-17' }]);
    const withoutAtsId = { submissionId: 's-1', talentId: 'talent-18', atsJobId: 'J-1' };
    await t.bus.publish(topic, [{ type: 'lethe.ats.v1.AtsApplicationSubmitted', payload: withoutAtsId, tenantId: 'tenant-1' }]);
    await expect(t.bus.publish(topic, [{ type: 'lethe.ats.v1.AtsPersonErased', payload: { talentId: 'talent-19' }, tenantId: 'tenant-1' }])).rejects.toMatchObject({
      violations: [expect.objectContaining({ field: 'events[0].payload.atsCandidateId', code: 'required' })],
    });

    const received: ConsumedEventOf<'lethe.ats.v1.AtsPersonErased' | 'lethe.ats.v1.AtsApplicationSubmitted'>[] = [];
    subscriptions.push(await t.bus.subscribe({ groupId: uniqueName('g'), topics: [topic], fromBeginning: true, handler: async (event) => void received.push(event) }));
    await waitFor(() => received.length === 2, 20_000, 'both events');
    expect(received[0].payload).toEqual({ atsCandidateId: 'A-17', talentId: 'talent-17', erasedAt: { seconds: erasedAt.seconds, nanos: 0 } });
    expect(received[0].envelope).toMatchObject({ id, tenantId: 'tenant-1', subjectId: 'talent-17' });

    const raw = await rawReader(t.kafka, topic.name);
    try {
      await waitFor(() => raw.messages.length === 2, 20_000, 'the raw records');
      const [erased, submitted] = raw.messages;
      expect(erased.key?.toString()).toBe('A-17');
      expect(submitted.key?.toString()).toBe('talent-18');
      expect(headerText(erased, 'content-type')).toBe('application/json');
      expect(headerText(erased, 'ce_type')).toBe('lethe.ats.v1.AtsPersonErased');
      expect(JSON.parse(erased.value!.toString('utf8'))).toEqual({ atsCandidateId: 'A-17', talentId: 'talent-17', erasedAt: '2026-03-01T10:00:00Z' });
    } finally {
      await raw.stop();
    }
  });

  it('dead-letters records of an integration topic that are not its JSON, naming the field and never the value', async () => {
    const topic = testTopic(TOPICS.atsInbound);
    const groupId = uniqueName('g');
    const handled: string[] = [];
    subscriptions.push(
      await t.bus.subscribe({
        groupId,
        topics: [topic],
        fromBeginning: true,
        handler: async (event) => void handled.push(event.type === 'lethe.ats.v1.AtsCandidateUpserted' ? event.payload.firstName : event.type),
      }),
    );
    const headers = (contentType = 'application/json') => ({ ce_specversion: '1.0', ce_id: randomUUID(), ce_type: 'lethe.ats.v1.AtsCandidateUpserted', ce_tenant: 'tenant-1', 'content-type': contentType });
    const json = (value: unknown) => Buffer.from(JSON.stringify(value));
    await sendRawRecords(t.kafka, topic.name, [
      { key: 'A-1', value: Buffer.from('{"atsCandidateId": "A-1",'), headers: headers() },
      { key: 'A-1', value: json({ atsCandidateId: 'A-1', firstName: 'SECRET-NAME', nickname: 'SECRET-NICK' }), headers: headers() },
      { key: 'A-1', value: json({ atsCandidateId: 'A-1', firstName: 42 }), headers: headers() },
      { key: 'A-1', value: json({ atsCandidateId: 'A-1' }), headers: headers('application/protobuf') },
      { key: 'A-1', value: json({ atsCandidateId: 'A-1', firstName: 'Jana' }), headers: headers('application/json; charset=utf-8') },
    ]);
    await waitFor(() => handled.length === 1, 20_000, 'the valid event');
    expect(handled).toEqual(['Jana']);
    const dlq = await rawReader(t.kafka, deadLetterTopicName(topic.name, groupId));
    try {
      await waitFor(() => dlq.messages.length === 4, 20_000, 'four dead letters');
      expect(dlq.messages.map((m) => headerText(m, DLQ_HEADERS.code))).toEqual(['UNDECODABLE_PAYLOAD', 'UNDECODABLE_PAYLOAD', 'UNDECODABLE_PAYLOAD', 'UNSUPPORTED_CONTENT_TYPE']);
      const details = dlq.messages.map((m) => headerText(m, DLQ_HEADERS.detail) ?? '');
      expect(details[0]).toContain('the value is not JSON');
      expect(details[1]).toContain('nickname: is not a field of lethe.ats.v1.AtsCandidateUpserted');
      expect(details[2]).toContain('firstName: must be a string');
      expect(details[3]).toContain('is not application/json');
      expect(details.join('\n')).not.toContain('SECRET');
    } finally {
      await dlq.stop();
    }
  });

  it('refuses events that do not fit the topic contract, publishing nothing', async () => {
    const topic = ackTopic();
    await t.bus.ensureTopics([topic]);
    const wrongType = { type: 'lethe.erasure.v1.ErasureCommand', payload: {}, tenantId: 't', subjectId: 's' } as never;
    await expect(t.bus.publish(topic, [wrongType])).rejects.toBeInstanceOf(ValidationError);
    await expect(t.bus.publish(topic, [{ type: ACK, payload: ack('s'), tenantId: 't' }])).rejects.toMatchObject({
      violations: [expect.objectContaining({ field: 'events[0].subjectId', code: 'required' })],
    });
    const badPayload = { type: ACK, payload: { counts: 'not a map' } as unknown as ErasureAck, tenantId: 't', subjectId: 's' };
    await expect(t.bus.publish(topic, [badPayload])).rejects.toMatchObject({ violations: [expect.objectContaining({ field: 'events[0].payload' })] });
    const admin = t.kafka.admin();
    await admin.connect();
    try {
      const offsets = await admin.fetchTopicOffsets(topic.name);
      expect(offsets.map((o) => o.high)).toEqual(['0']);
    } finally {
      await admin.disconnect();
    }
  });

  it('continues the publisher trace in the consumer span across Kafka', async () => {
    const topic = ackTopic();
    const seenTraceIds: string[] = [];
    const seenTenants: string[] = [];
    subscriptions.push(
      await t.bus.subscribe({
        groupId: uniqueName('g'),
        topics: [topic],
        fromBeginning: true,
        handler: async (event) => {
          seenTraceIds.push(trace.getSpan(context.active())!.spanContext().traceId);
          seenTenants.push(event.envelope.tenantId);
        },
      }),
    );
    exporter.reset();
    const requestTraceId = await inSpan('handle request', {}, async (span) => {
      await t.bus.publish(topic, [{ type: ACK, payload: ack('subject-2'), tenantId: 'tenant-1', subjectId: 'subject-2' }]);
      return span.spanContext().traceId;
    });
    await waitFor(() => seenTraceIds.length === 1, 20_000, 'the event');
    const spans = await waitFor(() => {
      const finished = exporter.getFinishedSpans();
      return finished.some((s) => s.kind === SpanKind.CONSUMER) ? finished : undefined;
    });
    const producer = spans.find((s) => s.kind === SpanKind.PRODUCER && s.name === `send ${topic.name}`)!;
    const consumer = spans.find((s) => s.kind === SpanKind.CONSUMER && s.name === `process ${topic.name}`)!;
    expect(producer.spanContext().traceId).toBe(requestTraceId);
    expect(consumer.spanContext().traceId).toBe(requestTraceId);
    expect(consumer.parentSpanContext?.spanId).toBe(producer.spanContext().spanId);
    expect(seenTraceIds[0]).toBe(requestTraceId);
    // Ids only: no payload content in span attributes.
    expect(consumer.attributes).toMatchObject({ 'messaging.message.id': expect.any(String), 'lethe.tenant.id': 'tenant-1' });
    expect(JSON.stringify(consumer.attributes)).not.toContain('candidates');

    // Records of several publishers in one batch, one after the other: each continues its own
    // trace, with its own headers (the consumer reads repeated headers and traces once).
    const publishIn = (tenantId: string, count: number) =>
      inSpan('another request', {}, async (span) => {
        const events = Array.from({ length: count }, () => ({ type: ACK, payload: ack('subject-2'), tenantId, subjectId: 'subject-2' }));
        await t.bus.publish(topic, events);
        return span.spanContext().traceId;
      });
    const second = await publishIn('tenant-1', 2);
    const third = await publishIn('tenant-2', 1);
    const fourth = await publishIn('tenant-1', 1);
    await waitFor(() => seenTraceIds.length === 5, 20_000, 'the later events');
    expect(seenTraceIds.slice(1)).toEqual([second, second, third, fourth]);
    expect(seenTenants).toEqual(['tenant-1', 'tenant-1', 'tenant-1', 'tenant-2', 'tenant-1']);
  });

  it('retries a failing handler, then dead-letters the record untouched and moves on', async () => {
    const topic = ackTopic();
    const groupId = uniqueName('g');
    const attempts = new Map<string, number>();
    const handled: string[] = [];
    subscriptions.push(
      await t.bus.subscribe({
        groupId,
        topics: [topic],
        fromBeginning: true,
        maxAttempts: 3,
        retryBackoff: { initialMs: 20, maxMs: 40 },
        handler: async (event) => {
          const subject = event.envelope.subjectId!;
          const n = (attempts.get(subject) ?? 0) + 1;
          attempts.set(subject, n);
          if (subject === 'poison') throw new TypeError('cannot handle this one');
          if (subject === 'flaky' && n < 3) throw new Error('transient');
          handled.push(subject);
        },
      }),
    );
    // One partition: the poison event sits between the others.
    const payloads = ['before', 'poison', 'flaky', 'after'].map((subjectId) => ack(subjectId));
    const ids = await t.bus.publish(
      topic,
      payloads.map((payload) => ({ type: ACK, payload, tenantId: 'tenant-1', subjectId: payload.subjectId })),
    );
    await waitFor(() => handled.length === 3, 20_000, 'the healthy events');
    expect(handled).toEqual(['before', 'flaky', 'after']);
    expect(attempts.get('poison')).toBe(3);
    expect(attempts.get('flaky')).toBe(3);

    const dlq = await rawReader(t.kafka, deadLetterTopicName(topic.name, groupId));
    try {
      await waitFor(() => dlq.messages.length === 1, 20_000, 'the dead letter');
      const [dead] = dlq.messages;
      expect(dead.key?.toString()).toBe('poison');
      expect(dead.value).toEqual(encodeMessage(ACK, payloads[1]));
      expect(headerText(dead, HEADERS.id)).toBe(ids[1]);
      expect(headerText(dead, HEADERS.type)).toBe(ACK);
      expect(headerText(dead, HEADERS.traceparent)).toBeDefined();
      expect(headerText(dead, DLQ_HEADERS.reason)).toBe('TypeError');
      expect(headerText(dead, DLQ_HEADERS.attempts)).toBe('3');
      expect(headerText(dead, DLQ_HEADERS.sourceTopic)).toBe(topic.name);
      expect(headerText(dead, DLQ_HEADERS.sourcePartition)).toBe('0');
      expect(headerText(dead, DLQ_HEADERS.sourceOffset)).toBe('1');
      // The error message could quote data: it never travels with the dead letter.
      expect(JSON.stringify(dead.headers)).not.toContain('cannot handle');
    } finally {
      await dlq.stop();
    }
  });

  it('dead-letters undecodable and unknown records at once and keeps consuming', async () => {
    const topic = ackTopic();
    const groupId = uniqueName('g');
    const handled: string[] = [];
    let calls = 0;
    subscriptions.push(
      await t.bus.subscribe({
        groupId,
        topics: [topic],
        fromBeginning: true,
        handler: async (event) => {
          calls++;
          handled.push(event.envelope.subjectId!);
        },
      }),
    );
    const headers = (type: string) => ({ ce_specversion: '1.0', ce_id: randomUUID(), ce_type: type, ce_tenant: 'tenant-1', ce_subject: 'x' });
    await sendRawRecords(t.kafka, topic.name, [
      // field 1 with wire type 7: not protobuf
      { key: 'x', value: Buffer.from([0x0f, 0xff, 0xff]), headers: headers(ACK) },
      { key: 'x', value: encodeMessage(ACK, ack('x')), headers: headers('lethe.unknown.v1.Thing') },
      { key: 'x', value: encodeMessage(ACK, ack('x')), headers: { ce_type: ACK, ce_tenant: 'tenant-1' } },
    ]);
    await t.bus.publish(topic, [{ type: ACK, payload: ack('valid'), tenantId: 'tenant-1', subjectId: 'valid' }]);

    await waitFor(() => handled.length === 1, 20_000, 'the valid event');
    expect(handled).toEqual(['valid']);
    expect(calls).toBe(1);
    const dlq = await rawReader(t.kafka, deadLetterTopicName(topic.name, groupId));
    try {
      await waitFor(() => dlq.messages.length === 3, 20_000, 'three dead letters');
      expect(dlq.messages.map((m) => headerText(m, DLQ_HEADERS.reason))).toEqual(['InvalidEventError', 'InvalidEventError', 'InvalidEventError']);
      expect(dlq.messages.map((m) => headerText(m, DLQ_HEADERS.code))).toEqual(['UNDECODABLE_PAYLOAD', 'UNKNOWN_EVENT_TYPE', 'MISSING_EVENT_ID']);
      expect(headerText(dlq.messages[0], DLQ_HEADERS.detail)).toMatch(/^lethe\.erasure\.v1\.ErasureAck: /);
      expect(dlq.messages.map((m) => headerText(m, DLQ_HEADERS.attempts))).toEqual(['0', '0', '0']);
      expect(dlq.messages[0].value).toEqual(Buffer.from([0x0f, 0xff, 0xff]));
    } finally {
      await dlq.stop();
    }
  });

  it('hands leading events to the batch handler and the one it leaves to the handler alone, in partition order, each id once', async () => {
    const topic = ackTopic();
    const seen: string[] = [];
    const batchSizes: number[] = [];
    subscriptions.push(
      await t.bus.subscribe({
        groupId: uniqueName('g'),
        topics: [topic],
        fromBeginning: true,
        handler: async (event) => void seen.push(`alone:${event.envelope.subjectId!}`),
        batchHandler: async (events) => {
          const subjects = events.map((event) => event.envelope.subjectId!);
          if (subjects.includes('boom')) throw new Error('the batch failed');
          const alone = subjects.indexOf('single');
          const taken = subjects.slice(0, alone === -1 ? subjects.length : alone);
          batchSizes.push(taken.length);
          seen.push(...taken);
          return taken.length;
        },
      }),
    );
    const publish = (subjects: string[], ids: string[] = subjects.map(() => randomUUID())) =>
      t.bus.publish(
        topic,
        subjects.map((subjectId, i) => ({ id: ids[i], type: ACK, payload: ack(subjectId), tenantId: 'tenant-1', subjectId })),
      );
    const [a] = await publish(['a', 'b', 'single', 'c', 'd']);
    await waitFor(() => seen.length === 5, 20_000, 'the first events');
    expect(seen).toEqual(['a', 'b', 'alone:single', 'c', 'd']);
    expect(Math.max(...batchSizes)).toBe(2);

    // A batch that fails leaves its events to the handler, one at a time; a redelivered id is left out.
    await publish(['x', 'boom', 'y', 'a-again'], [randomUUID(), randomUUID(), randomUUID(), a]);
    await waitFor(() => seen.length === 8, 20_000, 'the events of the failed batch');
    // The next window is batched again.
    await publish(['z']);
    await waitFor(() => seen.length === 9, 20_000, 'the later events');
    expect(seen.slice(5)).toEqual(['alone:x', 'alone:boom', 'alone:y', 'z']);
  });

  it('handles a redelivered event id once per group', async () => {
    const topic = ackTopic();
    const groupId = uniqueName('g');
    const handled: string[] = [];
    const handler = async (event: AckEvent) => void handled.push(event.envelope.id);
    subscriptions.push(await t.bus.subscribe({ groupId, topics: [topic], fromBeginning: true, handler }));
    const id = randomUUID();
    const event = { id, type: ACK, payload: ack('subject-3'), tenantId: 'tenant-1', subjectId: 'subject-3' };
    // The same event twice in one batch, then again in a later batch (an outbox relay's duplicate).
    await t.bus.publish(topic, [event, event]);
    await waitFor(() => handled.length === 1, 20_000, 'the event');
    await t.bus.publish(topic, [event, { ...event, id: randomUUID() }]);
    await waitFor(() => handled.length === 2, 20_000, 'the second event');

    // A redelivery of the whole topic (offsets reset, e.g. after a crash before the commit).
    await subscriptions.pop()!.stop();
    const admin = t.kafka.admin();
    await admin.connect();
    await admin.resetOffsets({ groupId, topic: topic.name, earliest: true });
    await admin.disconnect();
    const redelivered: string[] = [];
    subscriptions.push(
      await t.bus.subscribe({ groupId, topics: [topic], fromBeginning: true, handler: async (e) => void redelivered.push(e.envelope.id) }),
    );
    await t.bus.publish(topic, [{ ...event, id: 'marker-' + randomUUID() }]);
    await waitFor(() => redelivered.length === 1, 20_000, 'the marker');
    expect(redelivered[0]).toMatch(/^marker-/);
    expect(handled[0]).toBe(id);
    expect(handled).toHaveLength(2);
    expect(new Set(handled).size).toBe(2);
  });

  it('rebuilds a consumer that crashed with an error kafkajs does not restart it for', async () => {
    const crashing = await testBus('crash-test', t.db);
    try {
      let failures = 0;
      const topic = ackTopic();
      const handled: string[] = [];
      await crashing.bus.subscribe({
        groupId: uniqueName('g'),
        topics: [topic],
        fromBeginning: true,
        restartBackoffMs: 100,
        // A failing dependency of the batch (here the subscription's filter) with a non-retriable error.
        filter: async (events) => {
          if (failures++ === 0) throw Object.assign(new Error('lookup failed'), { retriable: false });
          return events.map(() => true);
        },
        handler: async (event) => void handled.push(event.envelope.subjectId!),
      });
      await crashing.bus.publish(topic, [{ type: ACK, payload: ack('after-crash'), tenantId: 'tenant-1', subjectId: 'after-crash' }]);
      await waitFor(() => handled.length === 1, 30_000, 'the event after the rebuild');
      expect(failures).toBeGreaterThanOrEqual(2);
      expect(handled).toEqual(['after-crash']);
    } finally {
      await crashing.close();
    }
  });

  it('stops gracefully: the in-flight event finishes and its offset is committed', async () => {
    const topic = ackTopic();
    const groupId = uniqueName('g');
    let started = 0;
    let finished = 0;
    const subscription = await t.bus.subscribe({
      groupId,
      topics: [topic],
      fromBeginning: true,
      handler: async () => {
        started++;
        await new Promise((resolve) => setTimeout(resolve, 400));
        finished++;
      },
    });
    await t.bus.publish(topic, [{ type: ACK, payload: ack('slow'), tenantId: 'tenant-1', subjectId: 'slow' }]);
    await waitFor(() => started === 1, 20_000, 'the handler to start');
    await subscription.stop();
    expect(finished).toBe(1);
    const admin = t.kafka.admin();
    await admin.connect();
    try {
      const [committed] = await admin.fetchOffsets({ groupId, topics: [topic.name] });
      expect(committed.partitions[0].offset).toBe('1');
    } finally {
      await admin.disconnect();
    }
  });
});
