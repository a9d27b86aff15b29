/** What is known about a candidate that must not appear in an anonymous profile. */
export interface CandidateIdentity {
  salutation?: string;
  title?: string;
  firstName?: string;
  lastName?: string;
  /** YYYY-MM-DD */
  dateOfBirth?: string;
  email?: string;
  phone?: string;
  address?: { street?: string; zip?: string; city?: string; country?: string };
  /** e.g. https://www.linkedin.com/in/anna-mueller-123 */
  profileUrls: string[];
}

const UMLAUTS: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', ø: 'oe', å: 'aa', æ: 'ae', œ: 'oe' };
/** Letters that Unicode decomposition does not reduce to a base letter. */
const BASE_LETTERS: Record<string, string> = { ß: 'ss', ø: 'o', æ: 'ae', œ: 'oe', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ħ: 'h' };
const COMBINING_MARK = /\p{M}/gu;
const APOSTROPHE = /[\u2019\u02bc`\u00b4]/g;

/** Lower case, NFC, one kind of apostrophe: the form names are compared in. */
export const lower = (text: string): string => text.normalize('NFC').toLowerCase().replace(APOSTROPHE, "'");

const mapLetters = (text: string, table: Record<string, string>): string => {
  let out = '';
  for (const ch of text) out += table[ch] ?? ch;
  return out;
};

const stripMarks = (text: string): string => mapLetters(text.normalize('NFD').replace(COMBINING_MARK, ''), BASE_LETTERS).normalize('NFC');

/** German transliteration (ü → ue, ß → ss), other diacritics dropped (é → e). Expects lower case. */
export const transliterate = (text: string): string => stripMarks(mapLetters(text, UMLAUTS));

/** Every diacritic dropped (ü → u, é → e, ß → ss). Expects lower case. */
export const stripDiacritics = (text: string): string => stripMarks(text);

/** Name particles: part of a name next to it, never a name by themselves. */
export const PARTICLES = new Set(['von', 'van', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'du', 'dos', 'das', 'zu', 'zum', 'zur', 'vom', 'ten', 'ter', 'le', 'la', 'y', 'bin', 'al', 'el']);

/** Salutations and academic titles: not identifiers alone, but part of a name they stand before. */
const TITLES = ['herr', 'herrn', 'frau', 'hr', 'fr', 'mr', 'mrs', 'ms', 'miss', 'mx', 'sir', 'dr', 'prof', 'dipl', 'ing', 'mag', 'med', 'rer', 'nat', 'phil', 'jur', 'habil', 'dres', 'professor', 'doktor'];

export interface NameInfo {
  /** Lower-case spellings of each name part: as written, transliterated and stripped. */
  variants: Set<string>;
  /** The spellings of the last-name parts alone. */
  lastVariants: Set<string>;
  /** Particles of the candidate's own name ("von", "der"). */
  particles: Set<string>;
  titles: Set<string>;
  /** Upper-case initials of the first-name parts, then of the last-name parts. */
  firstInitials: string[];
  lastInitials: string[];
  /** Accepted initials-only forms, as their letters: "AM" for "A.M.". */
  initialSequences: Set<string>;
  /** First and last name run together, in every spelling: "annamueller", "muelleranna", "amueller". */
  joined: Set<string>;
}

const splitName = (name: string | undefined): string[] =>
  (name ?? '')
    .normalize('NFC')
    .split(/[\s\-\u2010\u2011]+/u)
    .map((part) => part.replace(/\.$/, ''))
    .filter((part) => part.length > 0);

const spellings = (part: string): string[] => {
  const base = lower(part);
  const forms = [base, transliterate(base), stripDiacritics(base)];
  if (base.includes("'")) forms.push(...forms.map((form) => form.replace(/'/g, '')));
  return [...new Set(forms)];
};

const initialOf = (part: string): string => {
  for (const ch of part) if (/\p{L}/u.test(ch)) return ch.toUpperCase();
  return '';
};

/** Whether a part is a name in its own right (not a particle or a lone initial). */
const isNamePart = (part: string): boolean => !PARTICLES.has(lower(part)) && [...part].filter((ch) => /\p{L}/u.test(ch)).length >= 2;

export function nameInfo(identity: CandidateIdentity): NameInfo {
  const first = splitName(identity.firstName);
  const last = splitName(identity.lastName);
  const variants = new Set<string>();
  const lastVariants = new Set<string>();
  const particles = new Set<string>();
  for (const part of [...first, ...last]) {
    if (isNamePart(part)) for (const form of spellings(part)) variants.add(form);
    else if (PARTICLES.has(lower(part))) particles.add(lower(part));
  }
  for (const part of last.filter(isNamePart)) for (const form of spellings(part)) lastVariants.add(form);
  const titles = new Set(TITLES);
  for (const word of splitName(`${identity.salutation ?? ''} ${identity.title ?? ''}`)) titles.add(lower(word).replace(/\./g, ''));
  const firstParts = first.filter(isNamePart);
  const lastParts = last.filter(isNamePart);
  const firstInitials = firstParts.map(initialOf).filter(Boolean);
  const lastInitials = lastParts.map(initialOf).filter(Boolean);
  const initialSequences = new Set<string>();
  if (firstInitials.length > 0 && lastInitials.length > 0) {
    for (const f of [firstInitials[0], firstInitials.join('')]) for (const l of [lastInitials[0], lastInitials.join('')]) initialSequences.add(f + l);
  }
  const joined = new Set<string>();
  const firstForms = firstParts.length > 0 ? [...new Set([...firstParts.flatMap(spellings), ...spellings(firstParts.join(''))])] : [];
  const lastForms = lastParts.length > 0 ? [...new Set([...lastParts.flatMap(spellings), ...spellings(lastParts.join('')), ...spellings(last.join(''))])] : [];
  // A last name of several parts also stands alone run together: "vonderheide", "muellerluedenscheidt".
  if (last.length > 1) for (const form of spellings(last.join(''))) joined.add(form);
  for (const f of firstForms) {
    for (const l of lastForms) {
      joined.add(f + l);
      joined.add(l + f);
      joined.add(f[0] + l);
    }
  }
  return { variants, lastVariants, particles, titles, firstInitials, lastInitials, initialSequences, joined };
}

/** Whether a word (as written in the text) is one of the candidate's names, also in a possessive ("Annas", "Anna's"). */
export function isCandidateName(word: string, names: NameInfo, variants: Set<string> = names.variants): boolean {
  const base = lower(word);
  if (matchesSpelling(base, variants)) return true;
  if (base.endsWith("'s")) return matchesSpelling(base.slice(0, -2), variants);
  if (base.endsWith('s') && base.length > 2) return matchesSpelling(base.slice(0, -1), variants);
  return false;
}

const matchesSpelling = (base: string, variants: Set<string>): boolean =>
  variants.has(base) || variants.has(transliterate(base)) || variants.has(stripDiacritics(base)) || variants.has(base.replace(/'/g, ''));

/** Whether a word in a host or path ("annamueller", "mueller") stands for the candidate. */
export function isNameInWord(word: string, names: NameInfo): boolean {
  const base = lower(word);
  return isCandidateName(word, names) || names.joined.has(base) || names.joined.has(transliterate(base)) || names.joined.has(stripDiacritics(base));
}
