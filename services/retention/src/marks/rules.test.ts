import { DEFAULT_POLICY } from '../policy/policy';
import { earliestDeletion, markOwnerNoticeAt, markTransition } from './rules';

describe('the earliest deletion time of a marked record', () => {
  it('is 6 hours without an assignment, the tenant waits otherwise, placement the longest', () => {
    const at = new Date('2026-05-01T08:00:00Z');
    expect(earliestDeletion(at, [], DEFAULT_POLICY)).toEqual({ at: new Date('2026-05-01T14:00:00Z'), rule: 'wait_hours_without_assignment=6' });
    expect(earliestDeletion(at, ['normal-processing'], DEFAULT_POLICY)).toEqual({ at: new Date('2026-05-15T08:00:00Z'), rule: 'wait_days_normal_processing=14' });
    expect(earliestDeletion(at, ['normal-processing', 'placement'], DEFAULT_POLICY).rule).toBe('wait_days_placement=90');
  });

  it('puts the mark in its owner’s digest the lead time before, but not before it was made', () => {
    const markedAt = new Date('2026-05-01T08:00:00Z');
    expect(markOwnerNoticeAt(markedAt, new Date('2026-05-01T14:00:00Z'), { ownerNoticeDays: 7 })).toEqual(markedAt);
    expect(markOwnerNoticeAt(markedAt, new Date('2026-07-30T08:00:00Z'), { ownerNoticeDays: 7 })).toEqual(new Date('2026-07-23T08:00:00Z'));
  });
});

describe('marking and restoring', () => {
  it('marks anew after a restore, leaves an open mark as it is, and never changes an executed one', () => {
    expect(markTransition(undefined, 'marked')).toBe('apply');
    expect(markTransition('restored', 'marked')).toBe('apply');
    expect(markTransition('marked', 'marked')).toBe('unchanged');
    expect(markTransition('marked', 'restored')).toBe('apply');
    expect(markTransition('restored', 'restored')).toBe('unchanged');
    expect(markTransition('executed', 'marked')).toBe('executed');
    expect(markTransition('executed', 'restored')).toBe('executed');
  });
});
