import { randomBytes, randomUUID } from 'node:crypto';
import { importJWK, SignJWT, type JWK } from 'jose';
import { algorithmOf, generateSigningKey, publicJwkOf, serviceKeyId, type PublicJwks } from '../auth/keys';
import { serviceAudience, TOKEN_TYPE, TokenSigner, TokenVerifier, type MintOptions } from '../auth/tokens';
import { checkoutServices } from './infra';

/** The service `TestAuth.verifier` verifies as: in-process servers of tests answer as it. */
export const TEST_SERVICE = 'test';

export interface TestAuth {
  issuer: string;
  audience: string;
  /** The test identity provider's private key: it signs users' and candidates' tokens. */
  privateJwk: JWK;
  /** The public keys of the identity provider and of every service in `services`. */
  publicJwks: PublicJwks;
  /** The identity provider's signer. */
  signer: TokenSigner;
  /** Verifies as the service named TEST_SERVICE. */
  verifier: TokenVerifier;
  /** The services it holds a key of, and which its tokens name as their audience by default. */
  services: readonly string[];
  /** The private key of a service in `services` (kid `service:<name>`). */
  serviceKey(service: string): JWK;
  /** Signs that service's own service tokens. */
  serviceSigner(service: string): TokenSigner;
  /**
   * A valid token; tenant 'tenant-a', actor 'user-1' (kind user), no rights, for every service in
   * `services`, unless given. A service token is signed with its service's key.
   */
  mint(claims?: Partial<MintOptions>): Promise<string>;
  /** A token that expired an hour ago, otherwise like `mint`. */
  expiredToken(claims?: Partial<MintOptions>): Promise<string>;
  /**
   * Signs whatever claims and header it is given, bypassing the signer's checks: for tests of what a
   * verifier refuses. By default a valid user token for the test service (claims and header given
   * as undefined are left out), signed with the identity provider's key or `key`.
   */
  signRaw(claims?: Record<string, unknown>, options?: { header?: Record<string, unknown>; key?: JWK }): Promise<string>;
  /** Environment variables a service under test verifies with, and signs its service tokens with when it is one of `services`. */
  env(service?: string): { AUTH_JWKS: string; AUTH_ISSUER: string; AUTH_AUDIENCE: string; AUTH_SIGNING_KEY?: string };
}

/**
 * A fresh identity provider key and a key per service (the services of this checkout, the test
 * service and `services`), with a verifier and helpers to mint tokens in tests.
 */
export async function testAuth(options: { issuer?: string; audience?: string; services?: readonly string[] } = {}): Promise<TestAuth> {
  const issuer = options.issuer ?? 'lethe';
  const audience = options.audience ?? 'lethe';
  const services = [...new Set([...checkoutServices(), TEST_SERVICE, ...(options.services ?? [])])];
  const { privateJwk } = await generateSigningKey(`test-${randomBytes(4).toString('hex')}`);
  const serviceKeys = new Map(await Promise.all(services.map(async (service) => [service, (await generateSigningKey(serviceKeyId(service))).privateJwk] as const)));
  const publicJwks: PublicJwks = { keys: [privateJwk, ...serviceKeys.values()].map(publicJwkOf) };
  const signer = new TokenSigner({ privateJwk, issuer, audience });
  const serviceSigners = new Map([...serviceKeys].map(([service, jwk]) => [service, new TokenSigner({ privateJwk: jwk, issuer, audience })]));
  const verifier = new TokenVerifier({ jwks: publicJwks, issuer, audience, service: TEST_SERVICE });
  const known = <T>(map: Map<string, T>, service: string): T => {
    const found = map.get(service);
    if (!found) throw new Error(`testAuth holds no key of service "${service}": name it in testAuth({ services })`);
    return found;
  };
  const serviceSigner = (service: string) => known(serviceSigners, service);
  const signerFor = (claims: MintOptions): TokenSigner => (claims.actorKind === 'service' ? serviceSigner(claims.actorId) : signer);
  const withDefaults = (claims: Partial<MintOptions>): MintOptions => ({
    tenantId: 'tenant-a',
    actorId: 'user-1',
    actorKind: 'user',
    rights: [],
    services,
    ttlSeconds: 300,
    ...claims,
  });
  const mint = (claims: MintOptions) => signerFor(claims).mint(claims);
  return {
    issuer,
    audience,
    privateJwk,
    publicJwks,
    signer,
    verifier,
    services,
    serviceKey: (service) => known(serviceKeys, service),
    serviceSigner,
    mint: (claims = {}) => mint(withDefaults(claims)),
    signRaw: async (claims = {}, { header = {}, key = privateJwk } = {}) => {
      const now = Math.floor(Date.now() / 1000);
      const algorithm = algorithmOf(key)!;
      const payload = { iss: issuer, aud: [serviceAudience(audience, TEST_SERVICE)], sub: 'user-1', tid: 'tenant-a', act: 'user', rights: [], iat: now, exp: now + 300, jti: randomUUID(), ...claims };
      return new SignJWT(payload).setProtectedHeader({ alg: algorithm, kid: key.kid, typ: TOKEN_TYPE, ...header }).sign(await importJWK(key, algorithm));
    },
    expiredToken: (claims = {}) => mint({ ...withDefaults(claims), ttlSeconds: 60, issuedAt: new Date(Date.now() - 3600_000) }),
    env: (service) => ({
      AUTH_JWKS: JSON.stringify(publicJwks),
      AUTH_ISSUER: issuer,
      AUTH_AUDIENCE: audience,
      ...(service && serviceKeys.has(service) ? { AUTH_SIGNING_KEY: JSON.stringify(serviceKeys.get(service)) } : {}),
    }),
  };
}
