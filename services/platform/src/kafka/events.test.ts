import { Metadata } from '@grpc/grpc-js';
import { ConflictError, UnavailableError, ValidationError } from '../errors/errors';
import { isOutage, isPermanentFailure } from './events';

const named = (name: string) => Object.assign(new Error('down'), { name });

describe('a failed event handler', () => {
  it('met an outage when Kafka, MongoDB, Redis or a peer service was out: the event comes again, never to the dead-letter topic', () => {
    expect(isOutage(new UnavailableError('Kafka did not acknowledge the events in time'))).toBe(true);
    for (const name of ['KafkaJSConnectionError', 'KafkaJSNumberOfRetriesExceeded', 'MongoNetworkError', 'MongoServerSelectionError', 'MongoPoolClearedError', 'ClientOfflineError', 'SocketClosedUnexpectedlyError']) {
      expect([name, isOutage(named(name))]).toEqual([name, true]);
    }
    expect(isOutage(Object.assign(new Error('14 UNAVAILABLE: No connection established'), { code: 14, metadata: new Metadata() }))).toBe(true);
  });

  it('met no outage when the event or the handler is at fault: retried, then dead-lettered', () => {
    expect(isOutage(new ValidationError([{ field: 'subjectId', description: 'is required', code: 'required' }]))).toBe(false);
    expect(isOutage(new ConflictError('changed meanwhile', 'LOCKED'))).toBe(false);
    expect(isOutage(new TypeError('cannot read properties of undefined'))).toBe(false);
    expect(isOutage(named('MongoServerError'))).toBe(false);
    expect(isOutage(Object.assign(new Error('5 NOT_FOUND'), { code: 5, metadata: new Metadata() }))).toBe(false);
    expect(isOutage('down')).toBe(false);
    expect(isPermanentFailure(new ValidationError([{ field: 'subjectId', description: 'is required', code: 'required' }]))).toBe(true);
  });
});
