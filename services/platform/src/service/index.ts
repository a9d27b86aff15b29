export { ManualClock, systemClock, type Clock } from './clock';
export { baseConfigSchema, ConfigError, loadConfig, type BaseConfig } from './config';
export type { DemoContext } from './demo';
export { consumer, runServiceMain, startService, type ConsumerSpec, type RunningService, type ServiceDefinition, type ServiceParts, type StartOptions } from './lifecycle';
export { localConfigFile, localEnv, writeLocalEnv } from './local-config';
export { closeRuntime, connectRuntime, createRuntime, databaseNameOf, type RuntimeOptions, type ServiceRuntime } from './runtime';
