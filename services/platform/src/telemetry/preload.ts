/**
 * Loaded first by `@lethe/platform/service`, before it loads mongoose, redis and express: a service
 * process that exports traces (OTEL_EXPORTER_OTLP_ENDPOINT) has its libraries instrumented while
 * their `require` can still be hooked. The instrumentations are loaded only then, so processes
 * that trace nothing (tests, CLIs) pay nothing for them.
 */
if (process.env.OTEL_EXPORTER_OTLP_ENDPOINT) {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded only when traces are exported
  (require('./instrumentations') as typeof import('./instrumentations')).instrumentLibraries();
}

export {};
