import { z } from 'zod';
import { logoSchema } from '@lethe/platform/controller';
import type { VersionedSettings } from '@lethe/platform/mongo';
import { fields } from '@lethe/platform/validation';
import { toTimestamp, type ProfileSettings as ProfileSettingsMessage } from '@lethe/protos';

export type LabelStyle = 'initials' | 'neutral';

/** A tenant's branding and choices for its profiles. */
export interface ProfileSettingsValues {
  companyName: string;
  /** #rrggbb */
  primaryColor: string;
  /** PNG or JPEG; empty for none. */
  logo: Buffer;
  anonymousLabelStyle: LabelStyle;
  /** How long the client's links to a profile and its feedback work. */
  linkValidityDays: number;
  /** Whether a clear-data profile may carry the candidate's files (CV, certificates). */
  attachmentsAllowed: boolean;
}

export type ProfileSettings = VersionedSettings<ProfileSettingsValues>;

/** Until a tenant decides: no logo, a neutral blue, initials for anonymous profiles, links valid 30 days, no attachments. */
export const DEFAULT_SETTINGS: ProfileSettingsValues = {
  companyName: '',
  primaryColor: '#1f4e79',
  logo: Buffer.alloc(0),
  anonymousLabelStyle: 'initials',
  linkValidityDays: 30,
  attachmentsAllowed: false,
};

export const settingsSchema = z.object({
  companyName: z.string().trim().max(120, 'must be at most 120 characters'),
  primaryColor: fields.colour(),
  logo: logoSchema,
  anonymousLabelStyle: z.enum(['ANONYMOUS_LABEL_STYLE_INITIALS', 'ANONYMOUS_LABEL_STYLE_NEUTRAL', 'ANONYMOUS_LABEL_STYLE_UNSPECIFIED']).transform((style): LabelStyle => (style === 'ANONYMOUS_LABEL_STYLE_NEUTRAL' ? 'neutral' : 'initials')),
  linkValidityDays: z.number().int('must be whole days').transform((days) => days || DEFAULT_SETTINGS.linkValidityDays).pipe(z.number().min(1, 'must be at least 1 day').max(90, 'must be at most 90 days')),
  attachmentsAllowed: z.boolean(),
});

export function toSettingsMessage(settings: ProfileSettings): ProfileSettingsMessage {
  const { updatedAt, updatedBy, anonymousLabelStyle, ...values } = settings;
  return {
    ...values,
    anonymousLabelStyle: anonymousLabelStyle === 'neutral' ? 'ANONYMOUS_LABEL_STYLE_NEUTRAL' : 'ANONYMOUS_LABEL_STYLE_INITIALS',
    updatedAt: updatedAt ? toTimestamp(updatedAt) : null,
    updatedBy: updatedBy ?? '',
  };
}
