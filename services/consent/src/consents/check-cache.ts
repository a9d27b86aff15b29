import { newId } from '@lethe/platform/ids';
import type { TenantCache } from '@lethe/platform/redis';

/** How long a cached CheckConsent answer (and a subject's stamp) lives at most. */
export const CHECK_TTL_SECONDS = 300;

/** The subject's stamp; a missing one is made from a fresh id (never a value seen before). */
const STAMP = `local stamp = redis.call('GET', KEYS[1])
if not stamp then
  stamp = ARGV[1]
  redis.call('SET', KEYS[1], stamp, 'EX', ARGV[2])
end
return stamp`;

/** Sets the entry only while the stamp still holds the value read before the database. */
const SET_IF_STAMP = `if redis.call('GET', KEYS[1]) == ARGV[1] then
  redis.call('SET', KEYS[2], ARGV[2], 'EX', ARGV[3])
  return 1
end
return 0`;

/**
 * CheckConsent answers in Redis (ids, flags and dates only). Every change of a subject deletes the
 * subject's keys, its stamp among them. A check reads the stamp before its database reads and
 * caches only if the stamp is still the same, so an answer read before a change is never cached
 * after the change's eviction.
 */
export class CheckCache {
  constructor(private readonly cache: TenantCache) {}

  async get(tenantId: string, subjectId: string, scopeKey: string): Promise<string | null> {
    return this.cache.get(tenantId, ['subject', subjectId, 'check', scopeKey]);
  }

  /** To be read before the database reads whose result is to be cached. */
  async stamp(tenantId: string, subjectId: string): Promise<string> {
    const stamp = await this.cache.redis.eval(STAMP, { keys: [this.stampKey(tenantId, subjectId)], arguments: [newId(), String(CHECK_TTL_SECONDS)] });
    return String(stamp);
  }

  /** False when the subject changed since `stamp` was read: the value is then not cached. */
  async setIfUnchanged(tenantId: string, subjectId: string, scopeKey: string, stamp: string, value: string, ttlSeconds: number): Promise<boolean> {
    const entry = this.cache.keys.subjectKey(tenantId, subjectId, 'check', scopeKey);
    const set = await this.cache.redis.eval(SET_IF_STAMP, { keys: [this.stampKey(tenantId, subjectId), entry], arguments: [stamp, value, String(ttlSeconds)] });
    return set === 1;
  }

  /** After a change of the subject (and on erasure): its answers and its stamp. Returns the count. */
  evictSubject(tenantId: string, subjectId: string): Promise<number> {
    return this.cache.delSubject(tenantId, subjectId);
  }

  /** After a settings change every answer of the tenant may be wrong; the stamps go with them. */
  async evictTenant(tenantId: string): Promise<void> {
    await this.cache.delByPattern(tenantId, ['subject', '*']);
  }

  private stampKey(tenantId: string, subjectId: string): string {
    return this.cache.keys.subjectKey(tenantId, subjectId, 'stamp');
  }
}
