import { randomUUID } from 'node:crypto';
import * as grpc from '@grpc/grpc-js';
import type { PackageDefinition } from '@grpc/proto-loader';
import { ReflectionService } from '@grpc/reflection';
import { lethePackageDefinition } from '@lethe/protos';
import type { Histogram } from '@opentelemetry/api';
import type { TokenVerifier } from '../auth/tokens';
import type { RequestContext } from '../auth/context';
import { describeError, UnavailableError } from '../errors/errors';
import type { Logger } from '../telemetry/logger';
import { extractTraceContext, inSpan, meter, SpanKind } from '../telemetry/tracing';
import { statusForError } from './error-details';
import type { ClientStreamHandler, MethodHandler, ServerStreamHandler, ServiceRegistration, UnaryHandler } from './handlers';
import { ServingHealth } from './health';
import { DEFAULT_MAX_MESSAGE_BYTES } from './limits';
import { withFileDependencies } from './reflection';
import { isValidRequestId, runInRequestScope } from './request-scope';
import { sessionService } from './session';

export interface GrpcServerOptions {
  logger: Logger;
  verifier: TokenVerifier;
  /** The service's own APIs; lethe.session.v1.SessionService and health are always added. */
  services: readonly ServiceRegistration[];
  maxReceiveMessageBytes?: number;
  /**
   * Serve gRPC server reflection (GRPC_REFLECTION): without a token, anyone reaching the port can
   * list and describe every API, so it is off unless asked for (on locally, off in the chart).
   */
  reflection?: boolean;
  /** Package definitions reflection describes besides Lethe's own protos. */
  reflectionPackages?: readonly PackageDefinition[];
}

export interface LetheGrpcServer {
  readonly server: grpc.Server;
  /** NOT_SERVING until the lifecycle calls `health.setServing()`. */
  readonly health: ServingHealth;
  /** Fully-qualified names of the served APIs. */
  readonly serviceNames: readonly string[];
  /** Binds and serves; returns the bound port (0 picks a free one). */
  start(port: number, host?: string): Promise<number>;
  /** Reports NOT_SERVING, lets running calls finish, and cuts the rest off after `timeoutMs`. */
  drain(timeoutMs: number): Promise<void>;
}

interface CallDeps {
  health: ServingHealth;
  logger: Logger;
  verifier: TokenVerifier;
  duration: Histogram;
}

type CallOutcome<T> = { ok: true; value: T } | { ok: false; status: ReturnType<typeof statusForError> };

export function createGrpcServer(options: GrpcServerOptions): LetheGrpcServer {
  const maxReceive = options.maxReceiveMessageBytes ?? DEFAULT_MAX_MESSAGE_BYTES;
  const server = new grpc.Server({
    'grpc.max_receive_message_length': maxReceive,
    'grpc.max_send_message_length': maxReceive,
  });
  const registrations = [sessionService(), ...options.services];
  const serviceNames = registrations.map((registration) => registration.name);
  const duplicate = serviceNames.find((name, index) => serviceNames.indexOf(name) !== index);
  if (duplicate) throw new Error(`service ${duplicate} is registered twice`);

  const health = new ServingHealth(serviceNames);
  health.addToServer(server);
  const deps: CallDeps = {
    health,
    logger: options.logger,
    verifier: options.verifier,
    duration: meter().createHistogram('rpc.server.call.duration', { unit: 's', description: 'Duration of gRPC calls handled' }),
  };
  for (const registration of registrations) server.addService(registration.definition, implementationOf(registration, deps));

  if (options.reflection) {
    let reflectionPackage: PackageDefinition = lethePackageDefinition();
    for (const extra of options.reflectionPackages ?? []) reflectionPackage = { ...reflectionPackage, ...extra };
    new ReflectionService(withFileDependencies(reflectionPackage), { services: serviceNames }).addToServer(server);
  }

  return {
    server,
    health,
    serviceNames,
    start: (port, host = '0.0.0.0') =>
      new Promise<number>((resolve, reject) => {
        const address = host.includes(':') && !host.startsWith('[') ? `[${host}]:${port}` : `${host}:${port}`;
        server.bindAsync(address, grpc.ServerCredentials.createInsecure(), (err, boundPort) => (err ? reject(err) : resolve(boundPort)));
      }),
    drain: (timeoutMs) => {
      health.setNotServing();
      return new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          server.forceShutdown();
          resolve();
        }, timeoutMs);
        server.tryShutdown(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    },
  };
}

function implementationOf(registration: ServiceRegistration, deps: CallDeps): grpc.UntypedServiceImplementation {
  const implementation: grpc.UntypedServiceImplementation = {};
  for (const [methodName, method] of Object.entries(registration.definition)) {
    const handler = registration.handlers[methodName] as MethodHandler<unknown, unknown>;
    implementation[methodName] = wrap(method.path, handler, deps);
  }
  return implementation;
}

function wrap(path: string, handler: MethodHandler<unknown, unknown>, deps: CallDeps): grpc.UntypedHandleCall {
  switch (handler.kind) {
    case 'unary':
      return wrapUnary(path, handler, deps);
    case 'serverStream':
      return wrapServerStream(path, handler, deps);
    case 'clientStream':
      return wrapClientStream(path, handler, deps);
  }
}

