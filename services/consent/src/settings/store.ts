import { Schema, type Connection } from 'mongoose';
import { ConflictError } from '@lethe/platform/errors';
import { defineTenantModel, isDuplicateKey, TenantRepository } from '@lethe/platform/mongo';
import { DEFAULT_SETTINGS, isStaleUpdate, type ConsentSettings, type ConsentSettingsValues } from './settings';

interface SettingsDoc extends ConsentSettings {
  _id: string;
  tenantId: string;
}

const schema = new Schema<SettingsDoc>(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    dataSharingPolicy: { type: String, required: true },
    showAttachments: { type: Boolean, required: true },
    showConsentHint: { type: Boolean, required: true },
    linkValidityDays: { type: Number, required: true },
    version: { type: Number, required: true },
    updatedAt: Date,
    updatedBy: String,
  },
  { versionKey: false },
);

/** One settings document per tenant (its id is the tenant's), versioned. */
export class SettingsStore {
  private readonly repository: TenantRepository<SettingsDoc>;

  constructor(connection: Connection) {
    this.repository = new TenantRepository(defineTenantModel(connection, 'ConsentSettings', schema, 'settings'), { resourceType: 'consent settings' });
  }

  async get(tenantId: string): Promise<ConsentSettings> {
    const doc = await this.repository.findById(tenantId, tenantId);
    if (!doc) return DEFAULT_SETTINGS;
    const { _id: _ignoredId, tenantId: _ignoredTenant, ...settings } = doc;
    return settings;
  }

  async update(tenantId: string, values: ConsentSettingsValues, expectedVersion: number, actorId: string, now: Date): Promise<ConsentSettings> {
    const current = await this.get(tenantId);
    if (isStaleUpdate(expectedVersion, current.version)) {
      throw new ConflictError(`the consent settings are at version ${current.version}, not ${expectedVersion}`, 'VERSION_MISMATCH');
    }
    const next: ConsentSettings = { ...values, version: current.version + 1, updatedAt: now, updatedBy: actorId };
    // The version in the filter: of two concurrent updates one wins; two first saves collide on _id.
    const result = await this.repository
      .updateOne(tenantId, { _id: tenantId, version: current.version }, { $set: next }, { upsert: current.version === 0 })
      .catch((err: unknown) => {
        if (isDuplicateKey(err)) return { matched: 0, upsertedId: undefined };
        throw err;
      });
    if (result.matched === 0 && result.upsertedId === undefined) throw new ConflictError('the consent settings changed concurrently; read them again', 'VERSION_MISMATCH');
    return next;
  }
}
