import { validUntilOf } from './period';

const utc = (text: string) => new Date(`${text}T10:30:00.000Z`);

describe('validUntilOf', () => {
  it('is the end of the period, or none without one (until withdrawn)', () => {
    expect(validUntilOf(utc('2024-05-31'), 1)).toEqual(utc('2024-06-30'));
    expect(validUntilOf(utc('2024-05-31'), undefined)).toBeUndefined();
    expect(validUntilOf(utc('2024-05-31'), 0)).toBeUndefined();
  });
});
