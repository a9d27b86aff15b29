import { DEFAULT_POLICY } from '../policy/policy';
import { dueDatesOf } from './dates';
import type { SubjectClock } from './schedule';

const at = (iso: string) => new Date(`${iso}T12:00:00Z`);
const policy = { ...DEFAULT_POLICY, deleteAfterMonths: 6, reduceAfterMonths: 3, candidateNoticeDays: 14, ownerNoticeDays: 7 };
const active: SubjectClock = { lastActivityAt: at('2026-01-10'), statuses: {} };

describe('the due dates of a clock', () => {
  it('schedules the reduction and the deletion, the candidate 14 days before the deletion and the owner 7 days before the next step', () => {
    expect(dueDatesOf(active, policy).dates).toEqual({
      reduceAt: at('2026-04-10'),
      deleteAt: at('2026-07-10'),
      candidateNoticeAt: at('2026-06-26'),
      ownerNoticeAt: at('2026-04-03'),
    });
  });

  it('does not schedule a reduction again once it was issued; the owner is told before the deletion that remains', () => {
    expect(dueDatesOf({ ...active, reduced: true }, policy).dates).toEqual({ reduceAt: undefined, deleteAt: at('2026-07-10'), candidateNoticeAt: at('2026-06-26'), ownerNoticeAt: at('2026-07-03') });
  });

  it('schedules nothing more once the deletion went out', () => {
    expect(dueDatesOf({ ...active, reduced: true }, policy, { deleteIssued: true }).dates).toEqual({ reduceAt: undefined, deleteAt: undefined, candidateNoticeAt: undefined, ownerNoticeAt: undefined });
  });

  it('tells the candidate once per deletion date: again only when the clock moved the date', () => {
    expect(dueDatesOf(active, policy, { candidateNoticeFor: at('2026-07-10') }).dates.candidateNoticeAt).toBeUndefined();
    const restarted = { ...active, lastActivityAt: at('2026-02-01') };
    expect(dueDatesOf(restarted, policy, { candidateNoticeFor: at('2026-07-10') }).dates.candidateNoticeAt).toEqual(at('2026-07-18'));
  });

  it('tells the candidate nothing when the tenant switched notices off; the deletion and the owner stay as they are', () => {
    expect(dueDatesOf(active, { ...policy, candidateNoticesOff: true }).dates).toEqual({
      reduceAt: at('2026-04-10'),
      deleteAt: at('2026-07-10'),
      candidateNoticeAt: undefined,
      ownerNoticeAt: at('2026-04-03'),
    });
  });

  it('announces a talent’s deletion for the missing storage consent like any other: the candidate 14 days, the owner 7 days before', () => {
    const talent = { ...active, talentCreatedAt: at('2026-01-10') };
    expect(dueDatesOf(talent, { ...policy, talentConsentDeadlineDays: 30 }).dates).toEqual({
      reduceAt: undefined,
      deleteAt: at('2026-02-09'),
      candidateNoticeAt: at('2026-01-26'),
      ownerNoticeAt: at('2026-02-02'),
    });
  });

  it('has no dates without an anchor', () => {
    expect(dueDatesOf({ statuses: {} }, policy)).toEqual({ schedule: { anchor: 'none', holds: [], steps: [] }, dates: { reduceAt: undefined, deleteAt: undefined, candidateNoticeAt: undefined, ownerNoticeAt: undefined } });
  });
});
