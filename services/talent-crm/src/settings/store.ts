import { Schema, type Connection } from 'mongoose';
import { TenantSettings } from '@lethe/platform/mongo';
import { DEFAULT_SETTINGS, type TalentSettingsValues } from './settings';

const atsFieldSchema = new Schema({ name: String, profileField: String, required: Boolean }, { _id: false });

/** The tenant's talent CRM settings, one versioned document each. */
export function talentSettingsStore(connection: Connection): TenantSettings<TalentSettingsValues> {
  return new TenantSettings(connection, {
    modelName: 'TalentSettings',
    collection: 'settings',
    resourceType: 'talent settings',
    defaults: DEFAULT_SETTINGS,
    fields: { atsFields: { type: [atsFieldSchema], default: [] }, followUpLinkDays: Number },
  });
}
