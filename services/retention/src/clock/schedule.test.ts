import { addMonths } from '@lethe/platform/service';
import { scheduleOf, type SubjectClock } from './schedule';
import { DEFAULT_POLICY } from '../policy/policy';

const at = (iso: string) => new Date(`${iso}T12:00:00Z`);
const policy = { ...DEFAULT_POLICY, deleteAfterMonths: 6, reduceAfterMonths: 3 };

describe('the retention clock', () => {
  it('counts from the last clock-restarting activity while no status is final', () => {
    const clock: SubjectClock = { lastActivityAt: at('2026-01-10'), lastActivityEventId: 'e1', statuses: { 'application:a': { meta: 'active', outcome: 'none', setAt: at('2025-12-01'), eventId: 'e0' } } };
    expect(scheduleOf(clock, policy)).toEqual({
      anchor: 'last-activity',
      anchorAt: at('2026-01-10'),
      anchorEventId: 'e1',
      holds: [],
      steps: [
        { mode: 'reduce', dueAt: at('2026-04-10'), rule: 'reduce_after_months=3' },
        { mode: 'delete', dueAt: at('2026-07-10'), rule: 'delete_after_months=6' },
      ],
    });
  });

  it('counts from the date the last final status was set once every application ended', () => {
    const clock: SubjectClock = {
      lastActivityAt: at('2026-03-01'),
      statuses: {
        'application:a': { meta: 'final', outcome: 'hired', setAt: at('2026-02-01'), eventId: 'ea' },
        'presentation:p': { meta: 'final', outcome: 'withdrawn', setAt: at('2026-02-15'), eventId: 'ep' },
      },
    };
    const schedule = scheduleOf(clock, { ...policy, reduceAfterMonths: 0 });
    expect(schedule).toMatchObject({ anchor: 'final-status', anchorAt: at('2026-02-15'), anchorEventId: 'ep' });
    expect(schedule.steps).toEqual([{ mode: 'delete', dueAt: at('2026-08-15'), rule: 'delete_after_months=6' }]);
  });

  it('a non-final status after a final one puts the subject back on the activity clock', () => {
    const clock: SubjectClock = {
      lastActivityAt: at('2026-05-01'),
      statuses: {
        'application:a': { meta: 'final', outcome: 'rejected', setAt: at('2026-01-01'), eventId: 'ea' },
        'application:b': { meta: 'active', outcome: 'none', setAt: at('2026-05-01'), eventId: 'eb' },
      },
    };
    expect(scheduleOf(clock, policy)).toMatchObject({ anchor: 'last-activity', anchorAt: at('2026-05-01') });
  });

  it('keeps a rejected candidate at least the AGG period after the rejection', () => {
    const clock: SubjectClock = { statuses: { 'application:a': { meta: 'final', outcome: 'rejected', setAt: at('2026-01-31'), eventId: 'ea' } } };
    const short = { ...policy, deleteAfterMonths: 1, reduceAfterMonths: 0, rejectionHoldMonths: 2 };
    expect(scheduleOf(clock, short).steps).toEqual([{ mode: 'delete', dueAt: at('2026-03-31'), rule: 'rejection_hold_months=2' }]);
  });

  it('suspends every step until the last storage consent ends, and keeps the later date of the two', () => {
    // A renewal (c2) given before the first consent ends: the hold lasts until the later end.
    const clock: SubjectClock = { lastActivityAt: at('2026-01-01'), statuses: {}, storageConsents: { c1: at('2026-12-31'), c2: at('2027-06-30') } };
    expect(scheduleOf(clock, { ...policy, reduceAfterMonths: 3 })).toEqual({
      anchor: 'last-activity',
      anchorAt: at('2026-01-01'),
      anchorEventId: undefined,
      holds: ['storage consent until 2027-06-30T12:00:00.000Z'],
      steps: [
        { mode: 'reduce', dueAt: at('2027-06-30'), rule: 'storage_consent' },
        { mode: 'delete', dueAt: at('2027-06-30'), rule: 'storage_consent' },
      ],
    });
    const shortConsent = { ...clock, storageConsents: { c1: at('2026-02-01') } };
    expect(scheduleOf(shortConsent, policy).steps[1]).toEqual({ mode: 'delete', dueAt: at('2026-07-01'), rule: 'delete_after_months=6' });
  });

  describe('a legal hold', () => {
    const clock: SubjectClock = { lastActivityAt: at('2026-01-10'), lastActivityEventId: 'e1', statuses: {} };
    const hold = { reason: 'sealed', until: at('2026-09-01'), setAt: at('2026-06-01'), setBy: 'dpo' };

    it('holds every step past its end; the deletion comes the candidate’s notice period later, so they are told once it is over', () => {
      expect(scheduleOf({ ...clock, legalHold: hold }, policy)).toMatchObject({
        holds: [`legal hold until ${at('2026-09-01').toISOString()}`],
        steps: [
          { mode: 'reduce', dueAt: at('2026-09-01'), rule: 'legal_hold', heldUntil: at('2026-09-01') },
          { mode: 'delete', dueAt: at('2026-09-15'), rule: 'legal_hold', heldUntil: at('2026-09-01') },
        ],
      });
      // Without candidate notices the deletion follows the hold's end at once.
      expect(scheduleOf({ ...clock, legalHold: hold }, { ...policy, candidateNoticesOff: true }).steps[1]).toMatchObject({ dueAt: at('2026-09-01'), rule: 'legal_hold' });
    });

    it('keeps moving the steps from where it ended once lifted, and leaves later steps alone', () => {
      const lifted = { ...hold, endedAt: at('2026-06-20'), liftedBy: 'dpo' };
      expect(scheduleOf({ ...clock, legalHold: lifted }, policy)).toMatchObject({
        holds: [],
        steps: [
          { mode: 'reduce', dueAt: at('2026-06-20'), rule: 'legal_hold' },
          { mode: 'delete', dueAt: at('2026-07-10'), rule: 'delete_after_months=6' },
        ],
      });
    });
  });

  it('runs the clock of a talent-pool status without storage consent, with the pool reduction', () => {
    const clock: SubjectClock = { lastActivityAt: at('2026-01-01'), statuses: { 'application:a': { meta: 'hold', outcome: 'none', setAt: at('2026-01-01'), eventId: 'ea' } } };
    const pooled = { ...policy, reduceAfterMonths: 3, poolReduceAfterMonths: 2 };
    expect(scheduleOf(clock, pooled)).toMatchObject({
      anchor: 'last-activity',
      holds: [],
      steps: [
        { mode: 'reduce', dueAt: at('2026-03-01'), rule: 'pool_reduce_after_months=2' },
        { mode: 'delete', dueAt: at('2026-07-01'), rule: 'delete_after_months=6' },
      ],
    });
    const notPooled = { ...clock, statuses: { 'application:a': { ...clock.statuses['application:a'], meta: 'active' as const } } };
    expect(scheduleOf(notPooled, pooled).steps[0]).toEqual({ mode: 'reduce', dueAt: at('2026-04-01'), rule: 'reduce_after_months=3' });
  });

  describe('the tenant’s storage-consent deadline for talents', () => {
    const deadline = { ...policy, talentConsentDeadlineDays: 30 };
    const talent: SubjectClock = { talentCreatedAt: at('2026-01-10'), lastActivityAt: at('2026-01-10'), lastActivityEventId: 'created', statuses: {} };

    it('deletes a talent without storage consent at the deadline, before the clock would, and drops a reduction after it', () => {
      expect(scheduleOf(talent, deadline)).toEqual({
        anchor: 'last-activity',
        anchorAt: at('2026-01-10'),
        anchorEventId: 'created',
        holds: [],
        steps: [{ mode: 'delete', dueAt: at('2026-02-09'), rule: 'talent_consent_deadline_days=30', missingConsent: true }],
      });
      // A talent retention heard of only by its creation is still deleted at the deadline.
      expect(scheduleOf({ talentCreatedAt: at('2026-01-10'), statuses: {} }, deadline).steps).toEqual([{ mode: 'delete', dueAt: at('2026-02-09'), rule: 'talent_consent_deadline_days=30', missingConsent: true }]);
    });

    it('keeps the clock’s own deletion when it comes first, and on the same date', () => {
      const longDeadline = { ...deadline, talentConsentDeadlineDays: 365, deleteAfterMonths: 6, reduceAfterMonths: 3 };
      expect(scheduleOf(talent, longDeadline).steps).toEqual([
        { mode: 'reduce', dueAt: at('2026-04-10'), rule: 'reduce_after_months=3' },
        { mode: 'delete', dueAt: at('2026-07-10'), rule: 'delete_after_months=6' },
      ]);
      // 2026-01-10 + 1 month and + 31 days fall on the same date.
      expect(scheduleOf(talent, { ...deadline, talentConsentDeadlineDays: 31, deleteAfterMonths: 1, reduceAfterMonths: 0 }).steps).toEqual([{ mode: 'delete', dueAt: at('2026-02-10'), rule: 'delete_after_months=1' }]);
    });

    it('is lifted by a valid storage consent; withdrawn or expired, the deadline applies again', () => {
      const consented = { ...talent, storageConsents: { c1: at('2027-01-10') } };
      expect(scheduleOf(consented, deadline).steps).toEqual([
        { mode: 'reduce', dueAt: at('2027-01-10'), rule: 'storage_consent' },
        { mode: 'delete', dueAt: at('2027-01-10'), rule: 'storage_consent' },
      ]);
      expect(scheduleOf({ ...consented, storageConsents: {} }, deadline).steps).toEqual([{ mode: 'delete', dueAt: at('2026-02-09'), rule: 'talent_consent_deadline_days=30', missingConsent: true }]);
    });

    it('is off at 0, and applies only to talents', () => {
      expect(scheduleOf(talent, { ...deadline, talentConsentDeadlineDays: 0 }).steps.map((step) => step.rule)).toEqual(['reduce_after_months=3', 'delete_after_months=6']);
      const { talentCreatedAt: _notATalent, ...candidate } = talent;
      expect(scheduleOf(candidate, deadline).steps.map((step) => step.rule)).toEqual(['reduce_after_months=3', 'delete_after_months=6']);
    });

    it('keeps a rejected candidate who became a talent the AGG period, and still deletes for the missing consent', () => {
      const rejected: SubjectClock = { ...talent, statuses: { 'application:a': { meta: 'final', outcome: 'rejected', setAt: at('2026-01-05'), eventId: 'ea' } } };
      expect(scheduleOf(rejected, { ...deadline, rejectionHoldMonths: 2 }).steps).toEqual([{ mode: 'delete', dueAt: at('2026-03-05'), rule: 'rejection_hold_months=2', missingConsent: true }]);
    });
  });

  it('adds calendar months, ending at the last day of a shorter month', () => {
    expect(addMonths(at('2026-01-31'), 1)).toEqual(at('2026-02-28'));
    expect(addMonths(at('2026-08-15'), 6)).toEqual(at('2027-02-15'));
  });
});
