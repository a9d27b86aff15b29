import { isEmailAddress, isPhoneNumber, isWebUrl, LIMITS, toFieldViolations } from '@lethe/platform/validation';
import { PROFILE_FIELD_NAMES, PROFILE_LIMITS, talentProfileSchema, type ProfileFieldProtoName } from '../talents/profile';
import type { ProfileFieldName, TalentProfile } from '../talents/talent';
import type { ColumnMapping } from './columns';
import { restored } from './spreadsheet-text';
import type { CellContent, SheetRow } from './workbook';

/** One refused row: where and why, never the cell's value. */
export interface RowProblem {
  row: number;
  /** The profile field in snake_case, or the column's letter for a column that fills nothing. */
  field: string;
  code: string;
  description: string;
  duplicateOfRow?: number;
  duplicateTalentId?: string;
}

export type CheckedRow = { row: number; profile: TalentProfile; problems: [] } | { row: number; profile?: undefined; problems: RowProblem[] };

const PROTO_NAME_OF = new Map<string, ProfileFieldProtoName>(
  (Object.entries(PROFILE_FIELD_NAMES) as [ProfileFieldProtoName, ProfileFieldName][]).map(([protoName, key]) => [key, protoName]),
);
const LIST_FIELDS = new Set<ProfileFieldName>(['interests', 'skills']);
const LIST_SEPARATOR = /[,;\n]/;

/** A list cell ("TypeScript, Kafka; Go") as its entries. */
export function splitList(text: string): string[] {
  return text.split(LIST_SEPARATOR).map((entry) => entry.trim());
}

const CELL_PROBLEMS: Record<Exclude<CellContent['kind'], 'text'>, { code: string; description: string }> = {
  formula: { code: 'formula', description: 'the cell holds a formula, which is never evaluated: enter the value itself' },
  error: { code: 'invalid_value', description: 'the cell holds an error or a value that is not text' },
};

/** True when none of the mapped cells holds anything: such rows (e.g. formatted ones below the data) are not rows of the file. */
export function isBlankRow(row: SheetRow, mapping: ColumnMapping): boolean {
  for (const column of mapping.fields.keys()) {
    const content = row.cell(column);
    if (content.kind !== 'text' || content.text.trim() !== '') return false;
  }
  return true;
}

/** A row's mapped cells as the profile schema takes them: text, or a list's entries. */
export type ProfileInput = Record<string, string | string[]>;
type FieldInput = ProfileInput[string] | undefined;

/** A field the quick check cannot vouch for: the profile schema decides the whole row. */
const UNSURE = Symbol('unsure');
type Checked<T> = T | typeof UNSURE;

const shape = talentProfileSchema.shape;
/** Distinct values of a repeating field (a country, a language) remembered per import, and how long such a value may be. */
const REMEMBERED_VALUES = 1_000;
const REMEMBERED_CHARS = 64;

/**
 * A field checked by its own part of the profile schema: text fields, whose checks (trim,
 * length) leave no garbage behind that outlives the row.
 */
function bySchema<K extends 'firstName' | 'lastName' | 'city' | 'headline' | 'salaryExpectation' | 'availability' | 'careerUpdate' | 'lastRecruiterContact'>(key: K) {
  const schema = shape[key];
  return (value: FieldInput): Checked<string> => {
    const parsed = schema.safeParse(value);
    return parsed.success ? parsed.data : UNSURE;
  };
}

/**
 * A field whose values repeat, parsed by its part of the profile schema once per distinct
 * value and import: the schema's refinements and transforms each leave an object behind that
 * V8 keeps past young-generation collections, which over 10,000 rows is tens of MB.
 */
function remembered<K extends 'country' | 'language'>(key: K) {
  const schema = shape[key];
  const seen = new Map<string | undefined, Checked<string>>();
  return (value: FieldInput): Checked<string> => {
    if (Array.isArray(value)) return UNSURE;
    const known = seen.get(value);
    if (known !== undefined) return known;
    const parsed = schema.safeParse(value);
    const checked = parsed.success ? parsed.data : UNSURE;
    if (seen.size < REMEMBERED_VALUES && (value === undefined || value.length <= REMEMBERED_CHARS)) seen.set(value, checked);
    return checked;
  };
}

/** What the schema's email field gives back for an address, which an import requires. */
function email(value: FieldInput): Checked<string> {
  if (typeof value !== 'string') return UNSURE;
  const address = value.trim();
  return address !== '' && isEmailAddress(address, { strict: true }) ? address : UNSURE;
}

