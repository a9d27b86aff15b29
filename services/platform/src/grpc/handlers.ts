import type * as grpc from '@grpc/grpc-js';
import type { MethodDefinition } from '@grpc/proto-loader';
import type { RequestContext } from '../auth/context';

/**
 * Typed gRPC handlers. A handler gets the decoded request and the verified caller and returns
 * (or yields) plain response objects or throws a LetheError; the server turns both into gRPC
 * statuses, so handlers never touch metadata or status codes.
 */
export interface UnaryHandler<Req, Res> {
  readonly kind: 'unary';
  readonly handle: (request: Req, ctx: RequestContext, call: grpc.ServerUnaryCall<Req, Res>) => Promise<Res>;
}

export interface ServerStreamHandler<Req, Res> {
  readonly kind: 'serverStream';
  /** Yields the response messages; the stream ends when the iterable does. */
  readonly produce: (request: Req, ctx: RequestContext, call: grpc.ServerWritableStream<Req, Res>) => AsyncIterable<Res>;
}

export interface ClientStreamHandler<Req, Res> {
  readonly kind: 'clientStream';
  /** Consumes the request messages (ends when the client half-closes) and returns one response. */
  readonly consume: (requests: AsyncIterable<Req>, ctx: RequestContext, call: grpc.ServerReadableStream<Req, Res>) => Promise<Res>;
}

// The function of each kind sits under its own name so that a handler table's contextual type
// infers the request type of `unary(...)` from UnaryHandler alone (a shared name would intersect
// it with the client-stream iterable).
export type MethodHandler<Req, Res> = UnaryHandler<Req, Res> | ServerStreamHandler<Req, Res> | ClientStreamHandler<Req, Res>;

/* eslint-disable @typescript-eslint/no-explicit-any -- handler tables of untyped (fixture) definitions are typed by the caller */
type AnyMethodHandler = MethodHandler<any, any>;

export function unary<Req, Res>(handle: UnaryHandler<Req, Res>['handle']): UnaryHandler<Req, Res> {
  return { kind: 'unary', handle };
}

export function serverStream<Req, Res>(produce: ServerStreamHandler<Req, Res>['produce']): ServerStreamHandler<Req, Res> {
  return { kind: 'serverStream', produce };
}

export function clientStream<Req, Res>(consume: ClientStreamHandler<Req, Res>['consume']): ClientStreamHandler<Req, Res> {
  return { kind: 'clientStream', consume };
}

type KnownKeys<T> = keyof { [K in keyof T as string extends K ? never : number extends K ? never : K]: T[K] };

/**
 * The handler table of a service definition: for a generated `*ServiceDefinition` every method,
 * typed with its decoded request (`__Output`) and response types; for an untyped definition
 * (loaded at runtime) any method names.
 */
export type ServiceHandlers<D> = [KnownKeys<D>] extends [never]
  ? Record<string, AnyMethodHandler>
  : {
      [K in KnownKeys<D>]: D[K] extends MethodDefinition<any, infer Res, infer Req, any> ? MethodHandler<Req, Res> : never;
    };
/* eslint-enable @typescript-eslint/no-explicit-any */

/**
 * One resource's part of a service's handler table (`src/api/<resource>.ts`); the parts are spread
 * into `implement`, which checks at compile time that together they cover every method.
 */
export type HandlerTable<D, K extends keyof ServiceHandlers<D>> = Pick<ServiceHandlers<D>, K>;

export interface ServiceRegistration {
  /** Fully-qualified service name, e.g. `lethe.session.v1.SessionService`. */
  readonly name: string;
  readonly definition: grpc.ServiceDefinition;
  readonly handlers: Readonly<Record<string, AnyMethodHandler>>;
}

const KIND_OF = (method: { requestStream: boolean; responseStream: boolean }): AnyMethodHandler['kind'] | 'bidi' =>
  method.requestStream ? (method.responseStream ? 'bidi' : 'clientStream') : method.responseStream ? 'serverStream' : 'unary';

export interface ServiceBuilder<D> {
  /**
   * Binds the handler table. Throws at boot when a handler names an unknown method, has the
   * wrong streaming kind, or a method has no handler.
   */
  implement(handlers: ServiceHandlers<D>): ServiceRegistration;
}

/**
 * `defineService(definition).implement({ Method: unary(async (request, ctx) => ...) })`.
 * Two steps so the definition's type is settled before the handler table is checked: the request
 * and response types of `unary(...)` then come from the definition (one call with both arguments
 * would leave them `any`).
 */
export function defineService<D extends grpc.ServiceDefinition>(definition: D): ServiceBuilder<D> {
  return {
    implement: (handlers) => {
      const table = handlers as Record<string, AnyMethodHandler>;
      const methods = Object.entries(definition);
      if (methods.length === 0) throw new Error('a service definition needs at least one method');
      const name = serviceNameOf(definition);
      for (const [methodName, method] of methods) {
        const handler = table[methodName];
        if (!handler) throw new Error(`${name}/${methodName} has no handler`);
        const expected = KIND_OF(method);
        if (handler.kind !== expected) throw new Error(`${name}/${methodName} is a ${expected} method but got a ${handler.kind} handler`);
      }
      for (const methodName of Object.keys(table)) {
        if (!(methodName in definition)) throw new Error(`${name} has no method ${methodName}`);
      }
      return { name, definition, handlers: table };
    },
  };
}

/** `lethe.session.v1.SessionService` from a definition whose paths are `/lethe.session.v1.SessionService/WhoAmI`. */
export function serviceNameOf(definition: grpc.ServiceDefinition): string {
  const [first] = Object.values(definition);
  const match = first && /^\/([^/]+)\/[^/]+$/.exec(first.path);
  if (!match?.[1]) throw new Error('cannot read the service name from the definition');
  return match[1];
}
