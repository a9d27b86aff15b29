import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { exportJWK, generateKeyPair, importJWK, SignJWT, UnsecuredJWT, type JWK } from 'jose';
import { requireRight, requireServiceRight, RIGHTS, TokenSigner } from '../src/auth';
import { TokenVerifier } from '../src/auth/tokens';
import { ServiceTokenProvider } from '../src/auth/service-tokens';
import { loadSigningKey } from '../src/auth/keys';
import { loadJwks } from '../src/auth/keys';
import { generateSigningKey } from '../src/auth/keys';
import { ConfigError } from '../src/service/config';
import { describeError, PermissionDeniedError, UnauthenticatedError, ValidationError } from '../src/errors/errors';
import { testAuth, type TestAuth } from '../src/testkit/tokens';

let auth: TestAuth;

beforeAll(async () => {
  auth = await testAuth();
});

/** The UnauthenticatedError a verification fails with (and proof that it did fail). */
async function refusal(token: string | undefined, verifier = auth.verifier): Promise<UnauthenticatedError> {
  const err = await verifier.verify(token).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(UnauthenticatedError);
  expect(describeError(err).grpcCode).toBe(16);
  if (token) expect((err as Error).message).not.toContain(token.slice(0, 20));
  return err as UnauthenticatedError;
}

/** Signs arbitrary claims with the test key, bypassing TokenSigner's checks. */
async function signRaw(claims: Record<string, unknown>, header: Record<string, unknown> = {}): Promise<string> {
  const key = await importJWK(auth.privateJwk, 'EdDSA');
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ iss: 'lethe', aud: 'lethe', sub: 'user-1', tid: 'tenant-a', act: 'user', rights: [], iat: now, exp: now + 300, jti: 'j-1', ...claims })
    .setProtectedHeader({ alg: 'EdDSA', kid: auth.privateJwk.kid, ...header })
    .sign(key);
}

