import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { Writable } from 'node:stream';
import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';
import { loadGrpcObject, PROTO_LOADER_OPTIONS, PROTO_ROOT, type RequestContext__Output, type SessionProto } from '@lethe/protos';
import { SpanKind } from '@opentelemetry/api';
import { InMemorySpanExporter } from '@opentelemetry/sdk-trace-base';
import { protoPath as healthProtoPath } from 'grpc-health-check';
import { z } from 'zod';
import { ServiceTokenProvider } from '../src/auth/service-tokens';
import { requireRight, requireServiceRight, RIGHTS } from '../src/auth/context';
import { NotFoundError, PreconditionError } from '../src/errors/errors';
import { clientStream, clientStreamCall, createClient, defineService, serverStream, serverStreamCall, unary, unaryCall, type ServiceRegistration } from '../src/grpc';
import { type LetheGrpcServer } from '../src/grpc/server';
import { createGrpcServer } from '../src/grpc/server';
import { fileDescriptorCodec } from '../src/grpc/reflection';
import { createLogger } from '../src/telemetry/logger';
import { initTelemetry, inSpan, type Telemetry } from '../src/telemetry/tracing';
import { failure } from '../src/testkit/rpc';
import { TEST_SERVICE, testAuth, type TestAuth } from '../src/testkit/tokens';
import { TokenVerifier } from '../src/auth/tokens';
import { fields, parseInput } from '../src/validation';

// The fixture service's messages and client, written the way proto-loader-gen-types writes them.
interface Note {
  id: string;
  tenantId: string;
  label: string;
  text: string;
}
interface CreateNoteRequest {
  label?: string;
  text?: string;
}
type Callback<T> = grpc.requestCallback<T>;
interface NotesClient extends grpc.Client {
  CreateNote(argument: CreateNoteRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: Callback<Note>): grpc.ClientUnaryCall;
  CreateNote(argument: CreateNoteRequest, callback: Callback<Note>): grpc.ClientUnaryCall;
  GetNote(argument: { id: string }, metadata: grpc.Metadata, options: grpc.CallOptions, callback: Callback<Note>): grpc.ClientUnaryCall;
  GetNote(argument: { id: string }, callback: Callback<Note>): grpc.ClientUnaryCall;
  Fail(argument: { kind: string; secret?: string }, metadata: grpc.Metadata, options: grpc.CallOptions, callback: Callback<Note>): grpc.ClientUnaryCall;
  Fail(argument: { kind: string; secret?: string }, callback: Callback<Note>): grpc.ClientUnaryCall;
  Sleep(argument: { millis: number }, metadata: grpc.Metadata, options: grpc.CallOptions, callback: Callback<Note>): grpc.ClientUnaryCall;
  Sleep(argument: { millis: number }, callback: Callback<Note>): grpc.ClientUnaryCall;
  Relay(argument: { address: string }, metadata: grpc.Metadata, options: grpc.CallOptions, callback: Callback<RequestContext__Output>): grpc.ClientUnaryCall;
  Relay(argument: { address: string }, callback: Callback<RequestContext__Output>): grpc.ClientUnaryCall;
  ListNotes(argument: object, metadata: grpc.Metadata, options?: grpc.CallOptions): grpc.ClientReadableStream<Note>;
  ListNotes(argument: object, options?: grpc.CallOptions): grpc.ClientReadableStream<Note>;
  ImportNotes(metadata: grpc.Metadata, options: grpc.CallOptions, callback: Callback<{ imported: number }>): grpc.ClientWritableStream<CreateNoteRequest>;
  ImportNotes(callback: Callback<{ imported: number }>): grpc.ClientWritableStream<CreateNoteRequest>;
}
type Ctor<C> = (new (address: string, credentials: grpc.ChannelCredentials, options?: grpc.ClientOptions) => C) & { service: grpc.ServiceDefinition };

const FIXTURES = path.join(__dirname, 'fixtures');
const fixturePackage = protoLoader.loadSync('grpc-fixture.proto', { ...PROTO_LOADER_OPTIONS, includeDirs: [FIXTURES, PROTO_ROOT] });
const fixture = grpc.loadPackageDefinition(fixturePackage) as unknown as { lethe: { fixture: { v1: { Notes: Ctor<NotesClient> } } } };
const Notes = fixture.lethe.fixture.v1.Notes;
const SessionService = loadGrpcObject<SessionProto>().lethe.session.v1.SessionService;

