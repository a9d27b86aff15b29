import { createHash } from 'node:crypto';
import { ValidationError } from '@lethe/platform/errors';
import { escapeHtml } from '@lethe/platform/http';

/** The languages profiles are written in. */
export type ProfileLanguage = 'de' | 'en';

/** What a client company is shown of a candidate: already redacted and decided; this only lays it out. */
export interface ProfileModel {
  language: ProfileLanguage;
  kind: 'anonymous' | 'clear-data';
  /** The sending tenant's look. */
  branding: {
    companyName: string;
    /** `#rrggbb`; anything else is refused. */
    primaryColor: string;
    logo?: { contentType: 'image/png' | 'image/jpeg'; data: Buffer };
  };
  /** The candidate's name, or their initials or a neutral label on an anonymous profile. */
  candidateLabel: string;
  sections: { key: string; title: string; paragraphs: string[] }[];
  facts: { label: string; value: string }[];
  /** Listed by name, linked where the reader can open them (the client's page); the PDF only names them. */
  attachments: { name: string; href?: string }[];
  generatedAt: Date;
  /** The IANA zone `generatedAt` is shown in; Europe/Berlin unless given. */
  timeZone?: string;
}

interface Words {
  anonymous: string;
  clearData: string;
  facts: string;
  attachments: string;
  generated: string;
  confidential: string;
  page: string;
  of: string;
  locale: string;
}

const WORDS: Record<ProfileLanguage, Words> = {
  de: {
    anonymous: 'Anonymes Profil',
    clearData: 'Profil',
    facts: 'Eckdaten',
    attachments: 'Anlagen',
    generated: 'Erstellt am',
    confidential: 'Vertraulich — nur für den Empfänger bestimmt',
    page: 'Seite',
    of: 'von',
    locale: 'de-DE',
  },
  en: {
    anonymous: 'Anonymous profile',
    clearData: 'Profile',
    facts: 'Key facts',
    attachments: 'Attachments',
    generated: 'Created on',
    confidential: 'Confidential — for the recipient only',
    page: 'Page',
    of: 'of',
    locale: 'en-GB',
  },
};

const HEX_COLOUR = /^#[0-9a-fA-F]{6}$/;
const LOGO_TYPES: ReadonlySet<string> = new Set(['image/png', 'image/jpeg']);
const DEFAULT_TIME_ZONE = 'Europe/Berlin';

/**
 * The profile as one self-contained HTML document: inline style, images as data: URLs, no
 * scripts, and a Content-Security-Policy that forbids any request, so neither the HTML sent to a
 * client nor the PDF made from it can load anything or report back. The same document is the
 * source of the PDF (its print style lays out A4 pages).
 */
