export { checkoutServices, INFRA_COMPONENTS, REPO_ROOT, infra, randomKey, stateDir, testInfra, uniqueName, type InfraComponent } from './infra';
export { captureLogs, type CapturedLogs } from './logs';
export { captureSpans, type CapturedSpans } from './spans';
export { checkHealth } from './health';
export { TEST_SERVICE, testAuth, type TestAuth } from './tokens';
export { DEFAULT_CANARY_FIELDS, kafkaLogDir, makeCanaries, scanBytesForCanaries, scanDirectoryForCanaries, scanFilesForCanaries, scanOwnTopicsForCanaries, scanRedisForCanaries, type Canaries, type CanaryHit } from './canary';
export { ed25519KeyPair, testErasureKeys, type TestKeyPair } from './erasure-keys';
export { erasureDriver, type ErasureDriver } from './erasure-driver';
export { compactDatabases, copyDatabase, dropDatabase } from './backup';
export { exportSubject } from './export';
export { definitionWithHandle, startTestService, startTestServices, testKeyStoreEnv, testServiceEnv, type TestService } from './service';
export { EVENT_WAIT_MS, waitFor } from './wait';
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
export { checkRequestLimits, DependencyReached, OVERFULL_ENTRIES, OVERSIZED_CHARS, PROBE_CONTEXT, unreachableDependencies, type RequestLimitOptions, type RequestLimitReport } from './request-limits';
export { fastestMs } from './timing';
export { DEMO_ADMIN, DEMO_TENANT, demoTokens, loadDemoData } from './demo-data';
export { consumerGroupsOf, devTokenSigner, flushLocalRedis, localPortsOf, nextRestart, RESTART_BACKOFF, STABLE_AFTER_MS, startLocalStack, SupervisedService, tailOf, type ConsumerGroupState, type LocalStack, type LocalStackOptions, type ServicePorts, type StackService } from './local-stack';
export { sampleController } from './controller';
export { freePort } from './ports';
