import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { exportJWK, generateKeyPair, SignJWT, UnsecuredJWT, type JWK } from 'jose';
import { hasRight, requireRight, requireServiceRight, RIGHTS, TokenSigner } from '../src/auth';
import { MAX_SERVICE_TOKEN_AGE_SECONDS, parseServiceCallers, TokenVerifier, type TokenVerifierOptions } from '../src/auth/tokens';
import { ServiceTokenProvider } from '../src/auth/service-tokens';
import { loadSigningKey } from '../src/auth/keys';
import { loadJwks } from '../src/auth/keys';
import { generateSigningKey } from '../src/auth/keys';
import { ConfigError } from '../src/service/config';
import { describeError, PermissionDeniedError, UnauthenticatedError, ValidationError } from '../src/errors/errors';
import { TEST_SERVICE, testAuth, type TestAuth } from '../src/testkit/tokens';

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

/** Signs arbitrary claims with the test identity provider's key, bypassing TokenSigner's checks. */
const signRaw = (claims: Record<string, unknown>, header: Record<string, unknown> = {}) => auth.signRaw(claims, { header });

/** A verifier of the test keys, as the service `service` (the test service by default). */
const verifierOf = (options: Partial<TokenVerifierOptions> = {}) => new TokenVerifier({ jwks: auth.publicJwks, issuer: 'lethe', audience: 'lethe', service: TEST_SERVICE, ...options });

