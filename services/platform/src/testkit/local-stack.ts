// Lethe's services as separate processes on the local infrastructure, started the way the chart
// runs them (the built `dist/src/main.js`, configured only by environment), each supervised: a
// process that dies is restarted with a growing pause, and said so. `pnpm start` runs one such
// stack; the end-to-end tests with real processes run their own, isolated by a namespace.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { createPublicKey, generateKeyPairSync, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import { createClient as createRedisClient } from 'redis';
import { TokenSigner } from '../auth/tokens';
import { devKeysDir, devServiceKey, devServiceKeyFile, devSigningKey } from '../cli/token';
import { createKafka } from '../kafka/client';
import { backoffDelay, type Backoff } from '../retry';
import { createLogger } from '../telemetry/logger';
import { QUERY_AUDIT_DIR_VARIABLE } from '../mongo/command-monitor';
import { writeLocalEnv } from '../service/local-config';
import { checkHealth } from './health';
import { REPO_ROOT, stateDir, testInfra } from './infra';

/** What the stack needs to know of a service from the deploy registry. */
export interface StackService {
  name: string;
  /** Holds data about people, so it confirms every erasure. */
  obeysErasure: boolean;
  /** The services that may call it, each with the rights its tokens may carry there (AUTH_SERVICE_CALLERS). */
  callers: Readonly<Record<string, readonly string[]>>;
}

export interface ServicePorts {
  grpc: number;
  http: number;
}

/** Local ports, one pair per service; in Kubernetes every pod uses 50051/8080. */
const LOCAL_PORTS: Record<string, ServicePorts> = {
  candidates: { grpc: 50051, http: 8081 },
  retention: { grpc: 50052, http: 8082 },
  consent: { grpc: 50053, http: 8083 },
  'talent-crm': { grpc: 50054, http: 8084 },
  'profile-rendering': { grpc: 50055, http: 8085 },
  messaging: { grpc: 50056, http: 8086 },
};

export function localPortsOf(name: string, index: number): ServicePorts {
  return LOCAL_PORTS[name] ?? { grpc: 50061 + index, http: 8091 + index };
}

/** A supervised service dies and comes back: 1 s, 2 s, 4 s … at most 30 s; calm again after a minute of serving. */
export const RESTART_BACKOFF: Backoff = { initialMs: 1_000, maxMs: 30_000 };
export const STABLE_AFTER_MS = 60_000;

/**
 * The supervisor's rule after a process died: a service that served for a while (`servedMs`, none
 * when it never reached SERVING) counts as failing for the first time; one that keeps dying waits
 * longer each time.
 */
export function nextRestart(failuresInARow: number, servedMs: number | undefined, backoff: Backoff): { failuresInARow: number; delayMs: number } {
  const failures = servedMs !== undefined && servedMs > STABLE_AFTER_MS ? 1 : failuresInARow + 1;
  return { failuresInARow: failures, delayMs: backoffDelay(failures, backoff) };
}

export interface LocalStackOptions {
  services: readonly StackService[];
  /** Keeps this stack apart from others on the same infrastructure: topic prefix, databases, Redis prefix. */
  namespace?: string;
  ports?: (name: string, index: number) => ServicePorts;
  /** Where each service's log goes (`<name>.log`). */
  logsDir?: string;
  /** Settings every service gets on top of the stack's own. */
  env?: Record<string, string>;
  /** Writes each service's configuration to .lethe/local/<name>.env, which the services' commands read. */
  writeLocalConfig?: boolean;
  /** How the stack tells what happens to its processes (started, died, restarted). */
  say?: (line: string) => void;
  backoff?: Backoff;
}

/** The installation's 32-byte keys: made once, so data written in one run can be read in the next. */
const DEV_KEYS = ['BLIND_INDEX_KEY', 'CACHE_MAC_KEY', 'CSRF_KEY'] as const;

