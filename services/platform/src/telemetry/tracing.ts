import {
  context,
  INVALID_SPAN_CONTEXT,
  isSpanContextValid,
  metrics,
  propagation,
  SpanKind,
  SpanStatusCode,
  trace,
  type Attributes,
  type Context,
  type Meter,
  type Span,
  type Tracer,
} from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { CompositePropagator, W3CBaggagePropagator, W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPMetricExporter } from '@opentelemetry/exporter-metrics-otlp-http';
import { PrometheusExporter } from '@opentelemetry/exporter-prometheus';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { MeterProvider, PeriodicExportingMetricReader, type MetricReader } from '@opentelemetry/sdk-metrics';
import { BatchSpanProcessor, SimpleSpanProcessor, type ReadableSpan, type SpanExporter, type SpanProcessor } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { isPersonalDataField } from './personal-data';

export { SpanKind } from '@opentelemetry/api';

export interface TelemetryOptions {
  serviceName: string;
  /** OTLP/HTTP collector base URL; without it nothing is exported but Prometheus metrics. */
  otlpEndpoint?: string;
  /** Extra span exporter, e.g. an in-memory one in tests. */
  spanExporter?: SpanExporter;
}

export interface Telemetry {
  readonly tracer: Tracer;
  readonly meter: Meter;
  /** Serves /metrics in Prometheus text format from the OTel metrics. */
  readonly prometheus: PrometheusExporter;
  shutdown(): Promise<void>;
}

/**
 * Drops span and span-event attributes whose key names personal data, before any exporter sees
 * them. Lethe's own instrumentation only records ids; this guards against everything else.
 */
class PersonalDataSpanFilter implements SpanProcessor {
  onStart(): void {}
  onEnd(span: ReadableSpan): void {
    scrub(span.attributes);
    for (const event of span.events) scrub(event.attributes);
    // Library instrumentations set the error's message as the status message (a duplicate-key
    // error quotes the key's value): the status keeps its code only.
    const status = span.status as { message?: string };
    if (status.message !== undefined) delete status.message;
  }
  async forceFlush(): Promise<void> {}
  async shutdown(): Promise<void> {}
}

/**
 * OpenTelemetry semantic-convention attributes (`messaging.destination.name`, `rpc.method`,
 * `db.query.text`, …) describe the system, not a person, so their last segment is not read as a
 * field name; database statements are recorded without values (`./statements`).
 * Exception messages and stacks may quote input, so they never leave the process, and neither do
 * the address and browser of whoever sent an HTTP request: a candidate opening a link is a person.
 */
const SEMANTIC_CONVENTION_NAMESPACES = ['messaging.', 'rpc.', 'http.', 'url.', 'server.', 'network.', 'error.', 'service.', 'db.'];
const NEVER_EXPORTED = new Set([
  'exception.message', 'exception.stacktrace', 'url.query', 'url.fragment',
  'client.address', 'client.port', 'network.peer.address', 'network.peer.port', 'net.peer.ip', 'net.peer.port',
  'http.client_ip', 'user_agent.original', 'http.user_agent',
]);
/** Attributes holding a URL or request target: link tokens travel in query strings, so only the part before `?` or `#` is exported. */
const URL_ATTRIBUTES = new Set(['url.full', 'http.url', 'http.target']);

