import { randomUUID } from 'node:crypto';
import { errors as joseErrors, importJWK, jwtVerify, SignJWT, type JWK, type JWSHeaderParameters, type KeyLike } from 'jose';
import { z } from 'zod';
import { ConfigError, SERVICE_NAME_PATTERN, type BaseConfig } from '../service/config';
import type { ActorKind, RequestContext } from './context';
import { UnauthenticatedError, ValidationError } from '../errors/errors';
import { parseInput } from '../validation';
import { algorithmOf, loadJwks, loadSigningKey, parsePrivateJwk, parsePublicJwks, serviceOfKey, TOKEN_ALGORITHMS, type PublicJwks, type TokenAlgorithm } from './keys';

export const ACTOR_KINDS = ['user', 'service', 'candidate'] as const satisfies readonly ActorKind[];

/** Longest token accepted; a bearer of megabytes is an attack, not a caller. */
export const MAX_TOKEN_LENGTH = 8192;
/** Longest lifetime a minted token may have. */
export const MAX_TOKEN_TTL_SECONDS = 31 * 24 * 3600;
/**
 * The `typ` header every Lethe token carries and every verification demands (RFC 9068 access
 * tokens, RFC 8725 explicit typing): an ID token or another JWT signed by the same identity
 * provider is not taken for one.
 */
export const TOKEN_TYPE = 'at+jwt';
/** How long after it was issued a user's or candidate's token is accepted by default (AUTH_MAX_TOKEN_AGE_SECONDS). */
export const DEFAULT_MAX_TOKEN_AGE_SECONDS = 24 * 3600;
/**
 * How long after it was issued a service token is accepted, whatever its `exp`: services mint
 * theirs for 5 minutes (ServiceTokenProvider), so a leaked one is of use for minutes only.
 */
export const MAX_SERVICE_TOKEN_AGE_SECONDS = 10 * 60;
/** The clock skew allowed between a token's signer and its verifier, for `exp` and `iat` alike. */
export const DEFAULT_CLOCK_TOLERANCE_SECONDS = 60;

// Ids end up in log lines and queries, so they are restricted to plain id characters (no e-mail addresses).
const tenantId = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, 'must be an id (letters, digits, _ and -)');
const actorId = z.string().min(1).max(128).regex(/^[A-Za-z0-9_.:-]+$/, 'must be an id (letters, digits, _ . : and -)');
const right = z.string().min(1).max(64).regex(/^[A-Za-z0-9_.:-]+$/, 'must be a right name (letters, digits, _ . : and -)');
const rights = z.array(right).max(100);
const serviceName = z.string().max(64).regex(SERVICE_NAME_PATTERN, 'must be a service name (lower-case letters, digits and -)');

/**
 * The audience of the tokens for one service of an installation: a token names every service it is
 * for in its `aud`, as `<installation audience>/<service>` (e.g. `lethe/candidates`), and a service
 * accepts only tokens that name it.
 */
export function serviceAudience(installation: string, service: string): string {
  return `${installation}/${service}`;
}

/**
 * Why a key may not sign a token of this actor, or undefined when it may: a service's key signs
 * only that service's own service tokens, an identity provider's key only users' and candidates'.
 */
function keyRefusal(kid: string, actorKind: ActorKind, actor: string): string | undefined {
  const service = serviceOfKey(kid);
  if (service === undefined) return actorKind === 'service' ? "a service token must be signed with the service's own key" : undefined;
  if (actorKind !== 'service') return "a service's key signs only service tokens";
  return actor === service ? undefined : "a service's key signs only its own service's tokens";
}

/** The services that may call a service with service tokens, each with the rights its tokens may carry there. */
export type ServiceCallers = Readonly<Record<string, readonly string[]>>;

const serviceCallersSchema = z.record(serviceName, rights);

/** AUTH_SERVICE_CALLERS: a JSON object of service name → rights. */
export function parseServiceCallers(text: string, variable = 'AUTH_SERVICE_CALLERS'): ServiceCallers {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ConfigError([{ variable, problem: 'is not valid JSON' }]);
  }
  const parsed = serviceCallersSchema.safeParse(json);
  if (!parsed.success) throw new ConfigError([{ variable, problem: 'must be a JSON object of service name → list of rights' }]);
  return parsed.data;
}

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
  /** The installation's audience (AUTH_AUDIENCE). */
  audience: string;
  /** The verifying service: a token is accepted only when its `aud` names `<audience>/<service>`. */
  service: string;
  /** Longest a user's or candidate's token is accepted after it was issued; 24 hours by default. */
  maxTokenAgeSeconds?: number;
  /** The services that may call with service tokens and the rights each may carry; without it, any service whose key is in the JWKS, with any rights. */
  serviceCallers?: ServiceCallers;
  /** Allowed clock skew between signer and verifier. */
  clockToleranceSeconds?: number;
}

/** Tokens whose signature was checked, remembered so a caller's next calls skip the check. */
const VERIFIED_TOKENS_KEPT = 1_000;

