export { closeRedis, connectRedis, createRedis, openRedis, TenantCache, TenantKeys, unlinkMatching, type KeyPart, type Redis, type RedisConnectOptions } from './client';
export { tryLease, withLease, type HeldLease, type Lease, type LeaseOptions } from './lease';
