import { z } from 'zod';
import { ValidationError, type FieldViolation } from './errors/errors';

/** Parses untrusted input (a gRPC request, an event, a form, a file row) or throws a ValidationError. */
export function parseInput<S extends z.ZodTypeAny>(schema: S, input: unknown, prefix?: string): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw new ValidationError(toFieldViolations(result.error, prefix));
}

/** Longest path segment and description a violation repeats: an over-long map key or value is named, never echoed whole. */
const MAX_SEGMENT_CHARS = 64;
const MAX_DESCRIPTION_CHARS = 500;

const shortened = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export function toFieldViolations(error: z.ZodError, prefix?: string): FieldViolation[] {
  return error.issues.map((issue) => ({
    field: fieldPath(prefix ? [prefix, ...issue.path] : issue.path) || '(request)',
    description: shortened(issue.message, MAX_DESCRIPTION_CHARS),
    code: violationCode(issue),
  }));
}

function fieldPath(path: (string | number)[]): string {
  return path.reduce<string>((acc, part) => {
    if (typeof part === 'number') return `${acc}[${part}]`;
    const name = shortened(part, MAX_SEGMENT_CHARS);
    return acc ? `${acc}.${name}` : name;
  }, '');
}

function violationCode(issue: z.ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.received === 'undefined' || issue.received === 'null' ? 'required' : 'invalid_type';
    case 'too_small':
      return issue.type === 'string' && issue.minimum === 1 ? 'required' : 'too_small';
    case 'too_big':
      return issue.type === 'string' ? 'too_long' : 'too_big';
    case 'invalid_string':
      return 'invalid_format';
    case 'invalid_enum_value':
      return 'invalid_value';
    case 'unrecognized_keys':
      return 'unknown_field';
    default:
      return issue.code;
  }
}

/*
 * Length before pattern. zod runs every check of a string, and every refinement of a value that
 * already failed one, so `z.string().max(n).regex(p)` still runs `p` over a value of any length
 * (up to the 8 MiB a gRPC message may carry). The builders below put the pattern behind a pipe:
 * a value that is too long is refused as too long, and no pattern or predicate ever sees it.
 * Every pattern they take is anchored and linear (no nested or overlapping quantifiers); the
 * `regexp/no-super-linear-*` lint rules check every pattern in the repository for that.
 */

const tooLong = (max: number) => `must be at most ${max} characters`;
const tooMany = (max: number) => `must have at most ${max} entries`;

/** Limits the builders apply; a service names its own where its data needs another. */
export const LIMITS = {
  /** Ids: UUIDs, ObjectIds, caller-chosen ids. */
  id: 64,
  /** An email address (RFC 5321's path limit). */
  email: 254,
  /** Longer than any phone number as typed, shorter than anything that is not one. */
  phone: 64,
  url: 2048,
  /** `#rrggbb`, with room for a typo to be reported as one. */
  colour: 32,
  /** A map's keys. */
  mapKey: 100,
} as const;

const ID = /^[A-Za-z0-9_-]+$/;
const ID_MESSAGE = 'must be an id (letters, digits, _ and -)';
const PHONE = /^\+?[0-9 ()/-]{3,30}$/;
const COLOUR = /^#[0-9a-fA-F]{6}$/;

function statelessPattern(pattern: RegExp): RegExp {
  if (pattern.global || pattern.sticky) throw new TypeError(`a validation pattern must not be global or sticky: ${pattern}`);
  return pattern;
}

/** A string that passes the test, reported as malformed (`invalid_format`) when it does not. */
const shaped = (test: (value: string) => boolean, message: string) =>
  z.string().superRefine((value, ctx) => {
    if (!test(value)) ctx.addIssue({ code: z.ZodIssueCode.invalid_string, validation: 'regex', message });
  });

const WHITESPACE = /\s/u;
const zodEmail = z.string().email();

/**
 * Whether the value has the shape of an email address: no whitespace, exactly one @ with
 * something before it, and a domain with a dot that is neither its first nor its last character
 * (`strict` also asks for what mail can be sent to: zod's address rule, run on at most 254
 * characters). Linear in the value's length, whatever the value; the field builders refuse
 * over-long values before asking.
 */
export function isEmailAddress(value: string, { strict = false }: { strict?: boolean } = {}): boolean {
  const at = value.indexOf('@');
  if (at < 1 || value.indexOf('@', at + 1) !== -1 || WHITESPACE.test(value)) return false;
  const domain = value.slice(at + 1);
  const dot = domain.indexOf('.', 1);
  if (dot < 1 || dot > domain.length - 2) return false;
  return !strict || (value.length <= LIMITS.email && zodEmail.safeParse(value).success);
}

/** Whether the value is an absolute http(s) URL (the WHATWG parser, which is linear). */
export function isWebUrl(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const { protocol, hostname } = new URL(value);
  return (protocol === 'http:' || protocol === 'https:') && hostname !== '';
}

/** Whether the value is a phone number as typed: what `fields.phone` accepts, once trimmed and at most `LIMITS.phone` characters. */
export function isPhoneNumber(value: string): boolean {
  return PHONE.test(value);
}

/** Any value, refused as too big when it counts more than `max` entries: checked in constant time, nothing parsed. */
const counted = (max: number, message: string, count: (value: unknown) => number | undefined) =>
  z.unknown().superRefine((value, ctx) => {
    const entries = count(value);
    if (entries !== undefined && entries > max) ctx.addIssue({ code: z.ZodIssueCode.too_big, type: 'array', maximum: max, inclusive: true, message });
  });
const isPlainObject = (value: unknown): value is object => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Schemas for values that arrive through protobuf (where absent strings are ''). */
/** The seconds of 0001-01-01T00:00:00Z and 9999-12-31T23:59:59Z: protobuf's Timestamp range. */
const TIMESTAMP_SECONDS = { min: -62_135_596_800, max: 253_402_300_799 } as const;

