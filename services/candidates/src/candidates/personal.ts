import type { BlindIndex, PlainValue, SubjectCipher } from '@lethe/platform/crypto';
import { PERSONAL_FIELDS, type BlindTokens, type CandidateDoc, type PersonalField, type PersonalValues } from './model';

/**
 * A candidate's personal data at rest: each field its own ciphertext under the candidate's data
 * key, and keyed blind-index tokens for the equality lookups (email, name, identity, skills).
 */
export class PersonalData {
  constructor(
    private readonly cipher: SubjectCipher,
    private readonly blindIndex: BlindIndex,
  ) {}

  async encrypt(tenantId: string, candidateId: string, values: PersonalValues): Promise<CandidateDoc['personal']> {
    const present = PERSONAL_FIELDS.filter((field) => values[field] !== undefined);
    const sealed = await this.cipher.encryptFields(tenantId, candidateId, values as Record<PersonalField, PlainValue | undefined>, present);
    return Object.fromEntries(present.map((field) => [field, sealed[field] as string]));
  }

  async decrypt(doc: Pick<CandidateDoc, '_id' | 'tenantId' | 'personal'>): Promise<PersonalValues> {
    const present = PERSONAL_FIELDS.filter((field) => doc.personal[field] !== undefined);
    if (present.length === 0) return {};
    const opened = await this.cipher.decryptFields(doc.tenantId, doc._id, doc.personal, present);
    return Object.fromEntries(present.map((field) => [field, opened[field]])) as PersonalValues;
  }

  /** Only `keep` of the record's fields, re-encrypted under a new data key (the old one is destroyed). */
  async keepOnly(doc: Pick<CandidateDoc, '_id' | 'tenantId' | 'personal'>, keep: readonly PersonalField[]): Promise<CandidateDoc['personal']> {
    const kept = (Object.keys(doc.personal) as PersonalField[]).filter((field) => keep.includes(field));
    const rekeyed = await this.cipher.rekey(doc.tenantId, doc._id, doc.personal, kept);
    return Object.fromEntries(kept.map((field) => [field, rekeyed[field] as string]));
  }

  /** The first data keys of candidates just created in bulk, in one write. */
  createKeys(tenantId: string, candidateIds: readonly string[]): Promise<void> {
    return this.cipher.createKeys(tenantId, candidateIds);
  }

  tokens(tenantId: string, values: PersonalValues): BlindTokens {
    const tokens: BlindTokens = { skills: [] };
    const email = this.blindIndex.compute(tenantId, 'email', values.email);
    const name = this.blindIndex.computeComposite(tenantId, 'name', [values.firstName, values.lastName]);
    const identity = this.blindIndex.computeComposite(tenantId, 'identity', [values.salutation, values.firstName, values.dateOfBirth]);
    if (email) tokens.email = email;
    if (name) tokens.name = name;
    if (identity) tokens.identity = identity;
    tokens.skills = [...new Set((values.skills ?? []).map((skill) => this.skillToken(tenantId, skill)).filter((t): t is string => t !== undefined))];
    return tokens;
  }

  skillToken(tenantId: string, skill: string): string | undefined {
    return this.blindIndex.compute(tenantId, 'skill', skill) ?? undefined;
  }
}
