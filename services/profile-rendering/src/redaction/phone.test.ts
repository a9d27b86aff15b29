import { nationalDigits } from './phone';
import { ANNA, de, named } from '../../test/redaction/kit';

const nobody = named('Kim', 'Doe');

describe('phone numbers', () => {
  it('redacts German and international formats', () => {
    const numbers = ['+49 170 1234567', '0049 (0)30 123456-78', '030/1234567', '(030) 123 456 78', '0170-1234567', '+44 20 7946 0958', '+1 (415) 555-0132', '0176 12 34 56 78', '+49 (0) 89 / 123 45 67', '+49-30-12345678', '030 - 123 45 67', '04131.123456', '(0170) 123-4567', '415-555-0132'];
    for (const number of numbers) expect(de(`Tel. ${number}, abends`, nobody)).toBe('Tel. [entfernt], abends');
  });

  it('redacts numbers labelled as phone without a leading 0', () => {
    expect(de('Durchwahl: 1234567', nobody)).toBe('Durchwahl: [entfernt]');
    expect(de('Kundennummer 1234567', nobody)).toBe('Kundennummer 1234567');
    expect(de('Telefon: 123 45 67', nobody)).toBe('Telefon: [entfernt]');
  });

  it('leaves years, ranges, dates, amounts and versions', () => {
    const kept = [
      '2015–2019 bei SAP, seit 2018 Lead',
      '2015-2019 und 2015 - 2019, 2019/2020',
      'von 01/2015 - 03/2019 und 01.02.2015 - 31.12.2019',
      'Umsatz 65.000 €, Budget 1.250.000 EUR, 2 500 000 Nutzer, 95 % Quote',
      'Java 17, ISO 9001:2015, ISO/IEC 27001:2013, Version 3.2.1, IP 192.168.178.20',
      'PLZ 80331 München, 10.000 - 20.000 Nutzer, 0.5 - 1.5 Mio',
      '2015 - 2019 12 Mitarbeiter',
    ];
    for (const text of kept) expect(de(text, nobody)).toBe(text);
  });

  it('redacts a number after a date or year', () => {
    expect(de('Seit 2018 0170 1234567', nobody)).toBe('Seit 2018 [entfernt]');
  });

  it('redacts the candidate’s own number in any formatting', () => {
    expect(de('Ruf an: 0 1 7 0 – 1 2 3 4 5 6 7 oder 0170_123_45_67 oder 4917012345 67')).toBe('Ruf an: [entfernt] oder [entfernt] oder [entfernt]');
    expect(de('Alt: +49 (0)170-123 45 67.')).toBe('Alt: [entfernt].');
  });

  it('reads the national number from any written form', () => {
    expect(nationalDigits('+49 170 1234567')).toBe('1701234567');
    expect(nationalDigits('0049 (0)30 123456-78')).toBe('3012345678');
    expect(nationalDigits('0170/1234567')).toBe('1701234567');
    expect(nationalDigits('+1 (415) 555-0132')).toBe('4155550132');
    expect(nationalDigits('+353 1 234 5678')).toBe('12345678');
    expect(nationalDigits('123')).toBeUndefined();
    expect(ANNA.phone).toBeDefined();
  });
});