describe('TokenVerifier', () => {
  it('turns a valid token into the request context', async () => {
    const token = await auth.mint({ tenantId: 'acme', actorId: 'alice', actorKind: 'user', rights: ['records:restore', 'data-protection'] });
    const ctx = await auth.verifier.verify(token, 'req-1');
    expect(ctx).toEqual({ tenantId: 'acme', actorId: 'alice', actorKind: 'user', rights: new Set(['records:restore', 'data-protection']), requestId: 'req-1' });
    const claims = await auth.verifier.verifyClaims(token);
    expect(claims.exp - claims.iat).toBe(300);
    expect(claims.jti).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('refuses missing and malformed tokens without echoing them', async () => {
    expect((await refusal(undefined)).message).toBe('a bearer token is required');
    expect((await refusal('')).message).toBe('a bearer token is required');
    expect((await refusal('not-a-jwt-CANARY')).message).toBe('the token is malformed');
    expect((await refusal('Q0FOQVJZ.Q0FOQVJZ.Q0FOQVJZ')).message).toBe('the token is malformed');
    expect((await refusal('eyJhbGciOiJFZERTQSJ9.Q0FOQVJZ.Q0FOQVJZ')).message).toBe('the token signature is not valid');
    expect((await refusal(`${'a'.repeat(9000)}.b.c`)).message).toBe('the token is malformed');
  });

  it('refuses an expired token', async () => {
    expect((await refusal(await auth.expiredToken())).message).toBe('the token has expired');
  });

  it('remembers a verified token only until it expires', async () => {
    const verifier = new TokenVerifier({ jwks: auth.publicJwks, issuer: 'lethe', audience: 'lethe', clockToleranceSeconds: 0 });
    const exp = Math.floor(Date.now() / 1000) + 1;
    const token = await signRaw({ exp });
    expect((await verifier.verify(token)).tenantId).toBe('tenant-a');
    expect((await verifier.verify(token)).tenantId).toBe('tenant-a');
    await new Promise((resolve) => setTimeout(resolve, exp * 1000 - Date.now() + 50));
    expect((await refusal(token, verifier)).message).toBe('the token has expired');
  });

  it('refuses a token signed by another key, even under the same kid', async () => {
    const other = await testAuth();
    expect((await refusal(await other.mint())).message).toBe('the token signature is not valid');
    const impostor = new TokenSigner({ privateJwk: { ...other.privateJwk, kid: auth.privateJwk.kid }, issuer: 'lethe', audience: 'lethe' });
    expect((await refusal(await impostor.mint({ tenantId: 'tenant-a', actorId: 'mallory', actorKind: 'user' }))).message).toBe(
      'the token signature is not valid',
    );
  });

  it('refuses a token whose payload was changed after signing', async () => {
    const [header, payload, signature] = (await auth.mint({ tenantId: 'tenant-a' })).split('.');
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString());
    const forged = Buffer.from(JSON.stringify({ ...claims, tid: 'tenant-b' })).toString('base64url');
    expect((await refusal(`${header}.${forged}.${signature}`)).message).toBe('the token signature is not valid');
  });

  it('refuses tokens for another issuer or audience', async () => {
    const foreignIssuer = await testAuth({ issuer: 'someone-else' });
    const verifier = new TokenVerifier({ jwks: foreignIssuer.publicJwks, issuer: 'lethe', audience: 'lethe' });
    expect((await refusal(await foreignIssuer.mint(), verifier)).message).toBe('the token was issued by or for someone else');
    const foreignAudience = await testAuth({ audience: 'billing' });
    const verifier2 = new TokenVerifier({ jwks: foreignAudience.publicJwks, issuer: 'lethe', audience: 'lethe' });
    expect((await refusal(await foreignAudience.mint(), verifier2)).message).toBe('the token was issued by or for someone else');
  });

  it('refuses unsigned and symmetric-key tokens', async () => {
    const unsigned = new UnsecuredJWT({ tid: 'tenant-a', act: 'user', rights: [] }).setIssuer('lethe').setAudience('lethe').setSubject('u').setIssuedAt().setExpirationTime('5m').encode();
    expect((await refusal(unsigned)).message).toBe('the token is malformed');
    const hs256 = await new SignJWT({ tid: 'tenant-a', act: 'user', rights: [] })
      .setProtectedHeader({ alg: 'HS256', kid: auth.privateJwk.kid })
      .setIssuer('lethe')
      .setAudience('lethe')
      .setSubject('u')
      .setIssuedAt()
      .setExpirationTime('5m')
      .setJti('j')
      .sign(new Uint8Array(32));
    expect((await refusal(hs256)).message).toBe('the token algorithm is not accepted');
  });

  it('refuses missing or ill-typed claims, naming the claim but not its value', async () => {
    expect((await refusal(await signRaw({ tid: undefined }))).message).toBe('the token has missing or invalid claims: tid');
    expect((await refusal(await signRaw({ sub: undefined }))).message).toBe('the token has a missing or invalid "sub" claim');
    expect((await refusal(await signRaw({ act: 'admin', rights: 'all' }))).message).toBe('the token has missing or invalid claims: act, rights');
    const emailActor = await refusal(await signRaw({ sub: 'CANARY@example.org' }));
    expect(emailActor.message).toBe('the token has missing or invalid claims: sub');
    expect((await refusal(await signRaw({ exp: undefined }))).message).toBe('the token has a missing or invalid "exp" claim');
  });

  it('accepts ES256 (P-256) keys next to Ed25519', async () => {
    const { privateKey } = await generateKeyPair('ES256', { extractable: true });
    const ecJwk: JWK = { ...(await exportJWK(privateKey)), kid: 'ec-1' };
    const { d: _d, ...ecPublic } = ecJwk;
    const verifier = new TokenVerifier({ jwks: { keys: [...auth.publicJwks.keys, ecPublic] }, issuer: 'lethe', audience: 'lethe' });
    const signer = new TokenSigner({ privateJwk: ecJwk, issuer: 'lethe', audience: 'lethe' });
    expect(signer.algorithm).toBe('ES256');
    const ctx = await verifier.verify(await signer.mint({ tenantId: 't1', actorId: 'svc', actorKind: 'service' }));
    expect(ctx).toMatchObject({ tenantId: 't1', actorId: 'svc', actorKind: 'service' });
    expect((await verifier.verify(await auth.mint())).tenantId).toBe('tenant-a');
  });
});

describe('keys and configuration', () => {
  it('generates an Ed25519 pair whose public set holds no private member', async () => {
    const { privateJwk, publicJwks } = await generateSigningKey('k-1');
    expect(privateJwk).toMatchObject({ kty: 'OKP', crv: 'Ed25519', kid: 'k-1', alg: 'EdDSA' });
    expect(typeof privateJwk.d).toBe('string');
    expect(publicJwks.keys).toEqual([{ kty: 'OKP', crv: 'Ed25519', x: privateJwk.x, kid: 'k-1', alg: 'EdDSA', use: 'sig' }]);
  });

  it('loads the JWKS inline or from a file, and refuses private keys and garbage', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lethe-auth-'));
    const file = path.join(dir, 'jwks.json');
    fs.writeFileSync(file, JSON.stringify(auth.publicJwks));
    expect(loadJwks({ AUTH_JWKS: JSON.stringify(auth.publicJwks) })).toEqual(auth.publicJwks);
    expect(loadJwks({ AUTH_JWKS_FILE: file })).toEqual(auth.publicJwks);
    expect(() => loadJwks({})).toThrow(ConfigError);
    expect(() => loadJwks({ AUTH_JWKS: '{nope' })).toThrow(/AUTH_JWKS: is not valid JSON/);
    expect(() => loadJwks({ AUTH_JWKS: JSON.stringify({ keys: [auth.privateJwk] }) })).toThrow(/private key material/);
    expect(() => loadJwks({ AUTH_JWKS_FILE: path.join(dir, 'missing.json') })).toThrow(/AUTH_JWKS_FILE: cannot be read \(ENOENT\)/);
    expect(() => loadJwks({ AUTH_JWKS: JSON.stringify({ keys: [{ kty: 'RSA', n: 'x', e: 'AQAB' }] }) })).toThrow(/Ed25519/);
    fs.rmSync(dir, { recursive: true });
  });

  it('builds verifier and signer from configuration', async () => {
    const env = auth.env();
    const verifier = TokenVerifier.fromConfig(env);
    const signer = TokenSigner.fromConfig(env);
    expect(signer?.kid).toBe(auth.privateJwk.kid);
    const ctx = await verifier.verify(await signer!.mint({ tenantId: 'acme', actorId: 'candidates', actorKind: 'service' }));
    expect(ctx.actorKind).toBe('service');
    expect(TokenSigner.fromConfig({ AUTH_ISSUER: 'lethe', AUTH_AUDIENCE: 'lethe' })).toBeUndefined();
    expect(() => loadSigningKey({ AUTH_SIGNING_KEY: JSON.stringify(auth.publicJwks.keys[0]) })).toThrow(/private key/);
  });

  it('refuses to mint tokens with bad claims', async () => {
    await expect(auth.mint({ tenantId: '' })).rejects.toThrow(ValidationError);
    await expect(auth.mint({ actorId: 'jane@example.org' })).rejects.toThrow(ValidationError);
    await expect(auth.mint({ ttlSeconds: 0 })).rejects.toThrow(ValidationError);
    await expect(auth.mint({ rights: ['ok', 'not ok'] })).rejects.toThrow(/rights\[1\]/);
  });
});

