import { serviceKeyId } from './keys';
import { MAX_SERVICE_TOKEN_AGE_SECONDS, type TokenSigner } from './tokens';

export interface ServiceTokenProviderOptions {
  signer: TokenSigner;
  /** The calling service's name: the actor id of its tokens. */
  serviceName: string;
  /** Lifetime of each token; 5 minutes by default, at most MAX_SERVICE_TOKEN_AGE_SECONDS (what a verifier accepts). */
  ttlSeconds?: number;
  /** A cached token is replaced this long before it expires, so it never expires in flight. */
  refreshBeforeSeconds?: number;
  /** Most (tenant, rights) pairs cached at once; the oldest is dropped first. */
  maxEntries?: number;
  now?: () => number;
}

interface CacheEntry {
  token: Promise<string>;
  refreshAt: number;
}

/**
 * Tokens a service mints for itself to call other services on behalf of a tenant: actor = the
 * service, kind 'service', signed with its own key (kid `service:<name>`), for the one service it
 * calls. Cached per (callee, tenant, rights) until shortly before expiry.
 */
export class ServiceTokenProvider {
  private readonly cache = new Map<string, CacheEntry>();
  private readonly ttlSeconds: number;
  private readonly refreshBeforeMs: number;
  private readonly maxEntries: number;
  private readonly now: () => number;

  constructor(private readonly options: ServiceTokenProviderOptions) {
    if (options.signer.kid !== serviceKeyId(options.serviceName)) throw new Error(`service tokens of ${options.serviceName} need its own key (kid "${serviceKeyId(options.serviceName)}")`);
    this.ttlSeconds = options.ttlSeconds ?? 300;
    if (this.ttlSeconds > MAX_SERVICE_TOKEN_AGE_SECONDS) throw new Error(`service tokens live at most ${MAX_SERVICE_TOKEN_AGE_SECONDS} s`);
    this.refreshBeforeMs = Math.min(options.refreshBeforeSeconds ?? 30, this.ttlSeconds / 2) * 1000;
    this.maxEntries = options.maxEntries ?? 1000;
    this.now = options.now ?? Date.now;
  }

  /** A token for calls to the service `callee` made for `tenantId`, carrying exactly `rights`. */
  token(callee: string, tenantId: string, rights: readonly string[] = []): Promise<string> {
    const sortedRights = [...new Set(rights)].sort();
    const key = `${callee}\u0000${tenantId}\u0000${sortedRights.join(',')}`;
    const now = this.now();
    const cached = this.cache.get(key);
    if (cached && cached.refreshAt > now) return cached.token;

    const token = this.options.signer.mint({
      tenantId,
      actorId: this.options.serviceName,
      actorKind: 'service',
      rights: sortedRights,
      services: [callee],
      ttlSeconds: this.ttlSeconds,
      issuedAt: new Date(now),
    });
    this.cache.delete(key);
    this.cache.set(key, { token, refreshAt: now + this.ttlSeconds * 1000 - this.refreshBeforeMs });
    // A failed mint is not cached: the next call tries again.
    token.catch(() => {
      if (this.cache.get(key)?.token === token) this.cache.delete(key);
    });
    while (this.cache.size > this.maxEntries) {
      const oldest = this.cache.keys().next().value as string;
      this.cache.delete(oldest);
    }
    return token;
  }

  /** A token source for calls to `callee` for one tenant, for `createClient(..., { tokenProvider })`. */
  forTenant(callee: string, tenantId: string, rights: readonly string[] = []): () => Promise<string> {
    return () => this.token(callee, tenantId, rights);
  }
}
