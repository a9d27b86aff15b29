/**
 * Names of fields that hold personal data anywhere in Lethe. The logger and the tracer redact
 * values under these keys at any depth; services name their personal fields from this list.
 */
export const PERSONAL_DATA_FIELDS: readonly string[] = [
  'salutation', 'title', 'firstName', 'lastName', 'name', 'fullName', 'displayName', 'initials',
  'dateOfBirth', 'birthDate', 'gender', 'nationality', 'origin',
  'email', 'emailAddress', 'phone', 'mobile', 'phoneNumber', 'address', 'street', 'houseNumber',
  'zip', 'postalCode', 'city', 'country',
  'photo', 'avatar', 'cv', 'resume', 'attachment', 'fileName', 'content', 'data',
  'notes', 'note', 'comment', 'summary', 'text', 'body', 'customFields',
  'salary', 'skills', 'experience', 'languages',
  // credentials and link secrets
  'authorization', 'token', 'accessToken', 'linkToken', 'password', 'secret', 'cookie', 'set-cookie',
];

const normalised = new Set(PERSONAL_DATA_FIELDS.map((field) => field.toLowerCase()));

export function isPersonalDataField(key: string): boolean {
  return normalised.has(key.toLowerCase());
}

export const REDACTED = '[redacted]';

/** A copy of `value` with every personal-data key's value replaced, at any depth. */
export function redactPersonalData(value: unknown, depth = 0): unknown {
  if (depth > 12 || value === null || typeof value !== 'object') return value;
  if (Buffer.isBuffer(value)) return value;
  if (Array.isArray(value)) return value.map((item) => redactPersonalData(item, depth + 1));
  if (value instanceof Error) return value;
  const copy: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    copy[key] = isPersonalDataField(key) ? REDACTED : redactPersonalData(inner, depth + 1);
  }
  return copy;
}
