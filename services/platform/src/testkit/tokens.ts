import { randomBytes } from 'node:crypto';
import type { JWK } from 'jose';
import { generateSigningKey, type PublicJwks } from '../auth/keys';
import { TokenSigner, TokenVerifier, type MintOptions } from '../auth/tokens';

export interface TestAuth {
  issuer: string;
  audience: string;
  privateJwk: JWK;
  publicJwks: PublicJwks;
  signer: TokenSigner;
  verifier: TokenVerifier;
  /** A valid token; tenant 'tenant-a', actor 'user-1' (kind user), no rights unless given. */
  mint(claims?: Partial<MintOptions>): Promise<string>;
  /** A token that expired an hour ago, otherwise like `mint`. */
  expiredToken(claims?: Partial<MintOptions>): Promise<string>;
  /** Environment variables a service under test verifies and signs with. */
  env(): { AUTH_JWKS: string; AUTH_SIGNING_KEY: string; AUTH_ISSUER: string; AUTH_AUDIENCE: string };
}

/** A fresh key pair with its verifier and helpers to mint tokens in tests. */
export async function testAuth(options: { issuer?: string; audience?: string } = {}): Promise<TestAuth> {
  const issuer = options.issuer ?? 'lethe';
  const audience = options.audience ?? 'lethe';
  const { privateJwk, publicJwks } = await generateSigningKey(`test-${randomBytes(4).toString('hex')}`);
  const signer = new TokenSigner({ privateJwk, issuer, audience });
  const verifier = new TokenVerifier({ jwks: publicJwks, issuer, audience });
  const withDefaults = (claims: Partial<MintOptions>): MintOptions => ({
    tenantId: 'tenant-a',
    actorId: 'user-1',
    actorKind: 'user',
    rights: [],
    ttlSeconds: 300,
    ...claims,
  });
  return {
    issuer,
    audience,
    privateJwk,
    publicJwks,
    signer,
    verifier,
    mint: (claims = {}) => signer.mint(withDefaults(claims)),
    expiredToken: (claims = {}) => signer.mint({ ...withDefaults(claims), ttlSeconds: 60, issuedAt: new Date(Date.now() - 3600_000) }),
    env: () => ({ AUTH_JWKS: JSON.stringify(publicJwks), AUTH_SIGNING_KEY: JSON.stringify(privateJwk), AUTH_ISSUER: issuer, AUTH_AUDIENCE: audience }),
  };
}
