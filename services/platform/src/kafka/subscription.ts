import { context, ROOT_CONTEXT, SpanStatusCode, trace, type Context, type Span } from '@opentelemetry/api';
import type { Consumer, EachBatchPayload, IHeaders, KafkaMessage } from 'kafkajs';
import { deadLetterTopicName, encodingOf, PAYLOAD_CONTENT_TYPES, payloadDecoder, type EventTypeName, type TopicContract } from '@lethe/protos';
import { PreconditionError, UnavailableError, ValidationError } from '../errors/errors';
import type { Reason } from '../errors/reasons';
import { backoffDelay, retry, type Backoff } from '../retry';
import { contextWithSpan, extractTraceContext, SpanKind, tracer, withContext } from '../telemetry/tracing';
import type { BusInternals } from './bus';
import { ledgerKey, type PartitionLedger } from './processed-events';
import { DLQ_HEADERS, HEADERS, InvalidEventError, isOutage, isPermanentFailure, type ConsumedEvent, type ConsumedEventOf, type TopicEventType } from './events';

export interface SubscribeOptions<C extends TopicContract<EventTypeName>> {
  groupId: string;
  topics: readonly C[];
  /**
   * Handles one event. Runs inside a CONSUMER span continuing the publisher's trace. A throw is
   * retried (`maxAttempts`, `retryBackoffMs`), then the record goes to the dead-letter topic; a
   * LetheError of kind invalid_argument is dead-lettered at once.
   */
  handler: (event: ConsumedEvent<TopicEventType<C>>) => Promise<void>;
  /**
   * Handles the first of a partition's events together, in partition order (redeliveries and
   * events the filter declined left out), and resolves with how many it handled: the next one
   * then goes to `handler` alone, with its retries and the dead-letter topic, and those after it
   * here again. A throw leaves the rest of the window to `handler`. For consumers that write in
   * bulk what one event at a time writes with a round trip each; it runs in one CONSUMER span
   * linked to each event's trace.
   */
  batchHandler?: (events: readonly ConsumedEvent<TopicEventType<C>>[]) => Promise<number>;
  /** Attempts per event before it is dead-lettered; 5 by default. */
  maxAttempts?: number;
  /** Pauses between attempts; 100 ms, 500 ms, then 2 s by default. */
  retryBackoff?: Backoff;
  /** Where a group without committed offsets starts: the oldest retained event, or only new ones. */
  fromBeginning?: boolean;
  /** Handle an event id once per group, using the bus's ProcessedEventStore; true by default. */
  deduplicate?: boolean;
  /**
   * Which events to handle: the others are acknowledged and skipped. Called once per window of up
   * to 200 consecutive events (not redeliveries), so lookups can be batched.
   */
  filter?: EventFilter<TopicEventType<C>>;
  partitionsConsumedConcurrently?: number;
  /** Longest a fetch waits for new records; lower means less latency and more requests. */
  maxWaitTimeInMs?: number;
  sessionTimeoutMs?: number;
  /** Pause before a crashed consumer is rebuilt (doubled on every failed rebuild, up to 30 s). */
  restartBackoffMs?: number;
}

/** `true` per event to handle it, `false` to acknowledge and skip it. */
export type EventFilter<T extends EventTypeName = EventTypeName> = (events: readonly ConsumedEventOf<T>[]) => Promise<readonly boolean[]>;

export interface Subscription {
  readonly groupId: string;
  /** Resolves once the consumer has joined its group and got its partitions. */
  ready(timeoutMs?: number): Promise<void>;
  /** Lets the in-flight batch finish, commits the resolved offsets, leaves the group, disconnects. */
  stop(): Promise<void>;
}

/** Records handled between offset resolutions and guard writes: bounds how much is redone after a crash. */
const CHUNK_SIZE = 5_000;
/** Records decoded, filtered and handled together; a heartbeat follows each window. */
const WINDOW = 200;
const MAX_PENDING_WRITES = 4;
/** Within a window, a heartbeat after a handled event once this long passed since the last one. */
const HEARTBEAT_EVERY_MS = 3_000;
const MAX_RESTART_BACKOFF_MS = 30_000;
const HANDLER_BACKOFF: Backoff = { initialMs: 100, maxMs: 2_000, factor: 5 };

