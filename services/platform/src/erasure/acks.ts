import { z } from 'zod';
import type { ErasureAck__Output } from '@lethe/protos';
import { ValidationError } from '../errors/errors';
import type { EventEnvelope } from '../kafka/events';
import { fields, parseInput } from '../validation';
import { ERASURE_OUTCOME } from './vocabulary';

const FIELD_NAME = /^[A-Za-z][A-Za-z0-9_.]*$/;
const CODE = /^[A-Z][A-Z0-9_]*$/;
const code = () => fields.pattern(CODE, 'must be a machine-readable code', { max: 64, blank: true });

const ackSchema = z.object({
  commandId: fields.id(),
  service: fields.pattern(/^[a-z][a-z0-9-]*$/, 'must be a service name', { max: 63 }),
  outcome: z.enum(ERASURE_OUTCOME.names.map((name) => ERASURE_OUTCOME.toProto(name)) as [string, ...string[]]),
  counts: fields.map(z.number().int().min(0), { max: 100, key: fields.pattern(/^[a-z][a-zA-Z0-9_]*$/, 'must be a kind of record', { max: 64 }) }),
  completedAt: z.object({ seconds: fields.text(24), nanos: z.number() }).nullable(),
  tenantId: fields.id(),
  subjectId: fields.id(),
  retainedFields: fields.list(fields.pattern(FIELD_NAME, 'must be a field name', { max: 100 }), 100),
  retainedReason: code(),
  failureReason: code(),
  keyId: fields.text(64),
  signature: fields.text(200),
});

/**
 * Validates a decoded acknowledgement (after its signature was checked) against its envelope;
 * throws a ValidationError (dead-lettered, never retried).
 */
export function parseErasureAck(payload: ErasureAck__Output, envelope: EventEnvelope): ErasureAck__Output {
  const ack = parseInput(ackSchema, payload) as ErasureAck__Output;
  if (ack.tenantId !== envelope.tenantId || ack.subjectId !== envelope.subjectId) {
    throw new ValidationError([{ field: 'subjectId', code: 'mismatch', description: 'tenant and subject must match the event envelope' }]);
  }
  return ack;
}
