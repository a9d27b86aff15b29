import { parseStreet, streetKey } from './address';
import { ANNA, de, en, named } from '../../test/redaction/kit';

const nobody = named('Kim', 'Doe');

describe('street addresses', () => {
  it('redacts any German street with a house number, and the postal code after it', () => {
    const streets = ['Musterstraße 12', 'Musterstrasse 12a', 'Hauptstr. 5', 'Birkenweg 3 b', 'Berliner Allee 3-5', 'Konrad-Adenauer-Str. 7', 'Marktplatz 1', 'Am Ring 4', 'Kurfürstendamm 21', 'Rheinuferweg 9', 'Lange Gasse 2/1', 'Mainufer 14', 'Frankfurter Straße 120'];
    for (const street of streets) expect(de(`Adresse: ${street}, 60311 Frankfurt`, nobody)).toBe('Adresse: [entfernt] Frankfurt');
  });

  it('redacts English street addresses', () => {
    expect(en('Lives at 12 Baker Street, London', nobody)).toBe('Lives at [removed], London');
    expect(en('221B Baker St. and 5 Old Kent Road', nobody)).toBe('[removed] and [removed]');
  });

  it('redacts the candidate’s street also without number or in another spelling', () => {
    expect(de('Sie wohnt in der Lindenstraße, früher Lindenstr. 5 und Lindenstrasse 5.')).toBe('Sie wohnt in der [entfernt], früher [entfernt] und [entfernt].');
  });

  it('redacts the candidate’s postal code, and keeps the city', () => {
    expect(de('Wohnort 10115 Berlin, Umzug nach München möglich')).toBe('Wohnort [entfernt] Berlin, Umzug nach München möglich');
    expect(de('Wohnort: Berlin')).toBe('Wohnort: Berlin');
  });

  it('leaves streets without number, other postal codes and words that only end like streets', () => {
    const kept = [
      'Die Hauptstraße ist gesperrt, Büro in 80331 München',
      'Hackathon Platz 1, Ranking Platz 3',
      'Software Engineering 2 Semester, Mentoring 3 Werkstudenten, Monitoring 24/7',
      'Spring 5, String 3, Java 17 Spring Boot',
      'Verkäufer 2 Jahre, 3 Läufer',
      'Arbeitete 3 Jahre in London, 10 Mitarbeiter',
    ];
    for (const text of kept) expect(de(text, nobody)).toBe(text);
  });

  it('reads the street name of an address', () => {
    expect(parseStreet('Lindenstraße 5a')).toEqual({ key: 'lindenstr', words: 1 });
    expect(parseStreet('Berliner Str. 12-14')).toEqual({ key: 'berlinerstr', words: 2 });
    expect(parseStreet('12 Baker Street')).toEqual({ key: 'bakerst', words: 2 });
    expect(streetKey('Konrad-Adenauer-Straße')).toBe(streetKey('Konrad Adenauer Str.'));
    expect(ANNA.address?.street).toBe('Lindenstraße 5');
  });
});
