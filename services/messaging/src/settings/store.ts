import type { Connection } from 'mongoose';
import { TenantSettings } from '@lethe/platform/mongo';
import { DEFAULT_SETTINGS, type MessagingSettingsValues } from './settings';

/** The tenant's messaging settings, one versioned document each. */
export function messagingSettingsStore(connection: Connection): TenantSettings<MessagingSettingsValues> {
  return new TenantSettings(connection, {
    modelName: 'MessagingSettings',
    collection: 'settings',
    resourceType: 'messaging settings',
    defaults: DEFAULT_SETTINGS,
    fields: {
      smsLicensed: Boolean,
      whatsappLicensed: Boolean,
      appointmentConfirmationAuto: Boolean,
      purgePendingOnMark: Boolean,
      erasureConfirmations: Boolean,
      senderName: String,
      senderEmail: String,
      replyToEmail: String,
      fallbackEmail: String,
      defaultLanguage: String,
    },
  });
}
