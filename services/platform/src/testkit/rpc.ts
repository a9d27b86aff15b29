import type { ServiceError } from '@grpc/grpc-js';
import { readErrorDetails } from '../grpc';
import type { ErrorDetails } from '../grpc/error-details';

/** The error details of a call that must fail; fails the test when the call succeeds. */
export async function failure(call: Promise<unknown>): Promise<ErrorDetails> {
  try {
    await call;
  } catch (err) {
    return readErrorDetails(err as ServiceError);
  }
  throw new Error('the call succeeded');
}