type Parsed<T extends EventTypeName> =
  | { message: KafkaMessage; event: ConsumedEventOf<T>; tracestate?: string; invalid?: undefined }
  | { message: KafkaMessage; event?: undefined; invalid: Error };

type Valid<T extends EventTypeName> = Extract<Parsed<T>, { invalid?: undefined }>;

type Outcome = 'handled' | 'dead-lettered' | 'stopped';

interface ActiveSpan {
  span: Span;
  context: Context;
}

interface BatchControls {
  heartbeat(): Promise<void>;
  /** Running and the batch not made stale by a seek: checked between chunks, retries and heartbeats. */
  isRunning(): boolean;
  /**
   * Running only: checked before every record. kafkajs's isStale builds a JSON key per call, which
   * cost a consumer 0.3 µs per record; this subscription never seeks its own consumer.
   */
  isRunningFast(): boolean;
}

const CONSUMER_SPAN = { kind: SpanKind.CONSUMER };

export class KafkaSubscription<T extends EventTypeName> implements Subscription {
  readonly groupId: string;
  private readonly contracts: Map<string, TopicContract<T>>;
  /** `process <topic>` per topic: span names built once. */
  private readonly spanNames: Map<string, string>;
  private readonly handler: (event: ConsumedEventOf<T>) => Promise<void>;
  private readonly batchHandler?: (events: readonly ConsumedEventOf<T>[]) => Promise<number>;
  /** Payload decoders by topic and event type (a topic's contract names its encoding), resolved on first use. */
  private readonly decoders = new Map<string, Map<string, (bytes: Uint8Array) => unknown>>();
  /** Headers whose values mostly repeat from record to record, decoded only when they change. */
  private readonly repeated = {
    type: new RepeatedHeader(),
    tenant: new RepeatedHeader(),
    source: new RepeatedHeader(),
    time: new RepeatedHeader(),
    traceparent: new RepeatedHeader(),
    contentType: new RepeatedHeader(),
  };
  /** The last ce_time read and its value: events published together mostly share their millisecond. */
  private lastTime = { text: '', ms: Number.NaN };
  /** The last incoming trace context read, and what it was read from. */
  private lastTrace: { base?: Context; traceparent?: string; tracestate?: string; context: Context } = { context: ROOT_CONTEXT };
  private readonly maxAttempts: number;
  private readonly backoff: Backoff;
  private readonly deduplicate: boolean;
  private readonly filter?: EventFilter<T>;
  private readonly restartBackoffMs: number;
  private readonly logger: BusInternals['logger'];
  private readonly tracer = tracer();
  private consumer?: Consumer;
  private stopping = false;
  private stopped?: Promise<void>;
  private restartTimer?: NodeJS.Timeout;
  private restartAttempts = 0;
  private joined = false;
  /** Redelivery guard per partition, loaded when a batch of it first arrives after a (re)join. */
  private readonly ledgers = new Map<string, Promise<PartitionLedger>>();
  /** Ledger writes run behind the handlers, one at a time, in order. */
  private persisting: Promise<void> = Promise.resolve();
  private pendingWrites = 0;
  private readonly joinWaiters = new Set<() => void>();

  constructor(
    private readonly bus: BusInternals,
    private readonly options: SubscribeOptions<TopicContract<T>>,
  ) {
    if (!options.groupId) throw new PreconditionError('INVALID_SUBSCRIPTION', 'a subscription needs a groupId');
    if (options.topics.length === 0) throw new PreconditionError('INVALID_SUBSCRIPTION', 'a subscription needs at least one topic');
    this.groupId = options.groupId;
    this.contracts = new Map(options.topics.map((topic) => [topic.name, topic]));
    this.spanNames = new Map(options.topics.map((topic) => [topic.name, `process ${topic.name}`]));
    this.handler = options.handler as (event: ConsumedEventOf<T>) => Promise<void>;
    this.batchHandler = options.batchHandler as ((events: readonly ConsumedEventOf<T>[]) => Promise<number>) | undefined;
    this.maxAttempts = Math.max(1, options.maxAttempts ?? 5);
    this.backoff = options.retryBackoff ?? HANDLER_BACKOFF;
    this.deduplicate = options.deduplicate ?? true;
    this.filter = options.filter as EventFilter<T> | undefined;
    this.restartBackoffMs = options.restartBackoffMs ?? 1_000;
    this.logger = bus.logger.child({ groupId: options.groupId });
    if (this.deduplicate && !bus.processedEvents) {
      throw new PreconditionError('INVALID_SUBSCRIPTION', 'the event bus needs a ProcessedEventStore to subscribe with deduplication');
    }
  }

