import { z } from 'zod';
import { ROOT_CONTEXT, trace, TraceFlags } from '@opentelemetry/api';
import { BasicTracerProvider, InMemorySpanExporter } from '@opentelemetry/sdk-trace-base';
import { baseConfigSchema, ConfigError, loadConfig, redisKeyPrefixOf } from '../src/service/config';
import { describeError, NotFoundError, PermissionDeniedError, PreconditionError, ValidationError } from '../src/errors/errors';
import { fields, parseInput } from '../src/validation';
import { requireRight, RIGHTS, type RequestContext } from '../src/auth/context';
import { createLogger } from '../src/telemetry/logger';
import { contextWithSpan, initTelemetry, inSpan } from '../src/telemetry/tracing';
import { testErasureKeys } from '../src/testkit/erasure-keys';
import { randomKey } from '../src/testkit/infra';
import { testKeyStoreEnv } from '../src/testkit/service';
import { captureLogs } from '../src/testkit/logs';
import { Writable } from 'node:stream';

const validEnv = { SERVICE_NAME: 'candidates', ...testKeyStoreEnv(), BLIND_INDEX_KEY: randomKey(), CACHE_MAC_KEY: randomKey(), ...testErasureKeys.env('candidates') };

describe('config', () => {
  it('refuses secret keys made by hand: all zeros, a repeated pattern, a word', () => {
    const handMade = [Buffer.alloc(32), Buffer.alloc(32, 0xab), Buffer.from('0123456789abcdef0123456789abcdef'), Buffer.from('lethe-lethe-lethe-lethe-lethe-le')];
    for (const key of handMade) {
      for (const variable of ['BLIND_INDEX_KEY', 'CACHE_MAC_KEY']) {
        expect(() => loadConfig(baseConfigSchema, { ...validEnv, [variable]: key.toString('base64') })).toThrow(`${variable}: must be random`);
      }
      expect(() => loadConfig(baseConfigSchema, { ...validEnv, KEY_ENCRYPTION_KEYS: `k1:${key.toString('base64')}` })).toThrow('KEY_ENCRYPTION_KEYS: key "k1" must be random');
    }
    expect(loadConfig(baseConfigSchema, validEnv).KEY_ENCRYPTION_KEYS).toBe(validEnv.KEY_ENCRYPTION_KEYS);
  });

  it('parses defaults and typed values', () => {
    const config = loadConfig(baseConfigSchema, { ...validEnv, GRPC_PORT: '6000', KAFKA_BROKERS: 'a:1, b:2' });
    expect(config.GRPC_PORT).toBe(6000);
    expect(config.KAFKA_BROKERS).toEqual(['a:1', 'b:2']);
    expect(config.REDIS_URL).toBe('redis://127.0.0.1:6379');
  });

  it('names every bad variable', () => {
    const attempt = () => loadConfig(baseConfigSchema, { SERVICE_NAME: 'Bad Name', KEY_ENCRYPTION_KEYS: 'k1:c2hvcnQ=', GRPC_PORT: 'x' });
    expect(attempt).toThrow(ConfigError);
    try {
      attempt();
    } catch (err) {
      const variables = (err as ConfigError).problems.map((p) => p.variable).sort();
      expect(variables).toEqual(['BLIND_INDEX_KEY', 'CACHE_MAC_KEY', 'ERASURE_ACK_SIGNING_KEY', 'ERASURE_COMMAND_PUBLIC_KEYS', 'GRPC_PORT', 'KEY_ENCRYPTION_KEYS', 'KEY_STORE_URI', 'SERVICE_NAME']);
      expect((err as Error).message).toContain('BLIND_INDEX_KEY: is required');
      expect((err as Error).message).toContain('CACHE_MAC_KEY: is required');
    }
  });

  it('gives every installation a Redis key prefix: its own, or its Kafka topic prefix followed by lethe', () => {
    expect(redisKeyPrefixOf(loadConfig(baseConfigSchema, validEnv))).toBe('lethe');
    expect(redisKeyPrefixOf(loadConfig(baseConfigSchema, { ...validEnv, KAFKA_TOPIC_PREFIX: 'acme.' }))).toBe('acme.lethe');
    expect(redisKeyPrefixOf(loadConfig(baseConfigSchema, { ...validEnv, KAFKA_TOPIC_PREFIX: 'acme.', REDIS_KEY_PREFIX: 'acme-prod' }))).toBe('acme-prod');
    // A colon or a glob character would let one installation's keys or patterns reach into another's.
    for (const bad of ['a:b', 'a*', 'a b']) expect(() => loadConfig(baseConfigSchema, { ...validEnv, REDIS_KEY_PREFIX: bad })).toThrow(/REDIS_KEY_PREFIX/);
  });

  it('lets a service extend the schema', () => {
    const schema = baseConfigSchema.extend({ RETENTION_SWEEP_MS: z.coerce.number().int().positive() });
    expect(loadConfig(schema, { ...validEnv, RETENTION_SWEEP_MS: '500' }).RETENTION_SWEEP_MS).toBe(500);
    expect(() => loadConfig(schema, validEnv)).toThrow(/RETENTION_SWEEP_MS/);
  });
});

