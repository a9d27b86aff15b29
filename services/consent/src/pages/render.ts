import { escapeHtml, renderPage, type PageFrame } from '@lethe/platform/http';
import type { LinkRefusal } from '@lethe/platform/links';
import type { Language, Statement } from '../texts/texts';

/** Every word of the pages, in both languages. */
const WORDS = {
  de: {
    pageTitle: 'Einwilligung',
    client: 'Unternehmen',
    purpose: 'Zweck',
    period: 'Dauer',
    months: (n: number) => `${n} Monate`,
    untilWithdrawn: 'bis zum Widerruf',
    purposes: {
      CONSENT_KIND_CLEAR_DATA_SHARING: 'Weitergabe Ihres vollständigen Profils (Klardatenprofil) an dieses Unternehmen',
      CONSENT_KIND_STORAGE: 'Längere Speicherung Ihrer Daten (Talent-Pool)',
      CONSENT_KIND_CAMPAIGN: 'Nachrichten zu passenden Stellenangeboten',
    },
    grant: 'Ich willige ein',
    decline: 'Ich lehne ab',
    linkValidUntil: (date: string) => `Dieser Link ist gültig bis ${date}.`,
    granted: ['Vielen Dank', 'Ihre Einwilligung wurde gespeichert. Sie können sie jederzeit widerrufen.'],
    declined: ['Vielen Dank', 'Ihre Ablehnung wurde gespeichert. Es werden keine Daten weitergegeben.'],
    invalid: ['Ungültiger Link', 'Dieser Link ist ungültig. Bitte verwenden Sie den Link aus Ihrer Nachricht.'],
    expired: ['Link abgelaufen', 'Dieser Link ist abgelaufen. Bitte fordern Sie bei Ihrer Ansprechperson einen neuen an.'],
    used: ['Link bereits verwendet', 'Über diesen Link wurde bereits entschieden. Jeder Link kann nur einmal verwendet werden.'],
  },
  en: {
    pageTitle: 'Consent',
    client: 'Company',
    purpose: 'Purpose',
    period: 'Period',
    months: (n: number) => `${n} months`,
    untilWithdrawn: 'until withdrawn',
    purposes: {
      CONSENT_KIND_CLEAR_DATA_SHARING: 'Sharing your complete profile (clear-data profile) with this company',
      CONSENT_KIND_STORAGE: 'Keeping your data longer (talent pool)',
      CONSENT_KIND_CAMPAIGN: 'Messages about suitable job offers',
    },
    grant: 'I consent',
    decline: 'I decline',
    linkValidUntil: (date: string) => `This link is valid until ${date}.`,
    granted: ['Thank you', 'Your consent has been recorded. You can withdraw it at any time.'],
    declined: ['Thank you', 'Your refusal has been recorded. No data will be shared.'],
    invalid: ['Invalid link', 'This link is not valid. Please use the link from your message.'],
    expired: ['Link expired', 'This link has expired. Please ask your contact person for a new one.'],
    used: ['Link already used', 'A decision has already been made through this link. Each link can be used only once.'],
  },
} as const;

export type Outcome = LinkRefusal | 'granted' | 'declined';

/** What the consent page adds to the shared look. */
const STYLE = `dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}dt{font-weight:600}
.text{border-left:3px solid #888;padding-left:1rem;white-space:pre-wrap}`;

function layout(frame: PageFrame, nonce: string, title: string, content: string): string {
  return renderPage({ ...frame, nonce, title, content, style: STYLE });
}

export interface ConsentPageModel {
  frame: PageFrame & { language: Language };
  nonce: string;
  kind: keyof (typeof WORDS)['de']['purposes'];
  clientName?: string;
  periodMonths?: number;
  statement: Statement;
  linkExpiresAt: Date;
  token: string;
  csrf: string;
  /** Binds `statement.text.id` to this page (see consentPages). */
  textMac: string;
}

export function consentPage(page: ConsentPageModel): string {
  const { language } = page.frame;
  const words = WORDS[language];
  const rows: [string, string][] = [];
  if (page.clientName) rows.push([words.client, page.clientName]);
  rows.push([words.purpose, words.purposes[page.kind]]);
  rows.push([words.period, page.periodMonths ? words.months(page.periodMonths) : words.untilWithdrawn]);
  const expires = page.linkExpiresAt.toLocaleDateString(language === 'de' ? 'de-DE' : 'en-GB', { timeZone: 'UTC', dateStyle: 'long' });
  const hidden = (name: string, value: string) => `<input type="hidden" name="${name}" value="${escapeHtml(value)}">`;
  // The first submit button is the form's default button, the one implicit submission (Enter in a
  // field) clicks: a disabled one makes that submit nothing, so only a click on grant or decline answers.
  const noImplicitSubmission = '<button type="submit" disabled hidden></button>';
  return layout(
    page.frame,
    page.nonce,
    page.statement.title,
    `<h1>${escapeHtml(page.statement.title)}</h1>
<dl>${rows.map(([term, value]) => `<dt>${escapeHtml(term)}</dt><dd>${escapeHtml(value)}</dd>`).join('')}</dl>
<p class="text" id="consent-text">${escapeHtml(page.statement.body)}</p>
<form method="post" action="/consent">${hidden('token', page.token)}${hidden('csrf', page.csrf)}${hidden('textId', page.statement.text.id)}${hidden('textMac', page.textMac)}${hidden('lang', language)}
${noImplicitSubmission}
<button type="submit" name="decision" value="grant" id="grant">${escapeHtml(words.grant)}</button>
<button type="submit" name="decision" value="decline" id="decline">${escapeHtml(words.decline)}</button>
</form>
<p><small>${escapeHtml(words.linkValidUntil(expires))}</small></p>`,
  );
}

/** The page after an answer, or for a link that opens nothing. */
export function outcomePage(frame: PageFrame & { language: Language }, nonce: string, outcome: Outcome): string {
  const [title, text] = WORDS[frame.language][outcome];
  return layout(frame, nonce, title, `<h1 data-outcome="${outcome}">${escapeHtml(title)}</h1><p>${escapeHtml(text)}</p>`);
}