const nowSeconds = () => Math.floor(Date.now() / 1000);

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
    expect((await refusal('eyJhbGciOiJFZERTQSJ9.Q0FOQVJZ.Q0FOQVJZ')).message).toBe('the token names no key (kid)');
    expect((await refusal(`${'a'.repeat(9000)}.b.c`)).message).toBe('the token is malformed');
  });

  it('refuses an expired token', async () => {
    expect((await refusal(await auth.expiredToken())).message).toBe('the token has expired');
  });

  it('remembers a verified token only until it expires', async () => {
    const verifier = verifierOf({ clockToleranceSeconds: 0 });
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
    expect((await refusal(await impostor.mint({ tenantId: 'tenant-a', actorId: 'mallory', actorKind: 'user', services: [TEST_SERVICE] }))).message).toBe(
      'the token signature is not valid',
    );
  });

  it('refuses a token whose payload was changed after signing', async () => {
    const [header, payload, signature] = (await auth.mint({ tenantId: 'tenant-a' })).split('.');
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString());
    const forged = Buffer.from(JSON.stringify({ ...claims, tid: 'tenant-b' })).toString('base64url');
    expect((await refusal(`${header}.${forged}.${signature}`)).message).toBe('the token signature is not valid');
  });

  it('refuses tokens of another issuer', async () => {
    const foreignIssuer = await testAuth({ issuer: 'someone-else' });
    const verifier = new TokenVerifier({ jwks: foreignIssuer.publicJwks, issuer: 'lethe', audience: 'lethe', service: TEST_SERVICE });
    expect((await refusal(await foreignIssuer.mint(), verifier)).message).toBe('the token was issued by someone else');
  });

  it('accepts a token only when its audience names this service of this installation', async () => {
    const candidates = verifierOf({ service: 'candidates' });
    const forBoth = await auth.mint({ services: ['candidates', 'consent'] });
    expect((await candidates.verify(forBoth)).actorId).toBe('user-1');
    expect((await verifierOf({ service: 'consent' }).verify(forBoth)).actorId).toBe('user-1');
    const notForThisService = 'the token is not for this service';
    expect((await refusal(await auth.mint({ services: ['consent'] }), candidates)).message).toBe(notForThisService);
    // A token for the whole installation: the audience every service shared before each had its own.
    expect((await refusal(await signRaw({ aud: 'lethe' }), candidates)).message).toBe(notForThisService);
    expect((await refusal(await signRaw({ aud: 'billing/candidates' }), candidates)).message).toBe(notForThisService);
    expect((await refusal(await signRaw({ aud: undefined }), candidates)).message).toBe(notForThisService);
    const otherInstallation = await testAuth({ audience: 'billing' });
    const verifier = new TokenVerifier({ jwks: otherInstallation.publicJwks, issuer: 'lethe', audience: 'lethe', service: 'candidates' });
    expect((await refusal(await otherInstallation.mint(), verifier)).message).toBe(notForThisService);
  });

  it('refuses a token without the at+jwt type: no other JWT of the same issuer passes for an access token', async () => {
    for (const typ of [undefined, 'JWT', 'id+jwt', 'application/jwt']) {
      expect((await refusal(await signRaw({}, { typ }))).message).toBe('the token is not of type at+jwt');
    }
    // The media type may be written out in full (RFC 7515: "application/" may be left off).
    expect((await auth.verifier.verify(await signRaw({}, { typ: 'application/at+jwt' }))).actorId).toBe('user-1');
  });

  it('refuses a token issued in the future beyond the clock tolerance, and accepts one within it', async () => {
    expect((await refusal(await signRaw({ iat: nowSeconds() + 120, exp: nowSeconds() + 600 }))).message).toBe('the token was issued in the future');
    expect((await auth.verifier.verify(await signRaw({ iat: nowSeconds() + 30, exp: nowSeconds() + 600 }))).actorId).toBe('user-1');
    const strict = verifierOf({ clockToleranceSeconds: 0 });
    expect((await refusal(await signRaw({ iat: nowSeconds() + 5, exp: nowSeconds() + 600 }), strict)).message).toBe('the token was issued in the future');
  });

  it("refuses a user's token older than the longest age, whatever its expiry; 24 hours unless configured", async () => {
    const day = 24 * 3600;
    const longLived = (ageSeconds: number, claims: Record<string, unknown> = {}) => signRaw({ iat: nowSeconds() - ageSeconds, exp: nowSeconds() + 7 * day, ...claims });
    expect((await refusal(await longLived(day + 120))).message).toBe('the token is too old');
    expect((await auth.verifier.verify(await longLived(day - 120))).actorId).toBe('user-1');
    expect((await refusal(await longLived(day + 120, { act: 'candidate' }))).message).toBe('the token is too old');
    const hourly = verifierOf({ maxTokenAgeSeconds: 3600 });
    expect((await refusal(await longLived(2 * 3600), hourly)).message).toBe('the token is too old');
    expect((await hourly.verify(await longLived(1800))).actorId).toBe('user-1');
  });

  it('refuses a service token older than its short lifetime, whatever its expiry', async () => {
    const key = auth.serviceKey('messaging');
    const serviceToken = (ageSeconds: number) => auth.signRaw({ sub: 'messaging', act: 'service', iat: nowSeconds() - ageSeconds, exp: nowSeconds() + 3600 }, { key });
    expect((await refusal(await serviceToken(MAX_SERVICE_TOKEN_AGE_SECONDS + 120))).message).toBe('the token is too old');
    expect((await auth.verifier.verify(await serviceToken(MAX_SERVICE_TOKEN_AGE_SECONDS - 120))).actorKind).toBe('service');
  });

  it('forgets a remembered token once it is too old', async () => {
    const verifier = verifierOf({ clockToleranceSeconds: 0, maxTokenAgeSeconds: 1 });
    const token = await signRaw({ iat: nowSeconds(), exp: nowSeconds() + 3600 });
    expect((await verifier.verify(token)).tenantId).toBe('tenant-a');
    await new Promise((resolve) => setTimeout(resolve, 2100));
    expect((await refusal(token, verifier)).message).toBe('the token is too old');
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
    const ecJwk: JWK = { ...(await exportJWK(privateKey)), kid: 'service:svc' };
    const { d: _d, ...ecPublic } = ecJwk;
    const verifier = verifierOf({ jwks: { keys: [...auth.publicJwks.keys, ecPublic] } });
    const signer = new TokenSigner({ privateJwk: ecJwk, issuer: 'lethe', audience: 'lethe' });
    expect(signer.algorithm).toBe('ES256');
    const ctx = await verifier.verify(await signer.mint({ tenantId: 't1', actorId: 'svc', actorKind: 'service', services: [TEST_SERVICE] }));
    expect(ctx).toMatchObject({ tenantId: 't1', actorId: 'svc', actorKind: 'service' });
    expect((await verifier.verify(await auth.mint())).tenantId).toBe('tenant-a');
  });
});

