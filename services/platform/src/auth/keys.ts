import fs from 'node:fs';
import { exportJWK, generateKeyPair, type JWK } from 'jose';
import { ConfigError, SERVICE_NAME_PATTERN, type BaseConfig } from '../service/config';

/** A set of public keys tokens are verified against (RFC 7517). */
export interface PublicJwks {
  keys: JWK[];
}

export interface SigningKeyPair {
  /** Private JWK with `kid` and `alg`; keep it secret (AUTH_SIGNING_KEY / AUTH_SIGNING_KEY_FILE). */
  privateJwk: JWK;
  /** The matching public key as a JWKS (AUTH_JWKS / AUTH_JWKS_FILE). */
  publicJwks: PublicJwks;
}

/** Signing algorithms Lethe accepts, by key type. */
export const TOKEN_ALGORITHMS = ['EdDSA', 'ES256'] as const;
export type TokenAlgorithm = (typeof TOKEN_ALGORITHMS)[number];

const PRIVATE_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'k'] as const;

/**
 * Which tokens a key may sign follows from its `kid`. `service:<name>` is a service's own key (the
 * chart's `<name>-signing-key`): it signs only service tokens of that service. Every other key is an
 * identity provider's: it signs only users' and candidates' tokens. So a stolen service key acts as
 * nobody but its service, and an identity provider cannot mint service tokens.
 */
const SERVICE_KEY_PREFIX = 'service:';

/** The `kid` of a service's own signing key. */
export function serviceKeyId(service: string): string {
  return `${SERVICE_KEY_PREFIX}${service}`;
}

/** The service a key belongs to (kid `service:<name>`), or undefined for an identity provider's key. */
export function serviceOfKey(kid: string): string | undefined {
  return kid.startsWith(SERVICE_KEY_PREFIX) ? kid.slice(SERVICE_KEY_PREFIX.length) : undefined;
}

/** What is wrong with a key's `kid`, or undefined: each key has one, and a service key names a service. */
function kidProblem(kid: unknown): string | undefined {
  if (typeof kid !== 'string' || !kid) return 'must have a "kid"';
  const service = serviceOfKey(kid);
  if (service !== undefined && !SERVICE_NAME_PATTERN.test(service)) return `has a kid "${SERVICE_KEY_PREFIX}…" that names no service (lower-case letters, digits and -)`;
  return undefined;
}

