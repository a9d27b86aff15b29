import { escapeHtml, type PageLanguage } from '@lethe/platform/http';
import type { LinkRefusal } from '@lethe/platform/links';
import { formatDate } from '@lethe/platform/service';
import { REASON_MAX_CHARS, type PageOffer, type SelfServiceAction } from '../self-service/rules';

/** How a page that acted ends: the change made, or why nothing changed. */
export type Outcome = LinkRefusal | 'opened' | 'withdrawn' | 'deleting' | 'export-started';

/** Every word of the self-service pages, in both languages. */
const WORDS = {
  de: {
    offers: {
      'open-form': ['Löschung Ihrer Daten beantragen', (deadline: string) => `Mit diesem Antrag (Löschbegehren) löschen wir Ihre Daten spätestens am ${deadline}. Bis dahin erhalten Sie keine automatischen Nachrichten mehr, und Sie können den Antrag jederzeit zurückziehen.`],
      'already-open': ['Ihr Löschbegehren liegt bereits vor', (deadline: string) => `Wir löschen Ihre Daten spätestens am ${deadline}.`],
      'withdraw-form': ['Löschbegehren zurückziehen', (deadline: string) => `Ihr Löschbegehren liegt vor; wir löschen Ihre Daten am ${deadline}. Ziehen Sie es zurück, bewahren wir Ihre Daten weiter nach unserer Aufbewahrungsfrist auf.`],
      'nothing-to-withdraw': ['Kein offenes Löschbegehren', () => 'Es liegt kein Löschbegehren vor, das Sie zurückziehen könnten.'],
      'delete-form': ['Ihre Daten jetzt löschen', () => 'Wir löschen alle Daten, die wir über Sie gespeichert haben, sofort und überall. Das lässt sich nicht rückgängig machen.'],
      'active-application': [
        'Sofortige Löschung nicht möglich',
        (deadline: string) => `Sie haben eine laufende Bewerbung; deshalb können wir Ihre Daten nicht sofort löschen. Sie können stattdessen ein Löschbegehren stellen: Wir löschen Ihre Daten dann spätestens am ${deadline}.`,
      ],
      'deletion-held': [
        'Sofortige Löschung nicht möglich',
        (deadline: string) => `Wir können Ihre Daten derzeit nicht sofort löschen. Sie können stattdessen ein Löschbegehren stellen: Wir löschen Ihre Daten dann spätestens am ${deadline}.`,
      ],
      'export-form': ['Ihre Daten herunterladen', () => 'Wir stellen alle Daten zusammen, die wir über Sie gespeichert haben. Den Link zum Herunterladen senden wir Ihnen per E-Mail.'],
    },
    actions: { 'open-request': 'Löschbegehren stellen', 'withdraw-request': 'Löschbegehren zurückziehen', 'delete-now': 'Meine Daten jetzt löschen', 'request-export': 'Meine Daten anfordern' },
    reasonLabel: `Grund (freiwillig, höchstens ${REASON_MAX_CHARS} Zeichen)`,
    yourReason: 'Ihr angegebener Grund',
    linkValidUntil: (date: string) => `Dieser Link ist gültig bis ${date}.`,
    outcomes: {
      opened: ['Löschbegehren eingegangen', (deadline: string) => `Wir löschen Ihre Daten spätestens am ${deadline}. Sie erhalten eine Bestätigung per E-Mail, mit der Sie das Löschbegehren auch zurückziehen können.`],
      withdrawn: ['Löschbegehren zurückgezogen', () => 'Ihr Löschbegehren wurde zurückgezogen; wir bewahren Ihre Daten weiter nach unserer Aufbewahrungsfrist auf.'],
      deleting: ['Ihre Daten werden gelöscht', () => 'Wir löschen jetzt alle Daten, die wir über Sie gespeichert haben, in allen unseren Systemen.'],
      'export-started': ['Ihre Daten werden zusammengestellt', () => 'Sobald Ihre Daten bereitstehen, senden wir Ihnen den Link zum Herunterladen per E-Mail.'],
      invalid: ['Ungültiger Link', () => 'Dieser Link ist ungültig. Bitte verwenden Sie den Link aus Ihrer Nachricht.'],
      expired: ['Link abgelaufen', () => 'Dieser Link ist abgelaufen. Bitte wenden Sie sich an Ihre Ansprechperson.'],
      used: ['Link bereits verwendet', () => 'Dieser Link wurde bereits verwendet. Jeder Link kann nur einmal verwendet werden.'],
    },
  },
  en: {
    offers: {
      'open-form': ['Request the erasure of your data', (deadline: string) => `With this request we erase your data by ${deadline} at the latest. Until then you receive no automated messages, and you can withdraw the request at any time.`],
      'already-open': ['Your erasure request has been received', (deadline: string) => `We erase your data by ${deadline} at the latest.`],
      'withdraw-form': ['Withdraw your erasure request', (deadline: string) => `Your erasure request is open; we erase your data on ${deadline}. If you withdraw it, we keep your data as our retention period says.`],
      'nothing-to-withdraw': ['No open erasure request', () => 'There is no erasure request that you could withdraw.'],
      'delete-form': ['Delete your data now', () => 'We delete all data we hold about you, at once and everywhere. This cannot be undone.'],
      'active-application': [
        'Your data cannot be deleted at once',
        (deadline: string) => `You have an application in progress, so we cannot delete your data at once. You can make an erasure request instead: we then erase your data by ${deadline} at the latest.`,
      ],
      'deletion-held': [
        'Your data cannot be deleted at once',
        (deadline: string) => `We cannot delete your data at once at present. You can make an erasure request instead: we then erase your data by ${deadline} at the latest.`,
      ],
      'export-form': ['Download your data', () => 'We put together all data we hold about you. We send you the download link by e-mail.'],
    },
    actions: { 'open-request': 'Request erasure', 'withdraw-request': 'Withdraw my erasure request', 'delete-now': 'Delete my data now', 'request-export': 'Request my data' },
    reasonLabel: `Reason (optional, at most ${REASON_MAX_CHARS} characters)`,
    yourReason: 'The reason you gave',
    linkValidUntil: (date: string) => `This link is valid until ${date}.`,
    outcomes: {
      opened: ['Erasure request received', (deadline: string) => `We erase your data by ${deadline} at the latest. You receive a confirmation by e-mail, with which you can also withdraw the request.`],
      withdrawn: ['Erasure request withdrawn', () => 'Your erasure request was withdrawn; we keep your data as our retention period says.'],
      deleting: ['Your data is being deleted', () => 'We are now deleting all data we hold about you, in all our systems.'],
      'export-started': ['Your data is being put together', () => 'As soon as your data is ready, we send you the download link by e-mail.'],
      invalid: ['Invalid link', () => 'This link is not valid. Please use the link from your message.'],
      expired: ['Link expired', () => 'This link has expired. Please contact your contact person.'],
      used: ['Link already used', () => 'This link has been used already. Each link can be used only once.'],
    },
  },
} as const;

