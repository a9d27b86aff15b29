import type { Connection } from 'mongoose';
import { TenantSettings } from '@lethe/platform/mongo';
import { DEFAULT_SETTINGS, type ProfileSettingsValues } from './settings';

/** The tenant's profile settings, one versioned document each. */
export function profileSettingsStore(connection: Connection): TenantSettings<ProfileSettingsValues> {
  return new TenantSettings(connection, {
    modelName: 'ProfileSettings',
    collection: 'settings',
    resourceType: 'profile settings',
    defaults: DEFAULT_SETTINGS,
    fields: { companyName: String, primaryColor: String, logo: Buffer, anonymousLabelStyle: String, linkValidityDays: Number, attachmentsAllowed: Boolean },
  });
}
