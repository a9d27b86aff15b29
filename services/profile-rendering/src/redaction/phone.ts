import { lower } from './identifiers';
import { isPunct, type Span, type Token } from './text';

/** Calling codes of one and two digits; every other one has three. */
const SHORT_CODES = new Set(['1', '7', '20', '27', '30', '31', '32', '33', '34', '36', '39', '40', '41', '43', '44', '45', '46', '47', '48', '49', '51', '52', '53', '54', '55', '56', '57', '58', '60', '61', '62', '63', '64', '65', '66', '81', '82', '84', '86', '90', '91', '92', '93', '94', '95', '98']);

const PHONE_LABELS = new Set(['tel', 'telefon', 'telefonnummer', 'phone', 'telephone', 'mobil', 'mobile', 'mobilnummer', 'handy', 'handynummer', 'fax', 'mob', 'cell', 'rufnummer', 'whatsapp', 'signal', 'call', 'erreichbar', 'reachable', 'nummer', 'number', 'durchwahl', 'festnetz', 'privat', 'dienstlich']);

/** Characters that may stand between the digit groups of a phone number. */
const SEPARATOR_CHARS = new Set([' ', '\u00a0', '\u202f', '\u2009', '-', '/', '.', '(', ')']);
const MARKS = new Set(['-', '/', '.']);

/** Digit groups with what stands between them ("+49 (0)30 123"). */
interface Run {
  /** The first token: the first group, or the "+" before it. */
  start: number;
  groups: string[];
  /** separators[k] stands between groups[k] and groups[k + 1]. */
  separators: string[];
  /** The token of each group. */
  groupTokens: number[];
  plus: boolean;
}

/** The separator between two digit groups at token i: at most three characters, one of "-/." at most. Returns the next group's token. */
function separatorAt(tokens: readonly Token[], i: number): { text: string; next: number } | undefined {
  let text = '';
  let j = i;
  while (j < tokens.length && text.length <= 3) {
    const token = tokens[j];
    if (token.kind === 'num') break;
    if (!((token.kind === 'space' || token.kind === 'punct') && [...token.text].every((ch) => SEPARATOR_CHARS.has(ch)))) return undefined;
    text += token.text;
    j++;
  }
  if (text.length === 0 || text.length > 3 || tokens[j]?.kind !== 'num') return undefined;
  if ([...text].filter((ch) => MARKS.has(ch)).length > 1) return undefined;
  return { text: text.replace(/[\u00a0\u202f\u2009]/g, ' '), next: j };
}

const isYear = (group: string): boolean => group.length === 4 && (group.startsWith('19') || group.startsWith('20'));
const isDayOrMonth = (group: string): boolean => group.length <= 2 && Number(group) >= 1 && Number(group) <= 31;

/** How many groups from `at` on form a date or year ("01.02.2015", "03/2019", "2015-04-01", "2018"), 0 for none. */
function dateGroups(groups: readonly string[], separators: readonly string[], at: number): number {
  const [a, b, c] = [groups[at], groups[at + 1], groups[at + 2]];
  const s1 = separators[at]?.trim();
  const s2 = separators[at + 1]?.trim();
  if (a && b && c && isYear(a) && s1 === '-' && s2 === '-' && b.length <= 2 && c.length <= 2) return 3;
  if (a && b && c && isDayOrMonth(a) && isDayOrMonth(b) && s1 === s2 && (s1 === '.' || s1 === '/' || s1 === '-') && (isYear(c) || c.length === 2)) return 3;
  if (a && b && isDayOrMonth(a) && isYear(b) && (s1 === '.' || s1 === '/')) return 2;
  if (a && isYear(a)) return 1;
  return 0;
}

/** Whether the groups are a number written with thousands separators ("1.250.000"). */
function isGroupedNumber(groups: readonly string[], separators: readonly string[]): boolean {
  if (groups.length < 2 || groups[0].startsWith('0') || groups[0].length > 3) return false;
  if (!groups.slice(1).every((group) => group.length === 3)) return false;
  return separators.every((separator) => separator === separators[0] && (separator === '.' || separator === ' ' || separator === ','));
}

/** Whether a phone label stands right before token i ("Tel.: ", "Mobil ", "phone: "). */
function labelled(tokens: readonly Token[], i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 4; j--) {
    const token = tokens[j];
    if (token.kind === 'word') return PHONE_LABELS.has(lower(token.text));
    if (token.kind === 'break' || (token.kind === 'punct' && !':.'.includes(token.text))) return false;
  }
  return false;
}