describe('validation and the error mapping', () => {
  const schema = z.object({ name: fields.required(5), email: z.string().email(), tags: z.array(fields.required()).max(2) });

  it('reports every field violation with a path and a code', () => {
    try {
      parseInput(schema, { name: '', email: 'nope', tags: ['ok', ''] });
      throw new Error('expected a ValidationError');
    } catch (err) {
      expect(err).toBeInstanceOf(ValidationError);
      const described = describeError(err);
      expect(described.grpcCode).toBe(3);
      expect(described.httpStatus).toBe(400);
      expect(described.violations).toEqual(
        expect.arrayContaining([
          { field: 'name', description: 'is required', code: 'required' },
          expect.objectContaining({ field: 'email', code: 'invalid_format' }),
          expect.objectContaining({ field: 'tags[1]', code: 'required' }),
        ]),
      );
    }
  });

  it('maps every Lethe error kind and hides foreign messages', () => {
    expect(describeError(new NotFoundError('candidate', 'c1'))).toMatchObject({ grpcCode: 5, httpStatus: 404, resourceId: 'c1' });
    expect(describeError(new PreconditionError('SUBJECT_MARKED_FOR_DELETION', 'marked'))).toMatchObject({ grpcCode: 9, httpStatus: 409, reason: 'SUBJECT_MARKED_FOR_DELETION' });
    expect(describeError(new PermissionDeniedError(RIGHTS.restoreMarked))).toMatchObject({ grpcCode: 7, httpStatus: 403 });
    const foreign = describeError(new Error('duplicate key { email: "jane@example.org" }'));
    expect(foreign).toMatchObject({ grpcCode: 13, httpStatus: 500, message: 'internal error', unexpected: true });
  });

  it('checks rights', () => {
    const ctx: RequestContext = { tenantId: 't', actorId: 'a', actorKind: 'user', rights: new Set([RIGHTS.seeMarked]), requestId: 'r' };
    expect(() => requireRight(ctx, RIGHTS.seeMarked)).not.toThrow();
    expect(() => requireRight(ctx, RIGHTS.dataProtection)).toThrow(PermissionDeniedError);
  });
});

