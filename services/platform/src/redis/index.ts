export { closeRedis, connectRedis, TenantCache, TenantKeys, type Redis } from './client';
export { tryLease } from './lease';
