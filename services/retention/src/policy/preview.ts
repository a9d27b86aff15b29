import { scheduleOf, type SubjectClock } from '../clock/schedule';
import type { RetentionPolicyValues } from './policy';

export interface PolicyPreview {
  subjects: number;
  onHold: number;
  dueNow: { reductions: number; deletions: number };
  /** Under the stored policy, to compare. */
  currentDueNowDeletions: number;
  /** Per UTC month from now on; the first month also holds what is overdue now. */
  months: { month: string; reductions: number; deletions: number }[];
}

/** A clock as the preview reads it: its deletion may have gone out already. */
export type PreviewedClock = SubjectClock & { deleteIssuedAt?: Date };

const monthOf = (date: Date) => date.toISOString().slice(0, 7);

/**
 * What a policy would do to the tenant's subjects, computed with the same schedule the clock uses
 * and changing nothing. Steps already issued (a reduction done, a deletion under way) are left out.
 */
export async function previewPolicy(clocks: AsyncIterable<PreviewedClock> | Iterable<PreviewedClock>, candidate: RetentionPolicyValues, current: RetentionPolicyValues, now: Date, horizonMonths: number): Promise<PolicyPreview> {
  const months = Array.from({ length: horizonMonths }, (_, i) => monthOf(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + i, 1))));
  const byMonth = new Map(months.map((month) => [month, { month, reductions: 0, deletions: 0 }]));
  const preview: PolicyPreview = { subjects: 0, onHold: 0, dueNow: { reductions: 0, deletions: 0 }, currentDueNowDeletions: 0, months: [...byMonth.values()] };

  for await (const clock of clocks) {
    if (clock.deleteIssuedAt) continue;
    preview.subjects++;
    const schedule = scheduleOf(clock, candidate);
    if (schedule.holds.length > 0) preview.onHold++;
    for (const step of schedule.steps) {
      const key = step.mode === 'reduce' ? 'reductions' : 'deletions';
      if (step.dueAt <= now) preview.dueNow[key]++;
      const bucket = byMonth.get(step.dueAt <= now ? months[0] : monthOf(step.dueAt));
      if (bucket) bucket[key]++;
    }
    if (scheduleOf(clock, current).steps.some((step) => step.mode === 'delete' && step.dueAt <= now)) preview.currentDueNowDeletions++;
  }
  return preview;
}
