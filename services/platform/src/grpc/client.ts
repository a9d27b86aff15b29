import { randomUUID } from 'node:crypto';
import * as grpc from '@grpc/grpc-js';
import { context, SpanStatusCode, trace } from '@opentelemetry/api';
import { baseConfigSchema } from '../service/config';
import { injectTraceContext, SpanKind, tracer } from '../telemetry/tracing';
import { currentRequestContext } from './request-scope';
import { DEFAULT_MAX_MESSAGE_BYTES } from './limits';

/** Where a client gets the bearer token of a call from. */
export type TokenProvider = () => string | Promise<string>;

export interface ClientSettings {
  /** A fixed bearer token for every call. */
  token?: string;
  /** Asked before every call (e.g. `serviceTokens.forTenant(tenantId, rights)`); wins over `token`. */
  tokenProvider?: TokenProvider;
  /** Deadline of every call that sets none; GRPC_CLIENT_DEADLINE_MS (5 s) by default. */
  deadlineMs?: number;
  /** Insecure (plaintext, in-cluster) by default. */
  credentials?: grpc.ChannelCredentials;
  channelOptions?: grpc.ChannelOptions;
}

/** Per-call settings of the promise helpers. */
export interface CallSettings {
  /** Bearer token of this call only, e.g. a service token for the tenant the call is for. */
  token?: string;
  deadlineMs?: number;
  metadata?: grpc.Metadata;
}

type ClientConstructor<C extends grpc.Client> = new (address: string, credentials: grpc.ChannelCredentials, options?: grpc.ClientOptions) => C;

export function defaultDeadlineMs(env: NodeJS.ProcessEnv = process.env): number {
  return baseConfigSchema.shape.GRPC_CLIENT_DEADLINE_MS.parse(env.GRPC_CLIENT_DEADLINE_MS || undefined);
}

/**
 * A client of a generated service constructor whose every call carries `authorization`,
 * `x-request-id` (the current request's, or a new one), `traceparent` of a CLIENT span, and a
 * deadline.
 */
export function createClient<C extends grpc.Client>(Ctor: ClientConstructor<C>, address: string, settings: ClientSettings = {}): C {
  return new Ctor(address, settings.credentials ?? grpc.credentials.createInsecure(), {
    'grpc.max_receive_message_length': DEFAULT_MAX_MESSAGE_BYTES,
    'grpc.max_send_message_length': DEFAULT_MAX_MESSAGE_BYTES,
    ...settings.channelOptions,
    interceptors: [letheClientInterceptor(settings)],
  });
}

/** The interceptor `createClient` installs, for clients built some other way. */
export function letheClientInterceptor(settings: Pick<ClientSettings, 'token' | 'tokenProvider' | 'deadlineMs'>): grpc.Interceptor {
  const deadlineMs = settings.deadlineMs ?? defaultDeadlineMs();
  const tokenFor = async (): Promise<string | undefined> => (settings.tokenProvider ? settings.tokenProvider() : settings.token);

  return (options, nextCall) => {
    const path = options.method_definition.path;
    const parent = context.active();
    const span = tracer().startSpan(path.slice(1), { kind: SpanKind.CLIENT, attributes: { 'rpc.method': path } }, parent);
    const requestId = currentRequestContext()?.requestId ?? randomUUID();
    const endSpan = (code: grpc.status) => {
      span.setAttribute('rpc.grpc.status_code', code);
      if (code !== grpc.status.OK) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    };

    const requester: grpc.Requester = {
      start: (metadata, listener, next) => {
        const statusListener: grpc.Listener = {
          onReceiveStatus: (status, nextStatus) => {
            endSpan(status.code);
            nextStatus(status);
          },
        };
        const withToken = (token: string | undefined) => {
          if (token && metadata.get('authorization').length === 0) metadata.set('authorization', `Bearer ${token}`);
          if (metadata.get('x-request-id').length === 0) metadata.set('x-request-id', requestId);
          for (const [key, value] of Object.entries(injectTraceContext({}, trace.setSpan(parent, span)))) metadata.set(key, value);
          next(metadata, statusListener);
        };
        if (metadata.get('authorization').length > 0) {
          withToken(undefined);
          return;
        }
        tokenFor().then(withToken, () => {
          // Without a token the call cannot succeed: it fails here instead of reaching the server.
          // Cancelling the never-started call releases its deadline timer.
          const details = 'no token could be obtained for the call';
          underlying.cancelWithStatus(grpc.status.UNAUTHENTICATED, details);
          endSpan(grpc.status.UNAUTHENTICATED);
          listener.onReceiveStatus({ code: grpc.status.UNAUTHENTICATED, details, metadata: new grpc.Metadata() });
        });
      },
    };
    const underlying = nextCall({ ...options, deadline: options.deadline ?? Date.now() + deadlineMs });
    return new grpc.InterceptingCall(underlying, requester);
  };
}

/* eslint-disable @typescript-eslint/no-explicit-any -- matching the overloads of generated client methods */
/** Names of a client's unary methods (their last overload is `(request, callback)`). */
export type UnaryMethodName<C> = {
  [K in keyof C]: C[K] extends (argument: any, callback: grpc.requestCallback<any>) => grpc.ClientUnaryCall ? K : never;
}[keyof C] &
  string;