  async start(): Promise<void> {
    const dlqs = [...this.contracts.values()].map((topic) => ({
      name: deadLetterTopicName(topic.name, this.groupId),
      partitions: topic.partitions,
      retentionMs: topic.retentionMs,
    }));
    await this.bus.ensureTopics([...this.contracts.values(), ...dlqs]);
    if (this.deduplicate) await this.bus.processedEvents?.ensureIndexes();
    await this.startConsumer();
  }

  ready(timeoutMs = 30_000): Promise<void> {
    if (this.joined) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.joinWaiters.delete(done);
        reject(new UnavailableError(`consumer group ${this.groupId} did not join within ${timeoutMs} ms`));
      }, timeoutMs);
      const done = () => {
        clearTimeout(timer);
        resolve();
      };
      this.joinWaiters.add(done);
    });
  }

  stop(): Promise<void> {
    this.stopped ??= (async () => {
      this.stopping = true;
      clearTimeout(this.restartTimer);
      const consumer = this.consumer;
      this.consumer = undefined;
      try {
        if (consumer) await consumer.disconnect();
        await this.persisting;
      } finally {
        this.bus.forget(this);
        this.logger.info('subscription stopped');
      }
    })();
    return this.stopped;
  }

  private async startConsumer(): Promise<void> {
    const consumer = this.bus.kafka.consumer({
      groupId: this.groupId,
      allowAutoTopicCreation: false,
      sessionTimeout: this.options.sessionTimeoutMs ?? 30_000,
      heartbeatInterval: Math.min(3_000, Math.floor((this.options.sessionTimeoutMs ?? 30_000) / 3)),
      maxWaitTimeInMs: this.options.maxWaitTimeInMs ?? 1_000,
    });
    this.consumer = consumer;
    consumer.on(consumer.events.GROUP_JOIN, ({ payload }) => {
      // Partitions may have moved: what another member handled meanwhile is read again.
      this.ledgers.clear();
      if (this.deduplicate) this.loadLedgers(payload.memberAssignment);
      this.logger.info({ assigned: Object.fromEntries(Object.entries(payload.memberAssignment).map(([topic, partitions]) => [topic, partitions.length])) }, 'consumer group joined');
      this.joined = true;
      this.restartAttempts = 0;
      for (const waiter of this.joinWaiters) waiter();
      this.joinWaiters.clear();
    });
    consumer.on(consumer.events.CRASH, ({ payload }) => this.onCrash(consumer, payload.error, payload.restart));
    await consumer.connect();
    await consumer.subscribe({ topics: [...this.contracts.keys()], fromBeginning: this.options.fromBeginning ?? false });
    await consumer.run({
      eachBatchAutoResolve: false,
      autoCommitInterval: 5_000,
      partitionsConsumedConcurrently: this.options.partitionsConsumedConcurrently ?? 1,
      eachBatch: (payload) => this.eachBatch(payload),
    });
    this.logger.info({ topics: [...this.contracts.keys()] }, 'subscription running');
  }

  /**
   * kafkajs restarts a crashed consumer itself after retriable errors (`restart: true`). After
   * any other crash the consumer is dead, so it is rebuilt here, with a growing pause.
   */
  private onCrash(consumer: Consumer, error: Error, restart: boolean): void {
    if (consumer !== this.consumer || this.stopping) return;
    this.joined = false;
    if (restart) {
      this.logger.warn({ err: error }, 'consumer crashed; kafkajs restarts it');
      return;
    }
    this.restartAttempts++;
    const delay = backoffDelay(this.restartAttempts, { initialMs: this.restartBackoffMs, maxMs: MAX_RESTART_BACKOFF_MS });
    this.logger.error({ err: error, delayMs: delay }, 'consumer crashed; rebuilding it');
    this.restartTimer = setTimeout(() => void this.rebuild(consumer), delay);
  }

  private async rebuild(crashed: Consumer): Promise<void> {
    await crashed.disconnect().catch(() => undefined);
    if (this.stopping || crashed !== this.consumer) return;
    try {
      await this.startConsumer();
      this.logger.info('consumer rebuilt after a crash');
    } catch (err) {
      const failed = this.consumer;
      if (failed && !this.stopping) this.onCrash(failed, err as Error, false);
    }
  }

  private async eachBatch({ batch, resolveOffset, heartbeat, commitOffsetsIfNecessary, isRunning, isStale }: EachBatchPayload): Promise<void> {
    const contract = this.contracts.get(batch.topic);
    if (!contract) return;
    const controls: BatchControls = { heartbeat, isRunning: () => isRunning() && !isStale(), isRunningFast: isRunning };
    for (let start = 0; start < batch.messages.length; start += CHUNK_SIZE) {
      if (!controls.isRunning()) return;
      const chunk = batch.messages.length <= CHUNK_SIZE ? batch.messages : batch.messages.slice(start, start + CHUNK_SIZE);
      const lastDone = await this.processChunk(contract, batch.topic, batch.partition, chunk, controls, resolveOffset);
      // Stopping: kafkajs commits the resolved offsets itself; no more requests from here.
      if (!controls.isRunning() || lastDone !== chunk[chunk.length - 1].offset) return;
      await commitOffsetsIfNecessary();
      await heartbeat();
    }
  }

  /**
   * Guard check (in memory; the partition's ledger is read once), then window by window: decode,
   * the subscription's filter, handlers in partition order; one insert recording the handled ids,
   * then the offset of the last record dealt with is resolved. Returns that offset.
   */
  private async processChunk(
    contract: TopicContract<T>,
    topic: string,
    partition: number,
    messages: KafkaMessage[],
    controls: BatchControls,
    resolveOffset: (offset: string) => void,
  ): Promise<string | undefined> {
    // Back-pressure: the ledger writes may not fall far behind.
    if (this.pendingWrites >= MAX_PENDING_WRITES) await this.persisting;
    // Ids handled earlier, in this chunk included: a handled id enters the ledger at once.
    const ledger = this.deduplicate ? await this.ledgerOf(topic, partition) : undefined;

    const handled: string[] = [];
    let lastDone: string | undefined;
    let beatAt = Date.now();
    try {
      windows: for (let start = 0; start < messages.length; start += WINDOW) {
        // Decoded a window at a time, just before handling: decoding a whole chunk first kept
        // thousands of events alive through young-generation collections.
        const items = messages.slice(start, start + WINDOW).map((message) => this.parse(contract, topic, partition, message));
        const wanted = await this.wanted(items, ledger);
        // Cleared once a batch failed: the rest of the window goes one event at a time.
        let batching = this.batchHandler !== undefined;
        for (let i = 0; i < items.length; i++) {
          if (!controls.isRunningFast()) break windows;
          if (batching) {
            const run = this.batchableRun(items, wanted, ledger, i);
            if (run.length > 0) {
              const done = await this.handleBatch(run);
              if (done === undefined) batching = false;
              for (let n = 0; n < (done ?? 0); n++) {
                if (ledger) {
                  ledger.addNew(run[n].event.envelope.id);
                  handled.push(run[n].event.envelope.id);
                }
                lastDone = run[n].message.offset;
              }
              i += done ?? 0;
              if (i >= items.length) break;
              if (Date.now() - beatAt >= HEARTBEAT_EVERY_MS) {
                await controls.heartbeat();
                beatAt = Date.now();
              }
              if (!controls.isRunningFast()) break windows;
            }
          }
          const item = items[i];
          if (item.invalid) {
            await this.deadLetter(topic, partition, item.message, item.invalid, 0);
            // The ledger is asked again: the same id may come twice in one window.
          } else if (wanted[i] && !ledger?.has(item.event.envelope.id)) {
            // The first attempt runs here rather than in an async helper: one promise less per event.
            const span = this.startSpan(item);
            let outcome: Outcome = 'handled';
            try {
              await withContext(span.context, () => this.handler(item.event));
              span.span.setAttribute('lethe.attempts', 1);
            } catch (err) {
              outcome = await this.retry(item, span, err, controls);
            } finally {
              span.span.end();
            }
            if (outcome === 'stopped') break windows;
            if (outcome === 'handled' && ledger) {
              ledger.addNew(item.event.envelope.id);
              handled.push(item.event.envelope.id);
            }
            // Slow handlers (hundreds of ms each) would let a window outlast the session: beat in between.
            if (Date.now() - beatAt >= HEARTBEAT_EVERY_MS) {
              await controls.heartbeat();
              beatAt = Date.now();
            }
          }
          lastDone = item.message.offset;
        }
        if (!controls.isRunning()) break;
        await controls.heartbeat();
        beatAt = Date.now();
      }
    } finally {
      if (handled.length > 0) {
        this.persist(topic, partition, { first: messages[0].offset, last: lastDone ?? messages[messages.length - 1].offset }, handled);
      }
      if (lastDone !== undefined) resolveOffset(lastDone);
    }
    return lastDone;
  }

  /**
   * The events from `start` on that the batch handler may take: valid, wanted and not handled
   * before, consecutive; an event the ledger holds twice in the window stops the run too.
   */
  private batchableRun(items: readonly Parsed<T>[], wanted: readonly boolean[], ledger: PartitionLedger | undefined, start: number): Valid<T>[] {
    const run: Valid<T>[] = [];
    const ids = new Set<string>();
    for (let i = start; i < items.length; i++) {
      const item = items[i];
      if (item.invalid || !wanted[i] || ledger?.has(item.event.envelope.id) || ids.has(item.event.envelope.id)) break;
      ids.add(item.event.envelope.id);
      run.push(item);
    }
    return run;
  }

  /** Runs the batch handler on `run` in one span linked to the events' traces; how many it handled, undefined when it failed. */
  private async handleBatch(run: readonly Valid<T>[]): Promise<number | undefined> {
    const links = run.flatMap(({ event, tracestate }) => {
      const traceparent = event.envelope.traceparent;
      const linked = traceparent === undefined ? undefined : trace.getSpanContext(this.incomingTrace(traceparent, tracestate));
      return linked ? [{ context: linked }] : [];
    });
    const span = this.tracer.startSpan(this.spanNames.get(run[0].event.topic)!, { ...CONSUMER_SPAN, links }, context.active());
    if (span.isRecording()) {
      span.setAttributes({
        'messaging.system': 'kafka',
        'messaging.operation.type': 'process',
        'messaging.destination.name': run[0].event.topic,
        'messaging.destination.partition.id': String(run[0].event.partition),
        'messaging.consumer.group.name': this.groupId,
        'messaging.batch.message_count': run.length,
      });
    }
    try {
      const done = await withContext(contextWithSpan(context.active(), span), () => this.batchHandler!(run.map((item) => item.event)));
      if (!Number.isInteger(done) || done < 0 || done > run.length) throw new RangeError(`the batch handler handled ${done} of ${run.length} events`);
      span.setAttribute('lethe.batch.handled', done);
      return done;
    } catch (err) {
      span.setStatus({ code: SpanStatusCode.ERROR });
      span.setAttribute('error.type', err instanceof Error ? err.name : typeof err);
      this.logger.warn({ err, topic: run[0].event.topic, partition: run[0].event.partition, events: run.length }, 'batch handler failed; its events are handled one at a time');
      return undefined;
    } finally {
      span.end();
    }
  }

  /** Per item: handle it? Not when handled before (a redelivery) or when the filter declines it. */
  private async wanted(items: readonly Parsed<T>[], ledger: PartitionLedger | undefined): Promise<boolean[]> {
    const wanted = items.map((item) => item.event !== undefined && !ledger?.has(item.event.envelope.id));
    if (!this.filter) return wanted;
    const indexes = wanted.flatMap((yes, index) => (yes ? [index] : []));
    if (indexes.length === 0) return wanted;
    const verdicts = await this.filter(indexes.map((index) => items[index].event!));
    indexes.forEach((index, position) => (wanted[index] = verdicts[position] === true));
    return wanted;
  }

  /**
   * Records handled ids in the background: the handlers ran, so the offsets may be resolved now
   * (at-least-once holds); the record only serves to recognise a later redelivery. Awaiting it
   * before every offset resolution cost a third of the consumer's throughput on FerretDB.
   */
  private persist(topic: string, partition: number, offsets: { first: string; last: string }, ids: string[]): void {
    const store = this.bus.processedEvents;
    if (!store) return;
    this.pendingWrites++;
    this.persisting = this.persisting.then(async () => {
      try {
        await store.record(this.groupId, topic, partition, offsets, ids);
      } catch (err) {
        // This process still knows the ids; only a redelivery to another member could repeat them.
        this.logger.warn({ err, topic, partition, events: ids.length }, 'could not record handled event ids');
      } finally {
        this.pendingWrites--;
      }
    });
  }

  private ledgerOf(topic: string, partition: number): Promise<PartitionLedger> {
    const key = ledgerKey(topic, partition);
    const loaded = this.ledgers.get(key);
    if (loaded) return loaded;
    const store = this.bus.processedEvents!;
    // Written ids first, so the ledger read back includes everything this member handled.
    return this.cacheLedger(key, this.persisting.then(() => store.ledger(this.groupId, topic, partition)));
  }

  /** Starts reading the ledgers of all partitions just assigned, in one query, while the first fetch runs. */
  private loadLedgers(assignment: Record<string, number[]>): void {
    const partitions = Object.entries(assignment).flatMap(([topic, numbers]) => numbers.map((partition) => ({ topic, partition })));
    if (partitions.length === 0) return;
    const store = this.bus.processedEvents!;
    const all = this.persisting.then(() => store.ledgers(this.groupId, partitions));
    for (const { topic, partition } of partitions) {
      const key = ledgerKey(topic, partition);
      this.cacheLedger(key, all.then((ledgers) => ledgers.get(key)!));
    }
  }

  private cacheLedger(key: string, ledger: Promise<PartitionLedger>): Promise<PartitionLedger> {
    // A failed load is retried with the next batch, not cached.
    ledger.catch(() => {
      if (this.ledgers.get(key) === ledger) this.ledgers.delete(key);
    });
    this.ledgers.set(key, ledger);
    return ledger;
  }

  /** The event's CONSUMER span, continuing the publisher's trace, and the context the handler runs in. */
  private startSpan({ event, tracestate }: Valid<T>): ActiveSpan {
    const traceparent = event.envelope.traceparent;
    const parent = traceparent === undefined ? context.active() : this.incomingTrace(traceparent, tracestate);
    const span = this.tracer.startSpan(this.spanNames.get(event.topic)!, CONSUMER_SPAN, parent);
    // Attributes only for spans that are recorded: this runs for every event.
    if (span.isRecording()) {
      span.setAttributes({
        'messaging.system': 'kafka',
        'messaging.operation.type': 'process',
        'messaging.destination.name': event.topic,
        'messaging.destination.partition.id': String(event.partition),
        'messaging.kafka.offset': Number(event.offset),
        'messaging.consumer.group.name': this.groupId,
        'messaging.message.id': event.envelope.id,
        'lethe.event.type': event.type,
        'lethe.tenant.id': event.envelope.tenantId,
      });
    }
    return { span, context: contextWithSpan(parent, span) };
  }

  /** Attempts 2 and on of a failed handler, with back-off and a heartbeat between them; then the dead-letter topic, unless a dependency is out. */
  private async retry({ event, message }: Valid<T>, { span, context: spanContext }: ActiveSpan, firstError: unknown, controls: BatchControls): Promise<Outcome> {
    let attempts = 1;
    try {
      await retry(
        async (attempt) => {
          attempts = attempt;
          if (attempt === 1) throw firstError;
          if (!controls.isRunning()) throw new Stopping();
          await controls.heartbeat();
          await withContext(spanContext, () => this.handler(event));
        },
        {
          attempts: this.maxAttempts,
          backoff: this.backoff,
          retryIf: (err) => !isPermanentFailure(err) && !(err instanceof Stopping),
          beforeRetry: (err, attempt) => this.logger.warn({ err, eventId: event.envelope.id, topic: event.topic, attempt }, 'event handler failed; retrying'),
        },
      );
    } catch (err) {
      if (err instanceof Stopping) return 'stopped';
      span.setStatus({ code: SpanStatusCode.ERROR });
      // A dependency is out: the consumer restarts from the last committed offset and the event comes again.
      if (isOutage(err)) throw err;
      span.setAttributes({ 'error.type': err instanceof Error ? err.name : typeof err, 'lethe.attempts': attempts, 'lethe.dead_lettered': true });
      await this.deadLetter(event.topic, event.partition, message, err, attempts);
      return 'dead-lettered';
    }
    span.setAttribute('lethe.attempts', attempts);
    return 'handled';
  }

  /** Sends the record, value and headers untouched, to the group's dead-letter topic of its topic. */
  private async deadLetter(topic: string, partition: number, message: KafkaMessage, err: unknown, attempts: number): Promise<void> {
    const reason = err instanceof Error ? err.name : 'UnknownError';
    const headers: IHeaders = { ...message.headers };
    headers[DLQ_HEADERS.reason] = reason;
    const code = (err as { reason?: unknown }).reason;
    if (typeof code === 'string') headers[DLQ_HEADERS.code] = code;
    const detail = deadLetterDetail(err);
    if (detail) headers[DLQ_HEADERS.detail] = detail;
    headers[DLQ_HEADERS.attempts] = String(attempts);
    headers[DLQ_HEADERS.sourceTopic] = topic;
    headers[DLQ_HEADERS.sourcePartition] = String(partition);
    headers[DLQ_HEADERS.sourceOffset] = message.offset;
    const dlq = deadLetterTopicName(topic, this.groupId);
    await this.bus.publishRecords([{ topic: dlq, key: message.key, value: message.value ?? Buffer.alloc(0), headers }]);
    this.logger.warn(
      { topic, partition, offset: message.offset, reason, code, attempts, eventId: header(message.headers, HEADERS.id) },
      'event dead-lettered',
    );
  }

  /** Validates a record's headers and decodes its payload; anything invalid is returned as such. */
  private parse(contract: TopicContract<T>, topic: string, partition: number, message: KafkaMessage): Parsed<T> {
    const headers = message.headers ?? {};
    const id = header(headers, H_ID);
    if (!id) return invalidRecord(message, 'MISSING_EVENT_ID', 'the record has no ce_id header');
    const type = this.repeated.type.read(headers[H_TYPE]) as T | undefined;
    if (!type || !contract.eventTypes.includes(type)) {
      return invalidRecord(message, 'UNKNOWN_EVENT_TYPE', `the record's ce_type is not an event type of ${topic}`);
    }
    const tenantId = this.repeated.tenant.read(headers[H_TENANT]);
    if (!tenantId) return invalidRecord(message, 'MISSING_TENANT', 'the record has no ce_tenant header');
    if (!message.value || message.value.length === 0) return invalidRecord(message, 'EMPTY_PAYLOAD', 'the record has no value');
    const encoding = encodingOf(contract);
    const contentType = this.repeated.contentType.read(headers[H_CONTENT_TYPE]);
    if (contentType !== undefined && contentType !== PAYLOAD_CONTENT_TYPES[encoding] && mediaType(contentType) !== PAYLOAD_CONTENT_TYPES[encoding]) {
      return invalidRecord(message, 'UNSUPPORTED_CONTENT_TYPE', `the record's content-type is not ${PAYLOAD_CONTENT_TYPES[encoding]}, the encoding of ${topic}`);
    }
    const timeHeader = this.repeated.time.read(headers[H_TIME]);
    const time = new Date(timeHeader ? this.parseTime(timeHeader) : Number(message.timestamp));
    if (Number.isNaN(time.getTime())) return invalidRecord(message, 'INVALID_TIME', 'the record has an invalid ce_time header');
    let payload: unknown;
    try {
      let byType = this.decoders.get(topic);
      if (!byType) this.decoders.set(topic, (byType = new Map()));
      let decode = byType.get(type);
      if (!decode) byType.set(type, (decode = payloadDecoder(encoding, type)));
      payload = decode(message.value);
    } catch (err) {
      return invalidRecord(message, 'UNDECODABLE_PAYLOAD', (err as Error).message);
    }
    const traceparent = this.repeated.traceparent.read(headers[H_TRACEPARENT]);
    return {
      message,
      event: {
        type,
        payload: payload as ConsumedEventOf<T>['payload'],
        envelope: { id, type, source: this.repeated.source.read(headers[H_SOURCE]) ?? '', time, tenantId, subjectId: header(headers, H_SUBJECT) || undefined, traceparent },
        topic,
        partition,
        offset: message.offset,
      },
      tracestate: traceparent === undefined ? undefined : header(headers, H_TRACESTATE),
    };
  }

  /** The context an incoming trace continues in; events published together share it, so it is read once for them. */
  private incomingTrace(traceparent: string, tracestate: string | undefined): Context {
    const base = context.active();
    const last = this.lastTrace;
    if (last.base !== base || last.traceparent !== traceparent || last.tracestate !== tracestate) {
      this.lastTrace = { base, traceparent, tracestate, context: extractTraceContext({ traceparent, tracestate }) };
    }
    return this.lastTrace.context;
  }

  /** Milliseconds of a ce_time text (NaN when invalid); parsing is skipped when it repeats the last one. */
  private parseTime(text: string): number {
    if (text !== this.lastTime.text) this.lastTime = { text, ms: Date.parse(text) };
    return this.lastTime.ms;
  }
}

