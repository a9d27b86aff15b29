import { z } from 'zod';
import { ValidationError, type FieldViolation } from './errors/errors';

/** Parses untrusted input (a gRPC request, an event, a form, a file row) or throws a ValidationError. */
export function parseInput<S extends z.ZodTypeAny>(schema: S, input: unknown, prefix?: string): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw new ValidationError(toFieldViolations(result.error, prefix));
}

export function toFieldViolations(error: z.ZodError, prefix?: string): FieldViolation[] {
  return error.issues.map((issue) => ({
    field: fieldPath(prefix ? [prefix, ...issue.path] : issue.path) || '(request)',
    description: issue.message,
    code: violationCode(issue),
  }));
}

function fieldPath(path: (string | number)[]): string {
  return path.reduce<string>((acc, part) => (typeof part === 'number' ? `${acc}[${part}]` : acc ? `${acc}.${part}` : part), '');
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

/** Schemas for values that arrive through protobuf (where absent strings are ''). */
export const fields = {
  /** A required string: protobuf's '' counts as missing. */
  required: (max = 200) => z.string({ required_error: 'is required' }).trim().min(1, 'is required').max(max, `must be at most ${max} characters`),
  optional: (max = 200) =>
    z
      .string()
      .trim()
      .max(max, `must be at most ${max} characters`)
      .optional()
      .transform((value) => (value ? value : undefined)),
  // Piped: a missing id is reported once, as missing, not also as malformed.
  id: () =>
    z
      .string({ required_error: 'is required' })
      .min(1, 'is required')
      .pipe(z.string().max(64, 'must be at most 64 characters').regex(/^[A-Za-z0-9_-]+$/, 'must be an id (letters, digits, _ and -)')),
  /** A lethe.common.v1.PageRequest; absent means the first page of the default size. */
  page: () =>
    z
      .object({ pageSize: z.number().int().min(0, 'must not be negative'), pageToken: z.string().max(200, 'is not a page token of this list') })
      .nullish()
      .transform((page) => page ?? { pageSize: 0, pageToken: '' }),
};
