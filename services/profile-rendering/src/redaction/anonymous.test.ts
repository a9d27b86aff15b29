import { anonymousLabel } from './anonymous';
import { ANNA, named } from '../../test/redaction/kit';

describe('anonymousLabel', () => {
  it('gives the initials of first and last name', () => {
    expect(anonymousLabel(ANNA, 'initials', 'de')).toBe('A. M.');
    expect(anonymousLabel(named('Anna', 'Müller-Lüdenscheidt'), 'initials', 'de')).toBe('A. M.-L.');
    expect(anonymousLabel(named('Anna Maria', 'Weber'), 'initials', 'en')).toBe('A. M. W.');
    expect(anonymousLabel(named('Marie-Luise', 'Voß'), 'initials', 'de')).toBe('M.-L. V.');
    expect(anonymousLabel(named('christian', 'von der Heide'), 'initials', 'de')).toBe('C. H.');
    expect(anonymousLabel(named('Özlem', 'Yılmaz'), 'initials', 'de')).toBe('Ö. Y.');
    expect(anonymousLabel(named('James', "O'Connor"), 'initials', 'en')).toBe('J. O.');
  });

  it('is neutral without both names', () => {
    expect(anonymousLabel({ firstName: 'Anna', profileUrls: [] }, 'initials', 'de')).toBe('Kandidat/in');
    expect(anonymousLabel({ lastName: 'Müller', profileUrls: [] }, 'initials', 'en')).toBe('Candidate');
    expect(anonymousLabel({ firstName: ' ', lastName: '-', profileUrls: [] }, 'initials', 'en')).toBe('Candidate');
  });

  it('is neutral when asked for', () => {
    expect(anonymousLabel(ANNA, 'neutral', 'de')).toBe('Kandidat/in');
    expect(anonymousLabel(ANNA, 'neutral', 'en')).toBe('Candidate');
  });
});
