import { setTimeout as sleep } from 'node:timers/promises';
import { Partitioners, type Admin, type Kafka, type Message, type Producer, type TopicMessages } from 'kafkajs';
import type { EventTypeName, TopicContract } from '@lethe/protos';
import { UnavailableError } from '../errors/errors';
import { retry } from '../retry';
import type { Logger } from '../telemetry/logger';
import { injectTraceContext, inSpan, SpanKind } from '../telemetry/tracing';
import { destroyKafkaSockets } from './client';
import { HEADERS, type EncodedRecord, type PublishEvent, type TopicEventType } from './events';
import type { ProcessedEventStore } from './processed-events';
import { encodeEvent } from './records';
import { KafkaSubscription, type SubscribeOptions, type Subscription } from './subscription';

export interface EventBusOptions {
  kafka: Kafka;
  /** The emitting service, written as `ce_source` on every event it publishes. */
  source: string;
  logger: Logger;
  /** Redelivery guard of subscriptions; required to subscribe with deduplication (the default). */
  processedEvents?: ProcessedEventStore;
  /** Replication factor of topics this bus creates: 1 locally, 3 in production. */
  replicationFactor?: number;
  /** How long a publish may wait for Kafka (reconnects included) before it fails as unavailable. */
  publishTimeoutMs?: number;
  /**
   * Prepended to every topic and consumer-group name this bus uses (config KAFKA_TOPIC_PREFIX):
   * lets several Lethe installations, or parallel test runs, share one cluster without meeting.
   */
  namePrefix?: string;
  /** How long a consumer that stopped heartbeating (a killed replica) keeps its partitions, unless a subscription says otherwise (config KAFKA_SESSION_TIMEOUT_MS). */
  sessionTimeoutMs?: number;
}

/** What ensureTopics needs of a topic: a contract, or a name with partitions (dead-letter topics). */
export type TopicSpec = Pick<TopicContract, 'name' | 'partitions' | 'retentionMs'>;

/** Internals a subscription uses; not part of the public API. */
export interface BusInternals {
  kafka: Kafka;
  logger: Logger;
  processedEvents?: ProcessedEventStore;
  publishRecords(records: readonly EncodedRecord[]): Promise<void>;
  ensureTopics(topics: readonly TopicSpec[]): Promise<void>;
  forget(subscription: Subscription): void;
}

const LEADER_WAIT_MS = 30_000;

/**
 * Lethe's typed Kafka event bus: protobuf payloads, CloudEvents headers, W3C trace context,
 * an idempotent producer (acks=all) that reconnects by itself, and consumers with a redelivery
 * guard, bounded retries, dead-letter topics and crash restarts (see `subscribe`).
 */
export class EventBus {
  readonly source: string;
  private readonly kafka: Kafka;
  private readonly logger: Logger;
  private readonly replicationFactor: number;
  private readonly publishTimeoutMs: number;
  private readonly processedEvents?: ProcessedEventStore;
  private readonly namePrefix: string;
  private readonly sessionTimeoutMs?: number;
  private producer?: { instance: Producer; connected: Promise<void> };
  private readonly subscriptions = new Set<Subscription>();
  private closed = false;

  constructor(options: EventBusOptions) {
    this.kafka = options.kafka;
    this.source = options.source;
    this.logger = options.logger.child({ component: 'event-bus' });
    this.replicationFactor = options.replicationFactor ?? 1;
    this.publishTimeoutMs = options.publishTimeoutMs ?? 30_000;
    this.processedEvents = options.processedEvents;
    this.namePrefix = options.namePrefix ?? '';
    this.sessionTimeoutMs = options.sessionTimeoutMs;
  }

  /**
   * Creates missing topics with the contract's partitions and retention and waits until every
   * partition has a leader. Topics that exist already are left as they are.
   */
  ensureTopics(topics: readonly TopicSpec[]): Promise<void> {
    return this.ensureKafkaTopics(topics.map((topic) => this.prefixed(topic)));
  }

  /** The topic as it is named in Kafka: with the bus's name prefix. */
  prefixed<T extends { name: string }>(topic: T): T {
    return this.namePrefix ? { ...topic, name: this.namePrefix + topic.name } : topic;
  }

