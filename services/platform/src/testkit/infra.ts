import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The repository root (where scripts/infra.sh lives). */
export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..', '..');

/** The services of this checkout: each folder under services/ with a src/main.ts. */
export function checkoutServices(): string[] {
  const dir = path.join(REPO_ROOT, 'services');
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => fs.existsSync(path.join(dir, name, 'src', 'main.ts')))
    .sort();
}

/** Where scripts/infra.sh keeps data, logs and pid files. */
export function stateDir(): string {
  return process.env.LETHE_STATE_DIR ?? path.join(REPO_ROOT, '.lethe');
}

/** The components scripts/infra.sh runs, as `infra.sh status` names them. */
export const INFRA_COMPONENTS = ['kafka', 'mongo', 'redis', 'mailpit', 'jaeger'] as const;
export type InfraComponent = (typeof INFRA_COMPONENTS)[number];

/** Connection settings of the local infrastructure the tests run against. */
export function testInfra() {
  return {
    kafkaBrokers: [`127.0.0.1:${process.env.LETHE_KAFKA_PORT ?? 9092}`],
    mongoUri: `mongodb://127.0.0.1:${process.env.LETHE_MONGO_PORT ?? 27017}`,
    redisUrl: `redis://127.0.0.1:${process.env.LETHE_REDIS_PORT ?? 6379}`,
    /** Mailpit's SMTP server: accepts any credentials (or none), keeps every message. */
    smtpUrl: `smtp://127.0.0.1:${process.env.LETHE_MAILPIT_SMTP_PORT ?? 1025}`,
    /** Mailpit's web UI and HTTP API (read with MailpitClient). */
    mailpitUrl: `http://127.0.0.1:${process.env.LETHE_MAILPIT_HTTP_PORT ?? 8025}`,
    /** Jaeger's OTLP/HTTP receiver: a service's OTEL_EXPORTER_OTLP_ENDPOINT. */
    otlpEndpoint: `http://127.0.0.1:${process.env.LETHE_JAEGER_OTLP_HTTP_PORT ?? 4318}`,
    /** Jaeger's UI and query API (`/api/traces?service=<name>`). */
    jaegerUrl: `http://127.0.0.1:${process.env.LETHE_JAEGER_UI_PORT ?? 16686}`,
    mongoDataDir: path.join(stateDir(), 'data', 'mongo'),
    kafkaDataDir: path.join(stateDir(), 'data', 'kafka'),
    logsDir: path.join(stateDir(), 'logs'),
  };
}

/** Runs `scripts/infra.sh <args>` and returns its output; throws with the script's stderr on failure. */
export async function infra(...args: string[]): Promise<string> {
  try {
    const { stdout } = await run('bash', [path.join(REPO_ROOT, 'scripts', 'infra.sh'), ...args], {
      cwd: REPO_ROOT,
      maxBuffer: 10 * 1024 * 1024,
      timeout: 600_000,
    });
    return stdout;
  } catch (err) {
    const { stderr, stdout } = err as { stderr?: string; stdout?: string };
    throw new Error(`scripts/infra.sh ${args.join(' ')} failed:\n${stdout ?? ''}\n${stderr ?? ''}`);
  }
}

/** A name no other test (file, run or worker) uses: topics, databases, key prefixes. */
export function uniqueName(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${randomBytes(4).toString('hex')}`;
}

const UNIQUE_PART = /(?:^|[^0-9a-z])([0-9a-z]{8,9})-[0-9a-f]{8}(?![0-9a-f])/;

/** When the uniqueName inside `name` was made, or undefined for a name without one. */
export function uniqueNameTime(name: string): Date | undefined {
  const match = UNIQUE_PART.exec(name);
  if (!match) return undefined;
  const time = new Date(parseInt(match[1], 36));
  // Only times a test run could have made: anything else is another kind of name.
  return time.getTime() > Date.UTC(2020, 0, 1) && time.getTime() < Date.now() + 86_400_000 ? time : undefined;
}

/** Fresh 32-byte keys, base64, for KEY_ENCRYPTION_KEYS, BLIND_INDEX_KEY and CACHE_MAC_KEY in tests. */
export function randomKey(): string {
  return randomBytes(32).toString('base64');
}
