import type { ColumnMapping } from './columns';
import { checkRow, isBlankRow, splitList } from './rows';
import type { CellContent, SheetRow } from './workbook';

const MAPPING: ColumnMapping = {
  fields: new Map([
    [1, 'first_name'],
    [2, 'last_name'],
    [3, 'email'],
    [4, 'phone'],
    [5, 'skills'],
    [6, 'country'],
  ]),
  ignored: [],
};

const text = (value: string): CellContent => ({ kind: 'text', text: value });

function row(number: number, cells: (string | CellContent)[]): SheetRow {
  const contents = cells.map((cell) => (typeof cell === 'string' ? text(cell) : cell));
  return {
    number,
    cell: (column) => contents[column - 1] ?? text(''),
    filledColumns: () => contents.flatMap((content, index) => (content.kind !== 'text' || content.text ? [index + 1] : [])),
  };
}

describe('checking an import row', () => {
  it('turns a valid row into a profile, through the one profile schema (trimmed, lists split, country upper-cased)', () => {
    const checked = checkRow(row(2, [' Jana ', 'Novak', 'Jana.Novak@Example.org', '+49 30 1234567', 'TypeScript, Kafka; Go\nSQL', 'de']), MAPPING);
    expect(checked.problems).toEqual([]);
    expect(checked.profile).toMatchObject({ firstName: 'Jana', lastName: 'Novak', email: 'Jana.Novak@Example.org', phone: '+49 30 1234567', skills: ['TypeScript', 'Kafka', 'Go', 'SQL'], country: 'DE', language: 'de' });
  });

  it('reports every problem of a row, one per field, with codes and without the values', () => {
    const long = 'X'.repeat(101);
    const checked = checkRow(row(7, [long, '', 'not-an-email', 'call me', 'Go', 'Deutschland']), MAPPING);
    expect(checked.profile).toBeUndefined();
    expect(checked.problems).toEqual([
      { row: 7, field: 'first_name', code: 'too_long', description: 'must be at most 100 characters' },
      { row: 7, field: 'last_name', code: 'required', description: 'is required' },
      { row: 7, field: 'email', code: 'invalid_format', description: 'must be an email address' },
      { row: 7, field: 'phone', code: 'invalid_format', description: 'must be a phone number' },
      { row: 7, field: 'country', code: 'too_long', description: 'must be at most 8 characters' },
    ]);
    expect(JSON.stringify(checked.problems)).not.toMatch(/XXXX|not-an-email|call me|Deutschland/);
  });

  it('requires an email, which finds duplicates', () => {
    expect(checkRow(row(3, ['Jana', 'Novak', '  ']), MAPPING).problems).toEqual([{ row: 3, field: 'email', code: 'required', description: 'is required: duplicates are found by email' }]);
  });

  it('refuses a formula cell, whatever its cached result, and an error cell', () => {
    const checked = checkRow(row(4, [{ kind: 'formula' }, 'Novak', 'jana@example.org', { kind: 'error' }]), MAPPING);
    expect(checked.problems).toEqual([
      { row: 4, field: 'first_name', code: 'formula', description: 'the cell holds a formula, which is never evaluated: enter the value itself' },
      { row: 4, field: 'phone', code: 'invalid_value', description: 'the cell holds an error or a value that is not text' },
    ]);
  });

  it('takes back the apostrophe an export put before a formula trigger', () => {
    expect(checkRow(row(2, ['Jana', 'Novak', 'jana@example.org', "'+49 30 1234567"]), MAPPING).profile?.phone).toBe('+49 30 1234567');
  });

  it('counts too many list entries as one problem of the field', () => {
    const checked = checkRow(row(5, ['Jana', 'Novak', 'jana@example.org', '', Array.from({ length: 101 }, (_, i) => `s${i}`).join(',')]), MAPPING);
    expect(checked.problems).toEqual([{ row: 5, field: 'skills', code: 'too_big', description: 'must have at most 100 entries' }]);
  });

  it('knows a row without anything in the mapped columns as blank', () => {
    expect(isBlankRow(row(9, ['', ' ', '']), MAPPING)).toBe(true);
    expect(isBlankRow(row(9, ['', '', '', '', '', '', 'only an unmapped column']), MAPPING)).toBe(true);
    expect(isBlankRow(row(9, ['', { kind: 'formula' }]), MAPPING)).toBe(false);
    expect(splitList('a, b;c\nd')).toEqual(['a', 'b', 'c', 'd']);
  });
});