describe('keys bound to the tokens they may sign', () => {
  const serviceToken = (service: string, claims: Record<string, unknown> = {}) => auth.signRaw({ sub: service, act: 'service', ...claims }, { key: auth.serviceKey(service) });

  it("accepts a service's token signed with that service's own key", async () => {
    expect(await auth.verifier.verify(await serviceToken('messaging', { rights: [RIGHTS.readCandidates] }))).toMatchObject({ actorId: 'messaging', actorKind: 'service' });
  });

  it("refuses a token from another service's key: it cannot act as a user, a candidate or another service", async () => {
    const messagingKey = auth.serviceKey('messaging');
    const asUser = await auth.signRaw({ sub: 'alice', act: 'user', rights: [RIGHTS.dataProtection] }, { key: messagingKey });
    expect((await refusal(asUser)).message).toBe("a service's key signs only service tokens");
    const asCandidate = await auth.signRaw({ sub: 'candidate-1', act: 'candidate' }, { key: messagingKey });
    expect((await refusal(asCandidate)).message).toBe("a service's key signs only service tokens");
    const asRetention = await auth.signRaw({ sub: 'retention', act: 'service', rights: [RIGHTS.issueLinks] }, { key: messagingKey });
    expect((await refusal(asRetention)).message).toBe("a service's key signs only its own service's tokens");
  });

  it("refuses a service token signed with the identity provider's key", async () => {
    expect((await refusal(await signRaw({ sub: 'messaging', act: 'service', rights: [RIGHTS.issueLinks] }))).message).toBe("a service token must be signed with the service's own key");
  });

  it('mints only what the key may sign', async () => {
    await expect(auth.signer.mint({ tenantId: 't', actorId: 'messaging', actorKind: 'service', services: ['candidates'] })).rejects.toMatchObject({
      violations: [{ field: 'actorKind', code: 'key_mismatch', description: "a service token must be signed with the service's own key" }],
    });
    const messaging = auth.serviceSigner('messaging');
    await expect(messaging.mint({ tenantId: 't', actorId: 'alice', actorKind: 'user', services: ['candidates'] })).rejects.toMatchObject({
      violations: [{ field: 'actorKind', description: "a service's key signs only service tokens" }],
    });
    await expect(messaging.mint({ tenantId: 't', actorId: 'retention', actorKind: 'service', services: ['candidates'] })).rejects.toMatchObject({
      violations: [{ field: 'actorId', description: "a service's key signs only its own service's tokens" }],
    });
    await expect(messaging.mint({ tenantId: 't', actorId: 'messaging', actorKind: 'service', services: [] })).rejects.toThrow(ValidationError);
  });
});

