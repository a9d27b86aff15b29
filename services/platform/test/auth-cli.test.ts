import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { decodeProtectedHeader } from 'jose';
import { TokenVerifier } from '../src/auth/tokens';
import { generateSigningKey } from '../src/auth/keys';
import { main, USAGE } from '../src/cli/token';
import { REPO_ROOT } from '../src/testkit/infra';

const TSX_CLI = require.resolve('tsx/cli', { paths: [REPO_ROOT] });
const SCRIPT = path.join(REPO_ROOT, 'services', 'platform', 'src', 'cli', 'token.ts');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

let stateDir: string;
const previousStateDir = process.env.LETHE_STATE_DIR;

beforeAll(() => {
  stateDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lethe-token-cli-'));
  // The in-process runs read the key directory from here, like the child processes do.
  process.env.LETHE_STATE_DIR = stateDir;
});

afterAll(() => {
  if (previousStateDir === undefined) delete process.env.LETHE_STATE_DIR;
  else process.env.LETHE_STATE_DIR = previousStateDir;
  fs.rmSync(stateDir, { recursive: true, force: true });
});

function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      command,
      args,
      { cwd: REPO_ROOT, env: { ...process.env, LETHE_STATE_DIR: stateDir, AUTH_ISSUER: '', AUTH_AUDIENCE: '', ...env }, timeout: 30_000 },
      (err, stdout, stderr) => {
        const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

const token = (...args: string[]) => run(process.execPath, [TSX_CLI, SCRIPT, ...args]);

/** The CLI in-process: same code path as the child process, without its start-up time. */
async function inProcess(...args: string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, (text) => (stdout += text), (text) => (stderr += text));
  return { code, stdout, stderr };
}

