import { randomUUID } from 'node:crypto';
import { createLocalJWKSet, errors as joseErrors, importJWK, jwtVerify, SignJWT, type JWK, type JWTVerifyGetKey, type KeyLike } from 'jose';
import { z } from 'zod';
import type { BaseConfig } from '../service/config';
import type { ActorKind, RequestContext } from './context';
import { UnauthenticatedError } from '../errors/errors';
import { parseInput } from '../validation';
import { algorithmOf, loadJwks, loadSigningKey, parsePrivateJwk, parsePublicJwks, TOKEN_ALGORITHMS, type PublicJwks, type TokenAlgorithm } from './keys';

export const ACTOR_KINDS = ['user', 'service', 'candidate'] as const satisfies readonly ActorKind[];

/** Longest token accepted; a bearer of megabytes is an attack, not a caller. */
export const MAX_TOKEN_LENGTH = 8192;
/** Longest lifetime a minted token may have. */
export const MAX_TOKEN_TTL_SECONDS = 31 * 24 * 3600;

// Ids end up in log lines and queries, so they are restricted to plain id characters (no e-mail addresses).
const tenantId = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, 'must be an id (letters, digits, _ and -)');
const actorId = z.string().min(1).max(128).regex(/^[A-Za-z0-9_.:-]+$/, 'must be an id (letters, digits, _ . : and -)');
const right = z.string().min(1).max(64).regex(/^[A-Za-z0-9_.:-]+$/, 'must be a right name (letters, digits, _ . : and -)');
const rights = z.array(right).max(100);

/** The claims of a Lethe token after signature, issuer, audience and expiry were checked. */
const claimsSchema = z.object({
  sub: actorId,
  tid: tenantId,
  act: z.enum(ACTOR_KINDS),
  rights,
  jti: z.string().min(1).max(128),
  iat: z.number().int(),
  exp: z.number().int(),
});

export type TokenClaims = z.infer<typeof claimsSchema> & { iss: string; aud: string };

export interface TokenVerifierOptions {
  jwks: PublicJwks;
  issuer: string;
  audience: string;
  /** Allowed clock skew between signer and verifier. */
  clockToleranceSeconds?: number;
}

/** Tokens whose signature was checked, remembered so a caller's next calls skip the check. */
const VERIFIED_TOKENS_KEPT = 1_000;

/** Verifies bearer tokens and turns them into the RequestContext handlers receive. */
export class TokenVerifier {
  private readonly keys: JWTVerifyGetKey;
  /** Verified tokens (by their exact text) and their claims, until they expire; the oldest go first. */
  private readonly verified = new Map<string, TokenClaims>();

  constructor(private readonly options: TokenVerifierOptions) {
    this.keys = createLocalJWKSet(parsePublicJwks(options.jwks, 'jwks'));
  }

  /** From AUTH_JWKS / AUTH_JWKS_FILE, AUTH_ISSUER and AUTH_AUDIENCE. */
  static fromConfig(config: Pick<BaseConfig, 'AUTH_JWKS' | 'AUTH_JWKS_FILE' | 'AUTH_ISSUER' | 'AUTH_AUDIENCE'>): TokenVerifier {
    return new TokenVerifier({ jwks: loadJwks(config), issuer: config.AUTH_ISSUER, audience: config.AUTH_AUDIENCE });
  }

  /**
   * The verified caller, or an UnauthenticatedError whose message says what was wrong without
   * quoting the token or its claims.
   */
  async verify(token: string | undefined, requestId: string = randomUUID()): Promise<RequestContext> {
    const claims = await this.verifyClaims(token);
    return { tenantId: claims.tid, actorId: claims.sub, actorKind: claims.act, rights: new Set(claims.rights), requestId };
  }

  /** The validated claims of a token (for callers that need `jti` or `exp`). */
  async verifyClaims(token: string | undefined): Promise<TokenClaims> {
    if (!token) throw new UnauthenticatedError('a bearer token is required');
    // The same text under the same keys verifies the same way until it expires: only expiry needs a new look.
    const known = this.verified.get(token);
    if (known) {
      if (Date.now() < (known.exp + this.clockToleranceSeconds) * 1000) return known;
      this.verified.delete(token);
    }
    if (token.length > MAX_TOKEN_LENGTH || !/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/.test(token)) {
      throw new UnauthenticatedError('the token is malformed');
    }
    let payload: Record<string, unknown>;
    try {
      ({ payload } = await jwtVerify(token, this.keys, {
        issuer: this.options.issuer,
        audience: this.options.audience,
        algorithms: [...TOKEN_ALGORITHMS],
        requiredClaims: ['iss', 'aud', 'sub', 'iat', 'exp', 'jti'],
        clockTolerance: this.clockToleranceSeconds,
      }));
    } catch (err) {
      throw new UnauthenticatedError(describeJoseFailure(err));
    }
    const parsed = claimsSchema.safeParse(payload);
    if (!parsed.success) {
      // Name the claims, never their values.
      const names = [...new Set(parsed.error.issues.map((issue) => String(issue.path[0] ?? 'payload')))].sort();
      throw new UnauthenticatedError(`the token has missing or invalid claims: ${names.join(', ')}`);
    }
    const claims = { ...parsed.data, iss: this.options.issuer, aud: this.options.audience };
    if (this.verified.size >= VERIFIED_TOKENS_KEPT) this.verified.delete(this.verified.keys().next().value!);
    this.verified.set(token, claims);
    return claims;
  }

