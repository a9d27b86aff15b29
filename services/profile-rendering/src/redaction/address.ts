import { lower, transliterate, type CandidateIdentity } from './identifiers';
import { isDigit, isLetter, isPunct, isWordLike, skipGap, tokenize, type Span, type Token } from './text';

/** Endings of German street names ("Lindenstraße", "Hauptstr.", "Birkenweg", "Kurfürstendamm"). */
const STREET_ENDINGS = ['straße', 'strasse', 'weg', 'allee', 'platz', 'gasse', 'ring', 'damm', 'ufer', 'chaussee', 'pfad', 'steig', 'promenade', 'str'];
/** Words ending in "ring" that are no streets. */
const NOT_STREETS = new Set(['string', 'spring', 'bring', 'offspring', 'keyring', 'wring', 'during']);
const ENGLISH_STREET_TYPES = new Set(['street', 'st', 'road', 'rd', 'avenue', 'ave', 'lane', 'ln', 'drive', 'boulevard', 'blvd', 'way', 'close', 'crescent', 'terrace', 'square', 'place', 'court', 'gardens', 'grove', 'mews', 'row']);
const PREPOSITIONS = new Set(['am', 'an', 'im', 'auf', 'zum', 'zur', 'in', 'unter', 'hinter', 'vor', 'alte', 'neue']);
/** Buyers and runners, not river banks ("Verkäufer", "Läufer"). */
const NOT_BANKS = ['käufer', 'läufer', 'kaeufer', 'laeufer'];
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'ä', 'ö', 'ü', 'y']);

const isCapitalised = (word: string): boolean => isLetter(word[0]) && word[0] === word[0].toUpperCase() && word[0] !== word[0].toLowerCase();

/** Whether a word is a German street name or street type, and whether it stands alone ("Straße" after "Berliner"). */
function streetWord(word: string, abbreviated: boolean): 'alone' | 'compound' | undefined {
  const w = lower(word);
  if (NOT_STREETS.has(w) || NOT_BANKS.some((ending) => w.endsWith(ending))) return undefined;
  for (const ending of STREET_ENDINGS) {
    if (!w.endsWith(ending)) continue;
    // "str" only as an abbreviation with its dot ("Hauptstr."); "ring" after a vowel is an English -ing ("Engineering").
    if (ending === 'str' && !abbreviated) continue;
    if (ending === 'ring' && w.length > 4 && VOWELS.has(w[w.length - 5])) continue;
    return w === ending ? 'alone' : 'compound';
  }
  return undefined;
}

/** A house number at token i: "12", "12a", "12 a", "12-14", "3/1". Returns the token after it. */
function houseNumber(tokens: readonly Token[], i: number): number | undefined {
  const token = tokens[i];
  if (!token) return undefined;
  const text = token.text;
  let digits = 0;
  while (digits < text.length && isDigit(text[digits])) digits++;
  if (digits === 0 || digits > 3 || (digits < text.length && !(text.length === digits + 1 && isLetter(text[digits])))) return undefined;
  let j = i + 1;
  // A decimal or a percentage is no house number: "Platz 1.5", "Ring 3 %".
  if ((isPunct(tokens, j, '.') || isPunct(tokens, j, ',')) && tokens[j + 1]?.kind === 'num') return undefined;
  if (isPunct(tokens, skipGap(tokens, j, 1), '%')) return undefined;
  if ((isPunct(tokens, j, '-') || isPunct(tokens, j, '/')) && tokens[j + 1]?.kind === 'num' && tokens[j + 1].text.length <= 4) j += 2;
  else if (tokens[j]?.kind === 'space' && tokens[j + 1]?.kind === 'word' && tokens[j + 1].text.length === 1 && !isWordLike(tokens[j + 2]) && tokens[j + 1].text === tokens[j + 1].text.toLowerCase()) j += 2;
  return j;
}

/** The postal code after a street and number: ", 10115", " D-10115". Returns the token after it. */
function zipAfter(tokens: readonly Token[], i: number): number {
  let j = isPunct(tokens, i, ',') ? i + 1 : i;
  j = skipGap(tokens, j, 2);
  if (j === i) return i;
  if (tokens[j]?.kind === 'word' && tokens[j].text.length <= 2 && isPunct(tokens, j + 1, '-')) j += 2;
  const zip = tokens[j];
  return zip?.kind === 'num' && (zip.text.length === 5 || zip.text.length === 4) ? j + 1 : i;
}

/**
 * Where a street name ending in a separate street type begins: hyphenated names
 * ("Konrad-Adenauer-Straße"), adjectives ("Berliner Allee", "Lange Straße") and prepositions
 * ("Am Ring"). Any other noun before it makes no street ("Hackathon Platz 1").
 */
function nameBefore(tokens: readonly Token[], i: number): number | undefined {
  if (isPunct(tokens, i - 1, '-')) {
    let start = i;
    while (isPunct(tokens, start - 1, '-') && tokens[start - 2]?.kind === 'word' && isCapitalised(tokens[start - 2].text) && start > i - 8) start -= 2;
    return start === i ? undefined : start;
  }
  const word = tokens[i - 2];
  if (!(tokens[i - 1]?.kind === 'space' && tokens[i - 1].text.length === 1 && word?.kind === 'word' && isCapitalised(word.text))) return undefined;
  const w = lower(word.text);
  return w.endsWith('er') || w.endsWith('e') || PREPOSITIONS.has(w) ? i - 2 : undefined;
}