function wrapUnary(path: string, handler: UnaryHandler<unknown, unknown>, deps: CallDeps): grpc.handleUnaryCall<unknown, unknown> {
  return (call, callback) => {
    void runCall(path, call, deps, (ctx) => handler.handle(call.request, ctx, call)).then((outcome) =>
      outcome.ok ? callback(null, outcome.value) : callback(outcome.status),
    );
  };
}

function wrapServerStream(path: string, handler: ServerStreamHandler<unknown, unknown>, deps: CallDeps): grpc.handleServerStreamingCall<unknown, unknown> {
  return (call) => {
    void runCall(path, call, deps, async (ctx) => {
      for await (const message of handler.produce(call.request, ctx, call)) {
        if (call.cancelled) break;
        if (!call.write(message)) await writable(call);
      }
    }).then((outcome) => {
      if (call.cancelled) return;
      if (outcome.ok) call.end();
      else call.emit('error', outcome.status);
    });
  };
}

function wrapClientStream(path: string, handler: ClientStreamHandler<unknown, unknown>, deps: CallDeps): grpc.handleClientStreamingCall<unknown, unknown> {
  return (call, callback) => {
    void runCall(path, call, deps, (ctx) => handler.consume(call, ctx, call)).then((outcome) =>
      outcome.ok ? callback(null, outcome.value) : callback(outcome.status),
    );
  };
}

/** Resolves when a paused stream can take more, or when the client went away. */
function writable(call: grpc.ServerWritableStream<unknown, unknown>): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      call.off('drain', done);
      call.off('cancelled', done);
      call.off('close', done);
      resolve();
    };
    call.on('drain', done);
    call.on('cancelled', done);
    call.on('close', done);
  });
}

/** The address of a gRPC peer (`ipv4:10.0.0.7:51234`, `ipv6:[::1]:51234`) without scheme and port. */
function clientAddressOf(peer: string | undefined): string | undefined {
  if (!peer) return undefined;
  const address = peer.replace(/^ipv[46]:/, '');
  const port = address.lastIndexOf(':');
  return (port > 0 ? address.slice(0, port) : address).replace(/^\[/, '').replace(/\]$/, '');
}

function bearerToken(metadata: grpc.Metadata): string | undefined {
  const [value] = metadata.get('authorization');
  if (typeof value !== 'string') return undefined;
  const match = /^Bearer[ ]+(\S+)\s*$/i.exec(value);
  return match?.[1];
}

function traceCarrier(metadata: grpc.Metadata): Record<string, string | undefined> {
  const first = (key: string) => {
    const [value] = metadata.get(key);
    return typeof value === 'string' ? value : undefined;
  };
  return { traceparent: first('traceparent'), tracestate: first('tracestate'), baggage: first('baggage') };
}

/**
 * What every call goes through: authentication, request id, a SERVER span continuing the caller's
 * trace, one log line, a duration metric, and the mapping of any thrown error to a status.
 */
async function runCall<T>(
  path: string,
  call: { metadata: grpc.Metadata; cancelled?: boolean; getPeer?: () => string },
  deps: CallDeps,
  body: (ctx: RequestContext) => Promise<T>,
): Promise<CallOutcome<T>> {
  const started = performance.now();
  const [rawRequestId] = call.metadata.get('x-request-id');
  const requestId = isValidRequestId(rawRequestId) ? rawRequestId : randomUUID();
  let ctx: RequestContext | undefined;
  let code: grpc.status = grpc.status.OK;
  try {
    const value = await inSpan(
      path.slice(1),
      { kind: SpanKind.SERVER, parent: extractTraceContext(traceCarrier(call.metadata)), attributes: { 'rpc.method': path } },
      async (span) => {
        try {
          // Until its dependencies are connected a service answers health checks only.
          if (!deps.health.hasStarted) throw new UnavailableError('the service is starting');
          const verified = { ...(await deps.verifier.verify(bearerToken(call.metadata), requestId)), clientAddress: clientAddressOf(call.getPeer?.()) };
          ctx = verified;
          span.setAttribute('lethe.tenant_id', verified.tenantId);
          const result = await runInRequestScope(verified, () => body(verified));
          span.setAttribute('rpc.grpc.status_code', grpc.status.OK);
          return result;
        } catch (err) {
          span.setAttribute('rpc.grpc.status_code', describeError(err).grpcCode);
          throw err;
        }
      },
    );
    return { ok: true, value };
  } catch (err) {
    const described = describeError(err);
    code = described.grpcCode;
    if (described.unexpected) deps.logger.error({ err, method: path, requestId }, 'unexpected error in a gRPC handler');
    return { ok: false, status: statusForError(described) };
  } finally {
    if (call.cancelled && code === grpc.status.OK) code = grpc.status.CANCELLED;
    const durationMs = performance.now() - started;
    deps.logger.info(
      { method: path, tenantId: ctx?.tenantId, actorId: ctx?.actorId, code, status: grpc.status[code], durationMs: Math.round(durationMs * 10) / 10, requestId },
      'grpc call',
    );
    deps.duration.record(durationMs / 1000, { 'rpc.method': path, 'rpc.grpc.status_code': code });
  }
}