describe('logger redaction', () => {
  it('redacts personal-data keys at any depth and keeps ids', () => {
    const lines: string[] = [];
    const destination = new Writable({ write: (chunk, _enc, done) => (lines.push(String(chunk)), done()) });
    const log = createLogger({ service: 'test', destination });
    log.info({ candidateId: 'c-1', candidate: { firstName: 'CANARY-Jane', contact: { email: 'CANARY-jane@example.org', phones: [{ phone: 'CANARY-0151' }] } } }, 'created');
    const text = lines.join('');
    expect(text).toContain('c-1');
    expect(text).not.toContain('CANARY');
    expect(JSON.parse(lines[0]!)).toMatchObject({ service: 'test', level: 'info', msg: 'created', candidate: { firstName: '[redacted]' } });
  });

  it('logs foreign error messages by class only, Lethe and system errors in full', () => {
    const logs = captureLogs();
    const log = createLogger({ service: 'test', destination: logs.destination });
    log.error({ err: new Error('E11000 duplicate key { email: "CANARY@example.org" }') }, 'write failed');
    log.error({ err: new NotFoundError('candidate', 'c-9') }, 'lookup failed');
    log.error({ err: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED', syscall: 'connect' }) }, 'down');
    expect(logs.text()).not.toContain('CANARY');
    const [foreign, lethe, system] = logs.records();
    expect(foreign).toMatchObject({ err: { type: 'Error' } });
    expect((foreign!.err as Record<string, unknown>).stack).toMatch(/^\s+at /);
    expect(lethe).toMatchObject({ err: { type: 'NotFoundError', message: expect.stringContaining('c-9') } });
    expect(system).toMatchObject({ err: { code: 'ECONNREFUSED', message: 'connect ECONNREFUSED 127.0.0.1:1' } });
  });
});

describe('telemetry', () => {
  it('drops personal-data span attributes before export and records only the error class', async () => {
    const exporter = new InMemorySpanExporter();
    const telemetry = initTelemetry({ serviceName: 'test', spanExporter: exporter });
    await expect(
      inSpan('op', { attributes: { 'lethe.candidate_id': 'c-1', 'candidate.email': 'CANARY@example.org' } }, async (span) => {
        span.setAttribute('lastName', 'CANARY');
        throw new Error('CANARY in message');
      }),
    ).rejects.toThrow();
    const [span] = exporter.getFinishedSpans();
    expect(span?.attributes).toEqual({ 'lethe.candidate_id': 'c-1', 'error.type': 'Error' });
    expect(JSON.stringify(span?.events ?? [])).not.toContain('CANARY');
    expect(trace.getActiveSpan()).toBeUndefined();

    exporter.reset();
    await inSpan('publish', { attributes: { 'messaging.destination.name': 'lethe.erasure.commands.v1', 'rpc.method': 'Get' } }, async (span) => {
      span.recordException(new Error('CANARY in exception'));
    });
    const [publish] = exporter.getFinishedSpans();
    expect(publish?.attributes).toEqual({ 'messaging.destination.name': 'lethe.erasure.commands.v1', 'rpc.method': 'Get' });
    expect(JSON.stringify(publish?.events ?? [])).not.toContain('CANARY');

    // URLs lose their query string and fragment, where link tokens travel.
    exporter.reset();
    const link = 'https://lethe.example.org/feedback?token=CANARY-link-token&answer=interested#CANARY-fragment';
    const urls = { 'url.full': link, 'http.url': link, 'http.target': '/consent?token=CANARY-link-token', 'url.path': '/feedback', 'url.query': 'token=CANARY-link-token', 'url.fragment': 'CANARY-fragment' };
    await inSpan('GET', { attributes: urls }, async (span) => {
      span.addEvent('redirect', { 'url.full': link });
    });
    const [served] = exporter.getFinishedSpans();
    expect(served?.attributes).toEqual({ 'url.full': 'https://lethe.example.org/feedback', 'http.url': 'https://lethe.example.org/feedback', 'http.target': '/consent', 'url.path': '/feedback' });
    expect(served?.events[0]?.attributes).toEqual({ 'url.full': 'https://lethe.example.org/feedback' });
    await telemetry.shutdown();
  });

  it('makes a new context only for a span that adds to its parent', () => {
    const remote = { traceId: '0af7651916cd43dd8448eb211c80319c', spanId: 'b7ad6b7169203331', traceFlags: TraceFlags.SAMPLED, isRemote: true };
    const parent = trace.setSpanContext(ROOT_CONTEXT, remote);
    // Not recorded and nothing to continue, or the parent's own span context again: the parent as it is.
    expect(contextWithSpan(ROOT_CONTEXT, trace.wrapSpanContext({ ...remote, traceId: '0'.repeat(32), spanId: '0'.repeat(16) }))).toBe(ROOT_CONTEXT);
    expect(contextWithSpan(parent, trace.wrapSpanContext({ ...remote }))).toBe(parent);
    // A new span id (a span sampled out by an SDK), or different flags: propagated onwards.
    const child = trace.wrapSpanContext({ ...remote, spanId: '00f067aa0ba902b7' });
    expect(trace.getSpan(contextWithSpan(parent, child))).toBe(child);
    const unsampled = trace.wrapSpanContext({ ...remote, traceFlags: TraceFlags.NONE });
    expect(trace.getSpan(contextWithSpan(parent, unsampled))).toBe(unsampled);
    // A recorded span is always made active.
    const recorded = new BasicTracerProvider().getTracer('test').startSpan('op', {}, parent);
    expect(recorded.isRecording()).toBe(true);
    expect(trace.getSpan(contextWithSpan(parent, recorded))).toBe(recorded);
    recorded.end();
  });
});
