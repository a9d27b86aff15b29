/**
 * Development tokens: `pnpm -s run token --tenant acme --actor alice [--kind user] [--rights a,b] [--services a,b] [--ttl 1h]`.
 * Signs with the development keys under .lethe/dev-keys/ (created on first use), which local
 * services read through AUTH_JWKS_FILE: a user's or candidate's token with the development identity
 * provider's key, a service's token with that service's own key (the one `pnpm start` gives it as
 * AUTH_SIGNING_KEY_FILE). `--print-jwks` prints the public set; `--new-key <kid>` prints a new private
 * key, e.g. `--new-key service:messaging` for an installation's `messaging-signing-key`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { JWK } from 'jose';
import { generateSigningKey, parsePrivateJwk, publicJwkOf, serviceKeyId, type PublicJwks } from '../auth/keys';
import { ACTOR_KINDS, MAX_TOKEN_TTL_SECONDS, TokenSigner } from '../auth/tokens';
import { baseConfigSchema, ConfigError, SERVICE_NAME_PATTERN } from '../service/config';
import type { ActorKind } from '../auth/context';
import { ValidationError } from '../errors/errors';
import { checkoutServices, stateDir } from '../testkit/infra';

export const USAGE =
  'usage: pnpm -s run token --tenant <id> --actor <id> [--kind user|service|candidate] [--rights a,b] [--services a,b] [--ttl 15m|1h|2d|<seconds>] [--key <private jwk file>]\n' +
  '       pnpm -s run token --print-jwks [--key <private jwk file>]\n' +
  '       pnpm -s run token --new-key <kid>   (service:<name> for a service\'s own key)';

/** A bad command line: exit code 2 with the usage line. */
class UsageError extends Error {}

const FLAG_OF_FIELD: Record<string, string> = { tenantId: '--tenant', actorId: '--actor', actorKind: '--kind', rights: '--rights', services: '--services', ttlSeconds: '--ttl' };

/** Where the development keys live. */
export function devKeysDir(): string {
  return path.join(stateDir(), 'dev-keys');
}

const IDENTITY_PROVIDER_KEY_FILE = 'signing-key.json';
const SERVICE_KEY_FILE = /^service-([a-z][a-z0-9-]*)\.json$/;

/** The file of a service's development signing key (kid `service:<name>`). */
export function devServiceKeyFile(service: string): string {
  return path.join(devKeysDir(), `service-${service}.json`);
}

function parseTtl(value: string): number {
  const match = /^(\d+)(s|m|h|d)?$/.exec(value.trim());
  if (!match) throw new UsageError(`--ttl must be a number of seconds or like 15m, 1h, 2d (got "${value}")`);
  const seconds = Number(match[1]) * { s: 1, m: 60, h: 3600, d: 86400 }[(match[2] ?? 's') as 's' | 'm' | 'h' | 'd'];
  if (seconds <= 0 || seconds > MAX_TOKEN_TTL_SECONDS) throw new UsageError(`--ttl must be between 1 second and ${MAX_TOKEN_TTL_SECONDS / 86400} days`);
  return seconds;
}

function writeAtomically(file: string, text: string, mode: number): void {
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, text, { mode });
  fs.renameSync(temporary, file);
}

