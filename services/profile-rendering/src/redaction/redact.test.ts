import { redact } from './redact';
import { ANNA, named } from '../../test/redaction/kit';

describe('redact', () => {
  it('uses the marker of the profile language and counts the replacements', () => {
    expect(redact('Anna Müller, Tel. 0170 1234567', ANNA, 'de')).toEqual({ text: '[entfernt], Tel. [entfernt]', redactions: 2 });
    expect(redact('Anna Müller, phone 0170 1234567', ANNA, 'en')).toEqual({ text: '[removed], phone [removed]', redactions: 2 });
    expect(redact('Nothing to hide here.', ANNA, 'en')).toEqual({ text: 'Nothing to hide here.', redactions: 0 });
  });

  it('merges overlapping finds into one marker', () => {
    // A name inside an email, a URL and a handle; a phone that is also the candidate's own number.
    expect(redact('anna.mueller@firma.de', ANNA, 'de')).toEqual({ text: '[entfernt]', redactions: 1 });
    expect(redact('https://www.linkedin.com/in/anna-mueller-123', ANNA, 'de')).toEqual({ text: '[entfernt]', redactions: 1 });
    expect(redact('@anna_mueller', ANNA, 'de')).toEqual({ text: '[entfernt]', redactions: 1 });
    expect(redact('+49 170 1234567', ANNA, 'de')).toEqual({ text: '[entfernt]', redactions: 1 });
    expect(redact('geboren am 14.03.1990', ANNA, 'de')).toEqual({ text: '[entfernt]', redactions: 1 });
    expect(redact('Lindenstraße 5, 10115 Berlin', ANNA, 'de')).toEqual({ text: '[entfernt] Berlin', redactions: 1 });
  });

  it('keeps finds next to each other but apart as separate markers', () => {
    expect(redact('Anna (anna@x.de) 0170 1234567', ANNA, 'de')).toEqual({ text: '[entfernt] ([entfernt]) [entfernt]', redactions: 3 });
  });

  it('compares in NFC, so decomposed umlauts are found', () => {
    const decomposed = 'Frau Mu\u0308ller'.normalize('NFD');
    expect(redact(decomposed, ANNA, 'de').text).toBe('[entfernt]');
  });

  it('leaves HTML-special characters as they are', () => {
    const text = '<p>Anna & Team: "Müller" <b>5 > 3</b> &amp; \'x\'</p>';
    expect(redact(text, ANNA, 'de').text).toBe('<p>[entfernt] & Team: "[entfernt]" <b>5 > 3</b> &amp; \'x\'</p>');
  });

  it('finds nothing more in a redacted text', () => {
    const once = redact('Frau Dr. Anna Müller, anna at example dot com, 0170 1234567, Lindenstraße 5, geb. 14.03.1990', ANNA, 'de');
    expect(redact(once.text, ANNA, 'de')).toEqual({ text: once.text, redactions: 0 });
  });

  it('works with an identity that has only a name, or nothing', () => {
    expect(redact('Kim war da, kim@x.de', named('Kim', 'Doe'), 'de').text).toBe('[entfernt] war da, [entfernt]');
    expect(redact('Kim war da, 0170 1234567', { profileUrls: [] }, 'de').text).toBe('Kim war da, [entfernt]');
    expect(redact('', ANNA, 'de')).toEqual({ text: '', redactions: 0 });
  });

  describe('hostile input', () => {
    // Each runs through in linear time; a backtracking pattern would not finish.
    const size = 100_000;
    const inputs: Record<string, string> = {
      letters: 'a'.repeat(size),
      digits: '1 '.repeat(size / 2),
      atSigns: '@'.repeat(size),
      mailboxes: 'a@'.repeat(size / 2),
      dots: 'a.'.repeat(size / 2),
      zeros: '0'.repeat(size),
      hyphens: '1-'.repeat(size / 2),
      writtenAt: 'a at '.repeat(size / 5),
      bracketedAt: 'a(at)'.repeat(size / 5),
      writtenDots: `x at ${'a dot '.repeat(size / 6)}`,
      hyphenatedLabel: `x@${'a-'.repeat(size / 2)}`,
      streets: 'Straße 1 '.repeat(size / 9),
      initials: 'A. '.repeat(size / 3),
      names: 'Müller '.repeat(size / 7),
      urls: `http://${'a.'.repeat(size / 2)}`,
      www: 'www.'.repeat(size / 4),
      dates: '14.03.1990 '.repeat(size / 11),
      parentheses: '('.repeat(size),
      plus: '+1 '.repeat(size / 3),
      stars: '*1'.repeat(size / 2),
      apostrophes: "a'".repeat(size / 2),
      ages: 'Alter: 35 '.repeat(size / 10),
      handles: '@a '.repeat(size / 3),
      spaces: ' '.repeat(size),
      slashes: `http://a.de${'/'.repeat(size)}x`,
      queryMarks: `linkedin.com/in/x${'?#'.repeat(size / 2)}a`,
      colons: `www.a${':1'.repeat(size / 2)}`,
      schemes: 'https://'.repeat(size / 8),
      writtenDotsBefore: `${'a dot '.repeat(size / 6)}b at c dot de`,
      streetNames: 'Konrad-Adenauer-'.repeat(size / 16),
      mixed: 'Anna, 0170 1234567, a@b.de, '.repeat(size / 28),
    };
    for (const [name, input] of Object.entries(inputs)) {
      it(`completes on ${input.length} characters of ${name}`, () => {
        const result = redact(input, ANNA, 'de');
        expect(typeof result.text).toBe('string');
        expect(result.redactions).toBeGreaterThanOrEqual(0);
      });
    }
  });
});
