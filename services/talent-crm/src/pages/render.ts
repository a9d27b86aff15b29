import { escapeHtml, outcomeParts, type PageLanguage } from '@lethe/platform/http';
import type { FieldViolation } from '@lethe/platform/errors';
import { LIMITS } from '@lethe/platform/validation';
import { MAX_SKILLS_CHARS, NOTHING_ANSWERED, type Questions } from '../forms/answers';
import { FORM_LIMITS } from '../forms/form';
import { PROFILE_LIMITS } from '../talents/profile';
import type { ProfileFieldName } from '../talents/talent';

type Words = (typeof WORDS)[PageLanguage];

/** Every word of the pages, in both languages. */
const WORDS = {
  de: {
    labels: {
      firstName: 'Vorname',
      lastName: 'Nachname',
      email: 'E-Mail',
      phone: 'Telefon',
      city: 'Ort',
      country: 'Land',
      headline: 'Aktuelle Position oder Wunschposition',
      interests: 'Ich interessiere mich für Stellen in folgenden Bereichen',
      skills: 'Kenntnisse (durch Kommas getrennt)',
      salaryExpectation: 'Gehaltsvorstellung',
      availability: 'Verfügbar ab',
      careerUpdate: 'Was hat sich beruflich bei Ihnen getan?',
      profileUrl: 'Link zu Ihrem Profil (z. B. LinkedIn)',
      language: 'Sprache',
      lastRecruiterContact: 'Mit welcher Ansprechperson hatten Sie zuletzt Kontakt?',
    } satisfies Record<ProfileFieldName, string>,
    required: 'Pflichtfeld',
    consentVersion: (version: number) => (version === 0 ? 'Fassung: Standardtext' : `Fassung ${version}`),
    consentAgree: 'Ich willige in die Speicherung meiner Daten wie oben beschrieben ein.',
    submit: 'Absenden',
    send: 'Antworten senden',
    greeting: (name: string) => (name ? `Guten Tag ${name},` : 'Guten Tag,'),
    detailsIntro: 'vielen Dank für Ihr Interesse. Mit ein paar weiteren Angaben können wir Ihnen passende Stellen anbieten.',
    followUpIntro: 'wir würden gerne wissen, wie es Ihnen beruflich geht, damit wir Ihnen passende Stellen anbieten können.',
    detailsTitle: 'Ihre weiteren Angaben',
    followUpTitle: 'Was gibt es Neues?',
    problemsTitle: 'Bitte prüfen Sie Ihre Angaben.',
    problems: { required: 'Bitte ausfüllen.', too_long: 'Diese Angabe ist zu lang.', invalid_format: 'Bitte prüfen Sie das Format.', other: 'Bitte prüfen Sie diese Angabe.' },
    consentMissing: 'Ohne Ihre Einwilligung können wir Ihre Angaben nicht speichern.',
    atLeastOne: 'Bitte beantworten Sie mindestens eine Frage.',
    outcomes: {
      received: ['Vielen Dank', 'Ihre Angaben sind bei uns eingegangen. Wenn wir weitere Angaben brauchen, schreiben wir Ihnen eine E-Mail.'],
      answered: ['Vielen Dank', 'Ihre Angaben wurden gespeichert.'],
      'no-form': ['Formular nicht gefunden', 'Dieses Formular gibt es nicht oder nicht mehr.'],
      invalid: ['Ungültiger Link', 'Dieser Link ist ungültig. Bitte verwenden Sie den Link aus Ihrer Nachricht.'],
      expired: ['Link abgelaufen', 'Dieser Link ist abgelaufen. Bitte wenden Sie sich an Ihre Ansprechperson.'],
      used: ['Link bereits verwendet', 'Über diesen Link wurde bereits geantwortet. Jeder Link kann nur einmal verwendet werden.'],
    },
  },
  en: {
    labels: {
      firstName: 'First name',
      lastName: 'Last name',
      email: 'Email',
      phone: 'Phone',
      city: 'City',
      country: 'Country',
      headline: 'Current or desired position',
      interests: "I'm interested in jobs in these fields",
      skills: 'Skills (separated by commas)',
      salaryExpectation: 'Salary expectation',
      availability: 'Available from',
      careerUpdate: "What's new in your career?",
      profileUrl: 'Link to your profile (e.g. LinkedIn)',
      language: 'Language',
      lastRecruiterContact: 'Which recruiter were you last in touch with?',
    } satisfies Record<ProfileFieldName, string>,
    required: 'required',
    consentVersion: (version: number) => (version === 0 ? 'Version: standard text' : `Version ${version}`),
    consentAgree: 'I consent to my data being kept as described above.',
    submit: 'Submit',
    send: 'Send answers',
    greeting: (name: string) => (name ? `Dear ${name},` : 'Hello,'),
    detailsIntro: 'thank you for your interest. With a few more details we can offer you suitable jobs.',
    followUpIntro: "we'd like to hear how you are doing in your career, so that we can offer you suitable jobs.",
    detailsTitle: 'A few more details',
    followUpTitle: "What's new?",
    problemsTitle: 'Please check what you entered.',
    problems: { required: 'Please fill this in.', too_long: 'This is too long.', invalid_format: 'Please check the format.', other: 'Please check this.' },
    consentMissing: 'Without your consent we cannot keep what you entered.',
    atLeastOne: 'Please answer at least one question.',
    outcomes: {
      received: ['Thank you', 'We have received your details. If we need more, we will send you an email.'],
      answered: ['Thank you', 'Your answers have been saved.'],
      'no-form': ['Form not found', 'This form does not exist or no longer exists.'],
      invalid: ['Invalid link', 'This link is not valid. Please use the link from your message.'],
      expired: ['Link expired', 'This link has expired. Please contact your contact person.'],
      used: ['Link already used', 'This link has been answered already. Each link can be used only once.'],
    },
  },
} as const;

