import { lower } from './identifiers';
import { isGap, isPunct, isWordLike, skipGap, type Span, type Token } from './text';

/** Top-level domains accepted after a written-out dot ("example dot com") or a dot between spaces. */
export const KNOWN_TLDS = new Set([
  'com', 'de', 'net', 'org', 'io', 'dev', 'me', 'eu', 'info', 'at', 'ch', 'uk', 'co', 'app', 'page', 'blog', 'xyz', 'online', 'site', 'tech', 'ai', 'us', 'fr', 'nl', 'it', 'es', 'pl', 'se', 'dk', 'no', 'fi', 'be', 'lu', 'cz', 'biz', 'name', 'pro', 'email', 'mail', 'cloud', 'one', 'world', 'edu', 'gov', 'tv', 'li', 'ie', 'pt', 'gr', 'hu', 'ro', 'sk', 'si', 'hr', 'tr', 'ru', 'ua', 'in', 'jp', 'cn', 'au', 'ca', 'nz', 'br', 'mx', 'za', 'to', 'gmbh', 'berlin', 'hamburg', 'koeln', 'bayern', 'wien', 'swiss', 'studio', 'design', 'digital', 'network', 'solutions', 'consulting',
]);

const AT_WORDS = new Set(['at', 'ät', 'aet']);
const DOT_WORDS = new Set(['dot', 'punkt', 'point']);
const OPEN_CLOSE: Record<string, string> = { '(': ')', '[': ']', '{': '}', '<': '>' };
const LOCAL_PUNCT = new Set(['.', '_', '-', '+', '%']);

type SeparatorKind = 'plain' | 'spaced' | 'bracket' | 'word';

interface Separator {
  kind: SeparatorKind;
  /** The token after the separator. */
  next: number;
}

/** A bracketed word like "(at)", "[dot]", "{punkt}", also "(@)", with optional spaces inside. */
function bracketed(tokens: readonly Token[], i: number, words: Set<string>, symbol: string): number | undefined {
  const close = OPEN_CLOSE[tokens[i]?.kind === 'punct' ? tokens[i].text : ''];
  if (!close) return undefined;
  const inner = skipGap(tokens, i + 1);
  const token = tokens[inner];
  if (!token || !((token.kind === 'word' && words.has(lower(token.text))) || (token.kind === 'punct' && token.text === symbol))) return undefined;
  const end = skipGap(tokens, inner + 1);
  return isPunct(tokens, end, close) ? end + 1 : undefined;
}

/** The at-sign in any of its written forms, starting at the token after the local part. */
function atSeparator(tokens: readonly Token[], i: number): Separator | undefined {
  const before = skipGap(tokens, i, 3);
  if (isPunct(tokens, before, '@')) {
    const spaced = before !== i || isGap(tokens, before + 1, 3);
    return { kind: spaced ? 'spaced' : 'plain', next: skipGap(tokens, before + 1, 3) };
  }
  const bracketEnd = bracketed(tokens, before, AT_WORDS, '@');
  if (bracketEnd !== undefined) return { kind: 'bracket', next: skipGap(tokens, bracketEnd, 3) };
  const word = tokens[before];
  if (before !== i && word?.kind === 'word' && AT_WORDS.has(lower(word.text)) && isGap(tokens, before + 1, 3)) {
    return { kind: lower(word.text) === 'at' ? 'word' : 'bracket', next: before + 2 };
  }
  return undefined;
}

/** A dot between domain labels in any of its written forms. */
function dotSeparator(tokens: readonly Token[], i: number): Separator | undefined {
  if (isPunct(tokens, i, '.')) {
    if (isGap(tokens, i + 1, 2)) return { kind: 'spaced', next: i + 2 };
    return { kind: 'plain', next: i + 1 };
  }
  const before = skipGap(tokens, i, 2);
  if (before !== i && isPunct(tokens, before, '.')) return { kind: 'spaced', next: skipGap(tokens, before + 1, 2) };
  const bracketEnd = bracketed(tokens, before, DOT_WORDS, '.');
  if (bracketEnd !== undefined) return { kind: 'bracket', next: skipGap(tokens, bracketEnd, 2) };
  const word = tokens[before];
  if (before !== i && word?.kind === 'word' && DOT_WORDS.has(lower(word.text)) && isGap(tokens, before + 1, 2)) return { kind: 'word', next: before + 2 };
  return undefined;
}

/** A domain label: letters and digits, hyphens inside. Returns the token after it. */
function label(tokens: readonly Token[], i: number): number | undefined {
  if (!isWordLike(tokens[i])) return undefined;
  let j = i + 1;
  while (isPunct(tokens, j, '-') && isWordLike(tokens[j + 1])) j += 2;
  return j;
}

const isLettersOnly = (text: string): boolean => /^\p{L}{2,24}$/u.test(text);

/** Whether a label may end a domain after this kind of dot. */
function isTld(text: string, after: SeparatorKind): boolean {
  if (after === 'plain') return true;
  if (after === 'bracket') return isLettersOnly(text);
  // After a dot between spaces or a written-out one, only a known ending: "anna@example. Danach" ends at "example".
  return KNOWN_TLDS.has(lower(text));
}

