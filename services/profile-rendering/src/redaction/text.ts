/**
 * The text as tokens, and the spans to replace. Every pattern scans these tokens forward with a
 * bounded look-ahead (no backtracking regular expressions), so redaction stays linear in the text.
 */

/** A half-open range [start, end) of the text that one marker replaces. */
export interface Span {
  start: number;
  end: number;
}

/**
 * word: letters and digits (and apostrophes between letters: "O'Connor", "Anna's"); num: ASCII
 * digits only; space: whitespace within a line; break: whitespace with a line break; punct: any
 * other single character.
 */
export type TokenKind = 'word' | 'num' | 'space' | 'break' | 'punct';

export interface Token {
  kind: TokenKind;
  start: number;
  end: number;
  text: string;
}

const LETTER = /^[\p{L}\p{M}]$/u;
const SPACE = /^\s$/u;
const APOSTROPHES = new Set(["'", '\u2019', '\u02bc']);

export const isDigit = (ch: string): boolean => ch.length === 1 && ch >= '0' && ch <= '9';

export function isLetter(ch: string): boolean {
  if (ch.length === 1) {
    const code = ch.charCodeAt(0);
    if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  }
  return LETTER.test(ch);
}

export const isAlnum = (ch: string): boolean => isDigit(ch) || isLetter(ch);
const isLineBreak = (ch: string): boolean => ch === '\n' || ch === '\r' || ch === '\u2028' || ch === '\u2029' || ch === '\v' || ch === '\f';
const isSpace = (ch: string): boolean => ch === ' ' || ch === '\t' || (ch.length === 1 && ch.charCodeAt(0) > 127 && SPACE.test(ch));

/** The character (code point) at index i, empty past the end. */
export function charAt(text: string, i: number): string {
  if (i < 0 || i >= text.length) return '';
  const code = text.codePointAt(i)!;
  return String.fromCodePoint(code);
}

/** The code point ending just before index i, empty at the start. */
export function charBefore(text: string, i: number): string {
  if (i <= 0) return '';
  const low = text.charCodeAt(i - 1);
  if (i >= 2 && low >= 0xdc00 && low <= 0xdfff) {
    const high = text.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(i - 2, i);
  }
  return text[i - 1];
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const start = i;
    const ch = charAt(text, i);
    let kind: TokenKind;
    if (isAlnum(ch)) {
      let allDigits = true;
      while (i < text.length) {
        const c = charAt(text, i);
        if (isAlnum(c)) {
          if (!isDigit(c)) allDigits = false;
          i += c.length;
        } else if (APOSTROPHES.has(c) && isLetter(charBefore(text, i)) && isLetter(charAt(text, i + 1))) {
          allDigits = false;
          i += c.length;
        } else break;
      }
      kind = allDigits ? 'num' : 'word';
    } else if (isSpace(ch) || isLineBreak(ch)) {
      let lineBreak = false;
      while (i < text.length) {
        const c = charAt(text, i);
        if (isLineBreak(c)) lineBreak = true;
        else if (!isSpace(c)) break;
        i += c.length;
      }
      kind = lineBreak ? 'break' : 'space';
    } else {
      i += ch.length;
      kind = 'punct';
    }
    tokens.push({ kind, start, end: i, text: text.slice(start, i) });
  }
  return tokens;
}

/** Whether token i is the punctuation character ch. */
export const isPunct = (tokens: readonly Token[], i: number, ch: string): boolean => tokens[i]?.kind === 'punct' && tokens[i].text === ch;

/** Whether token i is whitespace within a line, at most `max` characters long. */
export const isGap = (tokens: readonly Token[], i: number, max = 2): boolean => tokens[i]?.kind === 'space' && tokens[i].text.length <= max;

/** The index after an optional short in-line space at i. */
export const skipGap = (tokens: readonly Token[], i: number, max = 2): number => (isGap(tokens, i, max) ? i + 1 : i);

export const isWordLike = (token: Token | undefined): boolean => token !== undefined && (token.kind === 'word' || token.kind === 'num');

/** Sorted, with overlapping and touching spans merged into one. */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = spans.filter((span) => span.end > span.start).sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}
