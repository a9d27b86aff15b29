import { isCandidateName, lower, type NameInfo } from './identifiers';
import { isLetter, isPunct, skipGap, type Span, type Token } from './text';

type UnitKind = 'name' | 'initial' | 'title' | 'particle';

/** One word of a name form: a name, an initial ("A."), a title ("Dr.") or a particle ("von"). */
interface Unit {
  kind: UnitKind;
  start: number;
  end: number;
  /** The token after the unit. */
  next: number;
  letter?: string;
  /** A name that is (also) a part of the last name. */
  last?: boolean;
}

const APOSTROPHE = new Set(["'", '\u2019', '\u02bc']);

const isUpperLetter = (word: string): boolean => [...word].length === 1 && isLetter(word) && word === word.toUpperCase() && word !== word.toLowerCase();

function unitAt(tokens: readonly Token[], i: number, names: NameInfo): Unit | undefined {
  const token = tokens[i];
  if (token.kind !== 'word') return undefined;
  const dot = isPunct(tokens, i + 1, '.');
  if (isUpperLetter(token.text)) {
    if (!dot || !(names.firstInitials.includes(token.text) || names.lastInitials.includes(token.text))) return undefined;
    return { kind: 'initial', start: token.start, end: tokens[i + 1].end, next: i + 2, letter: token.text };
  }
  if (isCandidateName(token.text, names)) {
    // An apostrophe after a name ending in s, x or z is its possessive and goes with it: "James'".
    const apostrophe = tokens[i + 1]?.kind === 'punct' && APOSTROPHE.has(tokens[i + 1].text);
    const last = isCandidateName(token.text, names, names.lastVariants);
    if (apostrophe && tokens[i + 2]?.kind !== 'word' && /[sxzß]$/i.test(token.text)) return { kind: 'name', start: token.start, end: tokens[i + 1].end, next: i + 2, last };
    return { kind: 'name', start: token.start, end: token.end, next: i + 1, last };
  }
  const word = lower(token.text);
  if (names.titles.has(word)) return { kind: 'title', start: token.start, end: dot ? tokens[i + 1].end : token.end, next: dot ? i + 2 : i + 1 };
  if (names.particles.has(word)) return { kind: 'particle', start: token.start, end: token.end, next: i + 1 };
  return undefined;
}

/**
 * Whether two units next to each other belong to one name form ("Dr. Anna Müller", "A.M."); with a
 * comma only last name before first name or initial ("Müller, Anna", "Müller, A.").
 */
function joins(text: string, left: Unit, right: Unit): boolean {
  if (right.start - left.end > 2) return false;
  const gap = text.slice(left.end, right.start);
  if (gap === '' || gap === ' ' || gap === '\u00a0' || gap === '-') return true;
  return (gap === ', ' || gap === ',') && left.kind === 'name' && left.last === true && (right.kind === 'initial' || (right.kind === 'name' && !right.last));
}

/** A name form stands for the candidate when it holds one of the names, the full initials, or a salutation with the last initial ("Frau M."). */
function isCandidateForm(units: readonly Unit[], names: NameInfo): boolean {
  if (units.some((unit) => unit.kind === 'name')) return true;
  const initials = units.filter((unit) => unit.kind === 'initial').map((unit) => unit.letter).join('');
  if (names.initialSequences.has(initials)) return true;
  return units.length >= 2 && units[0].kind === 'title' && initials === names.lastInitials[0] && units[units.length - 1].kind === 'initial';
}

/** An age right after a name goes with it: "Anna Müller (35)", "Anna, 35, ...". */
function ageAfter(tokens: readonly Token[], next: number): number | undefined {
  const isAge = (token: Token | undefined) => token?.kind === 'num' && token.text.length === 2 && Number(token.text) >= 16;
  const open = skipGap(tokens, next, 1);
  if (isPunct(tokens, open, '(') && isAge(tokens[open + 1]) && isPunct(tokens, open + 2, ')')) return tokens[open + 2].end;
  if (isPunct(tokens, next, ',') && tokens[next + 1]?.kind === 'space' && isAge(tokens[next + 2]) && isPunct(tokens, next + 3, ',')) return tokens[next + 2].end;
  return undefined;
}

/**
 * The candidate's names in every form: each part of first and last name, case-insensitive, as whole
 * words (possessives included), transliterated either way, with initials, and titles or salutations
 * directly before them ("Herr Müller" is one span; "Herr" alone is none).
 */
export function findNames(text: string, tokens: readonly Token[], names: NameInfo): Span[] {
  const spans: Span[] = [];
  let group: Unit[] = [];
  const flush = () => {
    while (group.length > 0 && (group[group.length - 1].kind === 'title' || group[group.length - 1].kind === 'particle')) group.pop();
    if (group.length > 0 && isCandidateForm(group, names)) {
      const last = group[group.length - 1];
      spans.push({ start: group[0].start, end: ageAfter(tokens, last.next) ?? last.end });
    }
    group = [];
  };
  let i = 0;
  while (i < tokens.length) {
    const unit = unitAt(tokens, i, names);
    if (!unit) {
      i++;
      continue;
    }
    if (group.length > 0 && !joins(text, group[group.length - 1], unit)) flush();
    group.push(unit);
    i = unit.next;
  }
  flush();
  return spans;
}
