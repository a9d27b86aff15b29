export {
  algorithmOf,
  generateSigningKey,
  loadJwks,
  loadSigningKey,
  parsePrivateJwk,
  parsePublicJwks,
  publicJwkOf,
  TOKEN_ALGORITHMS,
  type PublicJwks,
  type SigningKeyPair,
  type TokenAlgorithm,
} from './keys';
export {
  ACTOR_KINDS,
  MAX_TOKEN_LENGTH,
  MAX_TOKEN_TTL_SECONDS,
  TokenSigner,
  TokenVerifier,
  type MintOptions,
  type TokenClaims,
  type TokenSignerOptions,
  type TokenVerifierOptions,
} from './tokens';
export { ServiceTokenProvider, type ServiceTokenProviderOptions } from './service-tokens';
export { hasRight, requireRight, RIGHTS, type ActorKind, type RequestContext } from './context';
