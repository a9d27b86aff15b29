/**
 * `months` calendar months after `date` (UTC), on the same day of the month; where that month is
 * shorter, on its last day: 31 January + 1 month is 28 (or 29) February, never 3 March.
 */
export function addMonths(date: Date, months: number): Date {
  const result = new Date(date);
  const day = result.getUTCDate();
  result.setUTCDate(1);
  result.setUTCMonth(result.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(result.getUTCFullYear(), result.getUTCMonth() + 1, 0)).getUTCDate();
  result.setUTCDate(Math.min(day, lastDay));
  return result;
}

/** When a consent granted at `from` ends: after its period, or never (until withdrawn) without one. */
export function validUntilOf(from: Date, periodMonths: number | undefined): Date | undefined {
  return periodMonths ? addMonths(from, periodMonths) : undefined;
}