/** A fresh Ed25519 key pair for signing tokens. */
export async function generateSigningKey(kid: string): Promise<SigningKeyPair> {
  if (!kid.trim()) throw new Error('a signing key needs a non-empty kid');
  const { privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
  const privateJwk: JWK = { ...(await exportJWK(privateKey)), kid, alg: 'EdDSA', use: 'sig' };
  return { privateJwk, publicJwks: { keys: [publicJwkOf(privateJwk)] } };
}

/** The public half of a private JWK (drops every private member). */
export function publicJwkOf(jwk: JWK): JWK {
  const copy: JWK = { ...jwk };
  for (const member of PRIVATE_MEMBERS) delete copy[member];
  return copy;
}

/** The algorithm a key signs with; only Ed25519 (EdDSA) and P-256 (ES256) keys are accepted. */
export function algorithmOf(jwk: JWK): TokenAlgorithm | undefined {
  if (jwk.kty === 'OKP' && jwk.crv === 'Ed25519') return 'EdDSA';
  if (jwk.kty === 'EC' && jwk.crv === 'P-256') return 'ES256';
  return undefined;
}

/**
 * Checks the shape of a JWKS: an object with a non-empty `keys` array of public Ed25519/P-256 keys,
 * each with its own `kid` (what binds it to the tokens it may sign). A private member in a published
 * key set is refused: it would hand out the signing key.
 */
export function parsePublicJwks(value: unknown, source: string): PublicJwks {
  const keys = (value as { keys?: unknown } | null)?.keys;
  if (!Array.isArray(keys) || keys.length === 0) throw new ConfigError([{ variable: source, problem: 'must be a JWKS with a non-empty "keys" array' }]);
  keys.forEach((key: unknown, index) => {
    if (typeof key !== 'object' || key === null) throw new ConfigError([{ variable: source, problem: `key ${index} is not an object` }]);
    const jwk = key as JWK;
    if (!algorithmOf(jwk)) throw new ConfigError([{ variable: source, problem: `key ${index} must be an Ed25519 (OKP) or P-256 (EC) key` }]);
    if (PRIVATE_MEMBERS.some((member) => member in jwk)) {
      throw new ConfigError([{ variable: source, problem: `key ${index} holds private key material; publish public keys only` }]);
    }
    const problem = kidProblem(jwk.kid);
    if (problem) throw new ConfigError([{ variable: source, problem: `key ${index} ${problem}` }]);
    if (keys.findIndex((other: JWK) => other.kid === jwk.kid) !== index) throw new ConfigError([{ variable: source, problem: `key ${index} repeats the kid of another key` }]);
  });
  return { keys: keys as JWK[] };
}

/** Checks a private signing JWK: Ed25519 or P-256, with `d` and a `kid`. */
export function parsePrivateJwk(value: unknown, source: string): JWK {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new ConfigError([{ variable: source, problem: 'must be a JWK object' }]);
  const jwk = value as JWK;
  if (!algorithmOf(jwk)) throw new ConfigError([{ variable: source, problem: 'must be an Ed25519 (OKP) or P-256 (EC) key' }]);
  if (typeof jwk.d !== 'string') throw new ConfigError([{ variable: source, problem: 'must be a private key (no "d" member)' }]);
  const problem = kidProblem(jwk.kid);
  if (problem) throw new ConfigError([{ variable: source, problem }]);
  return jwk;
}

function readJson(variable: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new ConfigError([{ variable, problem: 'is not valid JSON' }]);
  }
}

function readFile(variable: string, file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (err) {
    throw new ConfigError([{ variable, problem: `cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'})` }]);
  }
}

/** The verification key set from AUTH_JWKS (inline JSON) or AUTH_JWKS_FILE. */
export function loadJwks(config: Pick<BaseConfig, 'AUTH_JWKS' | 'AUTH_JWKS_FILE'>): PublicJwks {
  if (config.AUTH_JWKS) return parsePublicJwks(readJson('AUTH_JWKS', config.AUTH_JWKS), 'AUTH_JWKS');
  if (config.AUTH_JWKS_FILE) return parsePublicJwks(readJson('AUTH_JWKS_FILE', readFile('AUTH_JWKS_FILE', config.AUTH_JWKS_FILE)), 'AUTH_JWKS_FILE');
  throw new ConfigError([{ variable: 'AUTH_JWKS', problem: 'is required (or AUTH_JWKS_FILE)' }]);
}

/**
 * The service's own signing key from AUTH_SIGNING_KEY (inline JSON) or AUTH_SIGNING_KEY_FILE, if
 * configured: it must be the key of this service (kid `service:<SERVICE_NAME>`).
 */
export function loadSigningKey(config: Pick<BaseConfig, 'SERVICE_NAME' | 'AUTH_SIGNING_KEY' | 'AUTH_SIGNING_KEY_FILE'>): JWK | undefined {
  const [variable, text] = config.AUTH_SIGNING_KEY
    ? ['AUTH_SIGNING_KEY', config.AUTH_SIGNING_KEY]
    : config.AUTH_SIGNING_KEY_FILE
      ? ['AUTH_SIGNING_KEY_FILE', readFile('AUTH_SIGNING_KEY_FILE', config.AUTH_SIGNING_KEY_FILE)]
      : [];
  if (!variable || text === undefined) return undefined;
  const jwk = parsePrivateJwk(readJson(variable, text), variable);
  if (jwk.kid !== serviceKeyId(config.SERVICE_NAME)) {
    throw new ConfigError([{ variable, problem: `must be the key of service "${config.SERVICE_NAME}" (kid "${serviceKeyId(config.SERVICE_NAME)}")` }]);
  }
  return jwk;
}
