export { ManualClock, systemClock, type Clock } from './clock';
export {
  databaseNameOf,
  runServiceMain,
  startService,
  type RunningService,
  type ServiceDefinition,
  type ServiceParts,
  type ServiceRuntime,
  type StartOptions,
} from './lifecycle';
export type { DemoContext } from './demo';
