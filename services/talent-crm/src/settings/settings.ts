import { z } from 'zod';
import type { VersionedSettings } from '@lethe/platform/mongo';
import { fields } from '@lethe/platform/validation';
import { toTimestamp, type TalentSettings as TalentSettingsMessage } from '@lethe/protos';
import { isProfileFieldProtoName, type ProfileFieldProtoName } from '../talents/profile';

/** How a profile field is named for the ATS, and whether the ATS requires it. */
export interface AtsField {
  /** The ATS's field name, e.g. firstName. */
  name: string;
  /** The profile field (snake_case) that fills it, or '' when the recruiter provides the value. */
  profileField: ProfileFieldProtoName | '';
  required: boolean;
}

/** What a tenant decides about its talent CRM. */
export interface TalentSettingsValues {
  /** What an application to the ATS carries. */
  atsFields: AtsField[];
  /** How long a follow-up or form-details link works. */
  followUpLinkDays: number;
}

export type TalentSettings = VersionedSettings<TalentSettingsValues>;

export const FOLLOW_UP_LINK_DAYS = { min: 1, max: 60, default: 14 } as const;
export const MAX_ATS_FIELDS = 50;
const ATS_FIELD_NAME = /^[A-Za-z][A-Za-z0-9_.-]*$/;

/** Until a tenant decides: no ATS fields configured, links that work for two weeks. */
export const DEFAULT_SETTINGS: TalentSettingsValues = { atsFields: [], followUpLinkDays: FOLLOW_UP_LINK_DAYS.default };

const atsFieldSchema = z.object({
  name: fields.pattern(ATS_FIELD_NAME, 'must be a field name (letters, digits, _ . -, starting with a letter)', { max: 64, trim: true }),
  profileField: z
    .string()
    .max(64, 'must be at most 64 characters')
    .refine((value) => value === '' || isProfileFieldProtoName(value), 'must be a profile field (e.g. first_name) or empty')
    .transform((value) => value as ProfileFieldProtoName | ''),
  required: z.boolean(),
});

/** The values of an update: ATS field names unique, profile fields known, the link's days in range. */
export const settingsSchema = z.object({
  atsFields: fields.list(atsFieldSchema, MAX_ATS_FIELDS).superRefine((atsFields, ctx) => {
    const seen = new Set<string>();
    atsFields.forEach((field, index) => {
      if (seen.has(field.name)) ctx.addIssue({ code: z.ZodIssueCode.custom, path: [index, 'name'], message: 'is named twice' });
      seen.add(field.name);
    });
  }),
  followUpLinkDays: z
    .number()
    .int()
    .min(FOLLOW_UP_LINK_DAYS.min, `must be ${FOLLOW_UP_LINK_DAYS.min} to ${FOLLOW_UP_LINK_DAYS.max}`)
    .max(FOLLOW_UP_LINK_DAYS.max, `must be ${FOLLOW_UP_LINK_DAYS.min} to ${FOLLOW_UP_LINK_DAYS.max}`),
}) satisfies z.ZodType<TalentSettingsValues, z.ZodTypeDef, unknown>;

export function toSettingsMessage(settings: TalentSettings): TalentSettingsMessage {
  return {
    atsFields: settings.atsFields.map((field) => ({ name: field.name, profileField: field.profileField, required: field.required })),
    followUpLinkDays: settings.followUpLinkDays,
    version: settings.version,
    updatedAt: settings.updatedAt ? toTimestamp(settings.updatedAt) : null,
    updatedBy: settings.updatedBy ?? '',
  };
}
