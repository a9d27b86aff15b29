import { z } from 'zod';
import { ValidationError } from '@lethe/platform/errors';
import { fields } from '@lethe/platform/validation';
import type { CandidateInput__Output, PersonalData__Output } from '@lethe/protos';
import type { PersonalField, PersonalValues } from './model';

const text = (max: number) => fields.optional(max);
const COUNTRY_CODE = /^[A-Z]{2}$/;
const countryCode = z
  .string()
  .trim()
  .max(16, 'must be at most 16 characters')
  .transform((value) => value.toUpperCase())
  .pipe(z.string().refine((value) => value === '' || COUNTRY_CODE.test(value), 'must be an ISO 3166-1 alpha-2 code'))
  .transform((value) => value || undefined);
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const dateOfBirth = z
  .string()
  .trim()
  .max(32, 'must be at most 32 characters')
  .pipe(z.string().refine((value) => value === '' || isPastDate(value), 'must be a date YYYY-MM-DD in the past'))
  .transform((value) => value || undefined);
// Length first, then a linear check: the address never meets a pattern longer than 254 characters.
const email = fields.email().transform((value) => value.toLowerCase() || undefined);
const phone = fields.phone().transform((value) => value || undefined);
const list = (maxItems: number, maxLength: number) =>
  fields
    .list(z.string().trim().min(1, 'must not be empty').max(maxLength, `must be at most ${maxLength} characters`), maxItems, `must have at most ${maxItems} entries`)
    .transform((items) => (items.length > 0 ? [...new Set(items)] : undefined));
const catalogueKey = fields.pattern(/^[a-z0-9][a-z0-9_.-]{0,63}$/, 'must be a catalogue key (lower-case letters, digits, _ . -)', { max: 64, trim: true, blank: true });

function isPastDate(value: string): boolean {
  if (!DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value) && date.getTime() < Date.now() && date.getUTCFullYear() >= 1900;
}

export const personalSchema = z.object({
  salutation: text(40),
  title: text(60),
  firstName: text(100),
  lastName: text(100),
  dateOfBirth,
  gender: text(40),
  nationality: countryCode,
  email,
  phone,
  address: z
    .object({ street: text(200), zip: text(20), city: text(100), country: countryCode })
    .nullable()
    .transform((address) => address ?? {}),
  skills: list(100, 100),
  languages: list(30, 60),
  experience: text(10_000),
  notes: text(10_000),
  customFields: fields
    .map(z.string().max(2_000, 'must be at most 2000 characters'), { max: 50, key: fields.pattern(/^[a-zA-Z][a-zA-Z0-9_]{0,63}$/, 'must be a field name', { max: 64 }), message: 'must have at most 50 fields' })
    .transform((map) => (Object.keys(map).length > 0 ? map : undefined)),
});

export const candidateInputSchema = z.object({
  personal: personalSchema.nullable().transform((personal) => personal ?? personalSchema.parse(emptyPersonal())),
  tags: fields
    .list(fields.pattern(/^[\p{L}\p{N}][\p{L}\p{N} _.-]{0,49}$/u, 'must be a tag of letters, digits, space, _ . - (at most 50)', { max: 50, trim: true }), 50, 'must have at most 50 tags')
    .transform((tags) => [...new Set(tags)]),
  ownerId: fields.optionalId('must be a user id'),
  source: catalogueKey,
  inboundChannel: catalogueKey,
});

export type ValidPersonal = z.infer<typeof personalSchema>;
export type ValidCandidateInput = z.infer<typeof candidateInputSchema>;

function emptyPersonal(): PersonalData__Output {
  return {
    salutation: '',
    title: '',
    firstName: '',
    lastName: '',
    dateOfBirth: '',
    gender: '',
    nationality: '',
    email: '',
    phone: '',
    address: null,
    skills: [],
    languages: [],
    experience: '',
    notes: '',
    customFields: {},
  };
}

/** Flattens validated personal data into the stored field layout (address parts are fields of their own). */
export function toPersonalValues(personal: ValidPersonal): PersonalValues {
  const { address, ...rest } = personal;
  const values: PersonalValues = { ...rest, ...address };
  for (const key of Object.keys(values) as (keyof PersonalValues)[]) if (values[key] === undefined) delete values[key];
  return values;
}

export function toPersonalData(values: PersonalValues): PersonalData__Output {
  const hasAddress = [values.street, values.zip, values.city, values.country].some(Boolean);
  return {
    ...emptyPersonal(),
    salutation: values.salutation ?? '',
    title: values.title ?? '',
    firstName: values.firstName ?? '',
    lastName: values.lastName ?? '',
    dateOfBirth: values.dateOfBirth ?? '',
    gender: values.gender ?? '',
    nationality: values.nationality ?? '',
    email: values.email ?? '',
    phone: values.phone ?? '',
    address: hasAddress ? { street: values.street ?? '', zip: values.zip ?? '', city: values.city ?? '', country: values.country ?? '' } : null,
    skills: values.skills ?? [],
    languages: values.languages ?? [],
    experience: values.experience ?? '',
    notes: values.notes ?? '',
    customFields: values.customFields ?? {},
  };
}

const ADDRESS_FIELDS: PersonalField[] = ['street', 'zip', 'city', 'country'];
const PERSONAL_PATHS: Record<string, PersonalField[]> = {
  salutation: ['salutation'],
  title: ['title'],
  firstname: ['firstName'],
  lastname: ['lastName'],
  dateofbirth: ['dateOfBirth'],
  gender: ['gender'],
  nationality: ['nationality'],
  email: ['email'],
  phone: ['phone'],
  address: ADDRESS_FIELDS,
  'address.street': ['street'],
  'address.zip': ['zip'],
  'address.city': ['city'],
  'address.country': ['country'],
  skills: ['skills'],
  languages: ['languages'],
  experience: ['experience'],
  notes: ['notes'],
  customfields: ['customFields'],
};
const TOP_LEVEL_PATHS = { tags: 'tags', ownerid: 'ownerId', source: 'source', inboundchannel: 'inboundChannel' } as const;

export type TopLevelField = (typeof TOP_LEVEL_PATHS)[keyof typeof TOP_LEVEL_PATHS];

export interface UpdateMask {
  personal: PersonalField[];
  topLevel: TopLevelField[];
}

/** Reads a FieldMask over CandidateInput; paths may be snake_case or camelCase. */
export function parseUpdateMask(paths: readonly string[]): UpdateMask {
  if (paths.length === 0) throw new ValidationError([{ field: 'updateMask', description: 'must name at least one field', code: 'required' }]);
  const mask: UpdateMask = { personal: [], topLevel: [] };
  const violations: { field: string; description: string; code: string }[] = [];
  paths.forEach((raw, index) => {
    const path = raw.trim().replace(/_/g, '').toLowerCase();
    if (path === 'personal') mask.personal.push(...Object.values(PERSONAL_PATHS).flat());
    else if (path.startsWith('personal.') && PERSONAL_PATHS[path.slice('personal.'.length)]) mask.personal.push(...PERSONAL_PATHS[path.slice('personal.'.length)]);
    else if (path in TOP_LEVEL_PATHS) mask.topLevel.push(TOP_LEVEL_PATHS[path as keyof typeof TOP_LEVEL_PATHS]);
    else violations.push({ field: `updateMask.paths[${index}]`, description: `is not a field of a candidate: "${raw.slice(0, 80)}"`, code: 'invalid_value' });
  });
  if (violations.length > 0) throw new ValidationError(violations);
  return { personal: [...new Set(mask.personal)], topLevel: [...new Set(mask.topLevel)] };
}

export type { CandidateInput__Output };
