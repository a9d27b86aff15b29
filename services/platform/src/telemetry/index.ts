export { createLogger, type Logger } from './logger';
export { initTelemetry, type Telemetry } from './tracing';
