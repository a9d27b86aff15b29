import { AsyncLocalStorage } from 'node:async_hooks';
import type { RequestContext } from '../auth/context';

const scope = new AsyncLocalStorage<RequestContext>();

/** Runs `fn` with `ctx` as the current request, so outgoing calls carry its request id. */
export function runInRequestScope<T>(ctx: RequestContext, fn: () => T): T {
  return scope.run(ctx, fn);
}

/** The caller of the gRPC request being handled, if any. */
export function currentRequestContext(): RequestContext | undefined {
  return scope.getStore();
}

/** Request ids come from callers and end up in logs: plain id characters only. */
export function isValidRequestId(value: unknown): value is string {
  return typeof value === 'string' && /^[A-Za-z0-9._:-]{1,128}$/.test(value);
}