export type Outcome = keyof Words['outcomes'];

/** What the pages add to the shared look: fields one below the other. */
export const PAGE_STYLE = `form{flex-direction:column;gap:.9rem}label{display:block;font-weight:600}
input[type=text],input[type=email],input[type=tel],input[type=url],textarea{width:100%;box-sizing:border-box;font:inherit;padding:.4rem}
textarea{min-height:6rem}fieldset{border:1px solid #ccc;padding:.6rem 1rem}.choice,.consent-agree{font-weight:400}
.problem{color:#a00000;margin:.2rem 0 0}.consent{border-left:3px solid #888;padding-left:1rem}.consent-text{white-space:pre-wrap}`;

/** The parts of a page that only says how things ended. */
export function outcomePageParts(language: PageLanguage, outcome: Outcome): { title: string; content: string } {
  return outcomeParts(outcome, WORDS[language].outcomes[outcome]);
}

/** What the person entered, shown back after a refusal (never more than a field may hold), and what was wrong. */
export interface Entered {
  values: Partial<Record<ProfileFieldName, string | string[]>>;
  violations: readonly FieldViolation[];
}

const NO_ENTRIES: Entered = { values: {}, violations: [] };

/** What each field holds at most, as the profile's rules say; the other fields are short texts. */
const MAX_CHARS: Partial<Record<ProfileFieldName, number>> = {
  firstName: PROFILE_LIMITS.name,
  lastName: PROFILE_LIMITS.name,
  email: LIMITS.email,
  phone: LIMITS.phone,
  city: PROFILE_LIMITS.city,
  headline: PROFILE_LIMITS.headline,
  skills: MAX_SKILLS_CHARS,
  careerUpdate: PROFILE_LIMITS.careerUpdate,
  profileUrl: LIMITS.url,
};
const maxCharsOf = (field: ProfileFieldName) => MAX_CHARS[field] ?? PROFILE_LIMITS.shortText;

/** The values of a posted form to show back: strings (checkboxes: lists) of the asked fields, cut to what each may hold. */
export function enteredValues(body: unknown, asked: readonly ProfileFieldName[]): Entered['values'] {
  const posted = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  const values: Entered['values'] = {};
  for (const field of asked) {
    const value = posted[field];
    if (typeof value === 'string') values[field] = value.slice(0, maxCharsOf(field));
    else if (Array.isArray(value)) values[field] = value.filter((entry): entry is string => typeof entry === 'string').slice(0, FORM_LIMITS.interestOptions).map((entry) => entry.slice(0, FORM_LIMITS.interestOption));
  }
  return values;
}

const attribute = (name: string, value: string) => ` ${name}="${escapeHtml(value)}"`;
const hidden = (name: string, value: string) => `<input type="hidden"${attribute('name', name)}${attribute('value', value)}>`;

const INPUT_TYPE: Partial<Record<ProfileFieldName, string>> = { email: 'email', phone: 'tel', profileUrl: 'url' };
const AUTOCOMPLETE: Partial<Record<ProfileFieldName, string>> = { firstName: 'given-name', lastName: 'family-name', email: 'email', phone: 'tel', city: 'address-level2', profileUrl: 'url' };
const TEXT_AREAS: readonly ProfileFieldName[] = ['careerUpdate', 'skills'];

/** What the person is told about a field the server refused, in the page's language (never the value). */
function problemOf(words: Words, field: string, violations: readonly FieldViolation[]): string | undefined {
  const violation = violations.find((candidate) => candidate.field === field || candidate.field.startsWith(`${field}[`));
  if (!violation) return undefined;
  if (violation.description === NOTHING_ANSWERED) return words.atLeastOne;
  const known = words.problems as Record<string, string>;
  return known[violation.code] ?? words.problems.other;
}

function problemLine(id: string, problem: string | undefined): string {
  return problem ? `<p class="problem" id="problem-${id}">${escapeHtml(problem)}</p>` : '';
}