export const fields = {
  /** A required string: protobuf's '' counts as missing. */
  required: (max = 200) => z.string({ required_error: 'is required' }).trim().min(1, 'is required').max(max, tooLong(max)),
  optional: (max = 200) =>
    z
      .string()
      .trim()
      .max(max, tooLong(max))
      .optional()
      .transform((value) => (value ? value : undefined)),
  /** A string of at most `max` characters, as given ('' included). */
  text: (max: number) => z.string().max(max, tooLong(max)),
  /**
   * A string of at most `max` characters that matches the pattern; the length is checked first,
   * so the pattern never runs over a longer value. `trim` trims it first; `blank` lets '' through.
   */
  pattern: (pattern: RegExp, message: string, { max, trim = false, blank = false }: { max: number; trim?: boolean; blank?: boolean }) => {
    const checked = statelessPattern(pattern);
    const base = trim ? z.string().trim() : z.string();
    return base.max(max, tooLong(max)).pipe(shaped((value) => (blank && value === '') || checked.test(value), message));
  },
  // A missing id is reported once, as missing, and an over-long one once, as too long: the pattern sees neither.
  id: () =>
    z
      .string({ required_error: 'is required' })
      .min(1, 'is required')
      .max(LIMITS.id, tooLong(LIMITS.id))
      .pipe(z.string().regex(ID, ID_MESSAGE)),
  /** An id, or '' for none. */
  optionalId: (message = ID_MESSAGE) =>
    z
      .string()
      .max(LIMITS.id, tooLong(LIMITS.id))
      .pipe(shaped((value) => value === '' || ID.test(value), message)),
  /**
   * An email address, trimmed; '' (not given) passes unless `required`. `strict` asks for an
   * address mail can be sent to (see isEmailAddress).
   */
  email: ({ required = false, strict = false }: { required?: boolean; strict?: boolean } = {}) => {
    const base = required ? z.string({ required_error: 'is required' }).trim().min(1, 'is required') : z.string().trim();
    return base.max(LIMITS.email, tooLong(LIMITS.email)).pipe(shaped((value) => value === '' || isEmailAddress(value, { strict }), 'must be an email address'));
  },
  /** A phone number as typed: digits, spaces, ( ) / - and a leading +; '' passes. */
  phone: () => fields.pattern(PHONE, 'must be a phone number', { max: LIMITS.phone, trim: true, blank: true }),
  /** An absolute http(s) URL. */
  url: (max: number = LIMITS.url) => z.string().max(max, tooLong(max)).pipe(shaped(isWebUrl, 'must be an http(s) URL')),
  /** A colour `#rrggbb`. */
  colour: () => fields.pattern(COLOUR, 'must be a colour #rrggbb', { max: LIMITS.colour }),
  /**
   * A list of at most `max` entries. The count is checked before any entry is parsed, so a
   * request with a million entries is refused without parsing one.
   */
  list: <T extends z.ZodTypeAny>(item: T, max: number, message = tooMany(max)) => counted(max, message, (value) => (Array.isArray(value) ? value.length : undefined)).pipe(z.array(item)),
  /** A map (a protobuf map, a JSON object) of at most `max` entries, its keys at most `LIMITS.mapKey` characters unless `key` says otherwise. */
  map: <V extends z.ZodTypeAny>(value: V, { max, key = z.string().max(LIMITS.mapKey, tooLong(LIMITS.mapKey)), message = tooMany(max) }: { max: number; key?: z.ZodType<string, z.ZodTypeDef, string>; message?: string }) =>
    counted(max, message, (map) => (isPlainObject(map) ? Object.keys(map).length : undefined)).pipe(z.record(key, value)),
  /**
   * A google.protobuf.Timestamp, as a Date; absent is undefined. Seconds outside the years
   * 0001–9999 (the range protobuf defines) or nanos outside 0–999,999,999 are refused here, so no
   * impossible date reaches a handler and fails there as an internal error.
   */
  timestamp: () =>
    z
      .object({
        seconds: z.union([z.string().max(24, 'is not a timestamp'), z.number()]).transform(Number).pipe(z.number().int('must be whole seconds').min(TIMESTAMP_SECONDS.min, 'must be in the years 0001 to 9999').max(TIMESTAMP_SECONDS.max, 'must be in the years 0001 to 9999')),
        nanos: z.number().int().min(0, 'must be 0 to 999,999,999').max(999_999_999, 'must be 0 to 999,999,999'),
      })
      .nullish()
      .transform((value) => (value ? new Date(value.seconds * 1000 + Math.floor(value.nanos / 1_000_000)) : undefined)),
  /** A lethe.common.v1.PageRequest; absent means the first page of the default size. */
  page: () =>
    z
      .object({ pageSize: z.number().int().min(0, 'must not be negative'), pageToken: z.string().max(200, 'is not a page token of this list') })
      .nullish()
      .transform((page) => page ?? { pageSize: 0, pageToken: '' }),
};

/**
 * An Update…Settings request: the settings and the version the caller read (0: no check). Fields
 * only the answer carries (`updatedBy`, and those `extra` names) are capped like every field of a
 * request before `schema`, which drops them; a missing `settings` is refused.
 */
export function settingsUpdateRequest<S extends z.ZodTypeAny>(schema: S, extra: z.ZodRawShape = {}) {
  return z.object({
    settings: z
      .object({ ...extra, updatedBy: fields.text(128) })
      .passthrough()
      .nullable()
      .refine((value) => value !== null, 'is required')
      .pipe(schema),
    expectedVersion: z.number().int().min(0),
  });
}