/** Creates a development key unless it exists; says so on stderr. */
async function ensureDevKey(file: string, kid: string, what: string): Promise<void> {
  fs.mkdirSync(devKeysDir(), { recursive: true, mode: 0o700 });
  if (fs.existsSync(file)) return;
  const { privateJwk } = await generateSigningKey(kid);
  try {
    // 'wx': when two first uses race, the first key wins and both use it.
    fs.writeFileSync(file, `${JSON.stringify(privateJwk, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
    process.stderr.write(`created ${what} in ${devKeysDir()}\n`);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  }
}

/** The public keys of every development key (the identity provider's and the services'), written to jwks.json when they changed. */
export function devJwks(): PublicJwks {
  const dir = devKeysDir();
  const names = fs.existsSync(dir) ? fs.readdirSync(dir).sort() : [];
  // The identity provider's key first, then the services' in the order of their names.
  const files = [...names.filter((name) => name === IDENTITY_PROVIDER_KEY_FILE), ...names.filter((name) => SERVICE_KEY_FILE.test(name))];
  const jwks: PublicJwks = { keys: files.map((name) => publicJwkOf(readPrivateJwk(path.join(dir, name)))) };
  const jwksFile = path.join(dir, 'jwks.json');
  const current = fs.existsSync(jwksFile) ? fs.readFileSync(jwksFile, 'utf8') : '';
  const wanted = `${JSON.stringify(jwks, null, 2)}\n`;
  if (files.length > 0 && current !== wanted) writeAtomically(jwksFile, wanted, 0o644);
  return jwks;
}

/** The development identity provider's key (users' and candidates' tokens), created on first use. */
export async function devSigningKey(): Promise<JWK> {
  const keyFile = path.join(devKeysDir(), IDENTITY_PROVIDER_KEY_FILE);
  await ensureDevKey(keyFile, `dev-${new Date().toISOString().slice(0, 10)}`, 'a development key pair');
  devJwks();
  return readPrivateJwk(keyFile);
}

/** A service's development signing key (its service tokens), created on first use. */
export async function devServiceKey(service: string): Promise<JWK> {
  if (!SERVICE_NAME_PATTERN.test(service)) throw new UsageError(`"${service}" is not a service name (lower-case letters, digits and -)`);
  const keyFile = devServiceKeyFile(service);
  await ensureDevKey(keyFile, serviceKeyId(service), `the development key of service ${service}`);
  devJwks();
  return readPrivateJwk(keyFile);
}

function readPrivateJwk(file: string): JWK {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    throw new UsageError(`cannot read the key file ${file} (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new UsageError(`the key file ${file} is not valid JSON`);
  }
  try {
    return parsePrivateJwk(json, file);
  } catch (err) {
    throw new UsageError(err instanceof ConfigError ? err.problems.map((p) => `key file ${p.variable} ${p.problem}`).join('; ') : String(err));
  }
}

export async function runTokenCli(argv: string[], out: (text: string) => void): Promise<void> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        tenant: { type: 'string' },
        actor: { type: 'string' },
        kind: { type: 'string', default: 'user' },
        rights: { type: 'string', default: '' },
        services: { type: 'string' },
        ttl: { type: 'string', default: '1h' },
        key: { type: 'string' },
        'print-jwks': { type: 'boolean', default: false },
        'new-key': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  if (values.help) {
    out(`${USAGE}\n`);
    return;
  }

  if (values['new-key'] !== undefined) {
    let privateJwk: JWK;
    try {
      privateJwk = parsePrivateJwk((await generateSigningKey(values['new-key'])).privateJwk, '--new-key');
    } catch (err) {
      throw new UsageError(err instanceof ConfigError ? err.problems.map((p) => `${p.variable} ${p.problem}`).join('; ') : (err as Error).message);
    }
    out(`${JSON.stringify(privateJwk)}\n`);
    return;
  }

  if (values['print-jwks']) {
    if (values.key) {
      out(`${JSON.stringify({ keys: [publicJwkOf(readPrivateJwk(path.resolve(values.key)))] })}\n`);
      return;
    }
    await devSigningKey();
    out(`${JSON.stringify(devJwks())}\n`);
    return;
  }

  if (!values.tenant) throw new UsageError('--tenant is required');
  if (!values.actor) throw new UsageError('--actor is required');
  if (!(ACTOR_KINDS as readonly string[]).includes(values.kind)) throw new UsageError(`--kind must be one of ${ACTOR_KINDS.join(', ')}`);
  const list = (value: string) =>
    value
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean);
  const rights = list(values.rights);
  // A token names the services it is for; locally, by default, every service of the checkout.
  const services = values.services === undefined ? checkoutServices() : list(values.services);
  const privateJwk = values.key ? readPrivateJwk(path.resolve(values.key)) : values.kind === 'service' ? await devServiceKey(values.actor) : await devSigningKey();

  const signer = new TokenSigner({
    privateJwk,
    issuer: baseConfigSchema.shape.AUTH_ISSUER.parse(process.env.AUTH_ISSUER || undefined),
    audience: baseConfigSchema.shape.AUTH_AUDIENCE.parse(process.env.AUTH_AUDIENCE || undefined),
  });
  try {
    out(
      `${await signer.mint({ tenantId: values.tenant, actorId: values.actor, actorKind: values.kind as ActorKind, rights, services, ttlSeconds: parseTtl(values.ttl) })}\n`,
    );
  } catch (err) {
    if (err instanceof ValidationError) {
      throw new UsageError(err.violations.map((v) => `${FLAG_OF_FIELD[v.field.split(/[.[]/)[0] ?? ''] ?? v.field}: ${v.description}`).join('; '));
    }
    throw err;
  }
}

/** Runs the CLI; returns the exit code (0 ok, 1 failure, 2 bad command line). */
export async function main(argv: string[], stdout: (text: string) => void, stderr: (text: string) => void): Promise<number> {
  try {
    await runTokenCli(argv, stdout);
    return 0;
  } catch (err) {
    if (err instanceof UsageError) {
      stderr(`token: ${err.message}\n${USAGE}\n`);
      return 2;
    }
    stderr(`token: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
}

if (require.main === module) {
  void main(
    process.argv.slice(2),
    (text) => process.stdout.write(text),
    (text) => process.stderr.write(text),
  ).then((code) => {
    process.exitCode = code;
  });
}
