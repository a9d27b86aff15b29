// Starts every Lethe service that exists in this checkout against the local infrastructure, waits
// until each reports SERVING, loads each service's demo data, and prints how to call them. Stays
// in the foreground; Ctrl-C stops the services (the infrastructure keeps running).
//
//   bash scripts/start.sh            (installs, builds, starts the infrastructure, then this)
//
// The services are those of the deploy registry (deploy/src/registry.ts), as in the chart. Each
// one's configuration is written to .lethe/local/<name>.env, which the services' commands (the
// retention sweep) read. Demo data, if any, comes from services/<name>/dist/src/demo.js exporting
// `seedDemoData(context: DemoContext)`.
import { spawn, type ChildProcess } from 'node:child_process';
import { createPublicKey, generateKeyPairSync, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { devKeysDir, devServiceKey, devServiceKeyFile, devSigningKey } from '../../services/platform/src/cli/token';
import { TokenSigner } from '../../services/platform/src/auth/tokens';
import type { DemoContext } from '../../services/platform/src/service/demo';
import { writeLocalEnv } from '../../services/platform/src/service/local-config';
import { SERVICES, serviceCallersOf } from '../../deploy/src/registry';
import { checkHealth } from '../../services/platform/src/testkit/health';
import { stateDir, testInfra } from '../../services/platform/src/testkit/infra';

const REPO_ROOT = path.resolve(__dirname, '..', '..');
const DEMO_TENANT = 'demo';

/** Local ports, one pair per service; in Kubernetes every pod uses 50051/8080. */
const LOCAL_PORTS: Record<string, { grpc: number; http: number }> = {
  candidates: { grpc: 50051, http: 8081 },
  retention: { grpc: 50052, http: 8082 },
  consent: { grpc: 50053, http: 8083 },
  'talent-crm': { grpc: 50054, http: 8084 },
  'profile-rendering': { grpc: 50055, http: 8085 },
  messaging: { grpc: 50056, http: 8086 },
};

interface RunningService {
  name: string;
  ports: { grpc: number; http: number };
  child: ChildProcess;
  logFile: string;
  exited: Promise<number | null>;
}

function say(line: string): void {
  process.stdout.write(`${line}\n`);
}

/** The registry's services; each must be built. */
function registeredServices(): string[] {
  const names = SERVICES.map((service) => service.name);
  const unbuilt = names.filter((name) => !fs.existsSync(path.join(REPO_ROOT, 'services', name, 'dist', 'src', 'main.js')));
  if (unbuilt.length > 0) throw new Error(`not built: ${unbuilt.join(', ')} (run pnpm build)`);
  return names;
}

/** The local installation's 32-byte keys: made once, so data written in one run can be read in the next. */
const DEV_KEYS = ['KEY_ENCRYPTION_KEY', 'BLIND_INDEX_KEY', 'CACHE_MAC_KEY'] as const;

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
  return { KEY_ENCRYPTION_KEY: values.KEY_ENCRYPTION_KEY, BLIND_INDEX_KEY: values.BLIND_INDEX_KEY, CACHE_MAC_KEY: values.CACHE_MAC_KEY, ERASURE_RECEIPT_SIGNING_KEY: devReceiptKey() };
}

/** An Ed25519 private key of the local installation, PKCS#8 PEM, in a file of .lethe made on first use. */
function devPrivateKey(name: string): string {
  const file = path.join(stateDir(), name);
  if (!fs.existsSync(file)) {
    const pem = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, pem, { mode: 0o600 });
  }
  return fs.readFileSync(file, 'utf8');
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

function portsOf(name: string, index: number): { grpc: number; http: number } {
  return LOCAL_PORTS[name] ?? { grpc: 50061 + index, http: 8091 + index };
}

/** Where each service answers locally: its gRPC address for callers, its pages for links in messages. */
function addressesOf(names: readonly string[]): Record<string, string> {
  const variable = (name: string) => name.toUpperCase().replace(/-/g, '_');
  return Object.fromEntries(
    names.flatMap((name, index) => {
      const ports = portsOf(name, index);
      return [
        [`${variable(name)}_GRPC_ADDRESS`, `127.0.0.1:${ports.grpc}`],
        [`${variable(name)}_PUBLIC_URL`, `http://127.0.0.1:${ports.http}`],
      ];
    }),
  );
}

