import { consentRequired, DEFAULT_SETTINGS, linkTtlMs, settingsSchema } from './settings';

describe('consent settings', () => {
  it('require consent before a clear-data profile goes to a client, unless the tenant decided otherwise', () => {
    expect(consentRequired(DEFAULT_SETTINGS, 'CONSENT_KIND_CLEAR_DATA_SHARING')).toBe(true);
    const relaxed = { dataSharingPolicy: 'DATA_SHARING_POLICY_NO_CONSENT_REQUIRED' } as const;
    expect(consentRequired(relaxed, 'CONSENT_KIND_CLEAR_DATA_SHARING')).toBe(false);
    // Storage and campaigns need consent whatever the policy says.
    expect(consentRequired(relaxed, 'CONSENT_KIND_STORAGE')).toBe(true);
    expect(consentRequired(relaxed, 'CONSENT_KIND_CAMPAIGN')).toBe(true);
  });

  it('make links valid for whole days, 30 by default', () => {
    expect(linkTtlMs(DEFAULT_SETTINGS)).toBe(30 * 86_400_000);
    expect(settingsSchema.safeParse({ ...DEFAULT_SETTINGS, linkValidityDays: 0 }).success).toBe(false);
    expect(settingsSchema.safeParse({ ...DEFAULT_SETTINGS, linkValidityDays: 366 }).success).toBe(false);
    expect(settingsSchema.safeParse({ ...DEFAULT_SETTINGS, linkValidityDays: 1.5 }).success).toBe(false);
    expect(settingsSchema.safeParse({ ...DEFAULT_SETTINGS, dataSharingPolicy: 'DATA_SHARING_POLICY_UNSPECIFIED' }).success).toBe(false);
    expect(settingsSchema.safeParse(DEFAULT_SETTINGS).success).toBe(true);
  });
});