/** Keys of the local installation; a key added since the file was made is added to it. */
function devSecrets(): Record<(typeof DEV_KEYS)[number] | 'ERASURE_RECEIPT_SIGNING_KEY', string> {
  const file = path.join(stateDir(), 'dev.env');
  const read = () =>
    Object.fromEntries(
      (fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '')
        .split('\n')
        .filter((line) => line.includes('='))
        .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
    );
  const missing = DEV_KEYS.filter((name) => !read()[name]);
  if (missing.length > 0) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.appendFileSync(file, missing.map((name) => `${name}=${randomBytes(32).toString('base64')}\n`).join(''), { mode: 0o600 });
  }
  const values = read();
  return { BLIND_INDEX_KEY: values.BLIND_INDEX_KEY, CACHE_MAC_KEY: values.CACHE_MAC_KEY, CSRF_KEY: values.CSRF_KEY, ERASURE_RECEIPT_SIGNING_KEY: devReceiptKey() };
}

/** A secret of the local installation in a file of .lethe, made by `make` on first use. */
function devSecretFile(name: string, make: () => string): string {
  const file = path.join(stateDir(), name);
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    try {
      // 'wx': when two stacks start at once, the first key wins and both use it.
      fs.writeFileSync(file, make(), { mode: 0o600, flag: 'wx' });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
  }
  return fs.readFileSync(file, 'utf8');
}

/** An Ed25519 private key of the local installation, PKCS#8 PEM, in a file of .lethe made on first use. */
function devPrivateKey(name: string): string {
  return devSecretFile(name, () => generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString());
}

/**
 * A service's KEK ring (a file of .lethe: add a key in front of it to rotate) and its key store,
 * a database of its own beside its data on the local FerretDB, as the chart gives it one apart.
 */
function devKeyStore(service: string, namespace: string | undefined): Record<'KEY_ENCRYPTION_KEYS' | 'KEY_STORE_URI', string> {
  const ring = devSecretFile(path.join('dev-key-encryption-keys', service), () => `dev:${randomBytes(32).toString('base64')}\n`).trim();
  const database = `${namespace ? `${namespace}_` : ''}lethe-keys-${service}`.replace(/[^A-Za-z0-9_-]/g, '_');
  return { KEY_ENCRYPTION_KEYS: ring, KEY_STORE_URI: `${testInfra().mongoUri}/${database}` };
}

const publicKeyOf = (privateKeyPem: string) => createPublicKey(privateKeyPem).export({ type: 'spki', format: 'pem' }).toString();

/** The erasure-receipt signing key of the local installation (a PEM file: receipts stay verifiable across runs). */
function devReceiptKey(): string {
  return devPrivateKey('dev-erasure-receipt-key.pem');
}

/** Each service's key its erasure acknowledgements are signed with. */
function devAckKey(service: string): string {
  return devPrivateKey(path.join('dev-erasure-ack-keys', `${service}.pem`));
}

/**
 * The erasure protocol's keys of one service, as the chart gives them: retention's public key and
 * its own acknowledgement key; retention also its command-signing key and the acknowledgement
 * public keys of the services that confirm erasures.
 */
function devErasureKeys(service: string, erasureServices: readonly string[]): Record<string, string> {
  const commandKey = devPrivateKey('dev-erasure-command-key.pem');
  return {
    ERASURE_COMMAND_PUBLIC_KEYS: publicKeyOf(commandKey),
    ERASURE_ACK_SIGNING_KEY: devAckKey(service),
    ...(service === 'retention'
      ? {
          ERASURE_COMMAND_SIGNING_KEY: commandKey,
          ERASURE_ACK_PUBLIC_KEYS: JSON.stringify(Object.fromEntries(erasureServices.map((name) => [name, publicKeyOf(devAckKey(name))]))),
        }
      : {}),
  };
}

/**
 * Signs tokens the local services accept: a person's with the installation's development key, or
 * with a service's name, that service's own tokens (the key the stack gave it).
 */
export async function devTokenSigner(service?: string): Promise<TokenSigner> {
  const privateJwk = service ? await devServiceKey(service) : await devSigningKey();
  return new TokenSigner({ privateJwk, issuer: 'lethe', audience: 'lethe' });
}

