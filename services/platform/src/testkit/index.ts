export { INFRA_COMPONENTS, REPO_ROOT, infra, randomKey, stateDir, testInfra, uniqueName, type InfraComponent } from './infra';
export { captureLogs, type CapturedLogs } from './logs';
export { captureSpans, type CapturedSpans } from './spans';
export { checkHealth } from './health';
export { testAuth, type TestAuth } from './tokens';
export { DEFAULT_CANARY_FIELDS, makeCanaries, scanDirectoryForCanaries, scanRedisForCanaries, type Canaries, type CanaryHit } from './canary';
export { definitionWithHandle, startTestService, testServiceEnv, type TestService } from './service';
export { waitFor } from './wait';
export {
  MailpitClient,
  toQuery,
  waitForMail,
  type MailpitAddress,
  type MailpitInfo,
  type MailpitMessage,
  type MailpitMessageList,
  type MailpitSummary,
  type PageOptions,
} from './mailpit';
export { failure } from './rpc';
