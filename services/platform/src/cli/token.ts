/**
 * Development tokens: `pnpm -s run token --tenant acme --actor alice [--kind user] [--rights a,b] [--ttl 1h]`.
 * Signs with the development key pair under .lethe/dev-keys/ (created on first use), which local
 * services read through AUTH_SIGNING_KEY_FILE and AUTH_JWKS_FILE; `--print-jwks` prints its public set.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { JWK } from 'jose';
import { generateSigningKey, parsePrivateJwk, publicJwkOf, type PublicJwks } from '../auth/keys';
import { ACTOR_KINDS, MAX_TOKEN_TTL_SECONDS, TokenSigner } from '../auth/tokens';
import { baseConfigSchema, ConfigError } from '../service/config';
import type { ActorKind } from '../auth/context';
import { ValidationError } from '../errors/errors';
import { stateDir } from '../testkit/infra';

export const USAGE =
  'usage: pnpm -s run token --tenant <id> --actor <id> [--kind user|service|candidate] [--rights a,b] [--ttl 15m|1h|2d|<seconds>] [--key <private jwk file>]\n' +
  '       pnpm -s run token --print-jwks [--key <private jwk file>]';

/** A bad command line: exit code 2 with the usage line. */
class UsageError extends Error {}

const FLAG_OF_FIELD: Record<string, string> = { tenantId: '--tenant', actorId: '--actor', actorKind: '--kind', rights: '--rights', ttlSeconds: '--ttl' };

/** Where the development key pair lives. */
export function devKeysDir(): string {
  return path.join(stateDir(), 'dev-keys');
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

/** The development signing key, created (with its public set) on first use. */
export async function devSigningKey(): Promise<JWK> {
  const dir = devKeysDir();
  const keyFile = path.join(dir, 'signing-key.json');
  const jwksFile = path.join(dir, 'jwks.json');
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  if (!fs.existsSync(keyFile)) {
    const { privateJwk } = await generateSigningKey(`dev-${new Date().toISOString().slice(0, 10)}`);
    try {
      // 'wx': when two first uses race, the first key wins and both use it.
      fs.writeFileSync(keyFile, `${JSON.stringify(privateJwk, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
      process.stderr.write(`created a development key pair in ${dir}\n`);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
  }
  const privateJwk = readPrivateJwk(keyFile);
  const jwks: PublicJwks = { keys: [publicJwkOf(privateJwk)] };
  const current = fs.existsSync(jwksFile) ? fs.readFileSync(jwksFile, 'utf8') : '';
  const wanted = `${JSON.stringify(jwks, null, 2)}\n`;
  if (current !== wanted) writeAtomically(jwksFile, wanted, 0o644);
  return privateJwk;
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
        ttl: { type: 'string', default: '1h' },
        key: { type: 'string' },
        'print-jwks': { type: 'boolean', default: false },
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

  const privateJwk = values.key ? readPrivateJwk(path.resolve(values.key)) : await devSigningKey();
  if (values['print-jwks']) {
    out(`${JSON.stringify({ keys: [publicJwkOf(privateJwk)] })}\n`);
    return;
  }

  if (!values.tenant) throw new UsageError('--tenant is required');
  if (!values.actor) throw new UsageError('--actor is required');
  if (!(ACTOR_KINDS as readonly string[]).includes(values.kind)) throw new UsageError(`--kind must be one of ${ACTOR_KINDS.join(', ')}`);
  const rights = values.rights
    .split(',')
    .map((right) => right.trim())
    .filter(Boolean);

  const signer = new TokenSigner({
    privateJwk,
    issuer: baseConfigSchema.shape.AUTH_ISSUER.parse(process.env.AUTH_ISSUER || undefined),
    audience: baseConfigSchema.shape.AUTH_AUDIENCE.parse(process.env.AUTH_AUDIENCE || undefined),
  });
  try {
    out(
      `${await signer.mint({ tenantId: values.tenant, actorId: values.actor, actorKind: values.kind as ActorKind, rights, ttlSeconds: parseTtl(values.ttl) })}\n`,
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