const variableOf = (name: string) => name.toUpperCase().replace(/-/g, '_');

/** One service's process, restarted with back-off whenever it dies while the stack runs. */
export class SupervisedService {
  private child?: ChildProcess;
  private stopping = false;
  private failures = 0;
  private servingSince = 0;
  private restartTimer?: NodeJS.Timeout;
  /** How often the process died and was started again. */
  restarts = 0;

  constructor(
    readonly name: string,
    readonly ports: ServicePorts,
    readonly logFile: string,
    /** Its own temporary directory and HOME, as each pod has its own /tmp: what a headless Chromium leaves on disk is here. */
    readonly tmpDir: string,
    private readonly env: Record<string, string>,
    private readonly say: (line: string) => void,
    private readonly backoff: Backoff,
  ) {}

  get address(): string {
    return `127.0.0.1:${this.ports.grpc}`;
  }

  get httpUrl(): string {
    return `http://127.0.0.1:${this.ports.http}`;
  }

  get pid(): number | undefined {
    return this.child && this.child.exitCode === null && this.child.signalCode === null ? this.child.pid : undefined;
  }

  start(): void {
    const log = fs.openSync(this.logFile, 'a');
    const child = spawn(process.execPath, ['dist/src/main.js'], { cwd: path.join(REPO_ROOT, 'services', this.name), env: this.env, stdio: ['ignore', log, log] });
    fs.closeSync(log);
    this.child = child;
    child.on('exit', (code, signal) => this.onExit(child, code, signal));
  }

  /** Resolves once the service reports SERVING; rejects if it does not within the time, with its log's end. */
  async waitUntilServing(timeoutMs = 90_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const status = await checkHealth(this.address).catch(() => 'UNREACHABLE');
      if (status === 'SERVING') {
        this.servingSince ||= Date.now();
        return;
      }
      if (this.stopping) throw new Error(`${this.name} was stopped while starting`);
      if (Date.now() > deadline) throw new Error(`${this.name} did not report SERVING within ${timeoutMs / 1000} s (last: ${status}); its log (${this.logFile}):\n${tailOf(this.logFile)}`);
      await sleep(250);
    }
  }

  /** Kills the process with the signal; the supervisor starts it again. */
  kill(signal: NodeJS.Signals = 'SIGKILL'): void {
    this.child?.kill(signal);
  }

  async stop(): Promise<void> {
    this.stopping = true;
    clearTimeout(this.restartTimer);
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    // The drain time a pod gets; the pause ends with the process, so nothing waits on it afterwards.
    const drained = new AbortController();
    const outcome = await Promise.race([exited, sleep(15_000, 'timeout', { signal: drained.signal }).catch(() => 'exited')]);
    drained.abort();
    if (outcome === 'timeout') child.kill('SIGKILL');
  }

  private onExit(child: ChildProcess, code: number | null, signal: NodeJS.Signals | null): void {
    if (child !== this.child || this.stopping) return;
    const { failuresInARow, delayMs } = nextRestart(this.failures, this.servingSince ? Date.now() - this.servingSince : undefined, this.backoff);
    this.failures = failuresInARow;
    this.servingSince = 0;
    this.say(`${this.name} exited (${signal ?? `code ${code}`}); restarting it in ${(delayMs / 1000).toFixed(1)} s — its log: ${this.logFile}\n${tailOf(this.logFile, 5)}`);
    this.restartTimer = setTimeout(() => {
      if (this.stopping) return;
      const restart = ++this.restarts;
      this.start();
      const started = this.child;
      this.waitUntilServing().then(
        () => {
          // Said of this process only: one killed again before it served is announced by its successor.
          if (this.child === started) this.say(`${this.name} is serving again (restart ${restart})`);
        },
        () => undefined,
      );
    }, delayMs);
  }
}

/** The newest modification time of a TypeScript source under `dir`. */
function newestSourceMs(dir: string): number {
  if (!fs.existsSync(dir)) return 0;
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSourceMs(file));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, fs.statSync(file).mtimeMs);
  }
  return newest;
}

