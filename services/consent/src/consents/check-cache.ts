import type { TenantCache } from '@lethe/platform/redis';

/** How long a cached CheckConsent answer (and a subject's stamp) lives at most. */
export const CHECK_TTL_SECONDS = 300;

/**
 * CheckConsent answers in Redis (ids, flags and dates only), under the cache's MAC: an answer
 * written into Redis by anyone else is refused and the database answers. Every change of a subject
 * deletes the subject's keys, its stamp among them. A check reads the stamp before its database
 * reads and caches only if the stamp is still the same, so an answer read before a change is never
 * cached after the change's eviction. The stamp is a random id that decides no answer.
 */
export class CheckCache {
  constructor(private readonly cache: TenantCache) {}

  async get(tenantId: string, subjectId: string, scopeKey: string): Promise<string | null> {
    return this.cache.get(tenantId, ['subject', subjectId, 'check', scopeKey]);
  }

  /** To be read before the database reads whose result is to be cached. */
  stamp(tenantId: string, subjectId: string): Promise<string> {
    return this.cache.subjectStamp(tenantId, subjectId, CHECK_TTL_SECONDS);
  }

  /** False when the subject changed since `stamp` was read: the value is then not cached. */
  async setIfUnchanged(tenantId: string, subjectId: string, scopeKey: string, stamp: string, value: string, ttlSeconds: number): Promise<boolean> {
    return this.cache.setIfSubjectUnchanged(tenantId, subjectId, ['subject', subjectId, 'check', scopeKey], value, ttlSeconds, stamp);
  }

  /** After a change of the subject (and on erasure): its answers and its stamp. Returns the count. */
  evictSubject(tenantId: string, subjectId: string): Promise<number> {
    return this.cache.delSubject(tenantId, subjectId);
  }

  /** After a settings change every answer of the tenant may be wrong; the stamps go with them. */
  async evictTenant(tenantId: string): Promise<void> {
    await this.cache.delByPattern(tenantId, ['subject', '*']);
  }
}
