import { ValidationError, type FieldViolation } from '@lethe/platform/errors';
import { PROFILE_FIELD_NAMES, isProfileFieldProtoName, type ProfileFieldProtoName } from '../talents/profile';

/** Header texts that name a profile field, in German and English, in the form `headerKey` gives them. */
const HEADER_NAMES: Record<ProfileFieldProtoName, readonly string[]> = {
  first_name: ['vorname', 'firstname', 'givenname', 'forename'],
  last_name: ['nachname', 'familienname', 'lastname', 'surname', 'familyname'],
  email: ['email', 'emailadresse', 'mail', 'emailaddress'],
  phone: ['telefon', 'telefonnummer', 'tel', 'mobil', 'mobilnummer', 'handy', 'phone', 'phonenumber', 'mobile'],
  city: ['ort', 'stadt', 'wohnort', 'city', 'town'],
  country: ['land', 'country', 'countrycode', 'laendercode', 'ländercode'],
  headline: ['position', 'aktuelleposition', 'wunschposition', 'jobtitel', 'berufsbezeichnung', 'headline', 'jobtitle'],
  interests: ['interessen', 'interessensgebiete', 'bereiche', 'interests', 'fieldsofinterest'],
  skills: ['fähigkeiten', 'faehigkeiten', 'kenntnisse', 'kompetenzen', 'skills'],
  salary_expectation: ['gehaltsvorstellung', 'gehaltswunsch', 'salaryexpectation', 'salary'],
  availability: ['verfügbarkeit', 'verfuegbarkeit', 'verfügbarab', 'verfuegbarab', 'availability', 'availablefrom'],
  career_update: ['werdegang', 'karriereupdate', 'careerupdate'],
  profile_url: ['profilurl', 'profillink', 'profil', 'linkedin', 'xing', 'profileurl', 'profilelink'],
  language: ['sprache', 'korrespondenzsprache', 'language'],
  last_recruiter_contact: ['letzterkontakt', 'letzterrecruiterkontakt', 'lastrecruitercontact', 'lastcontact'],
};

/** The fields a file must fill for its rows to be talents. */
export const REQUIRED_IMPORT_FIELDS: readonly ProfileFieldProtoName[] = ['first_name', 'last_name', 'email'];

/** A header as compared: lower-cased, letters and digits only ("E-Mail" → "email", "First name" → "firstname"). */
export function headerKey(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

const FIELD_OF_HEADER = new Map<string, ProfileFieldProtoName>(
  (Object.entries(HEADER_NAMES) as [ProfileFieldProtoName, readonly string[]][]).flatMap(([field, names]) => names.map((name) => [name, field] as const)),
);

/** The profile field a header names, if it names one. */
export function fieldOfHeader(text: string): ProfileFieldProtoName | undefined {
  const key = headerKey(text);
  return FIELD_OF_HEADER.get(key) ?? (isProfileFieldProtoName(key) ? key : undefined);
}

/** Column 1 → A, 27 → AA. */
export function columnLetter(column: number): string {
  let letters = '';
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26)) letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}

export interface ExplicitColumn {
  /** The header cell's text. */
  column: string;
  /** A profile field in snake_case. */
  field: string;
}

export interface ColumnMapping {
  /** Column (1-based) → the profile field it fills. */
  fields: ReadonlyMap<number, ProfileFieldProtoName>;
  /** Columns with a header that fill nothing, reported once. */
  ignored: readonly number[];
}

/**
 * Which column fills which profile field: the caller's mapping (each names a header of the file
 * and a field), or else the headers that name a field in German or English. Refused, before any
 * row is read, when a mapping names an unknown field or header, maps a column or field twice, or
 * leaves first name, last name or email unmapped. Header texts are never repeated in a refusal:
 * a file without a header row would have a person's data there.
 */
export function mapColumns(headers: ReadonlyMap<number, string>, explicit: readonly ExplicitColumn[]): ColumnMapping {
  const fields = new Map<number, ProfileFieldProtoName>();
  const violations: FieldViolation[] = [];
  const mappedTo = new Map<ProfileFieldProtoName, number>();
  const assign = (column: number, field: ProfileFieldProtoName, path: string) => {
    const earlier = mappedTo.get(field);
    if (earlier !== undefined) {
      violations.push({ field: path, code: 'mapped_twice', description: `columns ${columnLetter(earlier)} and ${columnLetter(column)} both fill ${field}: map the columns explicitly` });
      return;
    }
    mappedTo.set(field, column);
    fields.set(column, field);
  };

  if (explicit.length > 0) {
    const columnOfHeader = new Map<string, number>();
    for (const [column, text] of headers) if (!columnOfHeader.has(headerKey(text))) columnOfHeader.set(headerKey(text), column);
    explicit.forEach((mapping, index) => {
      const column = columnOfHeader.get(headerKey(mapping.column));
      if (!isProfileFieldProtoName(mapping.field)) {
        violations.push({ field: `columns[${index}].field`, code: 'invalid_value', description: `must be a profile field: ${Object.keys(PROFILE_FIELD_NAMES).join(', ')}` });
      } else if (column === undefined) {
        violations.push({ field: `columns[${index}].column`, code: 'not_found', description: 'names no header of the first row' });
      } else if (fields.has(column)) {
        violations.push({ field: `columns[${index}].column`, code: 'mapped_twice', description: `column ${columnLetter(column)} is mapped twice` });
      } else {
        assign(column, mapping.field, `columns[${index}].field`);
      }
    });
  } else {
    for (const [column, text] of [...headers].sort(([a], [b]) => a - b)) {
      const field = fieldOfHeader(text);
      if (field) assign(column, field, 'columns');
    }
  }

  const missing = REQUIRED_IMPORT_FIELDS.filter((field) => !mappedTo.has(field));
  if (missing.length > 0) {
    violations.push({
      field: 'columns',
      code: 'required',
      description: `no column fills ${missing.join(', ')}: name them in the first row (e.g. Vorname/First name, Nachname/Last name, E-Mail) or map them in columns`,
    });
  }
  if (violations.length > 0) throw new ValidationError(violations);
  const ignored = [...headers.keys()].filter((column) => !fields.has(column)).sort((a, b) => a - b);
  return { fields, ignored };
}