/** The services whose build is missing or older than their sources (their own, the platform's, the protos'). */
function staleBuilds(names: readonly string[]): string[] {
  const shared = Math.max(newestSourceMs(path.join(REPO_ROOT, 'services', 'platform', 'src')), newestSourceMs(path.join(REPO_ROOT, 'protos', 'src')));
  return names.filter((name) => {
    const dir = path.join(REPO_ROOT, 'services', name);
    const buildInfo = path.join(dir, 'dist', 'tsconfig.tsbuildinfo');
    if (!fs.existsSync(path.join(dir, 'dist', 'src', 'main.js')) || !fs.existsSync(buildInfo)) return true;
    return Math.max(shared, newestSourceMs(path.join(dir, 'src'))) > fs.statSync(buildInfo).mtimeMs;
  });
}

/** Builds (tsc -b) the services whose `dist` is missing or stale, so the processes run the code of the checkout. */
async function buildIfStale(names: readonly string[], say: (line: string) => void): Promise<void> {
  const stale = staleBuilds(names);
  if (stale.length === 0) return;
  say(`building ${stale.join(', ')} …`);
  try {
    await promisify(execFile)('pnpm', ['exec', 'tsc', '-b', ...stale.map((name) => path.join('services', name))], { cwd: REPO_ROOT, maxBuffer: 10 * 1024 * 1024 });
  } catch (err) {
    const { stdout } = err as { stdout?: string };
    throw new Error(`building ${stale.join(', ')} failed:\n${stdout ?? String(err)}`);
  }
}

export interface ConsumerGroupState {
  groupId: string;
  /** Kafka's word for it: Stable, PreparingRebalance, CompletingRebalance, Empty, Dead. */
  state: string;
  members: number;
}

/** The consumer groups of a stack's namespace on the local broker, each with its state and live members. */
export async function consumerGroupsOf(namespace: string): Promise<ConsumerGroupState[]> {
  const kafka = createKafka({ clientId: 'lethe-local-stack', brokers: testInfra().kafkaBrokers, logger: createLogger({ service: 'local-stack', level: 'warn' }) });
  const admin = kafka.admin();
  await admin.connect();
  try {
    const ids = (await admin.listGroups()).groups.map((group) => group.groupId).filter((groupId) => groupId.startsWith(`${namespace}.`));
    if (ids.length === 0) return [];
    const { groups } = await admin.describeGroups(ids);
    return groups.map((group) => ({ groupId: group.groupId, state: group.state, members: group.members.length })).sort((a, b) => a.groupId.localeCompare(b.groupId));
  } finally {
    await admin.disconnect();
  }
}

/** Empties the local Redis, as a Redis restarted without persistence comes back: leases, caches, counters gone. */
export async function flushLocalRedis(): Promise<void> {
  const client = createRedisClient({ url: testInfra().redisUrl });
  await client.connect();
  try {
    await client.flushAll();
  } finally {
    await client.quit();
  }
}

export function tailOf(file: string, lines = 15): string {
  const text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  return text.trimEnd().split('\n').slice(-lines).join('\n');
}

export interface LocalStack {
  services: SupervisedService[];
  service(name: string): SupervisedService;
  /** The settings every service got (its own name, ports and keys aside). */
  env: Record<string, string>;
  stop(): Promise<void>;
}

/**
 * Starts every given service (built: `services/<name>/dist/src/main.js`, built first when missing or
 * older than its sources) as its own supervised process and waits until each reports SERVING. If one does not, the stack stops and the error
 * carries that service's log.
 */