function startService(name: string, index: number, env: Record<string, string>): RunningService {
  const ports = portsOf(name, index);
  const logFile = path.join(stateDir(), 'logs', `${name}.log`);
  fs.mkdirSync(path.dirname(logFile), { recursive: true });
  const log = fs.openSync(logFile, 'a');
  const serviceEnv: Record<string, string> = {
    ...env,
    SERVICE_NAME: name,
    GRPC_PORT: String(ports.grpc),
    HTTP_PORT: String(ports.http),
    ...devErasureKeys(name, env.ERASURE_SERVICES.split(',')),
    // As in the chart: its own key signs its service tokens, and it admits the callers the registry names with their rights.
    AUTH_SIGNING_KEY_FILE: devServiceKeyFile(name),
    AUTH_SERVICE_CALLERS: JSON.stringify(serviceCallersOf(name)),
  };
  const { PATH: _path, ...configuration } = serviceEnv;
  writeLocalEnv(name, configuration);
  const child = spawn(process.execPath, ['dist/src/main.js'], {
    cwd: path.join(REPO_ROOT, 'services', name),
    env: serviceEnv,
    stdio: ['ignore', log, log],
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { name, ports, child, logFile, exited };
}

function tail(file: string, lines = 15): string {
  const text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  return text.trimEnd().split('\n').slice(-lines).join('\n');
}

async function waitUntilServing(service: RunningService, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exitCode: number | null | undefined;
  void service.exited.then((code) => (exitCode = code));
  for (;;) {
    if (exitCode !== undefined) throw new Error(`${service.name} exited with code ${exitCode} while starting; its log (${service.logFile}):\n${tail(service.logFile)}`);
    const status = await checkHealth(`127.0.0.1:${service.ports.grpc}`).catch(() => 'UNREACHABLE');
    if (status === 'SERVING') return;
    if (Date.now() > deadline) throw new Error(`${service.name} did not report SERVING within ${timeoutMs / 1000} s (last: ${status}); its log (${service.logFile}):\n${tail(service.logFile)}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

async function stopAll(services: RunningService[]): Promise<void> {
  for (const service of services) service.child.kill('SIGTERM');
  await Promise.all(services.map((service) => Promise.race([service.exited, new Promise((resolve) => setTimeout(resolve, 15_000))])));
  for (const service of services) if (service.child.exitCode === null) service.child.kill('SIGKILL');
}

async function main(): Promise<number> {
  const names = registeredServices();
  const infra = testInfra();
  const privateJwk = await devSigningKey();
  // Every service's key exists, and is in the JWKS, before any service reads it.
  for (const name of names) await devServiceKey(name);
  const erasureServices = SERVICES.filter((service) => service.obeysErasure).map((service) => service.name);
  const signer = new TokenSigner({ privateJwk, issuer: 'lethe', audience: 'lethe' });
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
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
    ...addressesOf(names),
    ...devSecrets(),
  };
  say(`starting ${names.join(', ')} …`);
  const services = names.map((name, index) => startService(name, index, env));
  const stop = async (signal: string) => {
    say(`\n${signal}: stopping the services (the infrastructure keeps running; pnpm infra:down stops it)`);
    await stopAll(services);
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  try {
    await Promise.all(services.map((service) => waitUntilServing(service)));
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n`);
    await stopAll(services);
    return 1;
  }

  for (const service of services) {
    const demoModule = path.join(REPO_ROOT, 'services', service.name, 'dist', 'src', 'demo.js');
    if (!fs.existsSync(demoModule)) continue;
    const { seedDemoData } = (await import(demoModule)) as { seedDemoData: (context: DemoContext) => Promise<void> };
    await seedDemoData({
      tenantId: DEMO_TENANT,
      grpcAddress: `127.0.0.1:${service.ports.grpc}`,
      httpUrl: `http://127.0.0.1:${service.ports.http}`,
      token: (rights) => signer.mint({ tenantId: DEMO_TENANT, actorId: 'demo-admin', actorKind: 'user', rights: [...rights], services: [service.name], ttlSeconds: 3600 }),
      log: (line) => say(`  ${service.name}: ${line}`),
    });
  }

  say('\nLethe is running:');
  for (const service of services) {
    say(`  ${service.name.padEnd(18)} gRPC 127.0.0.1:${service.ports.grpc}   HTTP http://127.0.0.1:${service.ports.http}   log ${path.relative(REPO_ROOT, service.logFile)}`);
  }
  say(`  ${'mail (Mailpit)'.padEnd(18)} ${infra.mailpitUrl}   every message Lethe sends arrives here`);
  const [first] = services;
  say(`
Try it (tenant "${DEMO_TENANT}" holds the demo data):
  TOKEN=$(pnpm -s token --tenant ${DEMO_TENANT} --actor demo-admin --rights candidates:read,candidates:write)
  ~/.cache/lethe/bin/grpcurl -plaintext 127.0.0.1:${first.ports.grpc} list
  ~/.cache/lethe/bin/grpcurl -plaintext -H "authorization: Bearer $TOKEN" 127.0.0.1:${first.ports.grpc} lethe.session.v1.SessionService/WhoAmI

Ctrl-C stops the services.`);

  const firstExit = await Promise.race(services.map((service) => service.exited.then((code) => ({ service, code }))));
  process.stderr.write(`${firstExit.service.name} exited with code ${firstExit.code}; its log:\n${tail(firstExit.service.logFile)}\n`);
  await stopAll(services);
  return 1;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`start: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  },
);
