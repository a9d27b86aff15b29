import type { SubjectClock } from '../clock/schedule';
import { DEFAULT_POLICY } from './policy';
import { previewPolicy } from './preview';

const now = new Date('2026-06-15T12:00:00Z');
const monthsAgo = (months: number) => new Date(Date.UTC(2026, 5 - months, 15, 12));
const active = (lastActivityAt: Date, extra: Partial<SubjectClock> & { deleteIssuedAt?: Date } = {}) => ({ lastActivityAt, statuses: {}, ...extra });

describe('a policy preview', () => {
  it('counts what a shorter policy would reduce and delete now and per month, beside the stored policy', async () => {
    const clocks = [active(monthsAgo(5)), active(monthsAgo(3)), active(monthsAgo(0))];
    const preview = await previewPolicy(clocks, { ...DEFAULT_POLICY, deleteAfterMonths: 4, reduceAfterMonths: 2 }, DEFAULT_POLICY, now, 6);
    expect(preview).toMatchObject({ subjects: 3, onHold: 0, dueNow: { reductions: 2, deletions: 1 }, currentDueNowDeletions: 0 });
    expect(preview.months.map((month) => month.month)).toEqual(['2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11']);
    expect(preview.months.map((month) => [month.reductions, month.deletions])).toEqual([
      [2, 1],
      [0, 1],
      [1, 0],
      [0, 0],
      [0, 1],
      [0, 0],
    ]);
  });

  it('leaves out clocks whose deletion went out, and counts holds', async () => {
    const clocks = [active(monthsAgo(10), { deleteIssuedAt: monthsAgo(4) }), active(monthsAgo(1), { storageConsents: { c1: new Date('2028-01-01T00:00:00Z') } })];
    const preview = await previewPolicy(clocks, DEFAULT_POLICY, DEFAULT_POLICY, now, 12);
    expect(preview).toMatchObject({ subjects: 1, onHold: 1, dueNow: { reductions: 0, deletions: 0 } });
    expect(preview.months).toHaveLength(12);
    expect(preview.months.every((month) => month.deletions === 0)).toBe(true);
  });
});
