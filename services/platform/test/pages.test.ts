import { downloadHeaders } from '../src/http';

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
