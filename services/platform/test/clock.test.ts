import { addMonths, ManualClock } from '../src/service';

const utc = (text: string) => new Date(`${text}T10:30:00.000Z`);

describe('addMonths', () => {
  it('keeps the day of the month and the time of day', () => {
    expect(addMonths(utc('2024-03-15'), 6)).toEqual(utc('2024-09-15'));
    expect(addMonths(utc('2024-11-15'), 3)).toEqual(utc('2025-02-15'));
    expect(addMonths(utc('2024-01-31'), 24)).toEqual(utc('2026-01-31'));
  });

  it('ends on the last day of a shorter month instead of running into the next', () => {
    expect(addMonths(utc('2025-01-31'), 1)).toEqual(utc('2025-02-28'));
    expect(addMonths(utc('2024-01-31'), 1)).toEqual(utc('2024-02-29'));
    expect(addMonths(utc('2024-08-31'), 1)).toEqual(utc('2024-09-30'));
    expect(addMonths(utc('2024-02-29'), 12)).toEqual(utc('2025-02-28'));
  });

  it('leaves its argument alone', () => {
    const date = utc('2024-01-31');
    addMonths(date, 1);
    expect(date).toEqual(utc('2024-01-31'));
  });
});

describe('ManualClock', () => {
  it('stands still until moved', () => {
    const clock = new ManualClock('2026-01-01T00:00:00Z');
    expect(clock.now()).toEqual(new Date('2026-01-01T00:00:00Z'));
    expect(clock.advance({ days: 1, hours: 2 })).toEqual(new Date('2026-01-02T02:00:00Z'));
  });
});
