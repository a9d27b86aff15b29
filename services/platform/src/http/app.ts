import { randomUUID } from 'node:crypto';
import type { PrometheusExporter } from '@opentelemetry/exporter-prometheus';
import { SpanStatusCode, type Context } from '@opentelemetry/api';
import express, { type ErrorRequestHandler, type Express, type Request, type RequestHandler } from 'express';
import helmet from 'helmet';
import { NotFoundError } from '../errors/errors';
import type { Logger } from '../telemetry/logger';
import { contextWithSpan, extractTraceContext, SpanKind, tracer, withContext } from '../telemetry/tracing';
import { describeHttpError, problemFromDescribed, sendProblem } from './problem';

export interface HttpAppOptions {
  logger: Logger;
  /** Connection state of each dependency, e.g. `{ mongo: true, kafka: false, redis: true }`. */
  readiness: () => Promise<Record<string, boolean>>;
  /** Serves GET /metrics when given (telemetry.prometheus). */
  metrics?: PrometheusExporter;
  /** Largest JSON or form body accepted; larger ones get 413. */
  bodyLimit?: string | number;
  /** A readiness check that takes longer than this counts as not ready. */
  readinessTimeoutMs?: number;
  /** The service's own routes, mounted after the probes and before the 404 and error handlers. */
  routes?: (app: Express) => void;
  /** Proxies in front whose X-Forwarded-For names the client (`req.ip`); 0 trusts none. */
  trustedProxies?: number;
}

/** The request id of a request (from `x-request-id` or generated), for handlers and problem logs. */
export function requestIdOf(req: Request): string {
  return (req.res?.locals.requestId as string | undefined) ?? 'unknown';
}

const RAW_BODY = Symbol('lethe.rawBody');
type RawBodyRequest = Request & { [RAW_BODY]?: Buffer };

/** The body of a JSON or form request as it was received (empty for none), e.g. to check a webhook's signature. */
export function rawBodyOf(req: Request): Buffer {
  return (req as RawBodyRequest)[RAW_BODY] ?? Buffer.alloc(0);
}

const TRACE_CONTEXT = Symbol('lethe.traceContext');
type TracedRequest = Request & { [TRACE_CONTEXT]?: Context };

/**
 * An express 5 app with what every Lethe service serves: security headers, bounded body parsing,
 * request logs without bodies or query strings, /healthz, /readyz, /metrics, and problem+json
 * errors through describeError.
 */
export function createHttpApp(options: HttpAppOptions): Express {
  const { logger } = options;
  const bodyLimit = options.bodyLimit ?? '100kb';
  const app = express();
  app.disable('x-powered-by');
  // Only the hops the installation put in front are trusted: a client cannot name another address itself.
  app.set('trust proxy', options.trustedProxies ?? 0);

  app.use(helmet());
  app.use(observe(logger));
  // The bytes as received stay with the request: signed webhooks are verified over them.
  const keepRaw = (req: RawBodyRequest, _res: unknown, buffer: Buffer) => {
    req[RAW_BODY] = buffer;
  };
  app.use(express.json({ limit: bodyLimit, verify: keepRaw }));
  app.use(express.urlencoded({ extended: false, limit: bodyLimit, parameterLimit: 100, verify: keepRaw }));
  // Body parsing finishes in stream callbacks, outside the request's trace context: re-enter it.
  app.use((req: TracedRequest, _res, next) => {
    const traced = req[TRACE_CONTEXT];
    if (traced) withContext(traced, next);
    else next();
  });

  app.get('/healthz', (_req, res) => {
    res.set('cache-control', 'no-store').json({ status: 'ok' });
  });

  app.get('/readyz', async (_req, res) => {
    const checks = await withTimeout(options.readiness(), options.readinessTimeoutMs ?? 2000).catch((err: unknown) => {
      logger.warn({ err }, 'readiness check failed');
      return undefined;
    });
    const down = checks ? Object.entries(checks).filter(([, up]) => !up).map(([name]) => name) : ['readiness-check'];
    res
      .status(down.length === 0 ? 200 : 503)
      .set('cache-control', 'no-store')
      .json(down.length === 0 ? { status: 'ready', checks } : { status: 'not ready', checks: checks ?? {}, down });
  });

  if (options.metrics) {
    const exporter = options.metrics;
    app.get('/metrics', (req, res) => exporter.getMetricsRequestHandler(req, res));
  }

  options.routes?.(app);

  app.use((req, _res, next) => next(new NotFoundError('route', `${req.method} ${req.path}`)));

  const handleError: ErrorRequestHandler = (err, req, res, next) => {
    if (res.headersSent) {
      next(err);
      return;
    }
    const described = describeHttpError(err);
    if (described.unexpected) logger.error({ err, method: req.method, requestId: requestIdOf(req) }, 'unexpected error in an HTTP handler');
    sendProblem(res, problemFromDescribed(described), described.retryAfterSeconds);
  };
  app.use(handleError);
  return app;
}

/** Request id, a SERVER span continuing the caller's trace, and one log line per request. */
function observe(logger: Logger): RequestHandler {
  return (req: TracedRequest, res, next) => {
    const started = performance.now();
    const header = req.get('x-request-id');
    const requestId = header && /^[A-Za-z0-9._:-]{1,128}$/.test(header) ? header : randomUUID();
    res.locals.requestId = requestId;
    res.setHeader('x-request-id', requestId);

    const parent = extractTraceContext({
      traceparent: req.get('traceparent'),
      tracestate: req.get('tracestate'),
      baggage: req.get('baggage'),
    });
    const span = tracer().startSpan(req.method, { kind: SpanKind.SERVER, attributes: { 'http.request.method': req.method } }, parent);
    req[TRACE_CONTEXT] = contextWithSpan(parent, span);

    let finished = false;
    const done = () => {
      if (finished) return;
      finished = true;
      const route = routeOf(req);
      // Only the path: query strings carry link tokens.
      const path = req.originalUrl.split('?')[0];
      const durationMs = Math.round((performance.now() - started) * 10) / 10;
      span.updateName(route ? `${req.method} ${route}` : req.method);
      if (route) span.setAttribute('http.route', route);
      span.setAttribute('http.response.status_code', res.statusCode);
      if (res.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
      logger.info({ method: req.method, path, route, status: res.statusCode, durationMs, requestId, aborted: !res.writableFinished || undefined }, 'http request');
    };
    res.on('finish', done);
    res.on('close', done);
    withContext(req[TRACE_CONTEXT], next);
  };
}

function routeOf(req: Request): string | undefined {
  const routePath = (req.route as { path?: unknown } | undefined)?.path;
  return typeof routePath === 'string' ? `${req.baseUrl}${routePath}` : undefined;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (err: unknown) => {
        clearTimeout(timer);
        reject(err);
      },
    );
  });
}