/** What the pages add to the shared look: forms with a text field stack their parts. */
const STYLE = `form.stack{flex-direction:column;align-items:flex-start}textarea{width:100%;min-height:6rem;font:inherit}
.reason{border-left:3px solid #888;padding-left:1rem;white-space:pre-wrap}`;

/** The form of an offer: what it does, and whether it takes a reason. */
const FORM_OF: Readonly<Partial<Record<PageOffer, { action: SelfServiceAction; reason: boolean }>>> = {
  'open-form': { action: 'open-request', reason: true },
  'withdraw-form': { action: 'withdraw-request', reason: false },
  'delete-form': { action: 'delete-now', reason: false },
  'active-application': { action: 'open-request', reason: true },
  'deletion-held': { action: 'open-request', reason: true },
  'export-form': { action: 'request-export', reason: false },
};

export interface OfferPageModel {
  language: PageLanguage;
  offer: PageOffer;
  /** The open request's deadline, or when one opened now would be carried out. */
  deadline: Date;
  /** The reason the person gave for their open request (shown on the withdrawal page). */
  reason?: string;
  linkExpiresAt: Date;
  token: string;
  csrf: string;
}

/** A page's own part of the shared shell: its title, its content (escaped), its style. */
export interface PageContent {
  title: string;
  content: string;
  style: string;
}

const hidden = (name: string, value: string) => `<input type="hidden" name="${name}" value="${escapeHtml(value)}">`;

/** The page of a link: what it offers, with its form (the link's token and the form's CSRF seal in it). */
export function offerPage(page: OfferPageModel): PageContent {
  const words = WORDS[page.language];
  const [title, text] = words.offers[page.offer];
  const form = FORM_OF[page.offer];
  const given = page.offer === 'withdraw-form' && page.reason ? `<p>${escapeHtml(words.yourReason)}:</p><p class="reason" id="given-reason">${escapeHtml(page.reason)}</p>` : '';
  const reasonField = form?.reason
    ? `<label for="reason">${escapeHtml(words.reasonLabel)}</label><textarea id="reason" name="reason" maxlength="${REASON_MAX_CHARS}"></textarea>`
    : '';
  const formHtml = form
    ? `<form method="post" action="/self-service" class="stack">${hidden('token', page.token)}${hidden('csrf', page.csrf)}${hidden('action', form.action)}${hidden('lang', page.language)}
${reasonField}<button type="submit" id="${form.action}">${escapeHtml(words.actions[form.action])}</button></form>
<p><small>${escapeHtml(words.linkValidUntil(formatDate(page.linkExpiresAt, page.language)))}</small></p>`
    : '';
  return {
    title,
    style: STYLE,
    content: `<h1 data-offer="${page.offer}">${escapeHtml(title)}</h1><p>${escapeHtml(text(formatDate(page.deadline, page.language)))}</p>${given}${formHtml}`,
  };
}

/** The page after an action, or for a link that opens nothing. */
export function outcomePage(language: PageLanguage, outcome: Outcome, deadline?: Date): PageContent {
  const [title, text] = WORDS[language].outcomes[outcome];
  return { title, style: STYLE, content: `<h1 data-outcome="${outcome}">${escapeHtml(title)}</h1><p>${escapeHtml(text(deadline ? formatDate(deadline, language) : ''))}</p>` };
}
