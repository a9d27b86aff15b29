import { mongo, Schema, type Connection, type SchemaDefinition } from 'mongoose';
import { ConflictError } from '../errors/errors';
import { bufferOf } from './binary';
import { isDuplicateKey } from './connection';
import { defineTenantModel, TenantRepository } from './tenant-scope';

/** What every versioned settings document carries besides its values. */
export interface SettingsVersion {
  /** 0 until the tenant first saves; every save raises it by one. */
  version: number;
  updatedAt?: Date;
  updatedBy?: string;
}

export type VersionedSettings<V> = V & SettingsVersion;

/** An update naming a version (0: none) that is not the stored one was read before another update. */
export function isStaleUpdate(expectedVersion: number, currentVersion: number): boolean {
  return expectedVersion > 0 && expectedVersion !== currentVersion;
}

/** As stored: the values are typed by the caller, the store sees fields. */
interface SettingsDoc extends SettingsVersion {
  _id: string;
  tenantId: string;
  [field: string]: unknown;
}

export interface TenantSettingsOptions<V> {
  /** The mongoose model name, unique on the connection. */
  modelName: string;
  collection: string;
  /** The schema of the values (the version fields are added). */
  fields: SchemaDefinition;
  defaults: V;
  /** Named in errors, e.g. `consent settings`. */
  resourceType: string;
}

/**
 * One settings document per tenant (its id is the tenant's), versioned: a save names the version
 * it read (0: the defaults), and of two saves from the same version one fails ABORTED
 * VERSION_MISMATCH; `expectedVersion` 0 on a stored document saves unconditionally. Every version
 * is also kept in `<collection>_versions` under a unique id: inserting it decides which of two
 * concurrent saves wins (a conditional update does not, on FerretDB), and it is the settings' history.
 */
export class TenantSettings<V extends object> {
  private readonly repository: TenantRepository<SettingsDoc>;
  private readonly versions: TenantRepository<SettingsDoc>;

  constructor(
    connection: Connection,
    private readonly options: TenantSettingsOptions<V>,
  ) {
    const schema = new Schema<SettingsDoc>(
      { _id: { type: String, required: true }, tenantId: { type: String, required: true }, ...options.fields, version: { type: Number, required: true }, updatedAt: Date, updatedBy: String },
      { versionKey: false },
    );
    this.repository = new TenantRepository(defineTenantModel(connection, options.modelName, schema, options.collection), { resourceType: options.resourceType });
    this.versions = new TenantRepository(defineTenantModel(connection, `${options.modelName}Version`, schema.clone(), `${options.collection}_versions`), {
      resourceType: options.resourceType,
    });
  }

  async get(tenantId: string): Promise<VersionedSettings<V>> {
    const doc = await this.repository.findById(tenantId, tenantId);
    if (!doc) return { ...this.options.defaults, version: 0 };
    const { _id: _id, tenantId: _tenant, ...stored } = doc;
    // Bytes come back from a lean read as BSON Binary; callers get the Buffer they saved.
    const values = Object.fromEntries(Object.entries(stored).map(([field, value]) => [field, value instanceof mongo.Binary ? bufferOf(value) : value]));
    // A field added since the document was saved reads as its default.
    return { ...this.options.defaults, ...(values as unknown as VersionedSettings<V>) };
  }

  async update(tenantId: string, values: V, expectedVersion: number, actorId: string, now: Date): Promise<VersionedSettings<V>> {
    const current = await this.get(tenantId);
    if (isStaleUpdate(expectedVersion, current.version)) {
      throw new ConflictError(`the ${this.options.resourceType} are at version ${current.version}, not ${expectedVersion}`, 'VERSION_MISMATCH');
    }
    const next: VersionedSettings<V> = { ...values, version: current.version + 1, updatedAt: now, updatedBy: actorId };
    const versionId = `${tenantId}:${next.version}`;
    try {
      await this.versions.insert(tenantId, { _id: versionId, ...(next as unknown as Omit<SettingsDoc, '_id' | 'tenantId'>) });
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
      // Another save made this version; if it stopped before it became current, it becomes current now.
      const won = await this.versions.findById(tenantId, versionId);
      if (won) await this.makeCurrent(tenantId, won);
      throw new ConflictError(`the ${this.options.resourceType} changed concurrently; read them again`, 'VERSION_MISMATCH');
    }
    await this.makeCurrent(tenantId, next);
    return next;
  }

  /** The version becomes the current document, unless a later one already is. */
  private async makeCurrent(tenantId: string, version: SettingsVersion & object): Promise<void> {
    const { _id: _versionId, tenantId: _tenant, ...values } = version as Partial<SettingsDoc>;
    await this.repository
      .updateOne(tenantId, { _id: tenantId, version: { $lt: values.version } }, { $set: values as Partial<SettingsDoc> }, { upsert: true })
      .catch((err: unknown) => {
        // The upsert found a later version in place: nothing to do.
        if (!isDuplicateKey(err)) throw err;
      });
  }
}
