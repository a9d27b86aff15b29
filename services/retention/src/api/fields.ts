import { z } from 'zod';
import { fields } from '@lethe/platform/validation';

/** A page of a list; absent: the first page of the default size. */
export const pageRequest = z
  .object({ pageSize: z.number().int().min(0, 'must not be negative'), pageToken: z.string().max(200) })
  .nullable()
  .transform((page) => page ?? { pageSize: 0, pageToken: '' });

/** A subject id, or '' for none. */
export const optionalSubjectId = () => fields.optionalId('must be an id');

/** Erasure ids are time-ordered UUIDv7s (erasures issued before them: base-36 time, a dash, a UUID). */
export const erasureIdField = () =>
  z
    .string()
    .min(1, 'is required')
    .max(80, 'must be at most 80 characters')
    .pipe(z.string().regex(/^[a-z0-9-]+$/, 'must be an erasure id'));