describe('ServiceTokenProvider', () => {
  it('mints service tokens per tenant and rights and caches them until shortly before expiry', async () => {
    let now = Date.now();
    const provider = new ServiceTokenProvider({ signer: auth.signer, serviceName: 'retention', ttlSeconds: 120, refreshBeforeSeconds: 20, now: () => now });
    const first = await provider.token('acme', ['b', 'a']);
    expect(await provider.token('acme', ['a', 'b', 'a'])).toBe(first);
    const other = await provider.token('globex', ['a', 'b']);
    expect(other).not.toBe(first);
    expect(await provider.token('acme', ['a'])).not.toBe(first);

    const ctx = await auth.verifier.verify(first);
    expect(ctx).toMatchObject({ tenantId: 'acme', actorId: 'retention', actorKind: 'service', rights: new Set(['a', 'b']) });
    expect((await auth.verifier.verify(other)).tenantId).toBe('globex');

    now += 99_000;
    expect(await provider.token('acme', ['a', 'b'])).toBe(first);
    now += 2_000;
    const refreshed = await provider.token('acme', ['a', 'b']);
    expect(refreshed).not.toBe(first);
    expect(await provider.forTenant('acme', ['b', 'a'])()).toBe(refreshed);
  });

  it('does not cache a failed mint', async () => {
    let calls = 0;
    const flaky = {
      mint: async (...args: Parameters<TokenSigner['mint']>) => {
        calls += 1;
        if (calls === 1) throw new Error('key store unavailable');
        return auth.signer.mint(...args);
      },
    } as unknown as TokenSigner;
    const provider = new ServiceTokenProvider({ signer: flaky, serviceName: 'consent' });
    await expect(provider.token('acme')).rejects.toThrow('key store unavailable');
    expect((await auth.verifier.verify(await provider.token('acme'))).actorId).toBe('consent');
    expect(calls).toBe(2);
  });

  it('rejects a tenant id that is not an id', async () => {
    const provider = new ServiceTokenProvider({ signer: auth.signer, serviceName: 'consent' });
    await expect(provider.token('acme corp')).rejects.toThrow(ValidationError);
  });
});