const healthPackage = protoLoader.loadSync(healthProtoPath, { keepCase: true, enums: String, defaults: true });
interface HealthClient extends grpc.Client {
  check(request: { service: string }, callback: Callback<{ status: string }>): grpc.ClientUnaryCall;
}
const Health = (grpc.loadPackageDefinition(healthPackage) as unknown as { grpc: { health: { v1: { Health: Ctor<HealthClient> } } } }).grpc.health.v1.Health;

const REFLECTION_PROTO = path.resolve(path.dirname(require.resolve('@grpc/reflection')), '..', 'proto', 'grpc', 'reflection', 'v1', 'reflection.proto');
interface ReflectionResponse {
  listServicesResponse?: { service: { name: string }[] };
  fileDescriptorResponse?: { fileDescriptorProto: Buffer[] };
}
interface ReflectionClient extends grpc.Client {
  ServerReflectionInfo(): grpc.ClientDuplexStream<{ listServices: string } | { fileContainingSymbol: string }, ReflectionResponse>;
}
const Reflection = (
  grpc.loadPackageDefinition(protoLoader.loadSync(REFLECTION_PROTO, PROTO_LOADER_OPTIONS)) as unknown as {
    grpc: { reflection: { v1: { ServerReflection: Ctor<ReflectionClient> } } };
  }
).grpc.reflection.v1.ServerReflection;


async function until<T>(probe: () => T | undefined, timeoutMs = 2000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('condition not reached in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const createSchema = z.object({ label: fields.required(40), text: fields.optional(500) });

function notesService(store: Map<string, Note>, serviceTokens: ServiceTokenProvider): ServiceRegistration {
  return defineService(Notes.service).implement({
    CreateNote: unary<CreateNoteRequest, Note>(async (request, ctx) => {
      const input = parseInput(createSchema, request);
      const note = { id: randomUUID(), tenantId: ctx.tenantId, label: input.label, text: input.text ?? '' };
      store.set(note.id, note);
      return note;
    }),
    GetNote: unary<{ id: string }, Note>(async (request, ctx) => {
      const note = store.get(request.id);
      // Another tenant's note does not exist for this caller.
      if (!note || note.tenantId !== ctx.tenantId) throw new NotFoundError('note', request.id);
      return note;
    }),
    Fail: unary<{ kind: string; secret: string }, Note>(async (request, ctx) => {
      if (request.kind === 'precondition') throw new PreconditionError('SUBJECT_MARKED_FOR_DELETION', 'the note is locked', { type: 'note', id: 'n-1' });
      if (request.kind === 'permission') requireRight(ctx, RIGHTS.dataProtection);
      if (request.kind === 'service-permission') {
        requireServiceRight(ctx, RIGHTS.issueLinks);
        throw new PreconditionError('SUBJECT_MARKED_FOR_DELETION', 'a service with the right got through');
      }
      if (request.kind === 'non-error') throw `thrown string ${request.secret}`;
      throw new Error(`database said: duplicate key ${request.secret}`);
    }),
    Sleep: unary<{ millis: number }, Note>(async (request, _ctx, call) => {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, request.millis);
        call.once('cancelled', () => {
          clearTimeout(timer);
          resolve();
        });
      });
      const deadline = call.getDeadline();
      return { id: 'slept', tenantId: '', label: '', text: String(deadline instanceof Date ? deadline.getTime() : deadline) };
    }),
    Relay: unary<{ address: string }, RequestContext__Output>(async (request, ctx) => {
      const client = createClient(SessionService, request.address, { tokenProvider: serviceTokens.forTenant(TEST_SERVICE, ctx.tenantId, ['relay']) });
      try {
        return await unaryCall(client, 'WhoAmI', {});
      } finally {
        client.close();
      }
    }),
    ListNotes: serverStream<object, Note>(async function* (_request, ctx) {
      for (const note of store.values()) if (note.tenantId === ctx.tenantId) yield note;
    }),
    ImportNotes: clientStream<CreateNoteRequest, { imported: number }>(async (requests, ctx) => {
      const accepted: Note[] = [];
      let index = 0;
      for await (const request of requests) {
        const input = parseInput(createSchema, request, `notes[${index++}]`);
        accepted.push({ id: randomUUID(), tenantId: ctx.tenantId, label: input.label, text: input.text ?? '' });
      }
      // All or nothing: a bad message stores none.
      for (const note of accepted) store.set(note.id, note);
      return { imported: accepted.length };
    }),
  });
}

