import type { EventInput, EventOutput, EventTypeName, TopicContract } from '@lethe/protos';
import type { Reason } from '../errors/reasons';
import { LetheError, type ErrorKind } from '../errors/errors';

/** Record header names: CloudEvents' Kafka binding (binary content mode) plus W3C trace context. */
export const HEADERS = {
  specversion: 'ce_specversion',
  id: 'ce_id',
  type: 'ce_type',
  source: 'ce_source',
  time: 'ce_time',
  tenant: 'ce_tenant',
  subject: 'ce_subject',
  contentType: 'content-type',
  traceparent: 'traceparent',
  tracestate: 'tracestate',
} as const;

/** Extra headers on a dead-lettered record; the original value and headers are kept as they were. */
export const DLQ_HEADERS = {
  /** The error's name, e.g. InvalidEventError, ValidationError. */
  reason: 'x-dlq-reason',
  /** Its reason from the catalogue (errors/reasons.ts), e.g. UNDECODABLE_PAYLOAD. */
  code: 'x-dlq-code',
  /** For an invalid event: which field or rule failed, never a value. */
  detail: 'x-dlq-detail',
  attempts: 'x-dlq-attempts',
  sourceTopic: 'x-dlq-source-topic',
  sourcePartition: 'x-dlq-source-partition',
  sourceOffset: 'x-dlq-source-offset',
} as const;

/** The event types a topic contract carries. */
export type TopicEventType<C> = C extends TopicContract<infer T> ? T : never;

/** One event to publish: `type` must be one of the topic's types and `payload` its input type. */
export type PublishEvent<T extends EventTypeName> = {
  [K in T]: {
    type: K;
    payload: EventInput<K>;
    tenantId: string;
    /** Opaque id of the person the event is about; the record key on subject-keyed topics. */
    subjectId?: string;
    /** Defaults to a fresh UUID; pass one to make a retried publish deduplicate downstream. */
    id?: string;
    /** When the fact happened; defaults to now. */
    time?: Date;
  };
}[T];

/** Metadata of a consumed event, read from its record headers. */
export interface EventEnvelope {
  id: string;
  type: EventTypeName;
  source: string;
  time: Date;
  tenantId: string;
  subjectId?: string;
  traceparent?: string;
}

/** A consumed, decoded event of one type. */
export interface ConsumedEventOf<T extends EventTypeName> {
  type: T;
  payload: EventOutput<T>;
  envelope: EventEnvelope;
  topic: string;
  partition: number;
  offset: string;
}

/** A consumed event: a union discriminated by `type` over every type of the subscribed topics. */
export type ConsumedEvent<T extends EventTypeName> = { [K in T]: ConsumedEventOf<K> }[T];

/** A record already encoded for Kafka (outbox entries, dead letters). */
export interface EncodedRecord {
  topic: string;
  key: string | Buffer | null;
  value: Buffer;
  headers: Record<string, string | Buffer | (string | Buffer)[] | undefined>;
}

/** A consumed record that is not a valid Lethe event: it goes to the dead-letter topic untouched. */
export class InvalidEventError extends LetheError {
  readonly kind: ErrorKind = 'invalid_argument';
  constructor(reason: Reason, message: string) {
    super(message, { reason });
  }
}

/** A handler error that retrying cannot fix (invalid input): dead-lettered at once. */
export function isPermanentFailure(err: unknown): boolean {
  return err instanceof LetheError && err.kind === 'invalid_argument';
}

/** What the drivers throw while the broker, the database or Redis is down or restarting. */
const OUTAGE_ERROR_NAMES = /^(?:KafkaJS\w+|Mongo(?:Network|NetworkTimeout|ServerSelection|NotConnected|TopologyClosed|PoolCleared)Error|Client(?:Offline|Closed)Error|ConnectionTimeoutError|SocketClosedUnexpectedlyError)$/;
const GRPC_UNAVAILABLE = 14;

/**
 * A handler error that says a dependency is out (Kafka, MongoDB, Redis, a peer service), not that the
 * event is bad: the event is not dead-lettered but handled again once it is back.
 */
export function isOutage(err: unknown): boolean {
  if (err instanceof LetheError) return err.kind === 'unavailable';
  if (!(err instanceof Error)) return false;
  // A peer service's gRPC status: the call never reached a handler that could judge the event.
  if ((err as { code?: unknown }).code === GRPC_UNAVAILABLE && 'metadata' in err) return true;
  return OUTAGE_ERROR_NAMES.test(err.name);
}
