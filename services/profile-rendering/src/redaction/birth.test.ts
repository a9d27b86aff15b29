import { de, en, named } from '../../test/redaction/kit';

const nobody = named('Kim', 'Doe');

describe('date of birth', () => {
  it('redacts the candidate’s birth date in any common format', () => {
    const dates = ['1990-03-14', '14.03.1990', '14.3.1990', '14.03.90', '14. März 1990', '14. Maerz 1990', '14 March 1990', 'March 14, 1990', 'March 14th, 1990', '14th of March 1990', '03/14/1990', '14/03/1990', '14-03-1990', '14. 3. 1990', 'Mar 14, 1990'];
    for (const date of dates) expect(de(`Datum: ${date}; weiter`)).toBe('Datum: [entfernt]; weiter');
  });

  it('redacts birth phrases with their date, any date', () => {
    expect(de('geboren am 02.05.1988 in Köln', nobody)).toBe('[entfernt] in Köln');
    expect(de('geb. 2. Mai 1988, ledig', nobody)).toBe('[entfernt], ledig');
    expect(en('born on May 2, 1988 in Leeds', nobody)).toBe('[removed] in Leeds');
    expect(de('*02.05.1988 in Köln', nobody)).toBe('[entfernt] in Köln');
    expect(de('Geburtsdatum: 1988-05-02', nobody)).toBe('[entfernt]');
    expect(de('Jahrgang 1988, geboren 1988 in Ulm', nobody)).toBe('[entfernt], [entfernt] in Ulm');
    expect(en('Date of birth: 02/05/1988; born in 1988', nobody)).toBe('[removed]; [removed]');
  });

  it('redacts statements of age', () => {
    const ages = ['35 Jahre alt', 'Alter: 35', 'Alter 35 Jahre', 'aged 35', '35 years old', '35-year-old', '35 years of age', '35-jährige', 'im Alter von 35 Jahren', 'age: 35', 'at the age of 35', '35 y/o'];
    for (const age of ages) expect(de(`Kandidat: ${age}; flexibel`, nobody)).not.toContain('35');
  });

  it('leaves other dates, years and durations', () => {
    const kept = [
      'Projekt vom 01.02.2015 bis 31.12.2019, seit März 2018',
      '10-jährige Berufserfahrung, 5 Jahre Erfahrung, 3-jähriges Projekt, 20-jährige Betriebszugehörigkeit',
      '* 2015 - 2019: Studium',
      'Java 17 seit 2019, 12 years of experience',
      'Alter Wein, Age of Empires',
      'Das System war 3 Jahre alt, the code base was 8 years old',
    ];
    for (const text of kept) expect(de(text, nobody)).toBe(text);
  });

  it('leaves dates that are not the birth date', () => {
    expect(de('Start am 14.03.2020 und 15.03.1990')).toBe('Start am 14.03.2020 und 15.03.1990');
  });
});
