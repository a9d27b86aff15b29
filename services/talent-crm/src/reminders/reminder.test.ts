import { PreconditionError, ValidationError } from '@lethe/platform/errors';
import { closedState, dueAtOf } from './reminder';

const now = new Date('2027-01-31T09:30:00Z');

function violationOf(run: () => unknown) {
  try {
    run();
  } catch (err) {
    if (err instanceof ValidationError) return err.violations[0];
    throw err;
  }
  throw new Error('no violation');
}

describe('when a reminder is due', () => {
  it('"in N months" counts calendar months from now, landing on the last day of a shorter month', () => {
    expect(dueAtOf({ inMonths: 6 }, now)).toEqual(new Date('2027-07-31T09:30:00Z'));
    expect(dueAtOf({ inMonths: 1 }, now)).toEqual(new Date('2027-02-28T09:30:00Z'));
    expect(dueAtOf({ inMonths: 13 }, now)).toEqual(new Date('2028-02-29T09:30:00Z'));
    expect(dueAtOf({ inMonths: 36 }, now)).toEqual(new Date('2030-01-31T09:30:00Z'));
  });

  it('"in N months" takes 1 to 36 whole months', () => {
    for (const inMonths of [0, -1, 37, 2.5]) {
      expect(violationOf(() => dueAtOf({ inMonths }, now))).toMatchObject({ field: 'inMonths', code: 'invalid_value' });
    }
  });

  it('a date must lie ahead of now, at most five years', () => {
    const soon = new Date(now.getTime() + 60_000);
    expect(dueAtOf({ dueAt: soon }, now)).toEqual(soon);
    expect(dueAtOf({ dueAt: new Date('2032-01-31T09:30:00Z') }, now)).toEqual(new Date('2032-01-31T09:30:00Z'));
    expect(violationOf(() => dueAtOf({ dueAt: now }, now))).toMatchObject({ field: 'dueAt', description: 'must lie in the future' });
    expect(violationOf(() => dueAtOf({ dueAt: new Date('2026-12-01T00:00:00Z') }, now))).toMatchObject({ field: 'dueAt' });
    expect(violationOf(() => dueAtOf({ dueAt: new Date('2032-01-31T09:30:01Z') }, now))).toMatchObject({ field: 'dueAt', description: 'must be at most 5 years ahead' });
  });
});

describe('closing a reminder', () => {
  const reasonOf = (run: () => unknown) => {
    try {
      run();
    } catch (err) {
      if (err instanceof PreconditionError) return err.reason;
      throw err;
    }
    throw new Error('not refused');
  };

  it('completes an open or delivered reminder, and a completed one stays as it is', () => {
    expect(closedState('open', 'done', 'r1')).toBe('done');
    expect(closedState('delivered', 'done', 'r1')).toBe('done');
    expect(closedState('done', 'done', 'r1')).toBe('done');
  });

  it('cancels only a reminder not delivered yet', () => {
    expect(closedState('open', 'cancelled', 'r1')).toBe('cancelled');
    expect(closedState('cancelled', 'cancelled', 'r1')).toBe('cancelled');
    expect(reasonOf(() => closedState('delivered', 'cancelled', 'r1'))).toBe('REMINDER_DELIVERED');
  });

  it('never reopens or switches a closed reminder', () => {
    expect(reasonOf(() => closedState('cancelled', 'done', 'r1'))).toBe('REMINDER_CLOSED');
    expect(reasonOf(() => closedState('done', 'cancelled', 'r1'))).toBe('REMINDER_CLOSED');
  });
});
