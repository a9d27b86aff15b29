import { isCandidateName, isNameInWord, nameInfo, stripDiacritics, transliterate } from './identifiers';
import { named } from '../../test/redaction/kit';

describe('transliteration', () => {
  it('writes umlauts and ß out and drops other diacritics', () => {
    expect(transliterate('müller-lüdenscheidt')).toBe('mueller-luedenscheidt');
    expect(transliterate('voß')).toBe('voss');
    expect(transliterate('rené lefèvre')).toBe('rene lefevre');
    expect(transliterate('ørsted')).toBe('oersted');
  });

  it('strips every diacritic to its base letter', () => {
    expect(stripDiacritics('müller')).toBe('muller');
    expect(stripDiacritics('groß')).toBe('gross');
    expect(stripDiacritics('łukasz wróbel')).toBe('lukasz wrobel');
    expect(stripDiacritics('yılmaz')).toBe('yilmaz');
  });
});

describe('name variants', () => {
  const names = nameInfo({ firstName: 'Anna Maria', lastName: 'Müller-Lüdenscheidt', profileUrls: [] });

  it('match every part in every spelling, either way round', () => {
    for (const word of ['Anna', 'MARIA', 'Müller', 'Mueller', 'Muller', 'Lüdenscheidt', 'LUEDENSCHEIDT', 'Ludenscheidt']) expect(isCandidateName(word, names)).toBe(true);
    const ascii = nameInfo(named('Joerg', 'Strauss'));
    for (const word of ['Jörg', 'joerg', 'Strauß', 'STRAUSS']) expect(isCandidateName(word, ascii)).toBe(true);
  });

  it('match possessives but not other words', () => {
    for (const word of ['Annas', "Anna's", 'Anna\u2019s', 'Müllers']) expect(isCandidateName(word, names)).toBe(true);
    for (const word of ['Annalena', 'Mull', 'Müllerei', 'Marias1']) expect(isCandidateName(word, names)).toBe(false);
  });

  it('give initials, initials forms and the joined name', () => {
    expect(names.firstInitials).toEqual(['A', 'M']);
    expect(names.lastInitials).toEqual(['M', 'L']);
    expect([...names.initialSequences].sort()).toEqual(['AM', 'AML', 'AMM', 'AMML']);
    expect(isNameInWord('annamueller', names)).toBe(true);
    expect(isNameInWord('muelleranna', names)).toBe(true);
    expect(isNameInWord('amueller', names)).toBe(true);
    expect(isNameInWord('annam', names)).toBe(false);
  });

  it('leave particles and titles out of the names', () => {
    const heide = nameInfo({ salutation: 'Herr', title: 'Prof. Dr.', firstName: 'Christian', lastName: 'von der Heide', profileUrls: [] });
    expect(isCandidateName('von', heide)).toBe(false);
    expect(isCandidateName('der', heide)).toBe(false);
    expect(isCandidateName('Heide', heide)).toBe(true);
    expect(heide.particles).toEqual(new Set(['von', 'der']));
    expect(heide.titles.has('prof')).toBe(true);
  });
});