describe('requireServiceRight', () => {
  /** The refusal a check throws, or undefined when it lets the caller through. */
  const refusalOf = (check: () => void): PermissionDeniedError | undefined => {
    try {
      check();
      return undefined;
    } catch (err) {
      expect(err).toBeInstanceOf(PermissionDeniedError);
      return err as PermissionDeniedError;
    }
  };
  const callerFrom = async (actorKind: 'user' | 'service' | 'candidate', rights: string[]) => auth.verifier.verify(await auth.mint({ actorId: actorKind === 'service' ? 'messaging' : 'user-1', actorKind, rights }));

  it('lets only a service token holding the right through', async () => {
    const service = await callerFrom('service', [RIGHTS.issueLinks]);
    expect(refusalOf(() => requireServiceRight(service, RIGHTS.issueLinks))).toBeUndefined();
    // The plain check would let any holder through; this one does not.
    for (const actorKind of ['user', 'candidate'] as const) {
      const holder = await callerFrom(actorKind, [RIGHTS.issueLinks, RIGHTS.writeCandidates]);
      expect(refusalOf(() => requireRight(holder, RIGHTS.issueLinks))).toBeUndefined();
      const refused = refusalOf(() => requireServiceRight(holder, RIGHTS.issueLinks));
      expect(refused && describeError(refused)).toMatchObject({ grpcCode: 7, httpStatus: 403, reason: 'MISSING_RIGHT' });
      expect(refused?.message).toBe('the right "links:issue" is required, in a service token');
    }
    // A service without the right gets nothing either.
    const without = await callerFrom('service', [RIGHTS.writeCandidates]);
    expect(refusalOf(() => requireServiceRight(without, RIGHTS.issueLinks))?.reason).toBe('MISSING_RIGHT');
  });

  it('holds for the tokens a service mints for itself', async () => {
    const provider = new ServiceTokenProvider({ signer: auth.signer, serviceName: 'messaging' });
    const caller = await auth.verifier.verify(await provider.token('acme', [RIGHTS.issueLinks]));
    expect(refusalOf(() => requireServiceRight(caller, RIGHTS.issueLinks))).toBeUndefined();
    expect(refusalOf(() => requireServiceRight(caller, RIGHTS.setConsentManually))?.reason).toBe('MISSING_RIGHT');
  });
});