/** The batch stopped (rebalance or shutdown) while a failed handler waited for its retry. */
class Stopping extends Error {}

function invalidRecord<T extends EventTypeName>(message: KafkaMessage, reason: Reason, text: string): Parsed<T> {
  return { message, invalid: new InvalidEventError(reason, text) };
}

const MAX_DETAIL_CHARS = 1_000;

/**
 * What a producer needs to fix a refused record: the decoder's or the handler's account of an
 * invalid event (which names fields and rules, never values), or the fields a validation refused
 * with their codes. Other failures (a database error may quote values) get none.
 */
function deadLetterDetail(err: unknown): string | undefined {
  let detail: string | undefined;
  if (err instanceof InvalidEventError) detail = err.message;
  else if (err instanceof ValidationError) detail = err.violations.map((violation) => `${violation.field}: ${violation.code}`).join('; ');
  return detail && detail.length > MAX_DETAIL_CHARS ? `${detail.slice(0, MAX_DETAIL_CHARS - 1)}…` : detail;
}

/** A content-type without its parameters, lower-cased (`Application/JSON; charset=utf-8` → `application/json`). */
function mediaType(contentType: string): string {
  const end = contentType.indexOf(';');
  return (end === -1 ? contentType : contentType.slice(0, end)).trim().toLowerCase();
}