export function renderProfileHtml(model: ProfileModel): string {
  const { language, branding } = model;
  const words = WORDS[language];
  const accent = checkedColour(branding.primaryColor);
  const generated = `${words.generated} ${formatDate(model.generatedAt, words.locale, model.timeZone ?? DEFAULT_TIME_ZONE)}`;
  const kindLabel = model.kind === 'anonymous' ? words.anonymous : words.clearData;
  const confidential = `${words.confidential} · ${branding.companyName}`;
  const style = profileStyle(accent, confidential, words);

  const masthead = branding.logo
    ? `<img class="logo" src="${logoDataUrl(branding.logo)}" alt="${escapeHtml(branding.companyName)}">`
    : `<span class="company">${escapeHtml(branding.companyName)}</span>`;

  const body = [
    `<header class="masthead">${masthead}<span class="kind">${escapeHtml(kindLabel)}</span></header>`,
    '<main>',
    `<h1>${escapeHtml(model.candidateLabel)}</h1>`,
    `<p class="generated">${escapeHtml(generated)}</p>`,
    factsHtml(model.facts, words),
    ...model.sections.map(sectionHtml),
    attachmentsHtml(model.attachments, words),
    '</main>',
    `<footer class="screen-footer">${escapeHtml(confidential)}</footer>`,
  ].join('\n');

  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(style)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex,nofollow">
<title>${escapeHtml(`${kindLabel} — ${model.candidateLabel}`)}</title>
<style>${style}</style>
</head>
<body>
${body}
</body>
</html>
`;
}

function checkedColour(colour: string): string {
  if (!HEX_COLOUR.test(colour)) {
    throw new ValidationError([{ field: 'branding.primaryColor', description: 'must be a colour as #rrggbb', code: 'invalid_format' }]);
  }
  return colour.toLowerCase();
}

function logoDataUrl(logo: NonNullable<ProfileModel['branding']['logo']>): string {
  // The type is checked at run time too: it lands inside an attribute, and it arrives from storage.
  if (!LOGO_TYPES.has(logo.contentType)) {
    throw new ValidationError([{ field: 'branding.logo.contentType', description: 'must be image/png or image/jpeg', code: 'invalid_value' }]);
  }
  return `data:${logo.contentType};base64,${logo.data.toString('base64')}`;
}

function formatDate(date: Date, locale: string, timeZone: string): string {
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone }).format(date);
  } catch {
    throw new ValidationError([{ field: 'timeZone', description: 'must be an IANA time zone', code: 'invalid_value' }]);
  }
}

function factsHtml(facts: ProfileModel['facts'], words: Words): string {
  if (facts.length === 0) return '';
  const rows = facts.map(({ label, value }) => `<div class="fact"><dt>${escapeHtml(label)}</dt><dd>${escapeHtml(value)}</dd></div>`);
  return `<section class="facts"><h2>${escapeHtml(words.facts)}</h2><dl>${rows.join('')}</dl></section>`;
}

/** A section's title travels with its first paragraph: both sit in one block that a page break may not split. */
function sectionHtml({ key, title, paragraphs }: ProfileModel['sections'][number]): string {
  const [first, ...rest] = paragraphs.map(paragraphHtml);
  const head = `<div class="keep"><h2>${escapeHtml(title)}</h2>${first ?? ''}</div>`;
  return `<section class="section" data-section="${escapeHtml(key)}">${head}${rest.join('')}</section>`;
}

/** Line breaks inside a paragraph are kept. */
function paragraphHtml(text: string): string {
  return `<p>${escapeHtml(text).replace(/\r?\n/g, '<br>')}</p>`;
}

function attachmentsHtml(attachments: ProfileModel['attachments'], words: Words): string {
  if (attachments.length === 0) return '';
  const items = attachments.map(({ name, href }) => `<li>${href ? `<a href="${escapeHtml(href)}">${escapeHtml(name)}</a>` : escapeHtml(name)}</li>`);
  return `<section class="attachments"><div class="keep"><h2>${escapeHtml(words.attachments)}</h2><ul>${items.join('')}</ul></div></section>`;
}

/** The one inline style is allowed by its hash; nothing may be fetched except data: images. */
function contentSecurityPolicy(style: string): string {
  const hash = createHash('sha256').update(style, 'utf8').digest('base64');
  return `default-src 'none'; img-src data:; style-src 'sha256-${hash}'; base-uri 'none'; form-action 'none'`;
}

/**
 * Text inside a CSS string: everything but letters, digits and spaces as a hex escape, so a
 * company name can neither end the string nor the style element.
 */
function cssString(text: string): string {
  return `"${text.replace(/[^\p{L}\p{N} ]/gu, (char) => `\\${char.codePointAt(0)!.toString(16)} `)}"`;
}

/**
 * DejaVu Sans covers German (ä ö ü ß, €) and is on Debian and in the service's image
 * (fonts-dejavu-core); Chromium embeds the subset it uses in the PDF. In print the page margins
 * carry the confidentiality note and page numbers on every A4 page; on screen the note closes the
 * document.
 */
function profileStyle(accent: string, confidential: string, words: Words): string {
  const pageNumber = `${cssString(`${words.page} `)} counter(page) ${cssString(` ${words.of} `)} counter(pages)`;
  return `
:root{--accent:${accent}}
*{box-sizing:border-box}
html{font-family:"DejaVu Sans",sans-serif;font-size:10.5pt;line-height:1.45;color:#1f1f1f;background:#fff}
body{max-width:174mm;margin:0 auto;padding:12mm 0}
.masthead{display:flex;align-items:center;justify-content:space-between;gap:8mm;padding-bottom:4mm;border-bottom:1.2mm solid var(--accent)}
.logo{max-height:14mm;max-width:60mm}
.company{font-size:13pt;font-weight:bold;color:var(--accent)}
.kind{font-size:9.5pt;letter-spacing:.04em;color:#555}
h1{font-size:20pt;margin:8mm 0 1mm;line-height:1.2}
.generated{margin:0 0 6mm;color:#555;font-size:9pt}
h2{font-size:12.5pt;margin:6mm 0 2mm;color:var(--accent)}
p{margin:0 0 2.5mm;orphans:3;widows:3}
h1,h2,p,dd,li{overflow-wrap:anywhere}
dl{display:grid;grid-template-columns:max-content 1fr;gap:1.5mm 6mm;margin:0}
.fact{display:contents}
dt{font-weight:bold}
dd{margin:0}
ul{margin:0;padding-left:6mm}
.screen-footer{margin-top:10mm;padding-top:3mm;border-top:.3mm solid #ccc;font-size:8.5pt;color:#555}
h1,h2{break-after:avoid}
.keep,.fact,li{break-inside:avoid}
@page{size:A4;margin:18mm 18mm 20mm;
@bottom-left{content:${cssString(confidential)};font-family:"DejaVu Sans",sans-serif;font-size:7.5pt;color:#555}
@bottom-right{content:${pageNumber};font-family:"DejaVu Sans",sans-serif;font-size:7.5pt;color:#555}}
@media print{
html{-webkit-print-color-adjust:exact;print-color-adjust:exact}
body{max-width:none;padding:0}
.screen-footer{display:none}}
`;
}