/** Normalised street name for comparison: lower case, transliterated, letters and digits only, "straße"/"str." as "str". */
export function streetKey(name: string): string {
  const key = transliterate(lower(name)).replace(/[^\p{L}\p{N}]/gu, '');
  for (const [long, short] of [['strasse', 'str'], ['street', 'st'], ['road', 'rd'], ['avenue', 'ave']]) if (key.endsWith(long)) return key.slice(0, -long.length) + short;
  return key;
}

/** Whether a token is (part of) a house number: "5", "12a", "-", "/". */
const isNumberPart = (token: Token): boolean => /^\d/.test(token.text) || (token.kind === 'word' && token.text.length === 1) || token.text === '-' || token.text === '/' || token.kind === 'space';

/** The candidate's street without its house number ("Lindenstraße 5a", "12 Baker Street"), as a key and its number of words. */
export function parseStreet(street: string | undefined): { key: string; words: number } | undefined {
  const tokens = tokenize(street?.trim() ?? '');
  let start = 0;
  let end = tokens.length;
  if (tokens[0] && /^\d/.test(tokens[0].text)) while (start < end && isNumberPart(tokens[start])) start++;
  else while (end > start && isNumberPart(tokens[end - 1])) end--;
  const name = tokens.slice(start, end);
  const key = streetKey(name.map((token) => token.text).join(''));
  if (key.length < 3) return undefined;
  return { key, words: name.filter((token) => token.kind === 'word').length };
}

/**
 * Street addresses: any German street with a house number ("Musterstraße 12", "Hauptstr. 5a",
 * "Berliner Allee 3-5", with a following postal code), any English one ("12 Baker Street"), the
 * candidate's own street also without number, and the candidate's postal code. The city stays.
 */
export function findAddresses(tokens: readonly Token[], address: CandidateIdentity['address']): Span[] {
  const spans: Span[] = [];
  const own = parseStreet(address?.street);
  const zip = address?.zip ? lower(address.zip).replace(/\s+/g, '') : undefined;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.kind !== 'word' && token.kind !== 'num') continue;
    if (token.kind === 'word') {
      const abbreviated = isPunct(tokens, i + 1, '.');
      const kind = streetWord(token.text, abbreviated);
      const afterName = abbreviated && lower(token.text).endsWith('str') ? i + 2 : i + 1;
      if (kind) {
        const start = kind === 'alone' ? nameBefore(tokens, i) : i;
        const numberAt = skipGap(tokens, afterName, 2);
        const end = numberAt !== afterName ? houseNumber(tokens, numberAt) : undefined;
        if (start !== undefined && end !== undefined) {
          spans.push({ start: tokens[start].start, end: tokens[zipAfter(tokens, end) - 1].end });
          continue;
        }
      }
    }
    if (token.kind === 'num' || /^\d/.test(token.text)) {
      const end = houseNumber(tokens, i);
      const typeAt = end === undefined ? -1 : englishStreet(tokens, end);
      if (end !== undefined && typeAt > 0) spans.push({ start: token.start, end: tokens[typeAt].end });
    }
    if (own) {
      const end = ownStreetAt(tokens, i, own);
      if (end !== undefined) spans.push({ start: token.start, end: tokens[end - 1].end });
    }
    const zipEnd = zip ? zipAt(tokens, i, zip) : undefined;
    if (zipEnd !== undefined) spans.push({ start: token.start, end: tokens[zipEnd - 1].end });
  }
  return spans;
}

/** "12 Baker Street": after the number, one to three capitalised words and a street type. Returns the last token of it, -1 for none. */
function englishStreet(tokens: readonly Token[], i: number): number {
  let j = i;
  for (let words = 0; words < 4; words++) {
    if (tokens[j]?.kind !== 'space' || tokens[j].text.length > 1) return -1;
    const word = tokens[j + 1];
    if (word?.kind !== 'word' || !isCapitalised(word.text)) return -1;
    if (words > 0 && ENGLISH_STREET_TYPES.has(lower(word.text))) return isPunct(tokens, j + 2, '.') ? j + 2 : j + 1;
    j += 2;
  }
  return -1;
}

/** The candidate's street (any spelling of the street type) at token i, with its house number if one follows. */
function ownStreetAt(tokens: readonly Token[], i: number, own: { key: string; words: number }): number | undefined {
  let text = '';
  for (let j = i; j < tokens.length && j < i + own.words * 2 + 1; j++) {
    const token = tokens[j];
    if (token.kind === 'break') return undefined;
    text += token.text;
    if (!isWordLike(token) && !isPunct(tokens, j, '.')) continue;
    if (streetKey(text) === own.key) {
      const end = isPunct(tokens, j + 1, '.') ? j + 2 : j + 1;
      const numberAt = skipGap(tokens, end, 2);
      const afterNumber = numberAt !== end ? houseNumber(tokens, numberAt) : undefined;
      return afterNumber ?? end;
    }
  }
  return undefined;
}

/** The candidate's postal code as a whole token (or two, "SW1A 1AA") at i; the token after it. */
function zipAt(tokens: readonly Token[], i: number, zip: string): number | undefined {
  if (isWordLike(tokens[i - 1])) return undefined;
  let text = '';
  for (let j = i; j < tokens.length && j < i + 3; j++) {
    const token = tokens[j];
    if (!isWordLike(token) && !(token.kind === 'space' && token.text === ' ')) return undefined;
    if (isWordLike(token)) {
      text += lower(token.text);
      if (text === zip) return isWordLike(tokens[j + 1]) ? undefined : j + 1;
      if (!zip.startsWith(text)) return undefined;
    }
  }
  return undefined;
}