export async function startLocalStack(options: LocalStackOptions): Promise<LocalStack> {
  const names = options.services.map((service) => service.name);
  const say = options.say ?? (() => undefined);
  await buildIfStale(names, say);
  const portsOf = options.ports ?? localPortsOf;
  const logsDir = options.logsDir ?? path.join(stateDir(), 'logs');
  fs.mkdirSync(logsDir, { recursive: true });
  const infra = testInfra();
  // Every service's key exists, and is in the JWKS, before any service reads it.
  for (const name of names) await devServiceKey(name);
  // And the identity provider's, whose tokens (`pnpm token`, the demo data) the services accept.
  await devSigningKey();
  const erasureServices = options.services.filter((service) => service.obeysErasure).map((service) => service.name);
  const namespace = options.namespace;
  // Like a pod's emptyDir: kept while the stack runs (a restarted process finds it), gone with the
  // stack. A short path under the system's: Chromium's socket in it must stay below 108 bytes.
  const tmpRoot = path.join(os.tmpdir(), `lethe-${namespace ?? 'local'}`);
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    // The test suite's query audit covers the queries of real processes too.
    ...(process.env[QUERY_AUDIT_DIR_VARIABLE] ? { [QUERY_AUDIT_DIR_VARIABLE]: process.env[QUERY_AUDIT_DIR_VARIABLE] } : {}),
    NODE_ENV: 'development',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'info',
    KAFKA_BROKERS: infra.kafkaBrokers.join(','),
    MONGODB_URI: infra.mongoUri,
    REDIS_URL: infra.redisUrl,
    AUTH_JWKS_FILE: path.join(devKeysDir(), 'jwks.json'),
    // Locally grpcurl lists and describes the APIs; the chart leaves reflection off.
    GRPC_REFLECTION: 'true',
    // As in the chart: the registry's services that hold data about people confirm every erasure.
    ERASURE_SERVICES: erasureServices.join(','),
    SMTP_URL: infra.smtpUrl,
    // Traces go to the local Jaeger, as in the chart to the cluster's collector.
    OTEL_EXPORTER_OTLP_ENDPOINT: infra.otlpEndpoint,
    ...(namespace ? { KAFKA_TOPIC_PREFIX: `${namespace}.` } : {}),
    ...Object.fromEntries(
      names.flatMap((name, index) => {
        const ports = portsOf(name, index);
        return [
          [`${variableOf(name)}_GRPC_ADDRESS`, `127.0.0.1:${ports.grpc}`],
          [`${variableOf(name)}_PUBLIC_URL`, `http://127.0.0.1:${ports.http}`],
        ];
      }),
    ),
    ...devSecrets(),
    ...options.env,
  };
  const services = options.services.map(({ name, callers }, index) => {
    const ports = portsOf(name, index);
    const tmpDir = path.join(tmpRoot, name);
    fs.mkdirSync(tmpDir, { recursive: true });
    const serviceEnv: Record<string, string> = {
      ...env,
      TMPDIR: tmpDir,
      HOME: tmpDir,
      SERVICE_NAME: name,
      GRPC_PORT: String(ports.grpc),
      HTTP_PORT: String(ports.http),
      ...(namespace ? { MONGODB_DATABASE: `${namespace}_${name}`.replace(/[^A-Za-z0-9_-]/g, '_') } : {}),
      ...devErasureKeys(name, erasureServices),
      ...devKeyStore(name, namespace),
      // As in the chart: its own key signs its service tokens, and it admits the callers the registry names with their rights.
      AUTH_SIGNING_KEY_FILE: devServiceKeyFile(name),
      AUTH_SERVICE_CALLERS: JSON.stringify(callers),
    };
    if (options.writeLocalConfig) {
      const { PATH: _path, TMPDIR: _tmp, HOME: _home, ...configuration } = serviceEnv;
      writeLocalEnv(name, configuration);
    }
    return new SupervisedService(name, ports, path.join(logsDir, `${name}.log`), tmpDir, serviceEnv, say, options.backoff ?? RESTART_BACKOFF);
  });
  const stop = async () => {
    await Promise.all(services.map((service) => service.stop()));
    fs.rmSync(tmpRoot, { recursive: true, force: true });
  };
  for (const service of services) service.start();
  try {
    await Promise.all(services.map((service) => service.waitUntilServing()));
  } catch (err) {
    await stop();
    throw err;
  }
  return {
    services,
    service: (name) => {
      const found = services.find((service) => service.name === name);
      if (!found) throw new Error(`no service ${name} in this stack`);
      return found;
    },
    env,
    stop,
  };
}
