import { randomBytes } from 'node:crypto';
import type { Request, Response } from 'express';

/** The languages of the pages people reach by links in messages. */
export type PageLanguage = 'de' | 'en';
const PAGE_LANGUAGES: readonly PageLanguage[] = ['de', 'en'];

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char]);
}

/** A fresh nonce for one response's inline style. */
export function pageNonce(): string {
  return randomBytes(16).toString('base64url');
}

/** The language the browser prefers among the pages' languages, else `fallback`. */
export function pageLanguage(req: Request, fallback: PageLanguage = 'de'): PageLanguage {
  const accepted = req.acceptsLanguages(...PAGE_LANGUAGES);
  return accepted ? (accepted.slice(0, 2) as PageLanguage) : fallback;
}

/** The look every page shares: plain, readable, no scripts. */
const BASE_STYLE = `body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1a1a1a}
form{display:flex;gap:1rem;margin-top:1.5rem}button{font-size:1rem;padding:.6rem 1.2rem;cursor:pointer}`;

export interface PageParts {
  language: PageLanguage;
  nonce: string;
  title: string;
  /** The main content, already escaped. */
  content: string;
  /** Style the page adds to the shared one. */
  style?: string;
}

/** A whole page: the title escaped, the one inline style allowed by the response's nonce, kept out of search engines. */
export function renderPage({ language, nonce, title, content, style = '' }: PageParts): string {
  return `<!doctype html>
<html lang="${language}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex,nofollow">
<title>${escapeHtml(title)}</title><style nonce="${nonce}">${BASE_STYLE}${style}</style></head>
<body><main>${content}</main></body>
</html>`;
}

/**
 * Sends a page with the headers every page reached by a link needs: no scripts at all, the one
 * style by nonce, forms only to itself, never framed, no referrer (the URL holds the link's
 * token), never cached; images only embedded in the page itself, and only when asked for.
 */
export function sendPage(res: Response, status: number, language: PageLanguage, nonce: string, html: string, options: { dataImages?: boolean } = {}): void {
  // Images only where a page embeds its own (a logo as a data: URL): nothing is fetched from anywhere.
  const images = options.dataImages ? '; img-src data:' : '';
  res
    .status(status)
    .set({
      'content-security-policy': `default-src 'none'; style-src 'nonce-${nonce}'${images}; form-action 'self'; frame-ancestors 'none'; base-uri 'none'`,
      'referrer-policy': 'no-referrer',
      'cache-control': 'no-store',
      pragma: 'no-cache',
      'x-robots-tag': 'noindex, nofollow',
      'content-language': language,
    })
    .type('html')
    .send(html);
}

/** A page of the shared shell, with a nonce of its own, sent with `sendPage`'s headers. */
export function showPage(res: Response, status: number, language: PageLanguage, page: Omit<PageParts, 'language' | 'nonce'>): void {
  const nonce = pageNonce();
  sendPage(res, status, language, nonce, renderPage({ language, nonce, ...page }));
}

/** The parts of a page that only says how things ended: a heading marked with the outcome, and a line. */
export function outcomeParts(outcome: string, [title, text]: readonly [string, string]): { title: string; content: string } {
  return { title, content: `<h1 data-outcome="${escapeHtml(outcome)}">${escapeHtml(title)}</h1><p>${escapeHtml(text)}</p>` };
}

/**
 * The headers of a file a page offers for download: saved, never shown inline (so it cannot run
 * as a page of this origin), its type not guessed, nothing cached or referred, its name kept in
 * UTF-8 (RFC 6266) with an ASCII fallback.
 */
export function downloadHeaders(contentType: string, fileName: string): Record<string, string> {
  const ascii = fileName.normalize('NFKD').replace(/[^\x20-\x7e]/g, '').replace(/["\\]/g, '_').trim() || 'download';
  return {
    'content-type': contentType,
    'content-disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeRfc5987(fileName)}`,
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store',
    'referrer-policy': 'no-referrer',
    'x-robots-tag': 'noindex, nofollow',
  };
}

/** Percent-encoding as RFC 5987 wants it: encodeURIComponent leaves ' ( ) * as they are. */
function encodeRfc5987(text: string): string {
  return encodeURIComponent(text).replace(/['()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}
