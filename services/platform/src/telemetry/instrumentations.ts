import type { IncomingMessage } from 'node:http';
import { registerInstrumentations } from '@opentelemetry/instrumentation';
import { ExpressInstrumentation, ExpressLayerType } from '@opentelemetry/instrumentation-express';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { MongoDBInstrumentation } from '@opentelemetry/instrumentation-mongodb';
import { RedisInstrumentation } from '@opentelemetry/instrumentation-redis';
import { mongoStatement, redisStatement } from './statements';

/** Probes and scrapes: a span per call would bury the requests people make. */
const UNTRACED_PATHS = new Set(['/healthz', '/readyz', '/metrics']);

function untracedRequest(request: IncomingMessage): boolean {
  return UNTRACED_PATHS.has((request.url ?? '').split('?')[0]);
}

let registered = false;

/**
 * The standard OpenTelemetry instrumentations of the libraries Lethe's services talk through:
 * the MongoDB driver (under mongoose), node-redis, node's HTTP server and client, and express.
 * They hook `require`, so they must be registered before those libraries are loaded. Statements
 * are recorded as shapes without values (`./statements`); database and cache calls are traced
 * only inside a traced request or event, so background polling makes no traces of its own.
 */
export function instrumentLibraries(): void {
  if (registered) return;
  registered = true;
  registerInstrumentations({
    instrumentations: [
      new HttpInstrumentation({ ignoreIncomingRequestHook: untracedRequest, requireParentforOutgoingSpans: true }),
      // Middleware (helmet, body parsers, rate limits) would add a span each to every request.
      new ExpressInstrumentation({ ignoreLayersType: [ExpressLayerType.MIDDLEWARE] }),
      new MongoDBInstrumentation({ enhancedDatabaseReporting: false, requireParentSpan: true, dbStatementSerializer: mongoStatement }),
      new RedisInstrumentation({ requireParentSpan: true, dbStatementSerializer: redisStatement }),
    ],
  });
}
