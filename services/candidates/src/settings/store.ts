import { Schema, type Connection } from 'mongoose';
import { z } from 'zod';
import { defineTenantModel, TenantRepository } from '@lethe/platform/mongo';
import { fields } from '@lethe/platform/validation';
import type { AnonymisedNameStyle, CandidateSettings } from '@lethe/protos';

/** How an anonymised candidate is named: by initials ("J. D.") or by one character of the tenant's. */
export interface Settings {
  anonymisedNameStyle: Exclude<AnonymisedNameStyle, 'ANONYMISED_NAME_STYLE_UNSPECIFIED'>;
  anonymisationCharacter: string;
}

/** Until a tenant decides otherwise: initials. */
export const DEFAULT_SETTINGS: Settings = {
  anonymisedNameStyle: 'ANONYMISED_NAME_STYLE_INITIALS',
  anonymisationCharacter: 'X',
};

export const settingsSchema = z.object({
  anonymisedNameStyle: z.enum(['ANONYMISED_NAME_STYLE_INITIALS', 'ANONYMISED_NAME_STYLE_CHARACTER'], {
    errorMap: () => ({ message: 'must be INITIALS or CHARACTER' }),
  }),
  anonymisationCharacter: fields.pattern(/^[\p{L}\p{N}*#?-]$/u, 'must be one letter, digit or one of * # ? -', { max: 8 }),
});

interface SettingsDoc extends Settings {
  _id: string;
  tenantId: string;
  updatedAt: Date;
  updatedBy: string;
}

const schema = new Schema<SettingsDoc>(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true, unique: true },
    anonymisedNameStyle: { type: String, required: true },
    anonymisationCharacter: { type: String, required: true },
    updatedAt: { type: Date, required: true },
    updatedBy: { type: String, required: true },
  },
  { versionKey: false },
);

/** The candidates service's settings of each tenant, one document per tenant. */
export class SettingsStore {
  private readonly repository: TenantRepository<SettingsDoc>;

  constructor(connection: Connection) {
    this.repository = new TenantRepository(defineTenantModel(connection, 'CandidateSettings', schema, 'settings'), { resourceType: 'settings' });
  }

  async get(tenantId: string): Promise<Settings> {
    const doc = await this.repository.findById(tenantId, tenantId);
    return doc ? { anonymisedNameStyle: doc.anonymisedNameStyle, anonymisationCharacter: doc.anonymisationCharacter } : DEFAULT_SETTINGS;
  }

  async update(tenantId: string, settings: Settings, actorId: string, now: Date): Promise<Settings> {
    await this.repository.updateOne(tenantId, { _id: tenantId }, { $set: { ...settings, updatedAt: now, updatedBy: actorId } }, { upsert: true });
    return settings;
  }
}

export function toSettingsMessage(settings: Settings): CandidateSettings {
  return { ...settings };
}
