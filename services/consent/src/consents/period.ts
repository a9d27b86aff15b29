import { addMonths } from '@lethe/platform/service';

/** When a consent granted at `from` ends: after its period, or never (until withdrawn) without one. */
export function validUntilOf(from: Date, periodMonths: number | undefined): Date | undefined {
  return periodMonths ? addMonths(from, periodMonths) : undefined;
}