/** Verifies bearer tokens and turns them into the RequestContext handlers receive. */
export class TokenVerifier {
  private readonly jwks: readonly JWK[];
  private readonly keys = new Map<string, Promise<KeyLike | Uint8Array>>();
  private readonly audience: string;
  /** Verified tokens (by their exact text), their claims and until when they are accepted (ms); the oldest go first. */
  private readonly verified = new Map<string, { claims: TokenClaims; acceptedUntil: number }>();

  constructor(private readonly options: TokenVerifierOptions) {
    this.jwks = parsePublicJwks(options.jwks, 'jwks').keys;
    this.audience = serviceAudience(options.audience, options.service);
  }

  /** From AUTH_JWKS / AUTH_JWKS_FILE, AUTH_ISSUER, AUTH_AUDIENCE and SERVICE_NAME, AUTH_MAX_TOKEN_AGE_SECONDS and AUTH_SERVICE_CALLERS. */
  static fromConfig(
    config: Pick<BaseConfig, 'SERVICE_NAME' | 'AUTH_JWKS' | 'AUTH_JWKS_FILE' | 'AUTH_ISSUER' | 'AUTH_AUDIENCE' | 'AUTH_MAX_TOKEN_AGE_SECONDS' | 'AUTH_SERVICE_CALLERS'>,
  ): TokenVerifier {
    return new TokenVerifier({
      jwks: loadJwks(config),
      issuer: config.AUTH_ISSUER,
      audience: config.AUTH_AUDIENCE,
      service: config.SERVICE_NAME,
      maxTokenAgeSeconds: config.AUTH_MAX_TOKEN_AGE_SECONDS,
      serviceCallers: config.AUTH_SERVICE_CALLERS === undefined ? undefined : parseServiceCallers(config.AUTH_SERVICE_CALLERS),
    });
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
    // The same text under the same keys verifies the same way until it expires or grows too old: only time needs a new look.
    const known = this.verified.get(token);
    if (known) {
      if (Date.now() < known.acceptedUntil) return known.claims;
      this.verified.delete(token);
    }
    if (token.length > MAX_TOKEN_LENGTH || !/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/.test(token)) {
      throw new UnauthenticatedError('the token is malformed');
    }
    let payload: Record<string, unknown>;
    let kid = '';
    try {
      ({ payload } = await jwtVerify(
        token,
        (header) => {
          kid = header.kid ?? '';
          return this.keyFor(header);
        },
        {
          issuer: this.options.issuer,
          audience: this.audience,
          typ: TOKEN_TYPE,
          algorithms: [...TOKEN_ALGORITHMS],
          requiredClaims: ['iss', 'aud', 'sub', 'iat', 'exp', 'jti'],
          clockTolerance: this.clockToleranceSeconds,
        },
      ));
    } catch (err) {
      throw new UnauthenticatedError(describeJoseFailure(err));
    }
    const parsed = claimsSchema.safeParse(payload);
    if (!parsed.success) {
      // Name the claims, never their values.
      const names = [...new Set(parsed.error.issues.map((issue) => String(issue.path[0] ?? 'payload')))].sort();
      throw new UnauthenticatedError(`the token has missing or invalid claims: ${names.join(', ')}`);
    }
    const claims: TokenClaims = { ...parsed.data, iss: this.options.issuer, aud: this.audience };
    const refusal = keyRefusal(kid, claims.act, claims.sub) ?? this.callerRefusal(claims);
    if (refusal) throw new UnauthenticatedError(refusal);
    const acceptedUntil = this.acceptedUntil(claims);
    if (this.verified.size >= VERIFIED_TOKENS_KEPT) this.verified.delete(this.verified.keys().next().value!);
    this.verified.set(token, { claims, acceptedUntil });
    return claims;
  }

  /**
   * Until when (ms) the token is accepted: its expiry, or its issue time plus the longest age of its
   * actor's tokens if that comes first, each with the clock tolerance. Throws when the token was
   * issued in the future or is too old now.
   */
  private acceptedUntil(claims: TokenClaims): number {
    const tolerance = this.clockToleranceSeconds;
    const now = Date.now() / 1000;
    if (claims.iat > now + tolerance) throw new UnauthenticatedError('the token was issued in the future');
    const maxAge = claims.act === 'service' ? MAX_SERVICE_TOKEN_AGE_SECONDS : (this.options.maxTokenAgeSeconds ?? DEFAULT_MAX_TOKEN_AGE_SECONDS);
    const oldUntil = claims.iat + maxAge + tolerance;
    if (now >= oldUntil) throw new UnauthenticatedError('the token is too old');
    return Math.min(oldUntil, claims.exp + tolerance) * 1000;
  }