  private async ensureKafkaTopics(topics: readonly TopicSpec[]): Promise<void> {
    if (topics.length === 0) return;
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      const existing = new Set(await admin.listTopics());
      const missing = uniqueByName(topics).filter((topic) => !existing.has(topic.name));
      if (missing.length > 0) {
        // Leaders are awaited here rather than by createTopics: its wait gives up as soon as the
        // broker's metadata does not know a new topic yet, which happens under load.
        await admin.createTopics({
          // kafkajs waits unless told not to.
          waitForLeaders: false,
          topics: missing.map((topic) => ({
            topic: topic.name,
            numPartitions: topic.partitions,
            replicationFactor: this.replicationFactor,
            configEntries: topic.retentionMs ? [{ name: 'retention.ms', value: String(topic.retentionMs) }] : [],
          })),
        });
        this.logger.info({ topics: missing.map((topic) => topic.name) }, 'kafka topics created');
      }
      // Every topic, not only those created here: another process may have created one a moment
      // ago, and a consumer that joins before its leaders answer can miss a partition's first events.
      await waitForLeaders(admin, uniqueByName(topics).map((topic) => topic.name));
    } finally {
      await admin.disconnect();
    }
  }

  /**
   * Publishes events to one topic in a single produce request (batch on hot paths). Each record
   * is keyed by subject (or tenant, per the contract), carries CloudEvents headers and the
   * current trace context. Resolves with the event ids once every broker acknowledged them.
   */
  async publish<T extends EventTypeName>(contract: TopicContract<T>, events: readonly PublishEvent<T>[]): Promise<string[]> {
    if (events.length === 0) return [];
    const topic = this.prefixed(contract);
    const attributes: Record<string, string | number> = {
      'messaging.system': 'kafka',
      'messaging.operation.type': 'send',
      'messaging.destination.name': topic.name,
      'messaging.batch.message_count': events.length,
    };
    if (events.length === 1 && events[0].id) attributes['messaging.message.id'] = events[0].id;
    return inSpan(`send ${topic.name}`, { kind: SpanKind.PRODUCER, attributes }, async (span) => {
      const traceHeaders = injectTraceContext({});
      const messages: Message[] = new Array(events.length);
      const ids: string[] = new Array(events.length);
      for (let i = 0; i < events.length; i++) {
        const encoded = encodeEvent(topic, events[i], traceHeaders, i);
        encoded.headers[HEADERS.source] = this.source;
        messages[i] = { key: encoded.key, value: encoded.value, headers: encoded.headers };
        ids[i] = encoded.id;
      }
      if (events.length === 1) span.setAttribute('messaging.message.id', ids[0]);
      await this.send([{ topic: topic.name, messages }]);
      return ids;
    });
  }

  /**
   * Publishes records that are already encoded (outbox entries, dead letters), possibly to several
   * topics, in one produce request. Headers are sent as given.
   */
  publishRecords(records: readonly EncodedRecord[]): Promise<void> {
    return this.sendRecords(records.map((record) => (this.namePrefix ? { ...record, topic: this.namePrefix + record.topic } : record)));
  }

  /** Records whose topic names are Kafka's already (prefixed). */
  private async sendRecords(records: readonly EncodedRecord[]): Promise<void> {
    if (records.length === 0) return;
    const byTopic = new Map<string, Message[]>();
    for (const record of records) {
      let messages = byTopic.get(record.topic);
      if (!messages) byTopic.set(record.topic, (messages = []));
      messages.push({ key: record.key, value: record.value, headers: record.headers });
    }
    await this.send([...byTopic].map(([topic, messages]) => ({ topic, messages })));
  }

  /**
   * Consumes the topics as a consumer group (see SubscribeOptions). Topics and their dead-letter
   * topics are created when missing. Resolves once the consumer is running.
   */
  async subscribe<C extends TopicContract<EventTypeName>>(options: SubscribeOptions<C>): Promise<Subscription> {
    if (this.closed) throw new UnavailableError('the event bus is closed');
    const internals: BusInternals = {
      kafka: this.kafka,
      logger: this.logger,
      processedEvents: this.processedEvents,
      // The subscription works with the prefixed names already.
      publishRecords: (records) => this.sendRecords(records),
      ensureTopics: (topics) => this.ensureKafkaTopics(topics),
      forget: (subscription) => this.subscriptions.delete(subscription),
    };
    const prefixedOptions = { sessionTimeoutMs: this.sessionTimeoutMs, ...options, groupId: this.namePrefix + options.groupId, topics: options.topics.map((topic) => this.prefixed(topic)) };
    const subscription = new KafkaSubscription<TopicEventType<C>>(internals, prefixedOptions as unknown as SubscribeOptions<TopicContract<TopicEventType<C>>>);
    this.subscriptions.add(subscription);
    try {
      await subscription.start();
    } catch (err) {
      await subscription.stop().catch(() => undefined);
      throw err;
    }
    return subscription;
  }

  /**
   * Stops every subscription (in-flight batches finish, offsets are committed), then the producer,
   * then ends whatever connection kafkajs left open: the bus owns its Kafka client.
   */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.allSettled([...this.subscriptions].map((subscription) => subscription.stop()));
    const producer = this.producer;
    this.producer = undefined;
    if (producer) await producer.instance.disconnect().catch(() => undefined);
    const leftovers = destroyKafkaSockets(this.kafka);
    if (leftovers > 0) this.logger.debug({ sockets: leftovers }, 'closed connections kafkajs left open');
  }

  private createProducer(): Producer {
    return this.kafka.producer({
      idempotent: true,
      // kafkajs keeps ordering with idempotence only with one request in flight per broker.
      maxInFlightRequests: 1,
      allowAutoTopicCreation: false,
      createPartitioner: Partitioners.DefaultPartitioner,
      // Idempotence needs unbounded retries inside kafkajs; `send` bounds the wait with its deadline.
      retry: { retries: Number.MAX_SAFE_INTEGER },
    });
  }

  private async connectedProducer(): Promise<Producer> {
    if (!this.producer) {
      const instance = this.createProducer();
      this.producer = { instance, connected: instance.connect() };
    }
    const current = this.producer;
    try {
      await current.connected;
    } catch (err) {
      if (this.producer === current) this.producer = undefined;
      throw err;
    }
    return current.instance;
  }

  /** Drops a producer that failed so the next attempt starts from a fresh connection and producer id. */
  private async resetProducer(failed: Producer): Promise<void> {
    if (this.producer?.instance !== failed) return;
    this.producer = undefined;
    await failed.disconnect().catch(() => undefined);
  }

  /**
   * One produce request with acks=all. kafkajs retries transient errors itself (the idempotent
   * producer indefinitely); what it gives up on (a lost producer id after a broker restart, a
   * failed reconnect) is retried here on a fresh producer until the publish deadline.
   */
  private async send(topicMessages: TopicMessages[]): Promise<void> {
    const deadline = Date.now() + this.publishTimeoutMs;
    const topics = topicMessages.map((t) => t.topic);
    try {
      await retry(
        async () => {
          if (this.closed) throw new UnavailableError('the event bus is closed');
          const producer = await beforeDeadline(this.connectedProducer(), deadline);
          try {
            await beforeDeadline(producer.sendBatch({ topicMessages, acks: -1 }), deadline);
          } catch (err) {
            if (!(err instanceof DeadlineExceeded)) await this.resetProducer(producer);
            throw err;
          }
        },
        {
          backoff: { initialMs: 250, maxMs: 2_000 },
          deadline,
          retryIf: (err) => !(err instanceof DeadlineExceeded) && !(err instanceof UnavailableError),
          beforeRetry: (err, attempt) => this.logger.warn({ err, topics, attempt }, 'publish failed; retrying with a fresh producer'),
        },
      );
    } catch (err) {
      if (err instanceof UnavailableError) throw err;
      this.logger.error({ err, topics }, 'publishing timed out');
      throw new UnavailableError('Kafka did not acknowledge the events in time');
    }
  }
}

class DeadlineExceeded extends Error {
  override readonly name = 'DeadlineExceeded';
}

function beforeDeadline<T>(promise: Promise<T>, deadline: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DeadlineExceeded('deadline exceeded')), Math.max(0, deadline - Date.now()));
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function uniqueByName(topics: readonly TopicSpec[]): TopicSpec[] {
  return [...new Map(topics.map((topic) => [topic.name, topic])).values()];
}

async function waitForLeaders(admin: Admin, topics: string[]): Promise<void> {
  const deadline = Date.now() + LEADER_WAIT_MS;
  for (;;) {
    try {
      const { topics: metadata } = await admin.fetchTopicMetadata({ topics });
      if (metadata.length === topics.length && metadata.every((t) => t.partitions.length > 0 && t.partitions.every((p) => p.leader >= 0))) {
        // The leader the metadata names also answers for its partitions (right after creation it may not yet).
        await Promise.all(topics.map((topic) => admin.fetchTopicOffsets(topic)));
        return;
      }
    } catch (err) {
      if (Date.now() > deadline) throw err;
    }
    if (Date.now() > deadline) throw new UnavailableError(`kafka topics have no leader yet: ${topics.join(', ')}`);
    await sleep(100);
  }
}