export type UnaryRequest<F> = F extends (argument: infer Req, callback: grpc.requestCallback<any>) => grpc.ClientUnaryCall ? Req : never;
export type UnaryResponse<F> = F extends (argument: any, callback: grpc.requestCallback<infer Res>) => grpc.ClientUnaryCall ? Res : never;

/** Names of a client's server-streaming methods (last overload `(request, options?)` → readable stream). */
export type ServerStreamMethodName<C> = {
  [K in keyof C]: C[K] extends (argument: any, options?: grpc.CallOptions) => grpc.ClientReadableStream<any> ? K : never;
}[keyof C] &
  string;
export type ServerStreamRequest<F> = F extends (argument: infer Req, options?: grpc.CallOptions) => grpc.ClientReadableStream<any> ? Req : never;
export type ServerStreamResponse<F> = F extends (argument: any, options?: grpc.CallOptions) => grpc.ClientReadableStream<infer Res> ? Res : never;

/** Names of a client's client-streaming methods (last overload `(callback)` → writable stream). */
export type ClientStreamMethodName<C> = {
  [K in keyof C]: C[K] extends (callback: grpc.requestCallback<any>) => grpc.ClientWritableStream<any> ? K : never;
}[keyof C] &
  string;
export type ClientStreamRequest<F> = F extends (callback: grpc.requestCallback<any>) => grpc.ClientWritableStream<infer Req> ? Req : never;
export type ClientStreamResponse<F> = F extends (callback: grpc.requestCallback<infer Res>) => grpc.ClientWritableStream<any> ? Res : never;
/* eslint-enable @typescript-eslint/no-explicit-any */

function callArguments(settings: CallSettings): [grpc.Metadata, grpc.CallOptions] {
  const metadata = settings.metadata?.clone() ?? new grpc.Metadata();
  if (settings.token) metadata.set('authorization', `Bearer ${settings.token}`);
  const options: grpc.CallOptions = settings.deadlineMs ? { deadline: Date.now() + settings.deadlineMs } : {};
  return [metadata, options];
}

/** `await unaryCall(client, 'WhoAmI', {})`: a unary call as a promise; rejects with the grpc-js ServiceError. */
export function unaryCall<C extends grpc.Client, K extends UnaryMethodName<C>>(
  client: C,
  method: K,
  request: UnaryRequest<C[K]>,
  settings: CallSettings = {},
): Promise<UnaryResponse<C[K]>> {
  const [metadata, options] = callArguments(settings);
  const fn = client[method] as unknown as (
    argument: UnaryRequest<C[K]>,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<UnaryResponse<C[K]>>,
  ) => grpc.ClientUnaryCall;
  return new Promise((resolve, reject) => {
    fn.call(client, request, metadata, options, (err, response) => (err ? reject(err) : resolve(response as UnaryResponse<C[K]>)));
  });
}

/** A server-streaming call; iterate the returned stream with `for await`. */
export function serverStreamCall<C extends grpc.Client, K extends ServerStreamMethodName<C>>(
  client: C,
  method: K,
  request: ServerStreamRequest<C[K]>,
  settings: CallSettings = {},
): grpc.ClientReadableStream<ServerStreamResponse<C[K]>> {
  const [metadata, options] = callArguments(settings);
  const fn = client[method] as unknown as (
    argument: ServerStreamRequest<C[K]>,
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
  ) => grpc.ClientReadableStream<ServerStreamResponse<C[K]>>;
  return fn.call(client, request, metadata, options);
}

/** A client-streaming call: writes every message (respecting back-pressure), then awaits the response. */
export function clientStreamCall<C extends grpc.Client, K extends ClientStreamMethodName<C>>(
  client: C,
  method: K,
  messages: Iterable<ClientStreamRequest<C[K]>> | AsyncIterable<ClientStreamRequest<C[K]>>,
  settings: CallSettings = {},
): Promise<ClientStreamResponse<C[K]>> {
  const [metadata, options] = callArguments(settings);
  const fn = client[method] as unknown as (
    metadata: grpc.Metadata,
    options: grpc.CallOptions,
    callback: grpc.requestCallback<ClientStreamResponse<C[K]>>,
  ) => grpc.ClientWritableStream<ClientStreamRequest<C[K]>>;
  return new Promise((resolve, reject) => {
    let settled = false;
    let onSettled = () => {};
    const finished = new Promise<void>((done) => (onSettled = done));
    const stream = fn.call(client, metadata, options, (err, response) => {
      settled = true;
      onSettled();
      if (err) reject(err);
      else resolve(response as ClientStreamResponse<C[K]>);
    });
    void (async () => {
      try {
        for await (const message of messages) {
          if (settled) return;
          if (!stream.write(message)) await Promise.race([new Promise<void>((drained) => stream.once('drain', drained)), finished]);
        }
        stream.end();
      } catch (err) {
        // The source failed: abandon the call; the server sees a cancellation, the caller the source's error.
        stream.cancel();
        if (!settled) {
          settled = true;
          reject(err);
        }
      }
    })();
  });
}