describe('gRPC server and client', () => {
  const spans = new InMemorySpanExporter();
  const logLines: Record<string, unknown>[] = [];
  const logger = createLogger({
    service: 'grpc-test',
    destination: new Writable({
      write: (chunk, _encoding, done) => {
        for (const line of String(chunk).split('\n').filter(Boolean)) logLines.push(JSON.parse(line));
        done();
      },
    }),
  });
  const store = new Map<string, Note>();
  const clients: grpc.Client[] = [];
  let telemetry: Telemetry;
  let auth: TestAuth;
  let server: LetheGrpcServer;
  let address: string;

  const notesClient = (settings: Parameters<typeof createClient>[2] = {}) => {
    const client = createClient(Notes, address, settings);
    clients.push(client);
    return client;
  };
  const sessionClient = (settings: Parameters<typeof createClient>[2] = {}) => {
    const client = createClient(SessionService, address, settings);
    clients.push(client);
    return client;
  };
  const callLines = () => logLines.filter((line) => line.msg === 'grpc call');

  beforeAll(async () => {
    telemetry = initTelemetry({ serviceName: 'grpc-test', spanExporter: spans });
    auth = await testAuth({ services: ['grpc-test-relay'] });
    const serviceTokens = new ServiceTokenProvider({ signer: auth.serviceSigner('grpc-test-relay'), serviceName: 'grpc-test-relay' });
    server = createGrpcServer({ logger, verifier: auth.verifier, services: [notesService(store, serviceTokens)], reflection: true, reflectionPackages: [fixturePackage] });
    const port = await server.start(0, '127.0.0.1');
    expect(port).toBeGreaterThan(0);
    address = `127.0.0.1:${port}`;
  });

  afterAll(async () => {
    for (const client of clients) client.close();
    await server.drain(1000);
    await telemetry.shutdown();
  });

  it('reports health without a token: NOT_SERVING until setServing, and again after setNotServing', async () => {
    const health = new Health(address, grpc.credentials.createInsecure());
    clients.push(health);
    const check = (service: string) =>
      new Promise<string>((resolve, reject) => health.check({ service }, (err, response) => (err ? reject(err) : resolve(response!.status))));
    const names = ['', 'lethe.session.v1.SessionService', 'lethe.fixture.v1.Notes'];
    expect(server.health.serviceNames).toEqual(names);
    expect(await Promise.all(names.map(check))).toEqual(['NOT_SERVING', 'NOT_SERVING', 'NOT_SERVING']);
    // The liveness probe's name answers SERVING all the time: starting and draining are not dead.
    expect(await check('liveness')).toBe('SERVING');
    const whoAmI = async () => unaryCall(sessionClient({ token: await auth.mint() }), 'WhoAmI', {});
    // Before the lifecycle reports SERVING (dependencies not connected) calls are refused.
    expect(await failure(whoAmI())).toMatchObject({ code: grpc.status.UNAVAILABLE, message: 'the service is starting' });
    server.health.setServing();
    expect(server.health.isServing).toBe(true);
    expect(await Promise.all(names.map(check))).toEqual(['SERVING', 'SERVING', 'SERVING']);
    server.health.setNotServing();
    expect(await Promise.all(names.map(check))).toEqual(['NOT_SERVING', 'NOT_SERVING', 'NOT_SERVING']);
    expect(await check('liveness')).toBe('SERVING');
    // Shutting down: load balancers see NOT_SERVING, calls still in their way are answered.
    expect((await whoAmI()).tenantId).toBeDefined();
    expect((await failure(check('lethe.unknown.v1.Nope'))).code).toBe(grpc.status.NOT_FOUND);
    server.health.setServing();
  });

  it('WhoAmI returns the caller as the token describes it, with the request id', async () => {
    const token = await auth.mint({ tenantId: 'acme', actorId: 'alice', rights: [RIGHTS.seeMarked, RIGHTS.restoreMarked] });
    const client = sessionClient({ token });
    const metadata = new grpc.Metadata();
    metadata.set('x-request-id', 'req-whoami-1');
    expect(await unaryCall(client, 'WhoAmI', {}, { metadata })).toEqual({
      tenantId: 'acme',
      actorId: 'alice',
      actorKind: 'ACTOR_KIND_USER',
      rights: [RIGHTS.restoreMarked, RIGHTS.seeMarked].sort(),
      requestId: 'req-whoami-1',
    });
    const generated = await unaryCall(client, 'WhoAmI', {});
    expect(generated.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('refuses calls without a valid token, and the handler never runs', async () => {
    const before = store.size;
    const other = await testAuth();
    const refusals = await Promise.all([
      failure(unaryCall(notesClient(), 'CreateNote', { label: 'x' })),
      failure(unaryCall(notesClient({ token: await auth.expiredToken() }), 'CreateNote', { label: 'x' })),
      failure(unaryCall(notesClient({ token: await other.mint() }), 'CreateNote', { label: 'x' })),
      failure(unaryCall(notesClient({ token: 'CANARY.token.value' }), 'CreateNote', { label: 'x' })),
      failure(unaryCall(sessionClient(), 'WhoAmI', {}, { metadata: basicAuth() })),
    ]);
    expect(refusals.map(({ code, message, reason }) => ({ code, message, reason }))).toEqual([
      { code: grpc.status.UNAUTHENTICATED, message: 'a bearer token is required', reason: 'UNAUTHENTICATED' },
      { code: grpc.status.UNAUTHENTICATED, message: 'the token has expired', reason: 'UNAUTHENTICATED' },
      { code: grpc.status.UNAUTHENTICATED, message: 'the token signature is not valid', reason: 'UNAUTHENTICATED' },
      { code: grpc.status.UNAUTHENTICATED, message: 'the token is malformed', reason: 'UNAUTHENTICATED' },
      { code: grpc.status.UNAUTHENTICATED, message: 'a bearer token is required', reason: 'UNAUTHENTICATED' },
    ]);
    expect(store.size).toBe(before);
    expect(JSON.stringify(logLines)).not.toContain('CANARY');
  });

  function basicAuth(): grpc.Metadata {
    const metadata = new grpc.Metadata();
    metadata.set('authorization', 'Basic YWxpY2U6c2VjcmV0');
    return metadata;
  }

  it("answers NOT_FOUND for another tenant's record and lists only the caller's tenant", async () => {
    const acme = notesClient({ token: await auth.mint({ tenantId: 'acme' }) });
    const globex = notesClient({ token: await auth.mint({ tenantId: 'globex' }) });
    const note = await unaryCall(acme, 'CreateNote', { label: 'shortlist', text: 'call back' });
    expect(note).toMatchObject({ tenantId: 'acme', label: 'shortlist' });
    expect(await unaryCall(acme, 'GetNote', { id: note.id })).toEqual(note);

    const refused = await failure(unaryCall(globex, 'GetNote', { id: note.id }));
    expect(refused).toEqual({
      code: grpc.status.NOT_FOUND,
      message: `note ${note.id} not found`,
      violations: [],
      reason: 'NOT_FOUND',
      resourceType: 'note',
      resourceId: note.id,
    });

    const globexNotes: Note[] = [];
    for await (const item of serverStreamCall(globex, 'ListNotes', {})) globexNotes.push(item);
    expect(globexNotes).toEqual([]);
    const acmeNotes: Note[] = [];
    for await (const item of serverStreamCall(acme, 'ListNotes', {})) acmeNotes.push(item);
    expect(acmeNotes.map((n) => n.id)).toContain(note.id);
    expect(acmeNotes.every((n) => n.tenantId === 'acme')).toBe(true);
  });

  it('answers invalid input with INVALID_ARGUMENT and field violations, and stores nothing', async () => {
    const client = notesClient({ token: await auth.mint() });
    const before = store.size;
    const refused = await failure(unaryCall(client, 'CreateNote', { label: '  ', text: 'x'.repeat(501) }));
    expect(refused.code).toBe(grpc.status.INVALID_ARGUMENT);
    expect(refused.violations).toEqual([
      { field: 'label', description: 'is required', code: 'required' },
      { field: 'text', description: 'must be at most 500 characters', code: 'too_long' },
    ]);
    expect(refused.message).toContain('label: is required');

    const imported = await failure(clientStreamCall(client, 'ImportNotes', [{ label: 'one' }, { label: 'two' }, { label: '' }]));
    expect(imported).toMatchObject({ code: grpc.status.INVALID_ARGUMENT, violations: [{ field: 'notes[2].label', description: 'is required', code: 'required' }] });
    expect(store.size).toBe(before);

    async function* generated() {
      for (let i = 0; i < 50; i++) yield { label: `n${i}`, text: 'y'.repeat(100) };
    }
    expect(await clientStreamCall(client, 'ImportNotes', generated())).toEqual({ imported: 50 });
    expect(store.size).toBe(before + 50);
  });

  it('maps other Lethe errors through describeError with their details', async () => {
    const client = notesClient({ token: await auth.mint() });
    expect(await failure(unaryCall(client, 'Fail', { kind: 'precondition' }))).toEqual({
      code: grpc.status.FAILED_PRECONDITION,
      message: 'the note is locked',
      violations: [],
      reason: 'SUBJECT_MARKED_FOR_DELETION',
      resourceType: 'note',
      resourceId: 'n-1',
    });
    expect(await failure(unaryCall(client, 'Fail', { kind: 'permission' }))).toMatchObject({
      code: grpc.status.PERMISSION_DENIED,
      reason: 'MISSING_RIGHT',
    });
  });

  it('refuses a right that counts only in a service token to a user or candidate token that carries it', async () => {
    const serviceOnly = async (claims: Parameters<TestAuth['mint']>[0]) => failure(unaryCall(notesClient({ token: await auth.mint(claims) }), 'Fail', { kind: 'service-permission' }));
    const denied = { code: grpc.status.PERMISSION_DENIED, reason: 'MISSING_RIGHT', message: 'the right "links:issue" is required, in a service token' };
    expect(await serviceOnly({ actorKind: 'user', rights: [RIGHTS.issueLinks] })).toMatchObject(denied);
    expect(await serviceOnly({ actorKind: 'candidate', rights: [RIGHTS.issueLinks] })).toMatchObject(denied);
    expect(await serviceOnly({ actorKind: 'service', actorId: 'messaging', rights: [RIGHTS.writeCandidates] })).toMatchObject(denied);
    expect(await serviceOnly({ actorKind: 'service', actorId: 'messaging', rights: [RIGHTS.issueLinks] })).toMatchObject({
      code: grpc.status.FAILED_PRECONDITION,
      message: 'a service with the right got through',
    });
  });

  it('answers unexpected errors with INTERNAL "internal error", keeps their text out of the status, and logs a fault', async () => {
    const client = notesClient({ token: await auth.mint() });
    for (const kind of ['internal', 'non-error']) {
      let rawError: grpc.ServiceError | undefined;
      const details = await failure(
        unaryCall(client, 'Fail', { kind, secret: 'CANARY-jane@example.org' }).catch((err: grpc.ServiceError) => {
          rawError = err;
          throw err;
        }),
      );
      expect(details).toEqual({ code: grpc.status.INTERNAL, message: 'internal error', violations: [] });
      expect(rawError?.details).toBe('internal error');
      const trailers = JSON.stringify(rawError?.metadata.toJSON()) + (rawError?.metadata.get('grpc-status-details-bin')[0]?.toString() ?? '');
      expect(trailers).not.toContain('CANARY');
    }
    const faults = logLines.filter((line) => line.msg === 'unexpected error in a gRPC handler');
    expect(faults).toHaveLength(2);
    expect(faults[0]).toMatchObject({ level: 'error', method: '/lethe.fixture.v1.Notes/Fail' });
  });

  it('logs one line per call with method, tenant, actor, code and duration, and no bodies or tokens', async () => {
    const token = await auth.mint({ tenantId: 'logs-tenant', actorId: 'logger-1' });
    const client = notesClient({ token });
    const before = callLines().length;
    const note = await unaryCall(client, 'CreateNote', { label: 'CANARY-label', text: 'CANARY-text' });
    await failure(unaryCall(client, 'GetNote', { id: 'missing' }));
    const lines = callLines().slice(before);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ method: '/lethe.fixture.v1.Notes/CreateNote', tenantId: 'logs-tenant', actorId: 'logger-1', code: 0, level: 'info' });
    expect(lines[1]).toMatchObject({ method: '/lethe.fixture.v1.Notes/GetNote', tenantId: 'logs-tenant', code: grpc.status.NOT_FOUND });
    expect(typeof lines[0]!.durationMs).toBe('number');
    const text = JSON.stringify(lines);
    expect(text).not.toContain('CANARY');
    expect(text).not.toContain(token);
    expect(text).not.toContain(note.id);
  });

  it('puts a deadline on every call; a slow handler ends in DEADLINE_EXCEEDED', async () => {
    const token = await auth.mint();
    const quick = notesClient({ token, deadlineMs: 3000 });
    const startedAt = Date.now();
    const answered = await unaryCall(quick, 'Sleep', { millis: 0 });
    // The server saw the deadline the interceptor set, although the caller gave none.
    expect(Number(answered.text)).toBeGreaterThanOrEqual(startedAt + 2500);
    expect(Number(answered.text)).toBeLessThanOrEqual(Date.now() + 3100);

    const impatient = notesClient({ token, deadlineMs: 150 });
    const before = callLines().length;
    const started = Date.now();
    expect((await failure(unaryCall(impatient, 'Sleep', { millis: 5000 }))).code).toBe(grpc.status.DEADLINE_EXCEEDED);
    expect(Date.now() - started).toBeLessThan(2000);
    expect((await failure(unaryCall(quick, 'Sleep', { millis: 5000 }, { deadlineMs: 100 }))).code).toBe(grpc.status.DEADLINE_EXCEEDED);
    // The server notices the abandoned calls and logs them as cancelled.
    const cancelled = await until(() => {
      const lines = callLines().slice(before).filter((line) => line.method === '/lethe.fixture.v1.Notes/Sleep');
      return lines.length === 2 ? lines : undefined;
    });
    expect(cancelled.map((line) => line.code)).toEqual([grpc.status.CANCELLED, grpc.status.CANCELLED]);
  });

  it("continues the caller's trace: the server span has the client's trace id and only method, tenant and code attributes", async () => {
    const client = sessionClient({ token: await auth.mint({ tenantId: 'trace-tenant' }) });
    spans.reset();
    const { traceId, callerSpanId } = await inSpan('caller', {}, async (span) => {
      await unaryCall(client, 'WhoAmI', {});
      return { traceId: span.spanContext().traceId, callerSpanId: span.spanContext().spanId };
    });
    const finished = spans.getFinishedSpans();
    const serverSpan = finished.find((span) => span.kind === SpanKind.SERVER);
    const clientSpan = finished.find((span) => span.kind === SpanKind.CLIENT);
    expect(clientSpan).toMatchObject({ name: 'lethe.session.v1.SessionService/WhoAmI' });
    expect(clientSpan?.spanContext().traceId).toBe(traceId);
    expect(clientSpan?.parentSpanContext?.spanId).toBe(callerSpanId);
    expect(serverSpan).toMatchObject({ name: 'lethe.session.v1.SessionService/WhoAmI' });
    expect(serverSpan?.spanContext().traceId).toBe(traceId);
    expect(serverSpan?.parentSpanContext?.spanId).toBe(clientSpan?.spanContext().spanId);
    expect(serverSpan?.attributes).toEqual({
      'rpc.method': '/lethe.session.v1.SessionService/WhoAmI',
      'lethe.tenant_id': 'trace-tenant',
      'rpc.grpc.status_code': 0,
    });
  });

  it("carries the request id into calls made while handling a request, with the service's own token", async () => {
    const client = notesClient({ token: await auth.mint({ tenantId: 'relay-tenant', actorId: 'alice' }) });
    const metadata = new grpc.Metadata();
    metadata.set('x-request-id', 'req-relay-1');
    expect(await unaryCall(client, 'Relay', { address }, { metadata })).toEqual({
      tenantId: 'relay-tenant',
      actorId: 'grpc-test-relay',
      actorKind: 'ACTOR_KIND_SERVICE',
      rights: ['relay'],
      requestId: 'req-relay-1',
    });
  });

  it('fails a call whose token cannot be obtained without reaching the server', async () => {
    const client = sessionClient({
      tokenProvider: async () => {
        throw new Error('signing key unavailable');
      },
    });
    const before = callLines().length;
    expect(await failure(unaryCall(client, 'WhoAmI', {}))).toMatchObject({
      code: grpc.status.UNAUTHENTICATED,
      message: 'no token could be obtained for the call',
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(callLines().length).toBe(before);
    // A per-call token still works on the same client.
    expect((await unaryCall(client, 'WhoAmI', {}, { token: await auth.mint({ tenantId: 'per-call' }) })).tenantId).toBe('per-call');
  });

  it('serves reflection without a token: the served APIs, with descriptors that name their imports', async () => {
    const reflection = new Reflection(address, grpc.credentials.createInsecure());
    clients.push(reflection);
    const call = reflection.ServerReflectionInfo();
    const responses: ReflectionResponse[] = [];
    const done = new Promise<void>((resolve, reject) => {
      call.on('data', (response: ReflectionResponse) => {
        responses.push(response);
        if (responses.length === 2) call.end();
      });
      call.on('end', resolve);
      call.on('error', reject);
    });
    call.write({ listServices: '' });
    call.write({ fileContainingSymbol: 'lethe.session.v1.SessionService' });
    await done;

    expect(responses[0]!.listServicesResponse?.service.map((service) => service.name).sort()).toEqual(['lethe.fixture.v1.Notes', 'lethe.session.v1.SessionService']);
    const files = responses[1]!.fileDescriptorResponse!.fileDescriptorProto.map((bytes) => fileDescriptorCodec().decode(bytes));
    const session = files.find((file) => file.package === 'lethe.session.v1');
    const common = files.find((file) => file.package === 'lethe.common.v1');
    // WhoAmI returns lethe.common.v1.RequestContext: without the dependency grpcurl cannot link the descriptor.
    expect(session?.service?.[0]?.method?.[0]?.outputType).toBe('.lethe.common.v1.RequestContext');
    expect(session?.dependency).toEqual([common?.name]);
  });
});

describe('token checks on a real server', () => {
  const logger = createLogger({ service: 'grpc-token-test', level: 'silent' });
  const store = new Map<string, Note>();
  const clients: grpc.Client[] = [];
  let auth: TestAuth;
  let server: LetheGrpcServer;
  let address: string;

  beforeAll(async () => {
    auth = await testAuth();
    // Configured as in the chart: the services that may call it with the rights each may carry, and users' tokens for at most an hour.
    const verifier = new TokenVerifier({
      jwks: auth.publicJwks,
      issuer: 'lethe',
      audience: 'lethe',
      service: TEST_SERVICE,
      maxTokenAgeSeconds: 3600,
      serviceCallers: { messaging: [RIGHTS.readCandidates, RIGHTS.issueLinks] },
    });
    const serviceTokens = new ServiceTokenProvider({ signer: auth.serviceSigner(TEST_SERVICE), serviceName: TEST_SERVICE });
    server = createGrpcServer({ logger, verifier, services: [notesService(store, serviceTokens)] });
    address = `127.0.0.1:${await server.start(0, '127.0.0.1')}`;
    server.health.setServing();
  });

  afterAll(async () => {
    for (const client of clients) client.close();
    await server.drain(100);
  });

  const createNote = (token: string, label = 'x') => {
    const client = createClient(Notes, address, { token });
    clients.push(client);
    return unaryCall(client, 'CreateNote', { label });
  };

  it('refuses each token it must not accept with UNAUTHENTICATED, and the handler never runs', async () => {
    const now = Math.floor(Date.now() / 1000);
    const messagingKey = auth.serviceKey('messaging');
    const cases: [string, string, string][] = [
      ['issued in the future', await auth.signRaw({ iat: now + 600, exp: now + 900 }), 'the token was issued in the future'],
      ["a user's token older than the longest age", await auth.signRaw({ iat: now - 7200, exp: now + 600 }), 'the token is too old'],
      ['a service token older than its lifetime', await auth.signRaw({ sub: 'messaging', act: 'service', iat: now - 3000, exp: now + 600 }, { key: messagingKey }), 'the token is too old'],
      ['without a typ', await auth.signRaw({}, { header: { typ: undefined } }), 'the token is not of type at+jwt'],
      ['of another typ', await auth.signRaw({}, { header: { typ: 'JWT' } }), 'the token is not of type at+jwt'],
      ['for another service', await auth.mint({ services: ['candidates'] }), 'the token is not for this service'],
      ['for the installation, not the service', await auth.signRaw({ aud: 'lethe' }), 'the token is not for this service'],
      ['without an audience', await auth.signRaw({ aud: undefined }), 'the token is not for this service'],
      ["a user's token from a service's key", await auth.signRaw({ sub: 'alice', act: 'user', rights: [RIGHTS.dataProtection] }, { key: messagingKey }), "a service's key signs only service tokens"],
      ["another service's token from a service's key", await auth.signRaw({ sub: 'retention', act: 'service' }, { key: messagingKey }), "a service's key signs only its own service's tokens"],
      ["a service token from the identity provider's key", await auth.signRaw({ sub: 'messaging', act: 'service' }), "a service token must be signed with the service's own key"],
      ['from a service that may not call it', await auth.mint({ actorKind: 'service', actorId: 'retention' }), 'the service may not call this one'],
      ['with rights its service may not hold here', await auth.mint({ actorKind: 'service', actorId: 'messaging', rights: [RIGHTS.writeCandidates] }), 'the service token carries rights its service may not hold here'],
    ];
    const before = store.size;
    for (const [name, token, message] of cases) {
      const refused = await failure(createNote(token));
      expect({ name, code: refused.code, reason: refused.reason, message: refused.message }).toEqual({ name, code: grpc.status.UNAUTHENTICATED, reason: 'UNAUTHENTICATED', message });
    }
    expect(store.size).toBe(before);

    // What it must accept still gets through.
    expect(await createNote(await auth.mint({ services: [TEST_SERVICE] }), 'from a user')).toMatchObject({ label: 'from a user' });
    expect(await createNote(await auth.mint({ actorKind: 'service', actorId: 'messaging', rights: [RIGHTS.readCandidates], services: [TEST_SERVICE] }), 'from messaging')).toMatchObject({ label: 'from messaging' });
    expect(store.size).toBe(before + 2);
  });

  it('serves no reflection unless asked to', async () => {
    const reflection = new Reflection(address, grpc.credentials.createInsecure());
    clients.push(reflection);
    const call = reflection.ServerReflectionInfo();
    const refused = new Promise<grpc.ServiceError>((resolve) => {
      call.on('error', resolve);
      call.on('data', () => undefined);
    });
    call.write({ listServices: '' });
    call.end();
    expect((await refused).code).toBe(grpc.status.UNIMPLEMENTED);
  });
});

describe('server limits and draining', () => {
  const logger = createLogger({ service: 'grpc-drain-test', level: 'silent' });

  it('refuses messages over the receive limit, lets running calls finish on drain and cuts off the rest', async () => {
    const auth = await testAuth();
    const serviceTokens = new ServiceTokenProvider({ signer: auth.serviceSigner(TEST_SERVICE), serviceName: TEST_SERVICE });
    const server = createGrpcServer({ logger, verifier: auth.verifier, services: [notesService(new Map(), serviceTokens)], maxReceiveMessageBytes: 16 * 1024 });
    const address = `127.0.0.1:${await server.start(0, '127.0.0.1')}`;
    const client = createClient(Notes, address, { token: await auth.mint(), deadlineMs: 5000 });
    try {
      server.health.setServing();
      expect((await failure(unaryCall(client, 'CreateNote', { label: 'big', text: 'x'.repeat(32 * 1024) }))).code).toBe(grpc.status.RESOURCE_EXHAUSTED);

      const running = unaryCall(client, 'Sleep', { millis: 300 });
      const stuck = failure(unaryCall(client, 'Sleep', { millis: 20_000 }));
      await new Promise((resolve) => setTimeout(resolve, 100));
      const started = Date.now();
      await server.drain(1000);
      const took = Date.now() - started;
      expect(took).toBeGreaterThanOrEqual(900);
      expect(took).toBeLessThan(3000);
      expect(server.health.isServing).toBe(false);
      expect((await running).id).toBe('slept');
      expect([grpc.status.CANCELLED, grpc.status.UNAVAILABLE, grpc.status.INTERNAL]).toContain((await stuck).code);
      expect((await failure(unaryCall(client, 'Sleep', { millis: 0 }, { deadlineMs: 1000 }))).code).toBe(grpc.status.UNAVAILABLE);
    } finally {
      client.close();
      await server.drain(100);
    }
  });

  it('refuses handler tables that do not fit the service definition', () => {
    const noop = unary(async () => ({}));
    expect(() => defineService(Notes.service).implement({ CreateNote: noop })).toThrow('lethe.fixture.v1.Notes/GetNote has no handler');
    const complete = Object.fromEntries(Object.keys(Notes.service).map((name) => [name, noop]));
    expect(() => defineService(Notes.service).implement(complete)).toThrow('lethe.fixture.v1.Notes/ListNotes is a serverStream method but got a unary handler');
    expect(() => defineService(SessionService.service).implement({ WhoAmI: noop, Other: noop } as never)).toThrow(
      'lethe.session.v1.SessionService has no method Other',
    );
  });
});