/** A written-out dot with a word before it, ending just before token i: the index of that word. */
function dotBefore(tokens: readonly Token[], i: number): number | undefined {
  let j = i - 1;
  if (tokens[j]?.kind === 'space') j--;
  const token = tokens[j];
  if (!token) return undefined;
  if (token.kind === 'word' && DOT_WORDS.has(lower(token.text)) && j !== i - 1) {
    j--;
  } else if (token.kind === 'punct' && Object.values(OPEN_CLOSE).includes(token.text)) {
    j--;
    if (tokens[j]?.kind === 'space') j--;
    if (!(tokens[j]?.kind === 'word' && DOT_WORDS.has(lower(tokens[j].text))) && !isPunct(tokens, j, '.')) return undefined;
    j--;
    if (tokens[j]?.kind === 'space') j--;
    if (tokens[j]?.kind !== 'punct' || OPEN_CLOSE[tokens[j].text] !== token.text) return undefined;
    j--;
  } else return undefined;
  if (tokens[j]?.kind === 'space') j--;
  return isWordLike(tokens[j]) && j < i - 2 ? j : undefined;
}

/** The letters, digits and "._-+%" ending at token `end` (exclusive), not starting with punctuation: the first token, if any. */
function mailboxStart(tokens: readonly Token[], end: number): number | undefined {
  let start = end;
  while (start > 0) {
    const token = tokens[start - 1];
    if (isWordLike(token) || (token.kind === 'punct' && LOCAL_PUNCT.has(token.text))) start--;
    else break;
  }
  // A local part does not start with punctuation ("...anna@" is "anna@").
  while (start < end && tokens[start].kind === 'punct') start++;
  return start === end ? undefined : start;
}

/** The local part ending at token `end` (exclusive), with written-out dots ("anna dot mueller at ...") and "mailto:". */
function localStart(tokens: readonly Token[], end: number): number | undefined {
  let start = mailboxStart(tokens, end);
  if (start === undefined) return undefined;
  for (let dotted = dotBefore(tokens, start); dotted !== undefined; dotted = dotBefore(tokens, start)) start = mailboxStart(tokens, dotted + 1) ?? dotted;
  if (isPunct(tokens, start - 1, ':') && tokens[start - 2]?.kind === 'word' && lower(tokens[start - 2].text) === 'mailto') return start - 2;
  return start;
}

/** Whether a local part looks like a mailbox rather than an ordinary word ("anna.m", "anna_88"). */
const looksLikeMailbox = (tokens: readonly Token[], start: number, end: number, isName: (word: string) => boolean): boolean =>
  tokens.slice(start, end).some((token) => token.kind !== 'word' || /\d/.test(token.text) || isName(token.text));

/**
 * Email addresses, any (an anonymous profile carries no contact data), also written out:
 * "anna (at) example (dot) com", "anna[at]example.de", "anna at example dot com",
 * "anna ät example punkt de", "anna@example .de". A plain "at" counts only with a written-out dot
 * or a mailbox-like local part, so "engineer at amazon.com" stays.
 */
export function findEmails(tokens: readonly Token[], isName: (word: string) => boolean): Span[] {
  const spans: Span[] = [];
  for (let i = 1; i < tokens.length; i++) {
    if (!isWordLike(tokens[i - 1])) continue;
    const at = atSeparator(tokens, i);
    if (!at) continue;
    const start = localStart(tokens, i);
    if (start === undefined) continue;
    const first = label(tokens, at.next);
    if (first === undefined) continue;
    let end: number | undefined;
    let obfuscatedDot = false;
    let j = first;
    for (let labels = 0; labels < 127; labels++) {
      const dot = dotSeparator(tokens, j);
      if (!dot) break;
      const next = label(tokens, dot.next);
      if (next === undefined) break;
      if (dot.kind === 'word' || dot.kind === 'bracket') obfuscatedDot = true;
      if (isTld(tokens[next - 1].text, dot.kind)) end = next;
      j = next;
    }
    if (at.kind === 'word' && !(obfuscatedDot || looksLikeMailbox(tokens, start, i, isName))) continue;
    if (end === undefined && at.kind === 'plain') end = first;
    if (end === undefined) continue;
    spans.push({ start: tokens[start].start, end: tokens[end - 1].end });
    i = end - 1;
  }
  return spans;
}

const HANDLE_BEFORE = new Set(['(', '[', '{', '<', '"', "'", '\u201e', '\u201c', '\u201d', '\u00ab', '\u00bb', ':', ';', ',', '/', '|']);

/** Social handles: "@anna_m", "@anna.mueller" where no mailbox name stands before the at-sign. */
export function findHandles(tokens: readonly Token[]): Span[] {
  const spans: Span[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!isPunct(tokens, i, '@')) continue;
    const before = tokens[i - 1];
    if (before && !(before.kind === 'space' || before.kind === 'break' || (before.kind === 'punct' && HANDLE_BEFORE.has(before.text)))) continue;
    let j = i + 1;
    if (!isWordLike(tokens[j])) continue;
    while (isWordLike(tokens[j]) || ((isPunct(tokens, j, '_') || isPunct(tokens, j, '.') || isPunct(tokens, j, '-')) && isWordLike(tokens[j + 1]))) j++;
    spans.push({ start: tokens[i].start, end: tokens[j - 1].end });
    i = j - 1;
  }
  return spans;
}
