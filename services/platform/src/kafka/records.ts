import { newId } from '../ids';
import { encodePayload, encodingOf, PAYLOAD_CONTENT_TYPES, payloadKeyFields, type EventTypeName, type TopicContract } from '@lethe/protos';
import { ValidationError, type FieldViolation } from '../errors/errors';
import { HEADERS, type PublishEvent } from './events';

/** An event encoded for its topic: the record plus the ids it was built from. */
export interface EncodedEvent {
  id: string;
  type: EventTypeName;
  topic: string;
  key: string;
  tenantId: string;
  subjectId?: string;
  value: Buffer;
  /** CloudEvents and trace headers; `ce_source` is added by the bus that publishes it. */
  headers: Record<string, string>;
}

/**
 * Checks an event against its topic contract and encodes it: the payload in the topic's encoding
 * (protobuf, or the proto3 JSON mapping) as the value,
 * the metadata as CloudEvents headers, the trace context (already serialised into `traceHeaders`)
 * as `traceparent`/`tracestate`. Throws a ValidationError naming the bad field.
 */
export function encodeEvent<T extends EventTypeName>(
  contract: TopicContract<T>,
  event: PublishEvent<T>,
  traceHeaders: Readonly<Record<string, string>>,
  index = 0,
): EncodedEvent {
  const at = (field: string) => `events[${index}].${field}`;
  const violations: FieldViolation[] = [];
  if (!(contract.eventTypes as readonly string[]).includes(event.type)) {
    violations.push({ field: at('type'), code: 'invalid_value', description: `is not an event type of topic ${contract.name}` });
  }
  if (typeof event.tenantId !== 'string' || event.tenantId === '') {
    violations.push({ field: at('tenantId'), code: 'required', description: 'is required' });
  }
  if (contract.key === 'subject' && (typeof event.subjectId !== 'string' || event.subjectId === '')) {
    violations.push({ field: at('subjectId'), code: 'required', description: `is required: topic ${contract.name} is keyed by subject` });
  }
  if (event.id !== undefined && (typeof event.id !== 'string' || event.id === '')) {
    violations.push({ field: at('id'), code: 'invalid_value', description: 'must be a non-empty string' });
  }
  const keyFields = payloadKeyFields(contract, event.type);
  const payloadKey = keyFields.map((field) => (event.payload as Record<string, unknown>)[field]).find((value) => typeof value === 'string' && value !== '') as string | undefined;
  if (typeof contract.key === 'object' && payloadKey === undefined) {
    violations.push({ field: at(`payload.${keyFields[0] ?? 'key'}`), code: 'required', description: `is required: topic ${contract.name} is keyed by it` });
  }
  const time = event.time ?? new Date();
  if (Number.isNaN(time.getTime())) violations.push({ field: at('time'), code: 'invalid_value', description: 'must be a valid date' });
  if (violations.length > 0) throw new ValidationError(violations);

  const encoding = encodingOf(contract);
  let value: Buffer;
  try {
    value = encodePayload(encoding, event.type, event.payload);
  } catch {
    // The codec's message may quote the offending value, so only the field is named.
    throw new ValidationError([{ field: at('payload'), code: 'invalid_value', description: `does not match ${event.type}` }]);
  }

  const id = event.id ?? newId();
  const headers: Record<string, string> = {
    [HEADERS.specversion]: '1.0',
    [HEADERS.id]: id,
    [HEADERS.type]: event.type,
    [HEADERS.time]: time.toISOString(),
    [HEADERS.tenant]: event.tenantId,
    [HEADERS.contentType]: PAYLOAD_CONTENT_TYPES[encoding],
  };
  if (event.subjectId) headers[HEADERS.subject] = event.subjectId;
  if (traceHeaders.traceparent) headers[HEADERS.traceparent] = traceHeaders.traceparent;
  if (traceHeaders.tracestate) headers[HEADERS.tracestate] = traceHeaders.tracestate;

  return {
    id,
    type: event.type,
    topic: contract.name,
    key: payloadKey ?? (contract.key === 'subject' ? (event.subjectId as string) : event.tenantId),
    tenantId: event.tenantId,
    subjectId: event.subjectId || undefined,
    value,
    headers,
  };
}
