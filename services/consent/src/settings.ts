import { Schema, type Connection } from 'mongoose';
import { z } from 'zod';
import { ConflictError, defineTenantModel, isDuplicateKey, TenantRepository } from '@lethe/platform';
import { toTimestamp, type ConsentSettings as ConsentSettingsMessage, type DataSharingPolicy } from '@lethe/protos';

export interface ConsentSettingsValues {
  dataSharingPolicy: Exclude<DataSharingPolicy, 'DATA_SHARING_POLICY_UNSPECIFIED'>;
  showAttachments: boolean;
  showConsentHint: boolean;
  linkValidityDays: number;
}

export interface ConsentSettings extends ConsentSettingsValues {
  version: number;
  updatedAt?: Date;
  updatedBy?: string;
}

/** Until a tenant decides: consent before every clear-data profile, no attachments, the hint shown, links valid 30 days. */
export const DEFAULT_SETTINGS: ConsentSettings = {
  dataSharingPolicy: 'DATA_SHARING_POLICY_CONSENT_REQUIRED',
  showAttachments: false,
  showConsentHint: true,
  linkValidityDays: 30,
  version: 0,
};

export const settingsSchema = z.object({
  dataSharingPolicy: z.enum(['DATA_SHARING_POLICY_CONSENT_REQUIRED', 'DATA_SHARING_POLICY_NO_CONSENT_REQUIRED'], {
    errorMap: () => ({ message: 'must be CONSENT_REQUIRED or NO_CONSENT_REQUIRED' }),
  }),
  showAttachments: z.boolean(),
  showConsentHint: z.boolean(),
  linkValidityDays: z.number().int('must be whole days').min(1, 'must be at least 1 day').max(365, 'must be at most 365 days'),
});

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

/** One settings document per tenant, versioned ("Weitergabe an Dritte", seed 000). */
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
    if (expectedVersion > 0 && expectedVersion !== current.version) {
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

export function toSettingsMessage(settings: ConsentSettings): ConsentSettingsMessage {
  return { ...settings, updatedAt: settings.updatedAt ? toTimestamp(settings.updatedAt) : null, updatedBy: settings.updatedBy ?? '' };
}
