import { fastestMs } from '../src/testkit/timing';
import { z } from 'zod';
import { ValidationError } from '../src/errors/errors';
import { fields, isEmailAddress, isPhoneNumber, isWebUrl, LIMITS, parseInput } from '../src/validation';

const MIB = 1024 * 1024;

/** The violations parsing the value gives, or [] when it passes. */
function violationsOf(schema: z.ZodTypeAny, value: unknown): { field: string; code: string }[] {
  try {
    parseInput(z.object({ value: schema }), { value });
    return [];
  } catch (err) {
    if (!(err instanceof ValidationError)) throw err;
    return err.violations.map(({ field, code }) => ({ field, code }));
  }
}

/** 1 MiB shaped like what each pattern wants, and shaped to make a backtracking pattern work hardest. */
const oversized = {
  email: `a@${'a.'.repeat(MIB / 2)}`,
  emailDots: `a@${'.'.repeat(MIB)} `,
  id: 'a'.repeat(MIB),
  phone: `+${'1'.repeat(MIB)}`,
  url: `https://example.org/${'a'.repeat(MIB)}`,
  colour: `#${'a'.repeat(MIB)}`,
};

describe('patterned fields refuse over-long values before any pattern runs', () => {
  const cases: [string, z.ZodTypeAny, string][] = [
    ['email', fields.email(), oversized.email],
    ['email (dots)', fields.email(), oversized.emailDots],
    ['strict email', fields.email({ required: true, strict: true }), oversized.email],
    ['id', fields.id(), oversized.id],
    ['optional id', fields.optionalId(), oversized.id],
    ['phone', fields.phone(), oversized.phone],
    ['url', fields.url(), oversized.url],
    ['colour', fields.colour(), oversized.colour],
    ['pattern', fields.pattern(/^[a-z]+$/, 'must be letters', { max: 40 }), oversized.id],
  ];

  it.each(cases)('a 1 MiB %s is refused as too long in < 5 ms', (_name, schema, value) => {
    expect(violationsOf(schema, value)).toEqual([{ field: 'value', code: 'too_long' }]);
    expect(fastestMs(() => schema.safeParse(value))).toBeLessThan(5);
  });

  it('never hands an over-long value to the pattern or predicate', () => {
    const seen: number[] = [];
    const watched = new RegExp(/^[a-z]+$/.source);
    const test = watched.test.bind(watched);
    watched.test = (value: string) => (seen.push(value.length), test(value));
    const schema = fields.pattern(watched, 'must be letters', { max: 10 });
    expect(schema.safeParse('a'.repeat(11)).success).toBe(false);
    expect(schema.safeParse('abc').success).toBe(true);
    expect(seen).toEqual([3]);
  });

  it('still refuses malformed values of an allowed length as malformed, and passes good ones', () => {
    expect(violationsOf(fields.email(), 'not-an-email')).toEqual([{ field: 'value', code: 'invalid_format' }]);
    expect(violationsOf(fields.email(), '')).toEqual([]);
    expect(violationsOf(fields.email({ required: true }), '')).toEqual([{ field: 'value', code: 'required' }]);
    expect(fields.email().parse('  Erika@Example.ORG ')).toBe('Erika@Example.ORG');
    expect(violationsOf(fields.email({ strict: true }), 'jürgen@example.org')).toEqual([{ field: 'value', code: 'invalid_format' }]);
    expect(violationsOf(fields.email(), 'jürgen@example.org')).toEqual([]);
    expect(violationsOf(fields.id(), '')).toEqual([{ field: 'value', code: 'required' }]);
    expect(violationsOf(fields.id(), '../etc')).toEqual([{ field: 'value', code: 'invalid_format' }]);
    expect(violationsOf(fields.id(), 'a'.repeat(65))).toEqual([{ field: 'value', code: 'too_long' }]);
    expect(violationsOf(fields.optionalId(), '')).toEqual([]);
    expect(violationsOf(fields.phone(), '+49 (30) 123-4567')).toEqual([]);
    expect(violationsOf(fields.phone(), 'call me')).toEqual([{ field: 'value', code: 'invalid_format' }]);
    expect(violationsOf(fields.colour(), '#1f4e79')).toEqual([]);
    expect(violationsOf(fields.colour(), 'blue')).toEqual([{ field: 'value', code: 'invalid_format' }]);
    expect(violationsOf(fields.url(), 'https://lethe.example.org/x')).toEqual([]);
    expect(violationsOf(fields.url(), 'javascript:alert(1)')).toEqual([{ field: 'value', code: 'invalid_format' }]);
  });

  it('refuses a global or sticky pattern (its test() would depend on the value before)', () => {
    expect(() => fields.pattern(/a/g, 'x', { max: 1 })).toThrow(TypeError);
    expect(() => fields.pattern(/a/y, 'x', { max: 1 })).toThrow(TypeError);
  });
});

