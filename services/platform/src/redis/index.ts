export { closeRedis, connectRedis, RedisKeyspace, TenantCache, TenantKeys, type Redis, type TenantCacheOptions } from './client';
export { tryLease, withLease } from './lease';
export { RateLimiter, type RateLimit, type RateLimitSubject } from './rate-limit';
