// First, so the library instrumentations hook `require` before the modules below load the libraries.
import '../telemetry/preload';
export { addMonths, formatDate, ManualClock, type Clock } from './clock';
export { baseConfigSchema, ConfigError, configFlag, loadConfig, pageFormsConfigSchema, publicOriginSchema, type BaseConfig } from './config';
export type { DemoContext, DemoPeer } from './demo';
export { consumer, runServiceMain, startService, type ConsumerSpec, type RunningService, type ServiceDefinition, type ServiceParts } from './lifecycle';
export { heartbeatWhileRunning } from './heartbeat';
export { localEnv, writeLocalEnv } from './local-config';
export { runKeysCommand } from './keys-command';
export { closeRuntime, connectRuntime, createRuntime, serviceTokenFor, type ServiceRuntime } from './runtime';
