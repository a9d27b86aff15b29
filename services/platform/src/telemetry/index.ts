export { createLogger, type Logger } from './logger';
export { initTelemetry, inSpan, type Telemetry } from './tracing';
