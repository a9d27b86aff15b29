export { createLogger, type Logger, type LoggerOptions } from './logger';
export { isPersonalDataField, PERSONAL_DATA_FIELDS, REDACTED, redactPersonalData } from './personal-data';
export {
  contextWithSpan,
  extractTraceContext,
  initTelemetry,
  injectTraceContext,
  inSpan,
  meter,
  SpanKind,
  tracer,
  withContext,
  type SpanOptions,
  type Telemetry,
  type TelemetryOptions,
} from './tracing';