describe('service callers (AUTH_SERVICE_CALLERS)', () => {
  const callers = { messaging: [RIGHTS.readCandidates, RIGHTS.issueLinks] };

  it("accepts a service's token only from a listed caller, carrying only the rights listed for it", async () => {
    const verifier = verifierOf({ serviceCallers: callers });
    const messaging = auth.serviceSigner('messaging');
    const mint = (actorId: string, rights: string[]) => auth.mint({ actorKind: 'service', actorId, rights });
    expect((await verifier.verify(await messaging.mint({ tenantId: 't', actorId: 'messaging', actorKind: 'service', rights: [RIGHTS.issueLinks], services: [TEST_SERVICE] }))).actorId).toBe('messaging');
    expect((await verifier.verify(await mint('messaging', [RIGHTS.readCandidates, RIGHTS.issueLinks]))).rights).toEqual(new Set([RIGHTS.readCandidates, RIGHTS.issueLinks]));
    expect((await refusal(await mint('messaging', [RIGHTS.readCandidates, RIGHTS.manageLicences]), verifier)).message).toBe('the service token carries rights its service may not hold here');
    expect((await refusal(await mint('retention', []), verifier)).message).toBe('the service may not call this one');
    // Users' tokens are not the callers' list's business.
    expect((await verifier.verify(await auth.mint({ rights: [RIGHTS.manageLicences] }))).actorKind).toBe('user');
    // Without the list, any service whose key is in the JWKS may call, with any rights.
    expect((await verifierOf().verify(await mint('retention', [RIGHTS.manageLicences]))).actorId).toBe('retention');
  });

  it('is read from JSON, and refused when it is not a list of rights per service', () => {
    expect(parseServiceCallers('{"messaging":["candidates:read"],"profile-rendering":[]}')).toEqual({ messaging: ['candidates:read'], 'profile-rendering': [] });
    expect(() => parseServiceCallers('{nope')).toThrow(/AUTH_SERVICE_CALLERS: is not valid JSON/);
    for (const bad of ['[]', '{"Messaging":[]}', '{"messaging":"candidates:read"}', '{"messaging":["not a right"]}']) {
      expect(() => parseServiceCallers(bad)).toThrow(ConfigError);
    }
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

  it("refuses a JWKS whose keys do not each have a kid of their own: the kid says what a key may sign", () => {
    const [identityProvider, service] = auth.publicJwks.keys;
    const { kid: _kid, ...withoutKid } = identityProvider!;
    expect(() => loadJwks({ AUTH_JWKS: JSON.stringify({ keys: [withoutKid] }) })).toThrow(/AUTH_JWKS: key 0 must have a "kid"/);
    expect(() => loadJwks({ AUTH_JWKS: JSON.stringify({ keys: [identityProvider, { ...service, kid: identityProvider!.kid }] }) })).toThrow(/key 1 repeats the kid of another key/);
    expect(() => loadJwks({ AUTH_JWKS: JSON.stringify({ keys: [{ ...service, kid: 'service:Not A Name' }] }) })).toThrow(/key 0 has a kid "service:…" that names no service/);
  });

  it('builds verifier and signer from configuration: the signing key must be the service\'s own', async () => {
    const config = { ...auth.env('candidates'), SERVICE_NAME: 'candidates', AUTH_MAX_TOKEN_AGE_SECONDS: 3600, AUTH_SERVICE_CALLERS: '{"messaging":["candidates:read"]}' };
    const verifier = TokenVerifier.fromConfig(config);
    const signer = TokenSigner.fromConfig(config);
    expect(signer?.kid).toBe('service:candidates');
    // The candidates service's own tokens are for the services it calls; tokens for it come from its callers.
    const own = await signer!.mint({ tenantId: 'acme', actorId: 'candidates', actorKind: 'service', services: [TEST_SERVICE] });
    expect((await auth.verifier.verify(own)).actorId).toBe('candidates');
    expect((await verifier.verify(await auth.mint({ actorKind: 'service', actorId: 'messaging', rights: [RIGHTS.readCandidates] }))).actorId).toBe('messaging');
    expect((await refusal(await auth.mint({ actorKind: 'service', actorId: 'messaging', rights: [RIGHTS.writeCandidates] }), verifier)).message).toBe(
      'the service token carries rights its service may not hold here',
    );
    expect((await refusal(await signRaw({ aud: 'lethe/candidates', iat: nowSeconds() - 7200, exp: nowSeconds() + 600 }), verifier)).message).toBe('the token is too old');
    expect(TokenSigner.fromConfig({ SERVICE_NAME: 'candidates', AUTH_ISSUER: 'lethe', AUTH_AUDIENCE: 'lethe' })).toBeUndefined();
    expect(() => loadSigningKey({ SERVICE_NAME: 'candidates', AUTH_SIGNING_KEY: JSON.stringify(auth.publicJwks.keys[0]) })).toThrow(/private key/);
    // Another service's key, or the identity provider's, is not this service's signing key.
    expect(() => loadSigningKey({ SERVICE_NAME: 'candidates', AUTH_SIGNING_KEY: JSON.stringify(auth.serviceKey('messaging')) })).toThrow(
      'AUTH_SIGNING_KEY: must be the key of service "candidates" (kid "service:candidates")',
    );
    expect(() => loadSigningKey({ SERVICE_NAME: 'candidates', AUTH_SIGNING_KEY: JSON.stringify(auth.privateJwk) })).toThrow(/must be the key of service "candidates"/);
  });

  it('refuses to mint tokens with bad claims', async () => {
    await expect(auth.mint({ tenantId: '' })).rejects.toThrow(ValidationError);
    await expect(auth.mint({ actorId: 'jane@example.org' })).rejects.toThrow(ValidationError);
    await expect(auth.mint({ ttlSeconds: 0 })).rejects.toThrow(ValidationError);
    await expect(auth.mint({ rights: ['ok', 'not ok'] })).rejects.toThrow(/rights\[1\]/);
    await expect(auth.mint({ services: ['Candidates'] })).rejects.toThrow(/services\[0\]/);
  });
});

describe('ServiceTokenProvider', () => {
  it('mints service tokens per callee, tenant and rights and caches them until shortly before expiry', async () => {
    let now = Date.now();
    const provider = new ServiceTokenProvider({ signer: auth.serviceSigner('retention'), serviceName: 'retention', ttlSeconds: 120, refreshBeforeSeconds: 20, now: () => now });
    const first = await provider.token(TEST_SERVICE, 'acme', ['b', 'a']);
    expect(await provider.token(TEST_SERVICE, 'acme', ['a', 'b', 'a'])).toBe(first);
    const other = await provider.token(TEST_SERVICE, 'globex', ['a', 'b']);
    expect(other).not.toBe(first);
    expect(await provider.token(TEST_SERVICE, 'acme', ['a'])).not.toBe(first);
    expect(await provider.token('candidates', 'acme', ['a', 'b'])).not.toBe(first);

    const ctx = await auth.verifier.verify(first);
    expect(ctx).toMatchObject({ tenantId: 'acme', actorId: 'retention', actorKind: 'service', rights: new Set(['a', 'b']) });
    expect((await auth.verifier.verify(other)).tenantId).toBe('globex');

    now += 99_000;
    expect(await provider.token(TEST_SERVICE, 'acme', ['a', 'b'])).toBe(first);
    now += 2_000;
    const refreshed = await provider.token(TEST_SERVICE, 'acme', ['a', 'b']);
    expect(refreshed).not.toBe(first);
    expect(await provider.forTenant(TEST_SERVICE, 'acme', ['b', 'a'])()).toBe(refreshed);
  });

  it('names only the service called as the audience, so the token is good nowhere else', async () => {
    const provider = new ServiceTokenProvider({ signer: auth.serviceSigner('messaging'), serviceName: 'messaging' });
    const forConsent = await provider.token('consent', 'acme', [RIGHTS.issueLinks]);
    expect((await verifierOf({ service: 'consent' }).verify(forConsent)).actorId).toBe('messaging');
    expect((await refusal(forConsent, verifierOf({ service: 'retention' }))).message).toBe('the token is not for this service');
  });

  it("needs the service's own key, and lives no longer than a verifier accepts", () => {
    expect(() => new ServiceTokenProvider({ signer: auth.serviceSigner('consent'), serviceName: 'messaging' })).toThrow('service tokens of messaging need its own key (kid "service:messaging")');
    expect(() => new ServiceTokenProvider({ signer: auth.signer, serviceName: 'messaging' })).toThrow(/need its own key/);
    expect(() => new ServiceTokenProvider({ signer: auth.serviceSigner('messaging'), serviceName: 'messaging', ttlSeconds: MAX_SERVICE_TOKEN_AGE_SECONDS + 1 })).toThrow(/at most/);
  });

  it('does not cache a failed mint', async () => {
    let calls = 0;
    const signer = auth.serviceSigner('consent');
    const flaky = {
      kid: signer.kid,
      mint: async (...args: Parameters<TokenSigner['mint']>) => {
        calls += 1;
        if (calls === 1) throw new Error('key store unavailable');
        return signer.mint(...args);
      },
    } as unknown as TokenSigner;
    const provider = new ServiceTokenProvider({ signer: flaky, serviceName: 'consent' });
    await expect(provider.token(TEST_SERVICE, 'acme')).rejects.toThrow('key store unavailable');
    expect((await auth.verifier.verify(await provider.token(TEST_SERVICE, 'acme'))).actorId).toBe('consent');
    expect(calls).toBe(2);
  });

  it('rejects a tenant id that is not an id', async () => {
    const provider = new ServiceTokenProvider({ signer: auth.serviceSigner('consent'), serviceName: 'consent' });
    await expect(provider.token(TEST_SERVICE, 'acme corp')).rejects.toThrow(ValidationError);
  });
});

describe('rights by actor kind', () => {
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

  it("counts no right in a candidate's token: recruiters' APIs stay closed to it whatever it lists", async () => {
    const candidate = await callerFrom('candidate', [RIGHTS.readCandidates, RIGHTS.dataProtection]);
    expect(hasRight(candidate, RIGHTS.readCandidates)).toBe(false);
    const refused = refusalOf(() => requireRight(candidate, RIGHTS.readCandidates));
    expect(refused && describeError(refused)).toMatchObject({ grpcCode: 7, httpStatus: 403, reason: 'MISSING_RIGHT' });
    expect(refused?.message).toBe('the right "candidates:read" is required, in a user\'s or service\'s token');
    for (const actorKind of ['user', 'service'] as const) {
      const holder = await callerFrom(actorKind, [RIGHTS.readCandidates]);
      expect(refusalOf(() => requireRight(holder, RIGHTS.readCandidates))).toBeUndefined();
    }
  });

  it('lets only a service token holding a service right through', async () => {
    const service = await callerFrom('service', [RIGHTS.issueLinks]);
    expect(refusalOf(() => requireServiceRight(service, RIGHTS.issueLinks))).toBeUndefined();
    // The plain check would let a user holding it through; this one does not.
    const user = await callerFrom('user', [RIGHTS.issueLinks, RIGHTS.writeCandidates]);
    expect(refusalOf(() => requireRight(user, RIGHTS.issueLinks))).toBeUndefined();
    for (const actorKind of ['user', 'candidate'] as const) {
      const holder = await callerFrom(actorKind, [RIGHTS.issueLinks, RIGHTS.writeCandidates]);
      const refused = refusalOf(() => requireServiceRight(holder, RIGHTS.issueLinks));
      expect(refused && describeError(refused)).toMatchObject({ grpcCode: 7, httpStatus: 403, reason: 'MISSING_RIGHT' });
      expect(refused?.message).toBe('the right "links:issue" is required, in a service token');
    }
    // A service without the right gets nothing either.
    const without = await callerFrom('service', [RIGHTS.writeCandidates]);
    expect(refusalOf(() => requireServiceRight(without, RIGHTS.issueLinks))?.reason).toBe('MISSING_RIGHT');
  });

  it('holds for the tokens a service mints for itself', async () => {
    const provider = new ServiceTokenProvider({ signer: auth.serviceSigner('messaging'), serviceName: 'messaging' });
    const caller = await auth.verifier.verify(await provider.token(TEST_SERVICE, 'acme', [RIGHTS.issueLinks]));
    expect(refusalOf(() => requireServiceRight(caller, RIGHTS.issueLinks))).toBeUndefined();
    expect(refusalOf(() => requireServiceRight(caller, RIGHTS.setConsentManually))?.reason).toBe('MISSING_RIGHT');
  });
});
