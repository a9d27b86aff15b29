import type { z } from 'zod';
import type { BaseConfig } from '../service/config';
import { startService, type RunningService, type ServiceDefinition, type ServiceParts, type ServiceRuntime } from '../service';
import { type StartOptions } from '../service/lifecycle';
import { testErasureKeys } from './erasure-keys';
import { randomKey, testInfra, uniqueName } from './infra';
import type { TestAuth } from './tokens';

/**
 * A key store of its own (a fresh database on the local FerretDB, as `pnpm start` gives each
 * service one) and a KEK ring of one fresh key: for every service a test starts.
 */
export function testKeyStoreEnv(): { KEY_STORE_URI: string; KEY_ENCRYPTION_KEYS: string } {
  return { KEY_STORE_URI: `${testInfra().mongoUri}/${uniqueName('test_keys').replace(/-/g, '_')}`, KEY_ENCRYPTION_KEYS: `test:${randomKey()}` };
}

/**
 * Environment for a service under test against the local infrastructure: free ports, a database
 * of its own, fresh keys, the test issuer's keys, and the service's own signing key when the test
 * auth holds one for `service`; the erasure protocol's keys of the service (its own, retention's
 * public key) and, for retention, of those in ERASURE_SERVICES. `overrides` win.
 */
export function testServiceEnv(auth: TestAuth, overrides: Record<string, string> = {}, service?: string): NodeJS.ProcessEnv {
  const infra = testInfra();
  return {
    GRPC_PORT: '0',
    HTTP_PORT: '0',
    LOG_LEVEL: 'warn',
    KAFKA_BROKERS: infra.kafkaBrokers.join(','),
    // Topics and groups of their own: services started by other test files never meet this one.
    KAFKA_TOPIC_PREFIX: `${uniqueName('t')}.`,
    MONGODB_URI: infra.mongoUri,
    MONGODB_DATABASE: uniqueName('test').replace(/-/g, '_'),
    REDIS_URL: infra.redisUrl,
    ...testKeyStoreEnv(),
    BLIND_INDEX_KEY: randomKey(),
    CACHE_MAC_KEY: randomKey(),
    CSRF_KEY: randomKey(),
    SHUTDOWN_TIMEOUT_MS: '2000',
    ...auth.env(overrides.SERVICE_NAME ?? service),
    ...testErasureKeys.env(overrides.SERVICE_NAME ?? service ?? 'test-service', overrides.ERASURE_SERVICES?.split(',') ?? []),
    ...overrides,
  };
}

export interface TestService<C extends BaseConfig> extends RunningService<C> {
  /** host:port of its gRPC server. */
  readonly address: string;
  /** Base URL of its HTTP server. */
  readonly httpUrl: string;
  /** The environment it runs with: its commands (`keys …`) run with the same. */
  readonly env: NodeJS.ProcessEnv;
}

/** Starts a service on free ports against the local infrastructure and waits until it is SERVING. */
export async function startTestService<S extends z.ZodTypeAny>(
  definition: ServiceDefinition<S>,
  auth: TestAuth,
  options: StartOptions & { env?: Record<string, string> } = {},
): Promise<TestService<z.infer<S>>> {
  const env = testServiceEnv(auth, options.env, definition.name);
  const running = await startService(definition, { ...options, env });
  try {
    await running.ready;
  } catch (err) {
    await running.stop();
    throw err;
  }
  return Object.assign(running, { address: `127.0.0.1:${running.grpcPort}`, httpUrl: `http://127.0.0.1:${running.httpPort}`, env });
}

/**
 * A service definition from a build function, and a handle on what it built once started: tests
 * reach a service's pieces (stores, sweeper) next to its gRPC API.
 */
export function definitionWithHandle<S extends z.ZodTypeAny, B extends { parts: ServiceParts }>(
  name: string,
  configSchema: S,
  build: (runtime: ServiceRuntime<z.infer<S>>) => B,
): { definition: ServiceDefinition<S>; built: () => B } {
  let built: B | undefined;
  return {
    definition: {
      name,
      configSchema,
      create: (runtime) => {
        built = build(runtime);
        return built.parts;
      },
    },
    built: () => {
      if (!built) throw new Error(`${name} has not been started`);
      return built;
    },
  };
}

/**
 * Starts several services at once. When one fails to start, those that did are stopped before the
 * failure is thrown, so no consumer of a half-started stack keeps the test process alive.
 */
export async function startTestServices<T extends readonly Promise<{ stop(): Promise<void> }>[]>(starting: T): Promise<{ -readonly [K in keyof T]: Awaited<T[K]> }> {
  const settled = await Promise.allSettled(starting);
  const failed = settled.find((result): result is PromiseRejectedResult => result.status === 'rejected');
  if (failed) {
    await Promise.all(settled.map((result) => (result.status === 'fulfilled' ? result.value.stop().catch(() => undefined) : undefined)));
    throw failed.reason;
  }
  return settled.map((result) => (result as PromiseFulfilledResult<unknown>).value) as { -readonly [K in keyof T]: Awaited<T[K]> };
}
