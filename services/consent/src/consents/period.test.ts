import { addMonths, validUntilOf } from './period';

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

describe('validUntilOf', () => {
  it('is the end of the period, or none without one (until withdrawn)', () => {
    expect(validUntilOf(utc('2024-05-31'), 1)).toEqual(utc('2024-06-30'));
    expect(validUntilOf(utc('2024-05-31'), undefined)).toBeUndefined();
    expect(validUntilOf(utc('2024-05-31'), 0)).toBeUndefined();
  });
});