describe('token CLI', () => {
  it('prints a token that verifies against the printed JWKS, creating the dev key pair once', async () => {
    // The root script, exactly as documented.
    const minted = await run('pnpm', ['-s', 'run', 'token', '--tenant', 'acme', '--actor', 'alice', '--rights', 'records:restore,data-protection', '--ttl', '2h']);
    expect(minted).toMatchObject({ code: 0, stderr: expect.stringContaining('created a development key pair') });
    const [jwksRun, badRun] = await Promise.all([token('--print-jwks'), token('--tenant', 'acme', '--frobnicate')]);
    expect(jwksRun.code).toBe(0);
    expect(badRun).toMatchObject({ code: 2, stdout: '' });
    expect(badRun.stderr).toContain("token: Unknown option '--frobnicate'");
    expect(badRun.stderr).toContain('usage: pnpm -s run token --tenant <id> --actor <id>');

    const jwks = JSON.parse(jwksRun.stdout);
    // A user's token is for every service of the checkout.
    for (const service of ['candidates', 'consent', 'messaging', 'profile-rendering', 'retention']) {
      const claims = await new TokenVerifier({ jwks, issuer: 'lethe', audience: 'lethe', service }).verifyClaims(minted.stdout.trim());
      expect(claims).toMatchObject({ tid: 'acme', sub: 'alice', act: 'user', rights: ['records:restore', 'data-protection'] });
      expect(claims.exp - claims.iat).toBe(7200);
    }

    const keyDir = path.join(stateDir, 'dev-keys');
    expect(JSON.parse(fs.readFileSync(path.join(keyDir, 'jwks.json'), 'utf8'))).toEqual(jwks);
    expect(fs.statSync(path.join(keyDir, 'signing-key.json')).mode & 0o077).toBe(0);

    // A service's token is signed with that service's own development key, made on first use and
    // published in the JWKS; the identity provider's key is reused.
    const serviceKeyFile = path.join(keyDir, 'service-retention.json');
    expect(fs.existsSync(serviceKeyFile)).toBe(false);
    const service = await inProcess('--tenant', 'globex', '--actor', 'retention', '--kind', 'service', '--services', 'candidates');
    expect(service).toMatchObject({ code: 0, stderr: '' });
    expect(decodeProtectedHeader(service.stdout.trim())).toMatchObject({ kid: 'service:retention', typ: 'at+jwt' });
    expect(fs.statSync(serviceKeyFile).mode & 0o077).toBe(0);
    const serviceKey = fs.readFileSync(serviceKeyFile, 'utf8');
    const withServiceKey = JSON.parse((await inProcess('--print-jwks')).stdout);
    expect(withServiceKey.keys.map((key: { kid: string }) => key.kid)).toEqual([...jwks.keys.map((key: { kid: string }) => key.kid), 'service:retention']);
    const candidates = new TokenVerifier({ jwks: withServiceKey, issuer: 'lethe', audience: 'lethe', service: 'candidates' });
    expect(await candidates.verify(service.stdout.trim())).toMatchObject({ tenantId: 'globex', actorId: 'retention', actorKind: 'service', rights: new Set() });
    const forConsent = new TokenVerifier({ jwks: withServiceKey, issuer: 'lethe', audience: 'lethe', service: 'consent' });
    await expect(forConsent.verify(service.stdout.trim())).rejects.toThrow('the token is not for this service');
    expect((await inProcess('--tenant', 'globex', '--actor', 'retention', '--kind', 'service')).code).toBe(0);
    expect(fs.readFileSync(serviceKeyFile, 'utf8')).toBe(serviceKey);
  });

  it('signs with a given private key file', async () => {
    const { privateJwk, publicJwks } = await generateSigningKey('ops-1');
    const keyFile = path.join(stateDir, 'ops-key.json');
    fs.writeFileSync(keyFile, JSON.stringify(privateJwk));
    const minted = await inProcess('--tenant', 'acme', '--actor', 'bob', '--kind', 'candidate', '--key', keyFile);
    const printed = await inProcess('--print-jwks', '--key', keyFile);
    expect(JSON.parse(printed.stdout)).toEqual(publicJwks);
    const ctx = await new TokenVerifier({ jwks: publicJwks, issuer: 'lethe', audience: 'lethe', service: 'consent' }).verify(minted.stdout.trim());
    expect(ctx).toMatchObject({ tenantId: 'acme', actorId: 'bob', actorKind: 'candidate' });
  });

  it("makes a new private key, whose kid says what it may sign: a service's own key signs only its service tokens", async () => {
    const made = await inProcess('--new-key', 'service:messaging');
    expect(made).toMatchObject({ code: 0, stderr: '' });
    const keyFile = path.join(stateDir, 'messaging.jwk.json');
    fs.writeFileSync(keyFile, made.stdout);
    expect(JSON.parse(made.stdout)).toMatchObject({ kty: 'OKP', crv: 'Ed25519', kid: 'service:messaging', d: expect.any(String) });
    const jwks = JSON.parse((await inProcess('--print-jwks', '--key', keyFile)).stdout);
    const minted = await inProcess('--tenant', 'acme', '--actor', 'messaging', '--kind', 'service', '--services', 'consent', '--key', keyFile);
    const ctx = await new TokenVerifier({ jwks, issuer: 'lethe', audience: 'lethe', service: 'consent' }).verify(minted.stdout.trim());
    expect(ctx).toMatchObject({ actorId: 'messaging', actorKind: 'service' });
    const asUser = await inProcess('--tenant', 'acme', '--actor', 'alice', '--key', keyFile);
    expect(asUser).toMatchObject({ code: 2, stderr: expect.stringContaining("--kind: a service's key signs only service tokens") });
    expect(await inProcess('--new-key', 'service:Messaging')).toMatchObject({ code: 2, stderr: expect.stringContaining('names no service') });
  });

  it('answers bad flags with exit code 2, the problem and the usage line', async () => {
    const publicKeyFile = path.join(stateDir, 'public.json');
    fs.writeFileSync(publicKeyFile, JSON.stringify((await generateSigningKey('p')).publicJwks.keys[0]));
    const identityProviderKeyFile = path.join(stateDir, 'idp.json');
    fs.writeFileSync(identityProviderKeyFile, JSON.stringify((await generateSigningKey('idp-1')).privateJwk));
    const cases: [string[], RegExp][] = [
      [['--tenant', 'acme'], /--actor is required/],
      [['--actor', 'alice'], /--tenant is required/],
      [['--tenant', 'acme', '--actor', 'alice', 'extra'], /Unexpected argument 'extra'/],
      [['--tenant', 'acme', '--actor', 'alice', '--kind', 'admin'], /--kind must be one of user, service, candidate/],
      [['--tenant', 'acme', '--actor', 'alice', '--ttl', 'forever'], /--ttl must be a number of seconds/],
      [['--tenant', 'acme', '--actor', 'alice', '--ttl', '90d'], /--ttl must be between/],
      [['--tenant', 'ac me', '--actor', 'alice'], /--tenant: must be an id/],
      [['--tenant', 'acme', '--actor', 'alice', '--rights', 'a,b c'], /--rights: must be a right name/],
      [['--tenant', 'acme', '--actor', 'alice', '--key', path.join(stateDir, 'nope.json')], /cannot read the key file/],
      [['--tenant', 'acme', '--actor', 'alice', '--key', publicKeyFile], /must be a private key/],
      [['--tenant', 'acme', '--actor', 'alice', '--services', 'Candidates'], /--services: must be a service name/],
      [['--tenant', 'acme', '--actor', 'Mail Service', '--kind', 'service'], /"Mail Service" is not a service name/],
      [['--tenant', 'acme', '--actor', 'messaging', '--kind', 'service', '--key', identityProviderKeyFile], /--kind: a service token must be signed with the service's own key/],
    ];
    for (const [args, problem] of cases) {
      const result = await inProcess(...args);
      expect({ args, code: result.code, stdout: result.stdout }).toEqual({ args, code: 2, stdout: '' });
      expect(result.stderr).toMatch(problem);
      expect(result.stderr).toContain(USAGE);
    }
  });
});
