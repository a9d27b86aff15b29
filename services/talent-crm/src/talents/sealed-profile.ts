import type { BlindIndex, PlainValue, SubjectCipher } from '@lethe/platform/crypto';
import type { SealedProfile } from './model';
import { EMPTY_PROFILE, PROFILE_FIELDS } from './profile';
import type { ProfileFieldName, TalentProfile } from './talent';

/**
 * A talent's profile at rest: each field that holds something its own ciphertext under the
 * talent's data key, and a keyed blind index of the email for lookups and duplicates.
 */
export class ProfileSeal {
  constructor(
    private readonly cipher: SubjectCipher,
    private readonly blindIndex: BlindIndex,
  ) {}

  async seal(tenantId: string, talentId: string, profile: TalentProfile): Promise<SealedProfile> {
    const present = PROFILE_FIELDS.filter((field) => !isBlank(profile[field]));
    return this.cipher.encryptPresent(tenantId, talentId, profile as unknown as Record<ProfileFieldName, PlainValue>, present);
  }

  async open(tenantId: string, talentId: string, sealed: SealedProfile): Promise<TalentProfile> {
    const present = PROFILE_FIELDS.filter((field) => sealed[field] !== undefined);
    if (present.length === 0) return { ...EMPTY_PROFILE };
    const opened = await this.cipher.decryptFields(tenantId, talentId, sealed, present);
    return { ...EMPTY_PROFILE, ...Object.fromEntries(present.map((field) => [field, opened[field]])) } as TalentProfile;
  }

  /** Only `keep` of the sealed fields, re-encrypted under a new data key; the old key (and every other field) is gone. */
  async keepOnly(tenantId: string, talentId: string, sealed: SealedProfile, keep: readonly ProfileFieldName[]): Promise<SealedProfile> {
    const kept = PROFILE_FIELDS.filter((field) => keep.includes(field) && sealed[field] !== undefined);
    const rekeyed = await this.cipher.rekey(tenantId, talentId, sealed, kept);
    return Object.fromEntries(kept.map((field) => [field, rekeyed[field] as string]));
  }

  /** The first data keys of talents just created in bulk, in one write. */
  createKeys(tenantId: string, talentIds: readonly string[]): Promise<void> {
    return this.cipher.createKeys(tenantId, talentIds);
  }

  /** The blind-index token of an email (null for none). */
  emailToken(tenantId: string, email: string): string | null {
    return this.blindIndex.compute(tenantId, 'email', email);
  }
}

function isBlank(value: TalentProfile[ProfileFieldName]): boolean {
  return Array.isArray(value) ? value.length === 0 : value === '';
}