/** One question: its label and input, what was entered before, and what was wrong with it. */
function questionHtml(words: Words, field: ProfileFieldName, questions: Questions, required: boolean, entered: Entered): string {
  const label = escapeHtml(words.labels[field]) + (required ? ` <small>(${escapeHtml(words.required)})</small>` : '');
  const problem = problemLine(field, problemOf(words, field, entered.violations));
  const value = entered.values[field];
  if (field === 'interests') {
    const chosen = new Set(Array.isArray(value) ? value : typeof value === 'string' ? [value] : []);
    const choices = questions.interestOptions
      .map((option, index) => `<label class="choice"><input type="checkbox" name="interests" id="interests-${index}"${attribute('value', option)}${chosen.has(option) ? ' checked' : ''}> ${escapeHtml(option)}</label>`)
      .join('\n');
    return `<fieldset id="field-interests"><legend>${label}</legend>\n${choices}${problem}</fieldset>`;
  }
  const text = typeof value === 'string' ? value : '';
  const common = `${attribute('name', field)}${attribute('id', field)} maxlength="${maxCharsOf(field)}"${required ? ' required' : ''}${AUTOCOMPLETE[field] ? attribute('autocomplete', AUTOCOMPLETE[field]) : ''}`;
  const input = TEXT_AREAS.includes(field) ? `<textarea${common}>${escapeHtml(text)}</textarea>` : `<input type="${INPUT_TYPE[field] ?? 'text'}"${common}${attribute('value', text)}>`;
  return `<div><label for="${field}">${label}</label>${input}${problem}</div>`;
}

function problemsSummary(words: Words, entered: Entered): string {
  return entered.violations.length > 0 ? `<p class="problem" id="problems" role="alert">${escapeHtml(words.problemsTitle)}</p>` : '';
}

/** The consent statement the form shows, as the consent service gave it. */
export interface StatementShown {
  textId: string;
  textVersion: number;
  title: string;
  body: string;
  sha256: string;
  months: number;
}

export interface FormPageModel {
  language: PageLanguage;
  form: { id: string; title: string; description: string };
  questions: Questions;
  statement: StatementShown;
  csrf: string;
  /** Binds the statement (text, hash, months) to this page: a grant proves what the page showed. */
  statementSeal: string;
  entered?: Entered;
}

/** A talent form's page: its title and description, its questions, the storage consent to give on submit. */
export function formPage(page: FormPageModel): { title: string; content: string } {
  const words = WORDS[page.language];
  const entered = page.entered ?? NO_ENTRIES;
  const { statement } = page;
  const consentProblem = entered.violations.some((violation) => violation.field === 'storageConsent') ? words.consentMissing : undefined;
  const questions = page.questions.asked.map((field) => questionHtml(words, field, page.questions, isRequired(field, page.questions), entered)).join('\n');
  const description = page.form.description ? `<p class="description">${escapeHtml(page.form.description)}</p>` : '';
  return {
    title: page.form.title,
    content: `<h1>${escapeHtml(page.form.title)}</h1>
${description}
${problemsSummary(words, entered)}
<form method="post"${attribute('action', `/talent-forms/${page.form.id}`)}>
${hidden('csrf', page.csrf)}${hidden('consentTextId', statement.textId)}${hidden('consentSha256', statement.sha256)}${hidden('consentMonths', String(statement.months))}${hidden('consentSeal', page.statementSeal)}${hidden('lang', page.language)}
${questions}
<fieldset class="consent" id="consent">
<legend>${escapeHtml(statement.title)}</legend>
<p class="consent-text" id="consent-text">${escapeHtml(statement.body)}</p>
<p><small id="consent-version">${escapeHtml(words.consentVersion(statement.textVersion))}</small></p>
<label class="consent-agree"><input type="checkbox" name="storageConsent" value="yes" id="storage-consent" required> ${escapeHtml(words.consentAgree)}</label>
${problemLine('storageConsent', consentProblem)}
</fieldset>
<button type="submit" id="submit">${escapeHtml(words.submit)}</button>
</form>`,
  };
}

function isRequired(field: ProfileFieldName, questions: Questions): boolean {
  return !questions.atLeastOne && (field === 'firstName' || field === 'lastName' || field === 'email');
}

export interface QuestionsPageModel {
  language: PageLanguage;
  kind: 'details' | 'follow-up';
  /** Where the answers are posted. */
  action: string;
  /** The person's first name, the only thing of their profile a page reached by a link shows. */
  firstName: string;
  questions: Questions;
  token: string;
  csrf: string;
  entered?: Entered;
}

/** A page a link in a message opens: a greeting by first name, the questions, nothing of what is stored. */
export function questionsPage(page: QuestionsPageModel): { title: string; content: string } {
  const words = WORDS[page.language];
  const entered = page.entered ?? NO_ENTRIES;
  const title = page.kind === 'details' ? words.detailsTitle : words.followUpTitle;
  const questions = page.questions.asked.map((field) => questionHtml(words, field, page.questions, false, entered)).join('\n');
  return {
    title,
    content: `<h1>${escapeHtml(title)}</h1>
<p id="greeting">${escapeHtml(words.greeting(page.firstName))}</p>
<p>${escapeHtml(page.kind === 'details' ? words.detailsIntro : words.followUpIntro)}</p>
${problemsSummary(words, entered)}
<form method="post"${attribute('action', page.action)}>
${hidden('token', page.token)}${hidden('csrf', page.csrf)}${hidden('lang', page.language)}
${questions}
<button type="submit" id="submit">${escapeHtml(words.send)}</button>
</form>`,
  };
}
