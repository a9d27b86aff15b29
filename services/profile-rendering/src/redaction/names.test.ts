import { ANNA, de, en, named } from '../../test/redaction/kit';

describe('names', () => {
  it('redacts first and last name as whole words, case-insensitive', () => {
    expect(de('Anna arbeitet seit 2019 bei SAP. ANNA MÜLLER leitet das Team; anna hilft.')).toBe('[entfernt] arbeitet seit 2019 bei SAP. [entfernt] leitet das Team; [entfernt] hilft.');
  });

  it('leaves words that contain a name', () => {
    expect(de('Annalena, Hannah und die Müllerei', ANNA)).toBe('Annalena, Hannah und die Müllerei');
    const bau = named('Jan', 'Bau');
    expect(de('Bauingenieur im Hochbau, Baustellenleitung; Bau führte das Team.', bau)).toBe('Bauingenieur im Hochbau, Baustellenleitung; [entfernt] führte das Team.');
  });

  it('redacts possessives and the genitive', () => {
    expect(de('Annas Stärken und Müllers Erfahrung')).toBe('[entfernt] Stärken und [entfernt] Erfahrung');
    expect(en("Anna's strengths and Anna’s team")).toBe('[removed] strengths and [removed] team');
    expect(en("James' team", named('James', 'Brooks'))).toBe('[removed] team');
  });

  it('finds transliterated and stripped spellings both ways', () => {
    expect(de('Mueller, MUELLER, Muller und Müller')).toBe('[entfernt], [entfernt], [entfernt] und [entfernt]');
    const ascii = named('Joerg', 'Strauss');
    expect(de('Jörg Strauß und Joerg Strauss', ascii)).toBe('[entfernt] und [entfernt]');
    expect(en('Rene Lefevre and René Lefèvre', named('René', 'Lefèvre'))).toBe('[removed] and [removed]');
  });

  it('redacts each part of hyphenated and double names, and the whole name once', () => {
    const sabine = named('Anna Maria', 'Müller-Lüdenscheidt');
    expect(de('Anna Maria Müller-Lüdenscheidt kam 2020. Maria blieb, Lüdenscheidt ging.', sabine)).toBe('[entfernt] kam 2020. [entfernt] blieb, [entfernt] ging.');
  });

  it('redacts initials forms', () => {
    expect(de('A. Müller; A.M. und A. M. sowie Anna M.')).toBe('[entfernt]; [entfernt] und [entfernt] sowie [entfernt]');
    expect(de('Müller, A. hat zugesagt; Müller, Anna auch')).toBe('[entfernt] hat zugesagt; [entfernt] auch');
  });

  it('keeps lone initials, titles and salutations', () => {
    expect(de('Herr und Frau, Dr. und Prof. – Note A. Danach Plan M.')).toBe('Herr und Frau, Dr. und Prof. – Note A. Danach Plan M.');
  });

  it('redacts a salutation or title with the name as one', () => {
    const result = de('Frau Dr. Müller und Herrn Müller');
    expect(result).toBe('[entfernt] und [entfernt]');
    expect(de('Wir haben Frau M. gesprochen.')).toBe('Wir haben [entfernt] gesprochen.');
  });

  it('redacts particles with the name they belong to', () => {
    const heide = named('Christian', 'von der Heide');
    expect(de('Herr von der Heide ist von der Idee begeistert.', heide)).toBe('[entfernt] ist von der Idee begeistert.');
  });

  it('redacts an age written right after the name', () => {
    expect(de('Anna Müller (35) sucht eine neue Rolle. Anna, 35, ist flexibel.')).toBe('[entfernt] sucht eine neue Rolle. [entfernt], ist flexibel.');
  });

  it('redacts names next to punctuation', () => {
    expect(de('„Anna“, (Müller), Anna: Müller! <b>Anna</b>')).toBe('„[entfernt]“, ([entfernt]), [entfernt]: [entfernt]! <b>[entfernt]</b>');
  });

  it('redacts a surname that is also a common word, wherever it stands', () => {
    const koch = named('Jens', 'Koch');
    expect(de('Herr Koch arbeitete früher als Koch.', koch)).toBe('[entfernt] arbeitete früher als [entfernt].');
    expect(de('Kochbuch und Chefkoch bleiben.', koch)).toBe('Kochbuch und Chefkoch bleiben.');
  });

  it('handles apostrophes and letters outside German', () => {
    expect(en("Mr O'Connor met O’Connor and OConnor", named('James', "O'Connor"))).toBe('[removed] met [removed] and [removed]');
    expect(de('Łukasz Wróbel oder Lukasz Wrobel', named('Łukasz', 'Wróbel'))).toBe('[entfernt] oder [entfernt]');
    expect(de('Özlem Yılmaz und Oezlem Yilmaz', named('Özlem', 'Yılmaz'))).toBe('[entfernt] und [entfernt]');
  });
});
