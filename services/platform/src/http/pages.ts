import { randomBytes } from 'node:crypto';
import type { Request, Response } from 'express';
import { logoDataUrl, NEUTRAL_BRAND_COLOUR, type Controller } from '../controller/controller';

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
form{display:flex;gap:1rem;margin-top:1.5rem}button{font-size:1rem;padding:.6rem 1.2rem;cursor:pointer}
header.controller{display:flex;align-items:center;gap:1rem;padding-bottom:.75rem;margin-bottom:1.5rem;border-bottom:4px solid var(--brand)}
header.controller img{max-height:3rem;max-width:12rem}header.controller span{font-weight:600}
footer.controller{margin-top:3rem;padding-top:1rem;border-top:1px solid #ccc;font-size:.875rem;color:#444}
footer.controller h2{font-size:.875rem;margin:.75rem 0 .25rem}footer.controller p{margin:0 0 .5rem}footer.controller a{color:var(--brand)}`;

/** The page's own address: the language switch links to it in the other language, its query (the link's token) kept. */
export interface PageAddress {
  path: string;
  query: Readonly<Record<string, string>>;
}

/** What every page is framed with: its language, who asks, and where the page is (GET pages only). */
export interface PageFrame {
  language: PageLanguage;
  /**
   * The controller: the tenant whose page this is, named in the header and the footer with its
   * privacy policy and data-protection contact. Null while the tenant has published none, or when
   * the link names no tenant: the page then says the details are not available.
   */
  controller: Controller | null;
  /** Where the page is, for the language switch; left out on the answer to a form, which a switch cannot repeat. */
  here?: PageAddress;
}

export interface PageParts extends PageFrame {
  nonce: string;
  title: string;
  /** The main content, already escaped. */
  content: string;
  /** Style the page adds to the shared one. */
  style?: string;
}

const isPageLanguage = (value: unknown): value is PageLanguage => typeof value === 'string' && (PAGE_LANGUAGES as readonly string[]).includes(value);

/**
 * The frame of a page: the language is the one chosen with `?lang=` (or a form's `lang`), else the one the link was
 * issued in (when the page knows it), else the controller's default, else the browser's; a GET
 * page keeps its own query for the language switch.
 */
export function pageFrame(req: Request, controller: Controller | null | undefined, linkLanguage?: PageLanguage): PageFrame {
  // A page's own form carries its language along (a `lang` field), so the answer is in it too.
  const chosen = req.query.lang ?? (req.body as Record<string, unknown> | undefined)?.lang;
  const language = isPageLanguage(chosen) ? chosen : (linkLanguage ?? controller?.defaultLanguage ?? pageLanguage(req));
  const query = Object.fromEntries(Object.entries(req.query).filter((entry): entry is [string, string] => entry[0] !== 'lang' && typeof entry[1] === 'string'));
  return { language, controller: controller ?? null, ...(req.method === 'GET' ? { here: { path: req.path, query } } : {}) };
}

const FRAME_WORDS = {
  de: {
    controller: 'Verantwortlich für Ihre Daten',
    privacyPolicy: 'Datenschutzhinweise',
    contact: 'Datenschutzkontakt',
    unpublished: 'Angaben zum Verantwortlichen für Ihre Daten liegen für diese Seite nicht vor.',
    switchTo: 'Sprache',
  },
  en: {
    controller: 'Responsible for your data',
    privacyPolicy: 'Privacy policy',
    contact: 'Data-protection contact',
    unpublished: 'The details of the company responsible for your data are not available for this page.',
    switchTo: 'Language',
  },
} as const;

const LANGUAGE_NAMES: Record<PageLanguage, string> = { de: 'Deutsch', en: 'English' };
const COLOUR = /^#[0-9a-fA-F]{6}$/;

/** The tenant's colour as a style sheet may hold it: nothing but `#rrggbb` ever reaches one. */
export function brandColourOf(controller: Controller | null): string {
  return controller && COLOUR.test(controller.brandColour) ? controller.brandColour : NEUTRAL_BRAND_COLOUR;
}

const lines = (texts: readonly string[]) => texts.map(escapeHtml).join('<br>');

/** The page's header: the controller's logo and name. */
function controllerHeader(controller: Controller | null): string {
  if (!controller) return '';
  const logo = logoDataUrl(controller.logo);
  return `<header class="controller">${logo ? `<img src="${logo}" alt="">` : ''}<span>${escapeHtml(controller.companyName)}</span></header>`;
}

/** The footer: who is responsible, the privacy policy in the page's language, the data-protection contact, the language switch. */
export function controllerFooter({ language, controller, here }: PageFrame): string {
  const words = FRAME_WORDS[language];
  const switcher = here
    ? `<p class="languages">${escapeHtml(words.switchTo)}: ${PAGE_LANGUAGES.map((other) =>
        other === language
          ? `<strong lang="${other}">${LANGUAGE_NAMES[other]}</strong>`
          : `<a href="${escapeHtml(`${here.path}?${new URLSearchParams({ ...here.query, lang: other })}`)}" hreflang="${other}" lang="${other}" id="lang-${other}">${LANGUAGE_NAMES[other]}</a>`,
      ).join(' · ')}</p>`
    : '';
  if (!controller) return `<footer class="controller" id="controller"><p data-controller="unpublished">${escapeHtml(words.unpublished)}</p>${switcher}</footer>`;
  const contact = controller.dataProtectionContact;
  const contactLines = [escapeHtml(contact.name), `<a href="${escapeHtml(`mailto:${contact.email}`)}">${escapeHtml(contact.email)}</a>`, ...(contact.phone ? [escapeHtml(contact.phone)] : []), ...(contact.address.length ? [lines(contact.address)] : [])];
  return `<footer class="controller" id="controller">
<h2>${escapeHtml(words.controller)}</h2><p id="controller-identity">${escapeHtml(controller.companyName)}<br>${lines(controller.address)}</p>
<p><a href="${escapeHtml(controller.privacyPolicyUrls[language])}" id="privacy-policy" rel="noopener noreferrer">${escapeHtml(words.privacyPolicy)}</a></p>
<h2>${escapeHtml(words.contact)}</h2><p id="data-protection-contact">${contactLines.join('<br>')}</p>
${switcher}</footer>`;
}

/** A whole page: the title escaped, the one inline style allowed by the response's nonce, kept out of search engines, framed by its controller. */
export function renderPage(page: PageParts): string {
  const { language, nonce, title, content, style = '', controller } = page;
  return `<!doctype html>
<html lang="${language}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex,nofollow">
<title>${escapeHtml(title)}</title><style nonce="${nonce}">:root{--brand:${brandColourOf(controller)}}${BASE_STYLE}${style}</style></head>
<body>${controllerHeader(controller)}<main>${content}</main>
${controllerFooter(page)}</body>
</html>`;
}

/**
 * Sends a page with the headers every page reached by a link needs: no scripts at all, the one
 * style by nonce, forms only to itself, never framed, no referrer (the URL holds the link's
 * token), never cached; images only embedded in the page itself (the controller's logo).
 */
export function sendPage(res: Response, status: number, language: PageLanguage, nonce: string, html: string): void {
  res
    .status(status)
    .set({
      // Images only as data: URLs: nothing is fetched from anywhere.
      'content-security-policy': `default-src 'none'; style-src 'nonce-${nonce}'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; img-src data:`,
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
export function showPage(res: Response, status: number, page: Omit<PageParts, 'nonce'>): void {
  const nonce = pageNonce();
  sendPage(res, status, page.language, nonce, renderPage({ ...page, nonce }));
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
