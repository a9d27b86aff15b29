import type { Connection } from 'mongoose';
import { TenantSettings } from '@lethe/platform/mongo';
import { DEFAULT_SETTINGS, type ConsentSettingsValues } from './settings';

export type SettingsStore = TenantSettings<ConsentSettingsValues>;

/** The tenant's consent settings, one versioned document each. */
export function consentSettingsStore(connection: Connection): SettingsStore {
  const { version: _version, ...defaults } = DEFAULT_SETTINGS;
  return new TenantSettings(connection, {
    modelName: 'ConsentSettings',
    collection: 'settings',
    resourceType: 'consent settings',
    defaults,
    fields: {
      dataSharingPolicy: { type: String, required: true },
      showAttachments: { type: Boolean, required: true },
      showConsentHint: { type: Boolean, required: true },
      linkValidityDays: { type: Number, required: true },
    },
  });
}
