import type { ColumnMapping } from './columns';
import { LIMITS } from '@lethe/platform/validation';
import { PROFILE_LIMITS, talentProfileSchema } from '../talents/profile';
import { isBlankRow, quickProfileCheck, rowChecker, splitList, type ProfileInput } from './rows';
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
  const checkRow = (sheetRow: SheetRow, mapping: ColumnMapping) => rowChecker(mapping)(sheetRow);

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

describe('the quick check of import rows', () => {
  /** A small random generator, seeded, so a failure can be replayed. */
  function randomFrom(seed: number) {
    let state = seed;
    const next = () => {
      state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
      return state / 2_147_483_648;
    };
    const pick = <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)];
    return { next, pick };
  }

  const ALPHABET = ['a', 'Z', 'é', '0', '9', ' ', '\t', '@', '.', '-', '+', '/', '(', ')', ':', "'", ',', '\u00a0', '\u200b', 'ß', '😀'];
  /** Per field: a plain value first, then values on and beyond the edges of what the schema accepts. */
  const SAMPLES: Record<string, readonly string[]> = {
    email: ['jana@example.org', ' Jana.Novak@Example.org ', 'a@b.c', 'a@b.co', 'no-at.example.org', 'two@@example.org', 'x@example.', 'x @example.org', `${'a'.repeat(250)}@example.org`, '"q"@example.org', 'user+tag@sub.example.org', ''],
    phone: ['+49 30 1234567', ' 030/123-45 ', '12', '123', 'call me', `+${'1'.repeat(30)}`, `+${'1'.repeat(31)}`, `${' '.repeat(70)}123`, ''],
    country: ['DE', 'de', ' at ', 'D', 'DEU', 'Deutschland', '12', ''],
    language: ['de', 'EN', ' en ', 'fr', 'deutsch', ''],
    profileUrl: ['https://example.org/x', ' http://127.0.0.1:8080/a?b#c ', 'example.org', 'ftp://example.org', 'https://', `https://example.org/${'p'.repeat(2040)}`, `https://example.org/${'p'.repeat(2020)}`, ''],
    firstName: ['Jana', ' Jana ', '', '   ', 'X'.repeat(100), 'X'.repeat(101), ` ${'X'.repeat(100)} `],
  };
  const TEXT_FIELDS = ['lastName', 'city', 'headline', 'salaryExpectation', 'availability', 'careerUpdate', 'lastRecruiterContact'] as const;
  const LIST_FIELDS = ['interests', 'skills'] as const;

  function randomText(random: ReturnType<typeof randomFrom>, maxLength: number): string {
    const length = Math.floor(random.next() * maxLength);
    return Array.from({ length }, () => random.pick(ALPHABET)).join('');
  }

  function randomInput(random: ReturnType<typeof randomFrom>): ProfileInput {
    const input: ProfileInput = {};
    const roll = () => random.next();
    for (const [key, samples] of Object.entries(SAMPLES)) {
      const odds = roll();
      if (odds < 0.05 && key !== 'email') continue;
      input[key] = odds < 0.85 ? samples[0] : odds < 0.95 ? random.pick(samples) : randomText(random, 40);
    }
    for (const key of TEXT_FIELDS) {
      const odds = roll();
      if (odds < 0.1) continue;
      input[key] = odds < 0.98 ? randomText(random, 60) : ' '.repeat(Math.floor(roll() * 10)) + 'x'.repeat(195 + Math.floor(roll() * 10));
    }
    for (const key of LIST_FIELDS) {
      const odds = roll();
      if (odds < 0.1) continue;
      const count = odds < 0.97 ? Math.floor(roll() * 8) : 25 + Math.floor(roll() * 80);
      input[key] = Array.from({ length: count }, () => (roll() < 0.98 ? randomText(random, 20) : 'x'.repeat(98 + Math.floor(roll() * 4))));
    }
    return input;
  }

  it('gives back exactly what the profile schema gives back, or leaves the row to the schema', () => {
    const random = randomFrom(20_261_205);
    const quickProfile = quickProfileCheck();
    let vouched = 0;
    let refusedBySchema = 0;
    for (let n = 0; n < 3_000; n++) {
      const input = randomInput(random);
      const parsed = talentProfileSchema.safeParse(input);
      if (!parsed.success) refusedBySchema++;
      const quick = quickProfile(input);
      if (quick === undefined) continue;
      vouched++;
      expect({ input, parsed: parsed.success ? parsed.data : 'refused' }).toEqual({ input, parsed: quick });
      expect(Object.keys(quick)).toEqual(Object.keys(parsed.data!));
    }
    // Both kinds of rows occur: the check is not vacuous on either side.
    expect(vouched).toBeGreaterThan(300);
    expect(refusedBySchema).toBeGreaterThan(300);
  });

  it('agrees with the schema on every edge of every field', () => {
    const quickProfile = quickProfileCheck();
    const plain: ProfileInput = { firstName: 'Jana', lastName: 'Novak', email: 'jana@example.org' };
    const around = (max: number, make: (length: number) => string) => [max - 1, max, max + 1].flatMap((length) => [make(length), `  ${make(length)}  `]);
    const letters = (length: number) => 'x'.repeat(length);
    const entries = (count: number) => Array.from({ length: count }, (_, index) => `e${index}`);
    const edges: [string, (string | string[])[]][] = [
      ['firstName', around(PROFILE_LIMITS.name, letters)],
      ['city', around(PROFILE_LIMITS.city, letters)],
      ['headline', around(PROFILE_LIMITS.headline, letters)],
      ['careerUpdate', around(PROFILE_LIMITS.careerUpdate, letters)],
      ['email', around(LIMITS.email, (length) => `${'a'.repeat(length - 12)}@example.org`)],
      ['phone', around(LIMITS.phone, (length) => `+${'1'.repeat(29)}`.padStart(length, ' ')).concat(['+' + '1'.repeat(29), '+' + '1'.repeat(30), '+' + '1'.repeat(31)])],
      ['profileUrl', around(LIMITS.url, (length) => `https://example.org/${'p'.repeat(length - 20)}`)],
      ['country', ['de', ' DE ', 'd', 'deu', 'd1']],
      ['language', ['EN', ' de', 'fr', '']],
      ['interests', [entries(PROFILE_LIMITS.interests - 1), entries(PROFILE_LIMITS.interests), entries(PROFILE_LIMITS.interests + 1)]],
      ['skills', [entries(PROFILE_LIMITS.skills), entries(PROFILE_LIMITS.skills + 1), around(PROFILE_LIMITS.listEntry, letters), ['Go', ' Go ', '', 'SQL']]],
    ];
    let vouched = 0;
    for (const [key, values] of edges) {
      for (const value of values) {
        const input = { ...plain, [key]: value };
        const parsed = talentProfileSchema.safeParse(input);
        const quick = quickProfile(input);
        if (quick !== undefined) vouched++;
        expect({ key, value, quick }).toEqual({ key, value, quick: quick && (parsed.success ? parsed.data : 'refused') });
        // Whatever the schema accepts on an edge, the quick check accepts too: a plain file never needs the schema.
        expect({ key, value, vouched: quick !== undefined }).toEqual({ key, value, vouched: parsed.success });
      }
    }
    expect(vouched).toBeGreaterThan(30);
  });

  it('vouches for the plain rows of a file and its defaults, and remembers repeating values per import', () => {
    const quickProfile = quickProfileCheck();
    const input: ProfileInput = { firstName: 'Jana', lastName: 'Novak', email: 'jana@example.org', country: 'de', skills: ['Go', '', 'Go', 'SQL'] };
    expect(quickProfile(input)).toEqual(talentProfileSchema.parse(input));
    expect(quickProfile({ ...input, email: 'jana.2@example.org' })).toEqual({ ...talentProfileSchema.parse(input), email: 'jana.2@example.org' });
    expect(quickProfile({ ...input, country: 'Deutschland' })).toBeUndefined();
    expect(quickProfile({ ...input, email: '' })).toBeUndefined();
  });
});
