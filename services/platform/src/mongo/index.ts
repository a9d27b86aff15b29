export { closeMongo, connectMongo, createMongoConnection, isDuplicateKey, openMongo, type MongoOptions } from './connection';
export { inBatches, STATEMENTS_PER_WRITE } from './ferretdb';
export {
  ALL_TENANTS,
  MissingTenantError,
  TenantChangeError,
  TenantRepository,
  defineTenantModel,
  isTenantScoped,
  tenantOfFilter,
  tenantScoped,
  type FindOptions,
  type ListOptions,
  type Page,
  type Stored,
  type TenantRepositoryOptions,
  type WriteResult,
} from './tenant-scope';
