export { REPO_ROOT, infra, randomKey, stateDir, testInfra, uniqueName } from './infra';
export { captureLogs, type CapturedLogs } from './logs';
export { checkHealth } from './health';
export { testAuth, type TestAuth } from './tokens';
export { DEFAULT_CANARY_FIELDS, makeCanaries, scanDirectoryForCanaries, scanRedisForCanaries, type Canaries, type CanaryHit } from './canary';
export { definitionWithHandle, startTestService, testServiceEnv, type TestService } from './service';
export { waitFor } from './wait';
export { failure } from './rpc';
