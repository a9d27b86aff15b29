import { toFieldViolations } from '@lethe/platform/validation';
import { PROFILE_FIELD_NAMES, talentProfileSchema, type ProfileFieldProtoName } from '../talents/profile';
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

/**
 * A row as a profile, checked with the one definition of a valid profile (and an email, which an
 * import needs to find duplicates), or every problem it has, one per field.
 */
export function checkRow(row: SheetRow, mapping: ColumnMapping): CheckedRow {
  const input: Record<string, string | string[]> = {};
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
}