/** Whether a run of digit groups is a phone number rather than a year, date, amount or version. */
function isPhone(tokens: readonly Token[], run: Run): { from: number } | undefined {
  let skip = 0;
  if (!run.plus) {
    // Dates and years before the number are dropped: "2015 - 2019", "01/2015 - 03/2019".
    for (let dropped = dateGroups(run.groups, run.separators, 0); dropped > 0; dropped = dateGroups(run.groups, run.separators, skip)) {
      skip += dropped;
      if (skip >= run.groups.length) return undefined;
    }
  }
  const groups = run.groups.slice(skip);
  const separators = run.separators.slice(skip);
  const from = skip === 0 ? run.start : run.groupTokens[skip];
  const digits = groups.join('').length;
  if (digits < 7) return undefined;
  if (isGroupedNumber(groups, separators)) return undefined;
  const national = groups[0].startsWith('0');
  if (national && groups[0] === '0' && (separators[0] === '.' || separators[0] === ',')) return undefined;
  if (run.plus || national) return { from };
  if (separators.length > 0 && separators.every((separator) => separator === '.')) return undefined;
  if (labelled(tokens, from)) return { from };
  // A national number without the leading 0 only in the North American form: (415) 555-0132.
  const lengths = groups.map((group) => group.length).join(',');
  return lengths === '3,3,4' ? { from } : undefined;
}

/**
 * Phone numbers in German and international formats (+49 170 1234567, 0049 (0)30 123456-78,
 * 030/1234567, (030) 123 456 78, +1 (415) 555-0132): seven digits or more in groups with typical
 * separators, starting with +, 00 or 0, or labelled as a phone, or in North American form. Years,
 * year ranges, dates, amounts with thousands separators and version numbers are no phones.
 */
export function findPhones(tokens: readonly Token[]): Span[] {
  const spans: Span[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i];
    if (token.kind !== 'num') {
      i++;
      continue;
    }
    const run: Run = { start: i, groups: [token.text], separators: [], groupTokens: [i], plus: false };
    if (isPunct(tokens, i - 1, '+')) {
      run.start = i - 1;
      run.plus = true;
    }
    let j = i;
    for (let sep = separatorAt(tokens, j + 1); sep; sep = separatorAt(tokens, j + 1)) {
      run.groups.push(tokens[sep.next].text);
      run.separators.push(sep.text);
      run.groupTokens.push(sep.next);
      j = sep.next;
    }
    const phone = isPhone(tokens, run);
    if (phone) {
      let start = tokens[phone.from].start;
      const end = tokens[j].end;
      // An opening parenthesis goes with the number only when it closes inside it: "(030) 123".
      if (phone.from === run.start && isPunct(tokens, run.start - 1, '(')) {
        const inside = tokens.slice(run.start, j + 1).some((t) => t.kind === 'punct' && t.text.includes(')'));
        if (inside) start = tokens[run.start - 1].start;
      }
      spans.push({ start, end });
    }
    i = j + 1;
  }
  return spans;
}

/** The digits of the candidate's number as dialled within the country: no calling code, no trunk 0. */
export function nationalDigits(phone: string | undefined): string | undefined {
  if (!phone) return undefined;
  const trimmed = phone.trim();
  let digits = trimmed.replace(/\D/g, '');
  const international = trimmed.startsWith('+') || digits.startsWith('00');
  if (international) {
    if (digits.startsWith('00')) digits = digits.slice(2);
    const code = SHORT_CODES.has(digits.slice(0, 1)) ? 1 : SHORT_CODES.has(digits.slice(0, 2)) ? 2 : 3;
    digits = digits.slice(code);
  }
  digits = digits.replace(/^0+/, '');
  return digits.length >= 6 ? digits : undefined;
}

/** What may stand between the digits of the candidate's own number written oddly: "0 1 7 0 – 1 2 3", "0170_123". */
const LOOSE_SEPARATORS = new Set([...SEPARATOR_CHARS, '\t', '\u2013', '\u2014', '_', '\u00b7', '+']);

/**
 * The candidate's own number in any formatting: digit groups with up to three separator
 * characters between them whose digits contain the national number. The find starts at most five
 * digits (calling code, trunk 0) before the national number and ends with it.
 */
export function findOwnPhone(tokens: readonly Token[], national: string | undefined): Span[] {
  if (!national) return [];
  const spans: Span[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (tokens[i].kind !== 'num') {
      i++;
      continue;
    }
    const groups = [i];
    let digits = tokens[i].text;
    for (;;) {
      let k = groups[groups.length - 1] + 1;
      let gap = 0;
      while (k < tokens.length && (tokens[k].kind === 'space' || tokens[k].kind === 'punct') && gap <= 3 && [...tokens[k].text].every((ch) => LOOSE_SEPARATORS.has(ch))) {
        gap += tokens[k].text.length;
        k++;
      }
      if (gap > 3 || tokens[k]?.kind !== 'num') break;
      digits += tokens[k].text;
      groups.push(k);
    }
    const at = digits.indexOf(national);
    if (at >= 0) {
      let offset = 0;
      let first = -1;
      let last = -1;
      for (let g = 0; g < groups.length; g++) {
        const length = tokens[groups[g]].text.length;
        if (first < 0 && offset + length > Math.max(0, at - 5)) first = g;
        if (offset + length >= at + national.length) {
          last = g;
          break;
        }
        offset += length;
      }
      const start = groups[first];
      spans.push({ start: tokens[isPunct(tokens, start - 1, '+') ? start - 1 : start].start, end: tokens[groups[last]].end });
    }
    i = groups[groups.length - 1] + 1;
  }
  return spans;
}
