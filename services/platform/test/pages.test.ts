import type { Request } from 'express';
import { downloadHeaders, pageFrame, renderPage } from '../src/http';
import { sampleController } from '../src/testkit';

describe('downloadHeaders', () => {
  it('saves the file instead of showing it, guesses no type, caches and refers nothing', () => {
    expect(downloadHeaders('application/pdf', 'profile.pdf')).toEqual({
      'content-type': 'application/pdf',
      'content-disposition': `attachment; filename="profile.pdf"; filename*=UTF-8''profile.pdf`,
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-store',
      'referrer-policy': 'no-referrer',
      'x-robots-tag': 'noindex, nofollow',
    });
  });

  it('keeps a German name in UTF-8 with an ASCII fallback, and no name can break out of the header', () => {
    expect(downloadHeaders('application/pdf', 'Lebenslauf Weiß (final).pdf')['content-disposition']).toBe(
      `attachment; filename="Lebenslauf Wei (final).pdf"; filename*=UTF-8''Lebenslauf%20Wei%C3%9F%20%28final%29.pdf`,
    );
    const hostile = downloadHeaders('text/plain', 'a"; filename="evil.html\r\nSet-Cookie: x=1');
    expect(hostile['content-disposition']).not.toMatch(/[\r\n]/);
    expect(hostile['content-disposition'].startsWith('attachment; filename="a_; filename=_evil.html')).toBe(true);
    expect(downloadHeaders('text/plain', 'ßßß')['content-disposition']).toMatch(/^attachment; filename="download"; /);
  });
});

/** A request as the frame reads it: method, path, query, body and the browser's languages. */
function requestOf({ method = 'GET', query = {}, body, accepts = 'de' }: { method?: string; query?: Record<string, unknown>; body?: unknown; accepts?: 'de' | 'en' }): Request {
  return { method, path: '/consent', query, body, acceptsLanguages: () => accepts } as unknown as Request;
}

describe('the page shell names who asks', () => {
  const page = (frame: ReturnType<typeof pageFrame>) => renderPage({ ...frame, nonce: 'n', title: 'Titel', content: '<p>Inhalt</p>' });

  it('in the header and footer: the logo, the company and its address, the privacy policy in the page\'s language, the data-protection contact, in the tenant\'s colour', () => {
    const html = page(pageFrame(requestOf({ query: { token: 'abc' } }), sampleController()));
    expect(html).toContain('<html lang="de">');
    expect(html).toMatch(/<header class="controller"><img src="data:image\/png;base64,[A-Za-z0-9+/=]+" alt=""><span>Muster Personal GmbH<\/span><\/header>/);
    expect(html).toContain('<p id="controller-identity">Muster Personal GmbH<br>Hauptstraße 1<br>10115 Berlin</p>');
    expect(html).toContain('<a href="https://muster-personal.example/datenschutz" id="privacy-policy" rel="noopener noreferrer">Datenschutzhinweise</a>');
    expect(html).toContain('Dana Schutz<br><a href="mailto:datenschutz@muster-personal.example">datenschutz@muster-personal.example</a><br>+49 30 1234567<br>Postfach 12 34<br>10001 Berlin');
    expect(html).toContain(':root{--brand:#aa3300}');
    // The switch keeps the link's token and names the other language.
    expect(html).toContain('<a href="/consent?token=abc&amp;lang=en" hreflang="en" lang="en" id="lang-en">English</a>');
  });

  it('picks the chosen language, else the link\'s, else the tenant\'s default, else the browser\'s', () => {
    const english = sampleController({ defaultLanguage: 'en' });
    expect(pageFrame(requestOf({ query: { lang: 'en' } }), sampleController(), 'de').language).toBe('en');
    expect(pageFrame(requestOf({ method: 'POST', body: { lang: 'en' } }), sampleController()).language).toBe('en');
    expect(pageFrame(requestOf({ query: { lang: 'fr' } }), english, 'de').language).toBe('de');
    expect(pageFrame(requestOf({}), english).language).toBe('en');
    expect(pageFrame(requestOf({ accepts: 'en' }), null).language).toBe('en');
    const englishPage = page(pageFrame(requestOf({ query: { token: 'abc', lang: 'en' } }), sampleController()));
    expect(englishPage).toContain('id="privacy-policy" rel="noopener noreferrer">Privacy policy</a>');
    expect(englishPage).toContain('href="https://muster-personal.example/privacy"');
    expect(englishPage).toContain('<a href="/consent?token=abc&amp;lang=de" hreflang="de" lang="de" id="lang-de">Deutsch</a>');
    // The answer to a form has no switch: it cannot be asked for again.
    expect(page(pageFrame(requestOf({ method: 'POST' }), sampleController()))).not.toContain('id="lang-');
  });

  it('shows every value of the controller as text, and nothing but #rrggbb reaches the style', () => {
    const hostile = '<script>alert(1)</script>"><img src=x onerror=alert(2)>';
    const html = page(
      pageFrame(
        requestOf({ query: { token: '"><script>' } }),
        sampleController({ companyName: hostile, address: [hostile], brandColour: 'red}body{display:none', dataProtectionContact: { name: hostile, email: 'a@b.example', phone: '', address: [] } }),
      ),
    );
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain(':root{--brand:#1f4e79}');
    expect(html).toContain('href="/consent?token=%22%3E%3Cscript%3E&amp;lang=en"');
  });

  it('says plainly when the tenant has published no details, and still switches language', () => {
    const html = page(pageFrame(requestOf({ query: { token: 'abc' } }), null));
    expect(html).toContain('<p data-controller="unpublished">Angaben zum Verantwortlichen für Ihre Daten liegen für diese Seite nicht vor.</p>');
    expect(html).not.toContain('<header');
    expect(html).toContain('id="lang-en"');
  });
});
