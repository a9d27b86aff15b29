import { z } from 'zod';
import { fields } from '@lethe/platform/validation';
import { protoEnum, type FormField } from '@lethe/protos';
import { poolIdsSchema, tagsSchema } from '../talents/rules';
import { LANGUAGES, type Language, type ProfileFieldName } from '../talents/talent';

/** The fields a talent form can ask for besides first name, last name and email, which it always asks. */
export const FORM_FIELD = protoEnum({
  phone: 'FORM_FIELD_PHONE',
  city: 'FORM_FIELD_CITY',
  headline: 'FORM_FIELD_HEADLINE',
  interests: 'FORM_FIELD_INTERESTS',
  skills: 'FORM_FIELD_SKILLS',
  'last-recruiter-contact': 'FORM_FIELD_LAST_RECRUITER_CONTACT',
  availability: 'FORM_FIELD_AVAILABILITY',
  'salary-expectation': 'FORM_FIELD_SALARY_EXPECTATION',
  'profile-url': 'FORM_FIELD_PROFILE_URL',
} as const satisfies Record<string, FormField>);
export type FormFieldName = (typeof FORM_FIELD.names)[number];

/** The profile field each form field fills. */
export const PROFILE_FIELD_OF: Readonly<Record<FormFieldName, ProfileFieldName>> = {
  phone: 'phone',
  city: 'city',
  headline: 'headline',
  interests: 'interests',
  skills: 'skills',
  'last-recruiter-contact': 'lastRecruiterContact',
  availability: 'availability',
  'salary-expectation': 'salaryExpectation',
  'profile-url': 'profileUrl',
};

/** What every talent form asks, first. */
export const ALWAYS_ASKED: readonly ProfileFieldName[] = ['firstName', 'lastName', 'email'];

export const FORM_LIMITS = {
  title: 120,
  description: 2_000,
  interestOptions: 30,
  interestOption: 80,
  storageConsentMonths: { min: 1, max: 60 },
} as const;

/** What a tenant decides about one of its talent forms. */
export interface TalentFormValues {
  /** Shown on the page, and the source info of the talents it brings. */
  title: string;
  description: string;
  /** The page's language, and the language of the talents' messages. */
  language: Language;
  /** Asked on the page. */
  fields: FormFieldName[];
  /** Asks `detailFields` later, through a signed link in a message. */
  twoStep: boolean;
  detailFields: FormFieldName[];
  /** The talents it brings join these pools, with these tags. */
  poolIds: string[];
  tags: string[];
  /** The choices of FORM_FIELD_INTERESTS. */
  interestOptions: string[];
  /** The storage consent asked on submit. */
  storageConsentMonths: number;
  active: boolean;
}

/** A talent form as stored; forms hold no personal data. */
export interface TalentForm extends TalentFormValues {
  id: string;
  tenantId: string;
  version: number;
  createdAt: Date;
  createdBy: string;
  updatedAt: Date;
  updatedBy: string;
}

/** How the source info and a talent's creator name a form. */
export function formActor(formId: string): string {
  return `talent-form:${formId}`;
}

const formFieldList = fields.list(z.string().max(64, 'must be at most 64 characters'), FORM_FIELD.names.length, `must name at most ${FORM_FIELD.names.length} fields`).transform((values, ctx) => {
  const names: FormFieldName[] = [];
  values.forEach((value, index) => {
    const name = FORM_FIELD.fromProto(value);
    if (!name) ctx.addIssue({ code: z.ZodIssueCode.custom, path: [index], message: 'must be a form field (first name, last name and email are always asked)' });
    else if (names.includes(name)) ctx.addIssue({ code: z.ZodIssueCode.custom, path: [index], message: 'is named twice' });
    else names.push(name);
  });
  return names;
});

const interestOptions = fields
  .list(z.string().trim().min(1, 'is required').max(FORM_LIMITS.interestOption, `must be at most ${FORM_LIMITS.interestOption} characters`), FORM_LIMITS.interestOptions)
  .superRefine((options, ctx) => {
    const seen = new Set<string>();
    options.forEach((option, index) => {
      const key = option.toLowerCase();
      if (seen.has(key)) ctx.addIssue({ code: z.ZodIssueCode.custom, path: [index], message: 'is offered twice' });
      seen.add(key);
    });
  });

const { min: MIN_MONTHS, max: MAX_MONTHS } = FORM_LIMITS.storageConsentMonths;

/**
 * A form as a tenant saves it (the proto's TalentForm): title and description capped, fields
 * known and each asked once, the second step only with detail fields of its own, interest options
 * exactly when interests are asked, a storage consent of 1–60 months. Whether the pools exist is
 * the store's to check.
 */
export const talentFormSchema = z
  .object({
    title: fields.required(FORM_LIMITS.title),
    description: z.string().trim().max(FORM_LIMITS.description, `must be at most ${FORM_LIMITS.description} characters`),
    language: z
      .string()
      .max(8, 'must be de or en')
      .pipe(z.union([z.literal('').transform(() => 'de' as const), z.enum(LANGUAGES, { errorMap: () => ({ message: 'must be de or en' }) })])),
    fields: formFieldList,
    twoStep: z.boolean(),
    detailFields: formFieldList,
    poolIds: poolIdsSchema,
    tags: tagsSchema,
    interestOptions,
    storageConsentMonths: z.number().int().min(MIN_MONTHS, `must be ${MIN_MONTHS}–${MAX_MONTHS} months`).max(MAX_MONTHS, `must be ${MIN_MONTHS}–${MAX_MONTHS} months`),
    active: z.boolean(),
  })
  .superRefine((form, ctx) => {
    if (form.twoStep && form.detailFields.length === 0) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['detailFields'], message: 'is required with two_step: the second step asks them' });
    if (!form.twoStep && form.detailFields.length > 0) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['detailFields'], message: 'is only asked with two_step' });
    form.detailFields.forEach((field, index) => {
      if (form.fields.includes(field)) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['detailFields', index], message: 'is asked on the first page already' });
    });
    const asksInterests = form.fields.includes('interests') || form.detailFields.includes('interests');
    if (asksInterests && form.interestOptions.length === 0) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['interestOptions'], message: 'is required when the form asks for interests: they are chosen from these' });
    if (!asksInterests && form.interestOptions.length > 0) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['interestOptions'], message: 'is only offered when the form asks for interests' });
  }) satisfies z.ZodType<TalentFormValues, z.ZodTypeDef, unknown>;
