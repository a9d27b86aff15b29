export { closeMongo, connectMongo, isDuplicateKey } from './connection';
export { bufferOf } from './binary';
export { inBatches } from './ferretdb';
export { ALL_TENANTS, TenantRepository, defineTenantModel, type Page, type Stored } from './tenant-scope';
export { isStaleUpdate, TenantSettings, type VersionedSettings } from './tenant-settings';
