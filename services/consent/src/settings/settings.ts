import { z } from 'zod';
import type { VersionedSettings } from '@lethe/platform/mongo';
import type { DataSharingPolicy } from '@lethe/protos';
import type { ConsentKindName } from '../consents/scope';

export interface ConsentSettingsValues {
  /** "Weitergabe an Dritte": whether a clear-data profile may go to a client company only with the candidate's consent. */
  dataSharingPolicy: Exclude<DataSharingPolicy, 'DATA_SHARING_POLICY_UNSPECIFIED'>;
  showAttachments: boolean;
  showConsentHint: boolean;
  linkValidityDays: number;
}

export type ConsentSettings = VersionedSettings<ConsentSettingsValues>;

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

const DAY_MS = 24 * 60 * 60 * 1000;

/** How long a consent request's link is valid under the settings. */
export function linkTtlMs(settings: Pick<ConsentSettings, 'linkValidityDays'>): number {
  return settings.linkValidityDays * DAY_MS;
}

/**
 * Whether a consent of the kind is needed at all: clear-data sharing only when the tenant's policy
 * asks for consent before a clear-data profile goes out; storage and campaigns always.
 */
export function consentRequired(settings: Pick<ConsentSettings, 'dataSharingPolicy'>, kind: ConsentKindName): boolean {
  return kind !== 'CONSENT_KIND_CLEAR_DATA_SHARING' || settings.dataSharingPolicy === 'DATA_SHARING_POLICY_CONSENT_REQUIRED';
}
