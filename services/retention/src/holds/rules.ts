import { z } from 'zod';
import { addMonths } from '@lethe/platform/service';
import { fields } from '@lethe/platform/validation';

/** How far ahead a legal hold may end: a longer one is set again when it ends. */
export const LEGAL_HOLD_MAX_YEARS = 10;
/** The longest reason a legal hold keeps. */
export const LEGAL_HOLD_REASON_MAX = 500;

/** SetLegalHold's input at `now`: a reason, and an end in the future, at most LEGAL_HOLD_MAX_YEARS ahead. */
export function legalHoldRequest(now: Date) {
  const latest = addMonths(now, LEGAL_HOLD_MAX_YEARS * 12);
  return z.object({
    subjectId: fields.id(),
    reason: fields.required(LEGAL_HOLD_REASON_MAX),
    until: fields.timestamp().pipe(
      z
        .date({ required_error: 'is required', invalid_type_error: 'is required' })
        .refine((until) => until > now, 'must be in the future')
        .refine((until) => until <= latest, `must be at most ${LEGAL_HOLD_MAX_YEARS} years ahead`),
    ),
  });
}

/** Whether a hold holds at `now`: set, neither lifted nor ended, its end still ahead. */
export function holdsAt(hold: { until: Date; endedAt?: Date } | undefined, now: Date): boolean {
  return Boolean(hold && !hold.endedAt && hold.until > now);
}
