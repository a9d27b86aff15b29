import { ValidationError, type FieldViolation } from '@lethe/platform/errors';
import { columnLetter, fieldOfHeader, headerKey, mapColumns } from './columns';

const headers = (...texts: string[]) => new Map(texts.map((text, index) => [index + 1, text]));

function violationsOf(run: () => unknown): FieldViolation[] {
  try {
    run();
  } catch (err) {
    if (err instanceof ValidationError) return err.violations;
    throw err;
  }
  throw new Error('not refused');
}

describe('the column mapping of an import', () => {
  it('reads German and English headers, whatever their case, spaces and hyphens', () => {
    expect(headerKey(' E-Mail ')).toBe('email');
    expect(headerKey('First name')).toBe('firstname');
    expect(fieldOfHeader('Vorname')).toBe('first_name');
    expect(fieldOfHeader('NACHNAME')).toBe('last_name');
    expect(fieldOfHeader('e-mail-adresse')).toBe('email');
    expect(fieldOfHeader('Telefon')).toBe('phone');
    expect(fieldOfHeader('Ort')).toBe('city');
    expect(fieldOfHeader('Stadt')).toBe('city');
    expect(fieldOfHeader('Land')).toBe('country');
    expect(fieldOfHeader('Position')).toBe('headline');
    expect(fieldOfHeader('Interessen')).toBe('interests');
    expect(fieldOfHeader('Fähigkeiten')).toBe('skills');
    expect(fieldOfHeader('Skills')).toBe('skills');
    expect(fieldOfHeader('Verfügbar ab')).toBe('availability');
    expect(fieldOfHeader('Gehaltsvorstellung')).toBe('salary_expectation');
    expect(fieldOfHeader('salary_expectation')).toBe('salary_expectation');
    expect(fieldOfHeader('Profile URL')).toBe('profile_url');
    expect(fieldOfHeader('Geburtsdatum')).toBeUndefined();
  });

  it('maps the headers that name a field and reports every other column once, by its letter', () => {
    const mapping = mapColumns(headers('Vorname', 'Nachname', 'Geburtsdatum', 'E-Mail', '', 'Skills'), []);
    expect([...mapping.fields]).toEqual([
      [1, 'first_name'],
      [2, 'last_name'],
      [4, 'email'],
      [6, 'skills'],
    ]);
    expect(mapping.ignored).toEqual([3, 5]);
  });

  it('follows an explicit mapping instead of the headers, by header text, ignoring the rest', () => {
    const mapping = mapColumns(headers('Given', 'Family', 'Mail', 'Vorname'), [
      { column: 'given', field: 'first_name' },
      { column: 'Family', field: 'last_name' },
      { column: 'MAIL', field: 'email' },
    ]);
    expect([...mapping.fields]).toEqual([
      [1, 'first_name'],
      [2, 'last_name'],
      [3, 'email'],
    ]);
    expect(mapping.ignored).toEqual([4]);
  });

  it('refuses a mapping without first name, last name or email, naming what is missing and never a header', () => {
    const violations = violationsOf(() => mapColumns(headers('Max', 'Mustermann', 'max@example.org'), []));
    expect(violations).toEqual([
      {
        field: 'columns',
        code: 'required',
        description: 'no column fills first_name, last_name, email: name them in the first row (e.g. Vorname/First name, Nachname/Last name, E-Mail) or map them in columns',
      },
    ]);
    expect(JSON.stringify(violations)).not.toMatch(/Max|Mustermann|max@/);
  });

  it('refuses two columns filling one field, unknown fields and headers, and a column mapped twice', () => {
    expect(violationsOf(() => mapColumns(headers('Vorname', 'Nachname', 'E-Mail', 'Email'), []))).toEqual([
      { field: 'columns', code: 'mapped_twice', description: 'columns C and D both fill email: map the columns explicitly' },
    ]);
    expect(
      violationsOf(() =>
        mapColumns(headers('A', 'B', 'C'), [
          { column: 'A', field: 'first_name' },
          { column: 'B', field: 'birthday' },
          { column: 'Z', field: 'email' },
          { column: 'A', field: 'last_name' },
        ]),
      ),
    ).toEqual([
      { field: 'columns[1].field', code: 'invalid_value', description: expect.stringMatching(/^must be a profile field: first_name, last_name, email, /) },
      { field: 'columns[2].column', code: 'not_found', description: 'names no header of the first row' },
      { field: 'columns[3].column', code: 'mapped_twice', description: 'column A is mapped twice' },
      { field: 'columns', code: 'required', description: expect.stringMatching(/^no column fills last_name, email:/) },
    ]);
  });

  it('names columns by letters as spreadsheets do', () => {
    expect([1, 2, 26, 27, 52, 703].map(columnLetter)).toEqual(['A', 'B', 'Z', 'AA', 'AZ', 'AAA']);
  });
});