// Header names as plain constants: this runs for every consumed record.
const H_ID = HEADERS.id;
const H_TYPE = HEADERS.type;
const H_TENANT = HEADERS.tenant;
const H_SUBJECT = HEADERS.subject;
const H_SOURCE = HEADERS.source;
const H_TIME = HEADERS.time;
const H_TRACEPARENT = HEADERS.traceparent;
const H_TRACESTATE = HEADERS.tracestate;
const H_CONTENT_TYPE = HEADERS.contentType;

function header(headers: IHeaders | undefined, name: string): string | undefined {
  return headerText(headers?.[name]);
}

function headerText(value: IHeaders[string]): string | undefined {
  if (value === undefined) return undefined;
  const single = Array.isArray(value) ? value[0] : value;
  // toString() without arguments is Buffer's UTF-8 fast path.
  return typeof single === 'string' ? single : single?.toString();
}

/**
 * One header's text, decoded only when its bytes differ from the previous record's (type, tenant,
 * source, time and trace mostly repeat within a batch): comparing a few bytes costs half of
 * decoding them, and the repeated text is one string instead of one per record.
 */
class RepeatedHeader {
  private bytes = Buffer.alloc(0);
  private text: string | undefined;

  read(value: IHeaders[string]): string | undefined {
    if (!Buffer.isBuffer(value)) return headerText(value);
    if (this.text !== undefined && sameBytes(value, this.bytes)) return this.text;
    // A copy: the record's bytes are a view of the whole fetch response.
    this.bytes = Buffer.from(value);
    this.text = value.toString();
    return this.text;
  }
}

function sameBytes(a: Buffer, b: Buffer): boolean {
  const length = a.length;
  if (length !== b.length) return false;
  for (let i = 0; i < length; i++) if (a[i] !== b[i]) return false;
  return true;
}