/** A trimmed value of at most `max` characters that is blank or passes `test`, as the schema's patterned fields give it back. */
const blankOr = (max: number, test: (value: string) => boolean) => (value: FieldInput): Checked<string> => {
  if (value === undefined) return '';
  if (typeof value !== 'string') return UNSURE;
  const trimmed = value.trim();
  return trimmed === '' || (trimmed.length <= max && test(trimmed)) ? trimmed : UNSURE;
};

/** A list of at most `max` entries, as the schema's list fields give it back: entries trimmed, blank and repeated ones dropped. */
const list = (max: number) => (value: FieldInput): Checked<string[]> => {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.length > max) return UNSURE;
  const entries = new Set<string>();
  for (const entry of value) {
    const trimmed = entry.trim();
    if (trimmed.length > PROFILE_LIMITS.listEntry) return UNSURE;
    if (trimmed !== '') entries.add(trimmed);
  }
  return [...entries];
};

/**
 * The quick check of an import's rows: the profile the schema would give back for a row, each
 * field checked without the schema's refinements where that is simple (the same platform
 * predicates and limits), or undefined when any field is not plainly valid, for the schema to
 * decide and report. Made once per import.
 */
export function quickProfileCheck(): (input: ProfileInput) => TalentProfile | undefined {
  const check = {
    firstName: bySchema('firstName'),
    lastName: bySchema('lastName'),
    email,
    phone: blankOr(LIMITS.phone, isPhoneNumber),
    city: bySchema('city'),
    country: remembered('country'),
    headline: bySchema('headline'),
    interests: list(PROFILE_LIMITS.interests),
    skills: list(PROFILE_LIMITS.skills),
    salaryExpectation: bySchema('salaryExpectation'),
    availability: bySchema('availability'),
    careerUpdate: bySchema('careerUpdate'),
    profileUrl: blankOr(LIMITS.url, isWebUrl),
    language: remembered('language'),
    lastRecruiterContact: bySchema('lastRecruiterContact'),
  };
  return (input) => {
    const profile: Record<string, Checked<string | string[]>> = {};
    for (const [key, checkField] of Object.entries(check)) {
      const value = checkField(input[key]);
      if (value === UNSURE) return undefined;
      profile[key] = value;
    }
    return profile as unknown as TalentProfile;
  };
}

/**
 * An import's check of its rows, made once per import: a row as a profile, checked with the one
 * definition of a valid profile (and an email, which an import needs to find duplicates), or
 * every problem it has, one per field. A row the quick check vouches for skips the schema; any
 * other row is parsed by it, which reports its problems.
 */
export function rowChecker(mapping: ColumnMapping): (row: SheetRow) => CheckedRow {
  const quickProfile = quickProfileCheck();
  return (row) => {
    const input: ProfileInput = {};
    const problems: RowProblem[] = [];
    const problemFields = new Set<string>();
    for (const [column, protoName] of mapping.fields) {
      const key = PROFILE_FIELD_NAMES[protoName];
      const content = row.cell(column);
      if (content.kind !== 'text') {
        problems.push({ row: row.number, field: protoName, ...CELL_PROBLEMS[content.kind] });
        problemFields.add(protoName);
      } else {
        const text = restored(content.text);
        input[key] = LIST_FIELDS.has(key) ? splitList(text) : text;
      }
    }
    const profile = problems.length === 0 ? quickProfile(input) : undefined;
    if (profile) return { row: row.number, profile, problems: [] };
    const parsed = talentProfileSchema.safeParse(input);
    if (!parsed.success) {
      for (const violation of toFieldViolations(parsed.error)) {
        const key = violation.field.split(/[.[]/)[0];
        const field = PROTO_NAME_OF.get(key) ?? key;
        if (problemFields.has(field)) continue;
        problemFields.add(field);
        problems.push({ row: row.number, field, code: violation.code, description: violation.description });
      }
    }
    if (!problemFields.has('email') && (typeof input.email !== 'string' || input.email.trim() === '')) {
      problems.push({ row: row.number, field: 'email', code: 'required', description: 'is required: duplicates are found by email' });
    }
    if (problems.length > 0 || !parsed.success) return { row: row.number, problems };
    return { row: row.number, profile: parsed.data, problems: [] };
  };
}
