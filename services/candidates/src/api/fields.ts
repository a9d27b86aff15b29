import { z } from 'zod';
import { ValidationError } from '@lethe/platform/errors';
import { fields } from '@lethe/platform/validation';
import { toTimestamp } from '@lethe/protos';

/** Request fields the candidates service's handlers share. */
export const timestamp = fields.timestamp();

export const page = z
  .object({ pageSize: z.number().int().min(0, 'must not be negative').max(10_000), pageToken: z.string().max(200) })
  .nullable()
  .transform((value) => value ?? { pageSize: 0, pageToken: '' });

/** An id that may be left empty ('' → unset). */
export const optionalId = fields.optionalId('must be an id');

/** A catalogue key: lower-case letters, digits, _ . - (at most 64). */
export const CATALOGUE_KEY = /^[a-z0-9][a-z0-9_.-]{0,63}$/;

/** A meta status to filter by; unset → no filter. */
export const metaStatusFilter = z
  .enum(['META_STATUS_UNSPECIFIED', 'META_STATUS_ACTIVE', 'META_STATUS_FINAL', 'META_STATUS_HOLD'], { errorMap: () => ({ message: 'must be ACTIVE, FINAL or HOLD' }) })
  .transform((value) => (value === 'META_STATUS_UNSPECIFIED' ? undefined : value));

/** A status key to filter by; '' → no filter. */
export const statusKeyFilter = fields.pattern(CATALOGUE_KEY, 'must be a status key', { max: 64, trim: true, blank: true }).transform((value) => value || undefined);

export const idRequest = z.object({ id: fields.id() });

/** A message field that must be present (protobuf leaves an absent message null). */
export const required = <T extends z.ZodTypeAny>(schema: T) => schema.nullable().refine((value) => value !== null, 'is required');

/** The creation fields every recruiting record's message shares. */
export const createdOf = (doc: { _id: string; createdAt: Date; createdBy: string }) => ({ id: doc._id, createdAt: toTimestamp(doc.createdAt), createdBy: doc.createdBy });

/** A referenced record that must belong to another one (e.g. a contact person to the client) is bad input when it does not. */
export function requireBelongs(field: string, belongs: boolean, description: string): void {
  if (!belongs) throw new ValidationError([{ field, description, code: 'invalid_value' }]);
}

/** A status key; piped, so a missing key is reported once, as missing. */
export const statusKey = z
  .string()
  .trim()
  .min(1, 'is required')
  .max(64, 'must be at most 64 characters')
  .pipe(z.string().regex(CATALOGUE_KEY, 'must be a status key (lower-case letters, digits, _ . -)'));
