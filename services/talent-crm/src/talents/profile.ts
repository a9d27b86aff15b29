import { z } from 'zod';
import { fields, isWebUrl, LIMITS } from '@lethe/platform/validation';
import { LANGUAGES, type Language, type ProfileFieldName, type TalentProfile } from './talent';

/** Limits of the profile's fields, one place for every path a profile arrives by. */
export const PROFILE_LIMITS = {
  name: 100,
  city: 100,
  headline: 200,
  shortText: 200,
  careerUpdate: 5_000,
  listEntry: 100,
  interests: 30,
  skills: 100,
} as const;

/** The proto's snake_case field names (import columns, ATS fields, settings) → the profile's keys. */
export const PROFILE_FIELD_NAMES = {
  first_name: 'firstName',
  last_name: 'lastName',
  email: 'email',
  phone: 'phone',
  city: 'city',
  country: 'country',
  headline: 'headline',
  interests: 'interests',
  skills: 'skills',
  salary_expectation: 'salaryExpectation',
  availability: 'availability',
  career_update: 'careerUpdate',
  profile_url: 'profileUrl',
  language: 'language',
  last_recruiter_contact: 'lastRecruiterContact',
} as const satisfies Record<string, ProfileFieldName>;
export type ProfileFieldProtoName = keyof typeof PROFILE_FIELD_NAMES;

export function isProfileFieldProtoName(name: string): name is ProfileFieldProtoName {
  return Object.prototype.hasOwnProperty.call(PROFILE_FIELD_NAMES, name);
}

/** The profile's fields in their order. */
export const PROFILE_FIELDS: readonly ProfileFieldName[] = Object.values(PROFILE_FIELD_NAMES);

/** The form two addresses must share to be the same person's: NFC, trimmed, lower-cased. */
export function normaliseEmail(email: string): string {
  return email.normalize('NFC').trim().toLowerCase();
}

export const EMPTY_PROFILE: TalentProfile = {
  firstName: '',
  lastName: '',
  email: '',
  phone: '',
  city: '',
  country: '',
  headline: '',
  interests: [],
  skills: [],
  salaryExpectation: '',
  availability: '',
  careerUpdate: '',
  profileUrl: '',
  language: 'de',
  lastRecruiterContact: '',
};

const trimmed = (max: number) => z.string().trim().max(max, `must be at most ${max} characters`);
const entries = (max: number) => fields.list(trimmed(PROFILE_LIMITS.listEntry), max).transform((values) => [...new Set(values.filter((value) => value !== ''))]);

const COUNTRY = /^[A-Za-z]{2}$/;
const webUrlOrBlank = z
  .string()
  .trim()
  .max(LIMITS.url, `must be at most ${LIMITS.url} characters`)
  .pipe(
    z.string().superRefine((value, ctx) => {
      if (value !== '' && !isWebUrl(value)) ctx.addIssue({ code: z.ZodIssueCode.invalid_string, validation: 'url', message: 'must be an http(s) URL' });
    }),
  );
const language = z
  .string()
  .max(8, 'must be at most 8 characters')
  .transform((value) => value.trim().toLowerCase())
  .pipe(z.union([z.literal(''), z.enum(LANGUAGES)], { errorMap: () => ({ message: 'must be de or en' }) }))
  .transform((value): Language => (value === '' ? 'de' : value));

/**
 * The one definition of a valid talent profile, for every path a profile arrives by (a recruiter,
 * an import row, the talent form, the ATS): every field capped before its shape is checked, names
 * required, a missing language read as German. Absent fields are '' (or empty lists).
 */
export const talentProfileSchema = z.object({
  firstName: fields.required(PROFILE_LIMITS.name),
  lastName: fields.required(PROFILE_LIMITS.name),
  email: fields.email({ strict: true }).default(''),
  phone: fields.phone().default(''),
  city: trimmed(PROFILE_LIMITS.city).default(''),
  country: fields
    .pattern(COUNTRY, 'must be an ISO 3166-1 alpha-2 country code, e.g. DE', { max: 8, trim: true, blank: true })
    .transform((value) => value.toUpperCase())
    .default(''),
  headline: trimmed(PROFILE_LIMITS.headline).default(''),
  interests: entries(PROFILE_LIMITS.interests).default([]),
  skills: entries(PROFILE_LIMITS.skills).default([]),
  salaryExpectation: trimmed(PROFILE_LIMITS.shortText).default(''),
  availability: trimmed(PROFILE_LIMITS.shortText).default(''),
  careerUpdate: trimmed(PROFILE_LIMITS.careerUpdate).default(''),
  profileUrl: webUrlOrBlank.default(''),
  language: language.default(''),
  lastRecruiterContact: trimmed(PROFILE_LIMITS.shortText).default(''),
}) satisfies z.ZodType<TalentProfile, z.ZodTypeDef, unknown>;