  /** Why a service token is not accepted from its service here (AUTH_SERVICE_CALLERS), or undefined. */
  private callerRefusal(claims: TokenClaims): string | undefined {
    const callers = this.options.serviceCallers;
    if (claims.act !== 'service' || !callers) return undefined;
    const allowed = Object.prototype.hasOwnProperty.call(callers, claims.sub) ? callers[claims.sub] : undefined;
    if (!allowed) return 'the service may not call this one';
    return claims.rights.every((held) => allowed.includes(held)) ? undefined : 'the service token carries rights its service may not hold here';
  }

  /** The key the token's header names by its `kid`; a token without one names no key. */
  private keyFor(header: JWSHeaderParameters): Promise<KeyLike | Uint8Array> {
    const jwk = header.kid === undefined ? undefined : this.jwks.find((candidate) => candidate.kid === header.kid);
    if (!jwk) return Promise.reject(header.kid === undefined ? new MissingKeyId() : new joseErrors.JWKSNoMatchingKey());
    const algorithm = algorithmOf(jwk)!;
    if (header.alg !== algorithm) return Promise.reject(new joseErrors.JWSSignatureVerificationFailed());
    let key = this.keys.get(jwk.kid!);
    if (!key) {
      key = importJWK(jwk, algorithm);
      this.keys.set(jwk.kid!, key);
    }
    return key;
  }

  private get clockToleranceSeconds(): number {
    return this.options.clockToleranceSeconds ?? DEFAULT_CLOCK_TOLERANCE_SECONDS;
  }
}

/** A token whose header names no key. */
class MissingKeyId extends Error {}

function describeJoseFailure(err: unknown): string {
  if (err instanceof MissingKeyId) return 'the token names no key (kid)';
  if (err instanceof joseErrors.JWTExpired) return 'the token has expired';
  if (err instanceof joseErrors.JWTClaimValidationFailed) {
    if (err.claim === 'iss') return 'the token was issued by someone else';
    if (err.claim === 'aud') return 'the token is not for this service';
    if (err.claim === 'typ') return `the token is not of type ${TOKEN_TYPE}`;
    if (err.claim === 'nbf') return 'the token is not valid yet';
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
  /** The services the token is for (its `aud`); a service token names the one it calls. */
  services: readonly string[];
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
  services: z.array(serviceName).min(1).max(50),
  ttlSeconds: z.number().int().positive().max(MAX_TOKEN_TTL_SECONDS).default(900),
  issuedAt: z.date().optional(),
});

export interface TokenSignerOptions {
  /** Private Ed25519 or P-256 JWK with a `kid`; `service:<name>` for a service's own key. */
  privateJwk: JWK;
  issuer: string;
  /** The installation's audience (AUTH_AUDIENCE): a token for service s names `<audience>/<s>`. */
  audience: string;
}

/** Signs Lethe tokens with one private key, only those its `kid` allows it to sign. */
export class TokenSigner {
  readonly kid: string;
  readonly algorithm: TokenAlgorithm;
  private key?: Promise<KeyLike | Uint8Array>;

  constructor(private readonly options: TokenSignerOptions) {
    const jwk = parsePrivateJwk(options.privateJwk, 'privateJwk');
    this.kid = jwk.kid as string;
    this.algorithm = algorithmOf(jwk) as TokenAlgorithm;
  }

  /** The service's own key from AUTH_SIGNING_KEY / AUTH_SIGNING_KEY_FILE, or undefined when it has none. */
  static fromConfig(config: Pick<BaseConfig, 'SERVICE_NAME' | 'AUTH_SIGNING_KEY' | 'AUTH_SIGNING_KEY_FILE' | 'AUTH_ISSUER' | 'AUTH_AUDIENCE'>): TokenSigner | undefined {
    const privateJwk = loadSigningKey(config);
    return privateJwk && new TokenSigner({ privateJwk, issuer: config.AUTH_ISSUER, audience: config.AUTH_AUDIENCE });
  }

  /** A signed token for the actor; bad options, or an actor this key may not sign for, throw a ValidationError. */
  async mint(options: MintOptions): Promise<string> {
    const input = parseInput(mintSchema, options);
    const refusal = keyRefusal(this.kid, input.actorKind, input.actorId);
    if (refusal) {
      const field = input.actorKind === 'service' && serviceOfKey(this.kid) !== undefined ? 'actorId' : 'actorKind';
      throw new ValidationError([{ field, description: refusal, code: 'key_mismatch' }]);
    }
    this.key ??= importJWK(this.options.privateJwk, this.algorithm);
    const issuedAt = Math.floor((input.issuedAt?.getTime() ?? Date.now()) / 1000);
    return new SignJWT({ tid: input.tenantId, act: input.actorKind, rights: [...new Set(input.rights)] })
      .setProtectedHeader({ alg: this.algorithm, kid: this.kid, typ: TOKEN_TYPE })
      .setIssuer(this.options.issuer)
      .setAudience([...new Set(input.services)].map((service) => serviceAudience(this.options.audience, service)))
      .setSubject(input.actorId)
      .setIssuedAt(issuedAt)
      .setExpirationTime(issuedAt + input.ttlSeconds)
      .setJti(randomUUID())
      .sign(await this.key);
  }
}
