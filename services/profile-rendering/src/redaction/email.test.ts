import { de, en, named } from '../../test/redaction/kit';

describe('email addresses', () => {
  it('redacts any address, not only the candidate’s', () => {
    expect(de('Mail: anna.mueller88@gmail.com oder info@firma-xy.de.')).toBe('Mail: [entfernt] oder [entfernt].');
    expect(en('Write to <j.doe+cv@mail.example.co.uk>')).toBe('Write to <[removed]>');
    expect(de('mailto:anna@example.de')).toBe('[entfernt]');
  });

  it('redacts written-out forms', () => {
    const cases = [
      'anna (at) example (dot) com',
      'anna[at]example.de',
      'anna at example dot com',
      'anna ät example punkt de',
      'anna@example .de',
      'anna @ example . de',
      'ANNA AT EXAMPLE DOT COM',
      'anna {at} example {dot} de',
      'anna(ät)example(punkt)de',
      'anna [@] example [.] de',
      'a.mueller at web.de',
      'anna.maria dot mueller at example dot com',
      'anna (dot) maria.mueller (at) example (dot) com',
    ];
    for (const address of cases) expect(de(`Kontakt: ${address}, danke`)).toBe('Kontakt: [entfernt], danke');
  });

  it('leaves "at" in ordinary sentences', () => {
    const tom = named('Tom', 'Baker');
    expect(en('Senior engineer at amazon.com, then lead at Zalando. Meet at 10.', tom)).toBe('Senior engineer at amazon.com, then lead at Zalando. Meet at 10.');
    expect(en('Worked at SAP. Then at Siemens.', tom)).toBe('Worked at SAP. Then at Siemens.');
  });

  it('stops at the end of the sentence', () => {
    expect(de('Mail an x@example.de. Danach telefonieren.')).toBe('Mail an [entfernt]. Danach telefonieren.');
    expect(de('Mail an x@example. danach telefonieren.')).toBe('Mail an [entfernt]. danach telefonieren.');
  });

  it('redacts social handles', () => {
    expect(de('Twitter: @anna_m88, Instagram (@anna.mueller)')).toBe('Twitter: [entfernt], Instagram ([entfernt])');
    expect(de('@annam folgt')).toBe('[entfernt] folgt');
  });

  it('leaves a lone at-sign', () => {
    expect(de('Treffen @ 10 Uhr, Preis 5 @ 3 €')).toBe('Treffen @ 10 Uhr, Preis 5 @ 3 €');
  });
});