function scrub(attributes: Attributes | undefined): void {
  if (!attributes) return;
  const writable = attributes as Record<string, unknown>;
  for (const key of Object.keys(attributes)) {
    const lastSegment = key.split('.').pop() ?? key;
    const describesSystem = SEMANTIC_CONVENTION_NAMESPACES.some((namespace) => key.startsWith(namespace));
    if (NEVER_EXPORTED.has(key) || (!describesSystem && isPersonalDataField(lastSegment))) {
      delete writable[key];
    } else if (URL_ATTRIBUTES.has(key) && typeof writable[key] === 'string') {
      writable[key] = (writable[key] as string).split(/[?#]/)[0];
    }
  }
}

let active: Telemetry | undefined;

/**
 * Starts the OpenTelemetry SDK once per process. Call it first thing in a service's entry point,
 * before the rest of the service is loaded.
 */
export function initTelemetry(options: TelemetryOptions): Telemetry {
  if (active) return active;
  const resource = resourceFromAttributes({ 'service.name': options.serviceName, 'service.namespace': 'lethe' });

  const propagator = new CompositePropagator({ propagators: [new W3CTraceContextPropagator(), new W3CBaggagePropagator()] });
  let stopTracing: () => Promise<void>;
  if (options.otlpEndpoint || options.spanExporter) {
    const spanProcessors: SpanProcessor[] = [new PersonalDataSpanFilter()];
    if (options.otlpEndpoint) {
      spanProcessors.push(new BatchSpanProcessor(new OTLPTraceExporter({ url: `${options.otlpEndpoint.replace(/\/$/, '')}/v1/traces` })));
    }
    if (options.spanExporter) spanProcessors.push(new SimpleSpanProcessor(options.spanExporter));
    const tracerProvider = new NodeTracerProvider({ resource, spanProcessors });
    tracerProvider.register({ propagator });
    stopTracing = () => tracerProvider.shutdown();
  } else {
    // Without an exporter no one sees a span, so none is made: recording one per consumed event
    // cost the event bus about 5 µs. The context manager and the propagators still carry an
    // incoming trace context on to outgoing calls and events.
    context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
    propagation.setGlobalPropagator(propagator);
    stopTracing = async () => {
      context.disable();
      propagation.disable();
    };
  }

  const prometheus = new PrometheusExporter({ preventServerStart: true });
  const readers: MetricReader[] = [prometheus];
  if (options.otlpEndpoint) {
    readers.push(
      new PeriodicExportingMetricReader({
        exporter: new OTLPMetricExporter({ url: `${options.otlpEndpoint.replace(/\/$/, '')}/v1/metrics` }),
      }),
    );
  }
  const meterProvider = new MeterProvider({ resource, readers });
  metrics.setGlobalMeterProvider(meterProvider);

  active = {
    tracer: trace.getTracer('lethe', '1'),
    meter: metrics.getMeter('lethe', '1'),
    prometheus,
    shutdown: async () => {
      await Promise.allSettled([stopTracing(), meterProvider.shutdown()]);
      active = undefined;
    },
  };
  return active;
}

export function tracer(): Tracer {
  return trace.getTracer('lethe', '1');
}

export function meter(): Meter {
  return metrics.getMeter('lethe', '1');
}

/** Writes the active trace context (traceparent, tracestate, baggage) into a header carrier. */
export function injectTraceContext(carrier: Record<string, string>, ctx: Context = context.active()): Record<string, string> {
  propagation.inject(ctx, carrier);
  return carrier;
}

/** The context described by a header carrier's traceparent, or the active one when there is none. */
export function extractTraceContext(carrier: Record<string, string | undefined>): Context {
  return propagation.extract(context.active(), carrier);
}

/**
 * `parent` with `span` active in it. A span that adds nothing to its parent — not recorded, and
 * either invalid (no tracing at all) or the parent's own span context (a tracer that only
 * propagates) — leaves the parent as it is: a new context per consumed event was most of the bus's
 * tracing cost without an SDK.
 */
export function contextWithSpan(parent: Context, span: Span): Context {
  if (!span.isRecording()) {
    const own = span.spanContext();
    // Cheap comparisons first; validity needs regular expressions.
    if (own === INVALID_SPAN_CONTEXT) return parent;
    const inherited = trace.getSpanContext(parent);
    if (inherited === own) return parent;
    if (inherited && inherited.spanId === own.spanId && inherited.traceId === own.traceId && inherited.traceFlags === own.traceFlags) return parent;
    if (!isSpanContextValid(own)) return parent;
  }
  return trace.setSpan(parent, span);
}

/**
 * Runs `fn` in `ctx`, entering it only when it is not the active context already. Entering one
 * switches on Node's async hooks for every promise of the process for good (AsyncLocalStorage),
 * which cost the event bus about a microsecond per event; a service that traces nothing never
 * needs them.
 */
export function withContext<T>(ctx: Context, fn: () => T): T {
  return ctx === context.active() ? fn() : context.with(ctx, fn);
}

export interface SpanOptions {
  kind?: SpanKind;
  /** Ids, counts, statuses only: personal-data keys are dropped before export. */
  attributes?: Attributes;
  parent?: Context;
}

/**
 * Runs `fn` inside a new span. Failures mark the span with the error's class only: error messages
 * may quote input, so they never enter a trace.
 */
export async function inSpan<T>(name: string, options: SpanOptions, fn: (span: Span) => Promise<T>): Promise<T> {
  const parent = options.parent ?? context.active();
  const span = tracer().startSpan(name, { kind: options.kind ?? SpanKind.INTERNAL, attributes: options.attributes }, parent);
  try {
    return await withContext(contextWithSpan(parent, span), () => fn(span));
  } catch (err) {
    span.setStatus({ code: SpanStatusCode.ERROR });
    span.setAttribute('error.type', err instanceof Error ? err.name : typeof err);
    throw err;
  } finally {
    span.end();
  }
}
