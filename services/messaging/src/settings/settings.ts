import { z } from 'zod';
import type { MessagingSettings as MessagingSettingsMessage } from '@lethe/protos';
import type { VersionedSettings } from '@lethe/platform/mongo';
import { fields } from '@lethe/platform/validation';
import { toTimestamp } from '@lethe/protos';
import type { Channel, Language } from '../templates/catalogue';

/** What a tenant decides about its messages. */
export interface MessagingSettingsValues {
  smsLicensed: boolean;
  whatsappLicensed: boolean;
  appointmentConfirmationAuto: boolean;
  purgePendingOnMark: boolean;
  erasureConfirmations: boolean;
  senderName: string;
  senderEmail: string;
  replyToEmail: string;
  fallbackEmail: string;
  defaultLanguage: Language;
}

export type MessagingSettings = VersionedSettings<MessagingSettingsValues>;

/**
 * Until a tenant decides otherwise: email only (SMS and WhatsApp need a licence), appointments
 * confirmed by hand, a mark removes pending messages at once, candidates are told of their erasure
 * requests, emails come from the installation's sender. Whether a candidate is told before their
 * deletion is the retention policy's to decide (retention then announces no notice).
 */
export const DEFAULT_SETTINGS: MessagingSettingsValues = {
  smsLicensed: false,
  whatsappLicensed: false,
  appointmentConfirmationAuto: false,
  purgePendingOnMark: true,
  erasureConfirmations: true,
  senderName: '',
  senderEmail: '',
  replyToEmail: '',
  fallbackEmail: '',
  defaultLanguage: 'de',
};

// '' (none) or an address mail can be sent to; the length is checked before the address rule runs.
const optionalEmail = fields.email({ strict: true });

export const settingsSchema = z.object({
  smsLicensed: z.boolean(),
  whatsappLicensed: z.boolean(),
  appointmentConfirmationAuto: z.boolean(),
  purgePendingOnMark: z.boolean(),
  erasureConfirmations: z.boolean(),
  senderName: z
    .string()
    .trim()
    .max(100, 'must be at most 100 characters')
    .pipe(z.string().refine((name) => !/[\r\n<>"]/.test(name), 'must be a plain name')),
  senderEmail: optionalEmail,
  replyToEmail: optionalEmail,
  fallbackEmail: optionalEmail,
  defaultLanguage: z.enum(['de', 'en'], { errorMap: () => ({ message: 'must be "de" or "en"' }) }),
});

/** Whether the tenant may send through a channel: email always, SMS and WhatsApp with their licence. */
export function licensed(settings: MessagingSettingsValues, channel: Channel): boolean {
  if (channel === 'sms') return settings.smsLicensed;
  if (channel === 'whatsapp') return settings.whatsappLicensed;
  return true;
}

/** Whether a change of the settings touches the licences (which only the operator may grant). */
export function changesLicences(before: MessagingSettingsValues, after: MessagingSettingsValues): boolean {
  return before.smsLicensed !== after.smsLicensed || before.whatsappLicensed !== after.whatsappLicensed;
}

export function toSettingsMessage(settings: MessagingSettings): MessagingSettingsMessage {
  const { updatedAt, updatedBy, ...values } = settings;
  return { ...values, updatedAt: updatedAt ? toTimestamp(updatedAt) : null, updatedBy: updatedBy ?? '' };
}