describe('the email check is linear', () => {
  /** The pattern candidates used before (quadratic: 53 ms at 5,000 characters, 477 ms at 20,000). */
  const OLD = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

  it('decides a 1 MiB crafted address in < 5 ms, whatever its shape', () => {
    for (const value of [oversized.email, oversized.emailDots, `${'a'.repeat(MIB)}@`, `a@${'a.'.repeat(MIB / 2)}@`, `${'@'.repeat(MIB)}`]) {
      expect(fastestMs(() => isEmailAddress(value))).toBeLessThan(5);
      expect(fastestMs(() => isEmailAddress(value, { strict: true }))).toBeLessThan(5);
    }
  });

  it('decides a 250-character address crafted for the old pattern in well under a millisecond', () => {
    const crafted = `a@${'.'.repeat(247)}@`;
    expect(crafted.length).toBe(250);
    expect(fastestMs(() => fields.email().safeParse(crafted))).toBeLessThan(1);
    expect(fields.email().safeParse(crafted).success).toBe(false);
  });

  it('accepts exactly what the old pattern accepted', () => {
    const alphabet = ['a', 'b', '.', '@', ' ', '\t', 'ü', '-', '\u00a0'];
    const samples = ['a@b.c', 'a@b..c', 'a@.b.c', 'a@b.c.', 'a@.bc', 'a@bc.', '@b.c', 'a@b', 'a b@c.d', 'a@b@c.d', 'erika@example.org', 'jürgen@bücher.de', 'a@b.c '];
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const mostlyLetters = ['a', 'b', 'ü', '-', 'a', 'b', '.', '.', ' ', '@'];
    const text = (max: number, from = alphabet) => Array.from({ length: Math.floor(random() * (max + 1)) }, () => from[Math.floor(random() * from.length)]).join('');
    for (let i = 0; i < 20_000; i++) samples.push(i % 2 ? text(8) : `${text(3, mostlyLetters)}@${text(6, mostlyLetters)}`);
    expect(samples.filter((sample) => isEmailAddress(sample) !== OLD.test(sample))).toEqual([]);
    expect(samples.filter((sample) => isEmailAddress(sample)).length).toBeGreaterThan(300);
  });
});

describe('lists and maps have a maximum count, checked before any entry is parsed', () => {
  it('refuses too many entries without parsing one', () => {
    let parsed = 0;
    const item = z.string().transform((value) => (parsed++, value));
    expect(violationsOf(fields.list(item, 3), ['a', 'b', 'c', 'd'])).toEqual([{ field: 'value', code: 'too_big' }]);
    expect(violationsOf(fields.map(item, { max: 3 }), { a: 'a', b: 'b', c: 'c', d: 'd' })).toEqual([{ field: 'value', code: 'too_big' }]);
    expect(parsed).toBe(0);
    expect(fields.list(item, 3).parse(['a', 'b'])).toEqual(['a', 'b']);
    expect(fields.map(item, { max: 3 }).parse({ a: 'x' })).toEqual({ a: 'x' });
    expect(parsed).toBe(3);
  });

  it('refuses 1,000,000 entries in < 5 ms', () => {
    const many = Array.from({ length: 1_000_000 }, () => 'x');
    const list = fields.list(fields.id(), 100);
    expect(fastestMs(() => list.safeParse(many))).toBeLessThan(5);
    const map = fields.map(fields.id(), { max: 100 });
    const wide = Object.fromEntries(many.slice(0, 10_001).map((value, i) => [`k${i}`, value]));
    expect(fastestMs(() => map.safeParse(wide))).toBeLessThan(50);
  });

  it('caps map keys and names an over-long key without echoing it', () => {
    const key = 'k'.repeat(MIB);
    const [violation] = violationsOf(fields.map(z.string(), { max: 5 }), { [key]: 'v' });
    expect(violation?.code).toBe('too_long');
    expect(violation!.field.length).toBeLessThan(100);
    expect(violation!.field.startsWith('value.kkk')).toBe(true);
  });
});

describe('isPhoneNumber', () => {
  it('accepts what fields.phone accepts, once trimmed', () => {
    const samples = ['+49 (30) 123-4567', '030/1234567', '123', '12', 'call me', '+49 30 1234567 ext. 5', '++49', `+${'1'.repeat(30)}`, `+${'1'.repeat(31)}`];
    for (const sample of samples) expect(isPhoneNumber(sample)).toBe(fields.phone().safeParse(sample).success);
    expect(samples.filter((sample) => isPhoneNumber(sample)).length).toBeGreaterThan(3);
  });
});

describe('isWebUrl', () => {
  it('takes absolute http(s) URLs only', () => {
    expect(isWebUrl('https://lethe.example.org')).toBe(true);
    expect(isWebUrl('http://127.0.0.1:8080/x?y#z')).toBe(true);
    for (const bad of ['lethe.example.org', 'ftp://example.org', 'data:text/html,x', '', 'https://']) expect(isWebUrl(bad)).toBe(false);
  });
});

it('LIMITS name the caps the builders apply', () => {
  expect(LIMITS.email).toBe(254);
  expect(fields.email().safeParse(`${'a'.repeat(242)}@example.org`).success).toBe(true);
  expect(fields.email().safeParse(`${'a'.repeat(243)}@example.org`).success).toBe(false);
});

describe('fields.timestamp', () => {
  const request = z.object({ at: fields.timestamp() });
  it('reads a protobuf Timestamp as a Date, absent as undefined', () => {
    expect(parseInput(request, { at: { seconds: '1800000000', nanos: 500_000_000 } }).at).toEqual(new Date(1_800_000_000_500));
    expect(parseInput(request, { at: null }).at).toBeUndefined();
  });

  it('refuses seconds outside the years 0001 to 9999 and nanos outside a second, naming the field', () => {
    for (const at of [{ seconds: '253402300800', nanos: 0 }, { seconds: '-62135596801', nanos: 0 }, { seconds: '9'.repeat(20), nanos: 0 }, { seconds: '1', nanos: 1_000_000_000 }, { seconds: '1', nanos: -1 }, { seconds: 'soon', nanos: 0 }]) {
      expect(violationsOf(request, { at }).map((violation) => violation.field)[0]).toMatch(/\bat\.(seconds|nanos)$/);
    }
  });
});
