export { addMonths, formatDate, ManualClock, type Clock } from './clock';
export { baseConfigSchema, ConfigError, configFlag, loadConfig, publicOriginSchema, type BaseConfig } from './config';
export type { DemoContext } from './demo';
export { consumer, runServiceMain, startService, type ConsumerSpec, type RunningService, type ServiceDefinition, type ServiceParts } from './lifecycle';
export { localEnv, writeLocalEnv } from './local-config';
export { closeRuntime, connectRuntime, createRuntime, serviceTokenFor, type ServiceRuntime } from './runtime';
