import { z } from 'zod';
import { fields } from '@lethe/platform/validation';
import { talentProfileSchema } from '../talents/profile';
import type { ProfileFieldName, TalentProfile } from '../talents/talent';
import { FORM_LIMITS } from './form';

/** The profile fields a page asks the person, and the choices of interests where it asks them. */
export interface Questions {
  asked: readonly ProfileFieldName[];
  interestOptions: readonly string[];
  /** The person must answer at least one question (a later step or a follow-up: nothing else is asked). */
  atLeastOne: boolean;
}

/** Skills as typed into one box: separated by commas or lines; the box itself capped first. */
export const MAX_SKILLS_CHARS = 2_000;
const SKILL_SEPARATOR = /[,\n]/;

/** A field posted once is a string, a field posted several times (checkboxes) a list. */
const postedList = (max: number, entryMax: number) =>
  z
    .union([z.string().max(entryMax, `must be at most ${entryMax} characters`), fields.list(z.string().max(entryMax, `must be at most ${entryMax} characters`), max)])
    .optional()
    .transform((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]));

const shape = talentProfileSchema.shape;

/**
 * What a stranger types into a public page holds no markup: no name, place or answer needs angle
 * brackets, and whatever else reads the profile later (an export, a message) never meets any.
 */
const MARKUP = /[<>]/;
const withoutMarkup = z.union([z.string(), z.array(z.string())]).superRefine((value, ctx) => {
  const entries = Array.isArray(value) ? value : [value];
  if (entries.some((entry) => MARKUP.test(entry))) ctx.addIssue({ code: z.ZodIssueCode.invalid_string, validation: 'regex', message: 'must not contain < or >' });
});

/** How each field arrives from a page's form: every one capped (by the profile's own rule) before its markup is looked for. */
function postedField(field: ProfileFieldName, interestOptions: readonly string[]): z.ZodTypeAny {
  return fieldAsPosted(field, interestOptions).pipe(withoutMarkup);
}

function fieldAsPosted(field: ProfileFieldName, interestOptions: readonly string[]): z.ZodTypeAny {
  switch (field) {
    case 'email':
      // The page's own address field: what the person is written to, so it is required there.
      return fields.email({ required: true, strict: true });
    case 'interests':
      return postedList(FORM_LIMITS.interestOptions, FORM_LIMITS.interestOption)
        .superRefine((chosen, ctx) => {
          chosen.forEach((choice, index) => {
            if (!interestOptions.includes(choice)) ctx.addIssue({ code: z.ZodIssueCode.custom, path: [index], message: 'is not one of the choices' });
          });
        })
        .pipe(shape.interests);
    case 'skills':
      return z
        .string()
        .max(MAX_SKILLS_CHARS, `must be at most ${MAX_SKILLS_CHARS} characters`)
        .optional()
        .transform((typed) => (typed ?? '').split(SKILL_SEPARATOR))
        .pipe(shape.skills);
    default:
      return shape[field];
  }
}

/** How a page that asks for at least one answer is told it got none. */
export const NOTHING_ANSWERED = 'answer at least one question';

/**
 * The answers a page's form posts: exactly the fields it asks, each checked as the one definition
 * of a valid profile checks it (interests chosen from the form's choices, skills typed into one
 * box). Fields it does not ask are not read.
 */
export function answersSchema(questions: Questions): z.ZodType<Partial<TalentProfile>, z.ZodTypeDef, unknown> {
  const posted = Object.fromEntries(questions.asked.map((field) => [field, postedField(field, questions.interestOptions)]));
  return z
    .object(posted)
    .transform((answers) => answers as Partial<TalentProfile>)
    .superRefine((answers, ctx) => {
      if (questions.atLeastOne && !Object.values(answers).some(isAnswered)) ctx.addIssue({ code: z.ZodIssueCode.custom, path: [questions.asked[0]], message: NOTHING_ANSWERED });
    });
}

function isAnswered(value: unknown): boolean {
  return Array.isArray(value) ? value.length > 0 : typeof value === 'string' && value !== '';
}

/** The profile with the answers given: a question left blank keeps what was known. */
export function withAnswers(profile: TalentProfile, answers: Partial<TalentProfile>): TalentProfile {
  const answered = Object.fromEntries(Object.entries(answers).filter(([, value]) => isAnswered(value)));
  return { ...profile, ...answered };
}
