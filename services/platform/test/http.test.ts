import { Writable } from 'node:stream';
import { trace } from '@opentelemetry/api';
import { InMemorySpanExporter } from '@opentelemetry/sdk-trace-base';
import request from 'supertest';
import { z } from 'zod';
import { NotFoundError } from '../src/errors/errors';
import { listen } from '../src/http';
import { problemFromError } from '../src/http/problem';
import { createHttpApp } from '../src/http/app';
import { createLogger } from '../src/telemetry/logger';
import { initTelemetry, meter, type Telemetry } from '../src/telemetry/tracing';
import { fields, parseInput } from '../src/validation';

describe('HTTP app', () => {
  const spans = new InMemorySpanExporter();
  const logLines: Record<string, unknown>[] = [];
  const logger = createLogger({
    service: 'http-test',
    destination: new Writable({
      write: (chunk, _encoding, done) => {
        for (const line of String(chunk).split('\n').filter(Boolean)) logLines.push(JSON.parse(line));
        done();
      },
    }),
  });
  const dependencies = { mongo: true, kafka: true, redis: true };
  let telemetry: Telemetry;
  let app: ReturnType<typeof createHttpApp>;

  const feedbackSchema = z.object({ rating: z.number().int().min(1).max(5), comment: fields.optional(200) });

  beforeAll(() => {
    telemetry = initTelemetry({ serviceName: 'http-test', spanExporter: spans });
    meter().createCounter('lethe_http_test_probe_total', { description: 'test counter' }).add(3, { outcome: 'ok' });
    app = createHttpApp({
      logger,
      readiness: async () => ({ ...dependencies }),
      metrics: telemetry.prometheus,
      bodyLimit: '1kb',
      routes: (routes) => {
        routes.post('/feedback', (req, res) => {
          const input = parseInput(feedbackSchema, req.body);
          res.status(201).json({ rating: input.rating, traceId: trace.getActiveSpan()?.spanContext().traceId });
        });
        routes.post('/form', (req, res) => {
          res.json({ fields: Object.keys(req.body as object) });
        });
        routes.get('/links/consent', (_req, res) => {
          res.json({ ok: true });
        });
        routes.get('/records/:id', async (req) => {
          throw new NotFoundError('record', req.params.id);
        });
        routes.get('/boom', async () => {
          throw new Error('connection to mongodb://admin:CANARY@db failed');
        });
      },
    });
  });

  afterAll(async () => {
    await telemetry.shutdown();
  });

  const expectProblem = (res: request.Response, status: number) => {
    expect(res.status).toBe(status);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    return res.body as Record<string, unknown>;
  };

  it('answers /healthz while the process runs', async () => {
    const res = await request(app).get('/healthz').expect(200);
    expect(res.body).toEqual({ status: 'ok' });
    expect(res.headers['cache-control']).toBe('no-store');
    // helmet's headers are on every response.
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('answers /readyz with 200 when every dependency is up and 503 naming the ones that are down', async () => {
    expect((await request(app).get('/readyz').expect(200)).body).toEqual({ status: 'ready', checks: { mongo: true, kafka: true, redis: true } });
    dependencies.kafka = false;
    try {
      expect((await request(app).get('/readyz').expect(503)).body).toEqual({
        status: 'not ready',
        checks: { mongo: true, kafka: false, redis: true },
        down: ['kafka'],
      });
    } finally {
      dependencies.kafka = true;
    }
  });

  it('answers /readyz with 503 when the readiness check fails or hangs', async () => {
    const failing = createHttpApp({ logger, readiness: () => Promise.reject(new Error('boom')) });
    expect((await request(failing).get('/readyz').expect(503)).body).toEqual({ status: 'not ready', checks: {}, down: ['readiness-check'] });
    const hanging = createHttpApp({ logger, readiness: () => new Promise(() => {}), readinessTimeoutMs: 50 });
    expect((await request(hanging).get('/readyz').expect(503)).body.down).toEqual(['readiness-check']);
  });

  it('serves Prometheus metrics at /metrics', async () => {
    const res = await request(app).get('/metrics').expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    expect(res.text).toMatch(/^# HELP lethe_http_test_probe_total test counter$/m);
    expect(res.text).toMatch(/^lethe_http_test_probe_total\{outcome="ok",[^}]*\} 3$/m);
    // Without an exporter there is no /metrics route.
    const bare = createHttpApp({ logger, readiness: async () => ({}) });
    expectProblem(await request(bare).get('/metrics'), 404);
  });

  it('parses JSON and form bodies and passes the trace context to handlers', async () => {
    const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
    const res = await request(app)
      .post('/feedback')
      .set('traceparent', `00-${traceId}-00f067aa0ba902b7-01`)
      .send({ rating: 4 })
      .expect(201);
    expect(res.body).toEqual({ rating: 4, traceId });
    const form = await request(app).post('/form').type('form').send('a=1&b=2').expect(200);
    expect(form.body).toEqual({ fields: ['a', 'b'] });
    const span = spans.getFinishedSpans().find((s) => s.spanContext().traceId === traceId);
    expect(span).toMatchObject({ name: 'POST /feedback', attributes: { 'http.request.method': 'POST', 'http.route': '/feedback', 'http.response.status_code': 201 } });
  });

  it('answers a body over the limit with 413 problem+json', async () => {
    const body = expectProblem(await request(app).post('/feedback').send({ rating: 4, comment: 'x'.repeat(2000) }), 413);
    expect(body).toEqual({
      type: 'urn:lethe:problem:resource_exhausted',
      title: 'Too large',
      status: 413,
      detail: 'the request body is larger than the limit of 1024 bytes',
      reason: 'TOO_LARGE',
    });
  });

  it('answers invalid JSON with 400 problem+json', async () => {
    const body = expectProblem(await request(app).post('/feedback').set('content-type', 'application/json').send('{"rating": 4,'), 400);
    expect(body).toMatchObject({
      type: 'urn:lethe:problem:invalid_argument',
      status: 400,
      violations: [{ field: '(body)', description: 'is not valid JSON', code: 'invalid_json' }],
    });
  });

  it('answers a ValidationError thrown in a route with 400 problem+json and its violations', async () => {
    const body = expectProblem(await request(app).post('/feedback').send({ rating: 9, comment: 'y'.repeat(201) }), 400);
    expect(body).toEqual({
      type: 'urn:lethe:problem:invalid_argument',
      title: 'Invalid request',
      status: 400,
      detail: expect.stringContaining('rating:'),
      violations: [
        { field: 'rating', description: 'Number must be less than or equal to 5', code: 'too_big' },
        { field: 'comment', description: 'must be at most 200 characters', code: 'too_long' },
      ],
    });
  });

  it('answers other Lethe errors, unknown routes and unexpected errors as problem+json', async () => {
    expect(expectProblem(await request(app).get('/records/r-1'), 404)).toEqual({
      type: 'urn:lethe:problem:not_found',
      title: 'Not found',
      status: 404,
      detail: 'record r-1 not found',
      reason: 'NOT_FOUND',
    });
    expect(expectProblem(await request(app).get('/nowhere'), 404)).toMatchObject({ type: 'urn:lethe:problem:not_found', status: 404 });
    const internal = expectProblem(await request(app).get('/boom'), 500);
    expect(internal).toEqual({ type: 'urn:lethe:problem:internal', title: 'Internal error', status: 500, detail: 'internal error' });
    expect(logLines.some((line) => line.msg === 'unexpected error in an HTTP handler' && line.level === 'error')).toBe(true);
    expect(problemFromError(new NotFoundError('candidate', 'c-1'))).toMatchObject({ status: 404, detail: 'candidate c-1 not found' });
  });

  it('logs one line per request without query strings or bodies, and echoes a request id', async () => {
    const before = logLines.length;
    const res = await request(app).get('/links/consent?token=CANARY-link-token&purpose=consent').set('x-request-id', 'req-http-1').expect(200);
    expect(res.headers['x-request-id']).toBe('req-http-1');
    await request(app).post('/feedback').send({ rating: 5, comment: 'CANARY-comment' }).expect(201);
    const lines = logLines.slice(before).filter((line) => line.msg === 'http request');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ method: 'GET', path: '/links/consent', route: '/links/consent', status: 200, requestId: 'req-http-1' });
    expect(lines[1]).toMatchObject({ method: 'POST', path: '/feedback', status: 201 });
    expect(JSON.stringify(logLines)).not.toContain('CANARY-link-token');
    const served = spans.getFinishedSpans().find((span) => span.name === 'GET /links/consent');
    expect(served?.attributes).toMatchObject({ 'http.route': '/links/consent', 'http.response.status_code': 200 });
    expect(JSON.stringify(spans.getFinishedSpans().map((span) => [span.name, span.attributes, span.events]))).not.toContain('CANARY-link-token');
    expect(JSON.stringify(logLines)).not.toContain('CANARY-comment');
    const generated = await request(app).get('/healthz').set('x-request-id', 'bad id with spaces');
    expect(generated.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('listens on a free port and closes', async () => {
    const server = await listen(app, 0, '127.0.0.1');
    try {
      const res = await fetch(`http://127.0.0.1:${server.port}/healthz`);
      expect(res.status).toBe(200);
    } finally {
      await server.close(1000);
    }
    await expect(fetch(`http://127.0.0.1:${server.port}/healthz`)).rejects.toThrow();
  });
});