  private get clockToleranceSeconds(): number {
    return this.options.clockToleranceSeconds ?? 5;
  }
}

function describeJoseFailure(err: unknown): string {
  if (err instanceof joseErrors.JWTExpired) return 'the token has expired';
  if (err instanceof joseErrors.JWTClaimValidationFailed) {
    if (err.claim === 'iss' || err.claim === 'aud') return 'the token was issued by or for someone else';
    if (err.claim === 'nbf' || err.claim === 'iat') return 'the token is not valid yet';
    return `the token has a missing or invalid "${err.claim}" claim`;
  }
  if (err instanceof joseErrors.JOSEAlgNotAllowed || err instanceof joseErrors.JOSENotSupported) return 'the token algorithm is not accepted';
  if (
    err instanceof joseErrors.JWSSignatureVerificationFailed ||
    err instanceof joseErrors.JWKSNoMatchingKey ||
    err instanceof joseErrors.JWKSMultipleMatchingKeys
  ) {
    return 'the token signature is not valid';
  }
  if (err instanceof joseErrors.JWSInvalid || err instanceof joseErrors.JWTInvalid) return 'the token is malformed';
  return 'the token is not valid';
}

export interface MintOptions {
  tenantId: string;
  actorId: string;
  actorKind: ActorKind;
  rights?: readonly string[];
  /** Lifetime; 15 minutes by default. */
  ttlSeconds?: number;
  /** Issue time; now by default. A time in the past yields an already-expired token (tests). */
  issuedAt?: Date;
}

const mintSchema = z.object({
  tenantId,
  actorId,
  actorKind: z.enum(ACTOR_KINDS),
  rights: rights.default([]),
  ttlSeconds: z.number().int().positive().max(MAX_TOKEN_TTL_SECONDS).default(900),
  issuedAt: z.date().optional(),
});

export interface TokenSignerOptions {
  /** Private Ed25519 or P-256 JWK with a `kid`. */
  privateJwk: JWK;
  issuer: string;
  audience: string;
}

/** Signs Lethe tokens with one private key. */
export class TokenSigner {
  readonly kid: string;
  readonly algorithm: TokenAlgorithm;
  private key?: Promise<KeyLike | Uint8Array>;

  constructor(private readonly options: TokenSignerOptions) {
    const jwk = parsePrivateJwk(options.privateJwk, 'privateJwk');
    this.kid = jwk.kid as string;
    this.algorithm = algorithmOf(jwk) as TokenAlgorithm;
  }

  /** From AUTH_SIGNING_KEY / AUTH_SIGNING_KEY_FILE, or undefined when the service has no signing key. */
  static fromConfig(config: Pick<BaseConfig, 'AUTH_SIGNING_KEY' | 'AUTH_SIGNING_KEY_FILE' | 'AUTH_ISSUER' | 'AUTH_AUDIENCE'>): TokenSigner | undefined {
    const privateJwk = loadSigningKey(config);
    return privateJwk && new TokenSigner({ privateJwk, issuer: config.AUTH_ISSUER, audience: config.AUTH_AUDIENCE });
  }

  /** A signed token for the actor; bad options throw a ValidationError. */
  async mint(options: MintOptions): Promise<string> {
    const input = parseInput(mintSchema, options);
    this.key ??= importJWK(this.options.privateJwk, this.algorithm);
    const issuedAt = Math.floor((input.issuedAt?.getTime() ?? Date.now()) / 1000);
    return new SignJWT({ tid: input.tenantId, act: input.actorKind, rights: [...new Set(input.rights)] })
      .setProtectedHeader({ alg: this.algorithm, kid: this.kid, typ: 'JWT' })
      .setIssuer(this.options.issuer)
      .setAudience(this.options.audience)
      .setSubject(input.actorId)
      .setIssuedAt(issuedAt)
      .setExpirationTime(issuedAt + input.ttlSeconds)
      .setJti(randomUUID())
      .sign(await this.key);
  }
}
