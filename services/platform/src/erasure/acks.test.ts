import { decodeMessage, encodeMessage, type ErasureAck, type ErasureAck__Output } from '@lethe/protos';
import { ValidationError } from '../errors/errors';
import type { EventEnvelope } from '../kafka/events';
import { parseErasureAck } from './acks';

const envelope: EventEnvelope = { id: 'e-1', type: 'lethe.erasure.v1.ErasureAck', source: 'candidates', time: new Date(), tenantId: 't-1', subjectId: 's-1' };
const ack: ErasureAck = {
  commandId: 'c-1',
  service: 'candidates',
  outcome: 'ERASURE_OUTCOME_DONE',
  counts: { documents: 3 },
  completedAt: { seconds: '1777000100', nanos: 0 },
  tenantId: 't-1',
  subjectId: 's-1',
  retainedFields: ['lastName'],
  retainedReason: 'LINKED_CONTACT_PERSON',
  keyId: 'k',
  signature: 's',
};
/** The name of the error `attempt` throws, if any. */
const refusal = (attempt: () => unknown): string | undefined => {
  try {
    attempt();
    return undefined;
  } catch (err) {
    return err instanceof ValidationError ? err.name : String(err);
  }
};
const carried = (message: ErasureAck): ErasureAck__Output => decodeMessage('lethe.erasure.v1.ErasureAck', encodeMessage('lethe.erasure.v1.ErasureAck', message));

describe('an acknowledgement, once its signature verified', () => {
  it('is read as carried', () => {
    expect(parseErasureAck(carried(ack), envelope)).toMatchObject({ commandId: 'c-1', service: 'candidates', outcome: 'ERASURE_OUTCOME_DONE', counts: { documents: 3 } });
  });

  it('is refused when it is about another tenant or subject than its envelope, or malformed', () => {
    for (const [name, changed, on] of [
      ['another subject', ack, { ...envelope, subjectId: 's-2' }],
      ['another tenant', ack, { ...envelope, tenantId: 't-2' }],
      ['no outcome', { ...ack, outcome: 'ERASURE_OUTCOME_UNSPECIFIED' }, envelope],
      ['a count of no kind', { ...ack, counts: { 'Not A Kind': 1 } }, envelope],
      ['a reason in words', { ...ack, failureReason: 'the disk at 10.0.0.7 failed' }, envelope],
      ['a service that is no name', { ...ack, service: 'Candidates Service' }, envelope],
    ] as const) {
      expect([name, refusal(() => parseErasureAck(carried(changed as ErasureAck), on))]).toEqual([name, 'ValidationError']);
    }
  });
});
