import { lower, transliterate } from './identifiers';
import { isPunct, skipGap, type Span, type Token } from './text';

const MONTHS: Record<string, number> = {};
const monthNames: [number, string[]][] = [
  [1, ['januar', 'jänner', 'january', 'jan']],
  [2, ['februar', 'february', 'feb']],
  [3, ['märz', 'march', 'mar', 'mär', 'mrz']],
  [4, ['april', 'apr']],
  [5, ['mai', 'may']],
  [6, ['juni', 'june', 'jun']],
  [7, ['juli', 'july', 'jul']],
  [8, ['august', 'aug']],
  [9, ['september', 'sep', 'sept']],
  [10, ['oktober', 'october', 'okt', 'oct']],
  [11, ['november', 'nov']],
  [12, ['dezember', 'december', 'dez', 'dec']],
];
for (const [month, names] of monthNames) for (const name of names) MONTHS[transliterate(name)] = month;

/** A calendar date found in the text; `year` has two digits when written so, month or day may be swapped (03/14/1990 or 14/03/1990). */
interface FoundDate {
  /** The token after the date. */
  next: number;
  year: number;
  twoDigitYear: boolean;
  readings: [month: number, day: number][];
}

const num = (token: Token | undefined, min: number, max: number, lengths: number[]): number | undefined => {
  if (token?.kind !== 'num' || !lengths.includes(token.text.length)) return undefined;
  const value = Number(token.text);
  return value >= min && value <= max ? value : undefined;
};
const wordIs = (token: Token | undefined, ...words: string[]): boolean => token?.kind === 'word' && words.includes(lower(token.text));
const dayOf = (token: Token | undefined) => num(token, 1, 31, [1, 2]);
const monthOf = (token: Token | undefined) => num(token, 1, 12, [1, 2]);
const yearOf = (token: Token | undefined) => num(token, 1900, 2099, [4]);

/** A month name at i ("März", "Mrz.", "March"); the month and the token after it. */
function monthName(tokens: readonly Token[], i: number): { month: number; next: number } | undefined {
  const token = tokens[i];
  if (token?.kind !== 'word' || token.text.length > 9) return undefined;
  const month = MONTHS[transliterate(lower(token.text))];
  if (!month) return undefined;
  return { month, next: isPunct(tokens, i + 1, '.') ? i + 2 : i + 1 };
}

/** A day written "14", "14.", "14th". */
function dayAt(tokens: readonly Token[], i: number): { day: number; next: number } | undefined {
  const token = tokens[i];
  const day = dayOf(token);
  if (day !== undefined) return { day, next: isPunct(tokens, i + 1, '.') ? i + 2 : i + 1 };
  if (token?.kind === 'word' && /^\d{1,2}(st|nd|rd|th)$/i.test(token.text)) {
    const value = parseInt(token.text, 10);
    if (value >= 1 && value <= 31) return { day: value, next: i + 1 };
  }
  return undefined;
}

/** A year written in four digits, or in two after a numeric date. */
function yearAt(tokens: readonly Token[], i: number, twoDigits: boolean): { year: number; two: boolean } | undefined {
  const year = yearOf(tokens[i]);
  if (year !== undefined) return { year, two: false };
  const short = twoDigits ? num(tokens[i], 0, 99, [2]) : undefined;
  return short === undefined ? undefined : { year: short, two: true };
}

/** A full date starting at token i, in any common German or English form. */
export function dateAt(tokens: readonly Token[], i: number): FoundDate | undefined {
  const token = tokens[i];
  if (!token) return undefined;
  // 1990-03-14
  const isoYear = yearOf(token);
  if (isoYear !== undefined && isPunct(tokens, i + 1, '-') && isPunct(tokens, i + 3, '-')) {
    const month = monthOf(tokens[i + 2]);
    const day = dayOf(tokens[i + 4]);
    if (month && day) return { next: i + 5, year: isoYear, twoDigitYear: false, readings: [[month, day]] };
  }
  // 14.03.1990, 14.3.90, 14. 3. 1990, 03/14/1990, 14-03-1990
  const first = dayOf(token);
  if (first !== undefined) {
    for (const mark of ['.', '/', '-']) {
      if (!isPunct(tokens, i + 1, mark)) continue;
      const second = skipGap(tokens, i + 2, 1);
      const middle = dayOf(tokens[second]);
      if (middle === undefined || !isPunct(tokens, second + 1, mark)) continue;
      const third = skipGap(tokens, second + 2, 1);
      const year = yearAt(tokens, third, true);
      if (!year) continue;
      const readings: [number, number][] = [];
      if (middle <= 12) readings.push([middle, first]);
      if (mark !== '.' && first <= 12) readings.push([first, middle]);
      return { next: third + 1, year: year.year, twoDigitYear: year.two, readings };
    }
  }
  // 14. März 1990, 14 March 1990, 14th of March, 1990
  const day = dayAt(tokens, i);
  if (day) {
    let j = skipGap(tokens, day.next, 1);
    if (tokens[j]?.kind === 'word' && lower(tokens[j].text) === 'of') j = skipGap(tokens, j + 1, 1);
    const month = monthName(tokens, j);
    if (month) {
      let k = isPunct(tokens, month.next, ',') ? month.next + 1 : month.next;
      k = skipGap(tokens, k, 1);
      const year = yearOf(tokens[k]);
      if (year !== undefined && k !== month.next) return { next: k + 1, year, twoDigitYear: false, readings: [[month.month, day.day]] };
    }
  }
  // March 14, 1990
  const month = monthName(tokens, i);
  if (month) {
    const dayStart = skipGap(tokens, month.next, 1);
    const after = dayStart !== month.next ? dayAt(tokens, dayStart) : undefined;
    if (after) {
      let k = isPunct(tokens, after.next, ',') ? after.next + 1 : after.next;
      k = skipGap(tokens, k, 1);
      const year = yearOf(tokens[k]);
      if (year !== undefined && k !== after.next) return { next: k + 1, year, twoDigitYear: false, readings: [[month.month, after.day]] };
    }
  }
  return undefined;
}

/** Day and month with the month's name and no year: "21. Juni", "21 June", "June 21st". */
function dayMonthAt(tokens: readonly Token[], i: number): { next: number; month: number; day: number } | undefined {
  const day = dayAt(tokens, i);
  if (day) {
    const j = skipGap(tokens, day.next, 1);
    const month = monthName(tokens, wordIs(tokens[j], 'of') ? skipGap(tokens, j + 1, 1) : j);
    if (month) return { next: month.next, month: month.month, day: day.day };
  }
  const month = monthName(tokens, i);
  const dayStart = month ? skipGap(tokens, month.next, 1) : -1;
  const after = month && dayStart !== month.next ? dayAt(tokens, dayStart) : undefined;
  return month && after ? { next: after.next, month: month.month, day: after.day } : undefined;
}

/** The candidate's date of birth from YYYY-MM-DD. */
export function parseBirthDate(value: string | undefined): { year: number; month: number; day: number } | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value?.trim() ?? '');
  return match ? { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) } : undefined;
}

const isBirthDate = (date: FoundDate, birth: { year: number; month: number; day: number }): boolean =>
  (date.twoDigitYear ? date.year === birth.year % 100 : date.year === birth.year) && date.readings.some(([month, day]) => month === birth.month && day === birth.day);

/** Words that say a date or year is a birth date: "geboren am", "geb.", "born on", "Jahrgang". */
const BIRTH_MARKERS: string[][] = [
  ['geboren', 'am'], ['geboren', 'im', 'jahr'], ['geboren', 'in'], ['geboren'], ['geb', '.'], ['geb'], ['geburtsdatum'], ['geburtstag'], ['geburtsjahr'], ['jahrgang'], ['jg', '.'],
  ['born', 'on'], ['born', 'in'], ['born'], ['date', 'of', 'birth'], ['birth', 'date'], ['birthdate'], ['birthday'], ['year', 'of', 'birth'], ['dob'], ['d', '.', 'o', '.', 'b', '.'],
];

/** The marker words starting at token i, matched against one marker; the token after it. */
function markerAt(tokens: readonly Token[], i: number, marker: readonly string[]): number | undefined {
  let j = i;
  for (const part of marker) {
    if (j !== i && part !== '.') j = skipGap(tokens, j, 1);
    const token = tokens[j];
    if (!token || lower(token.text) !== part) return undefined;
    j++;
  }
  return j;
}

/** The birth date or year after a marker, with ":" and spaces: the token after it. */
function birthAfter(tokens: readonly Token[], j: number): number | undefined {
  let k = isPunct(tokens, j, ':') ? j + 1 : j;
  k = skipGap(tokens, k, 2);
  if (wordIs(tokens[k], 'am', 'on', 'den', 'in', 'im')) k = skipGap(tokens, k + 1, 1);
  const date = dateAt(tokens, k);
  if (date) return date.next;
  return yearOf(tokens[k]) !== undefined ? k + 1 : undefined;
}

/**
 * The date of birth: the candidate's in any common format, and any date or year introduced as a
 * birth date ("geboren am 14.03.1990", "geb. 1990", "born on March 14, 1990", "*14.03.1990").
 */
export function findBirthDates(tokens: readonly Token[], birthDate: string | undefined): Span[] {
  const birth = parseBirthDate(birthDate);
  const spans: Span[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.kind === 'word' && token.text.length <= 12) {
      for (const marker of BIRTH_MARKERS) {
        const after = markerAt(tokens, i, marker);
        const end = after === undefined ? undefined : birthAfter(tokens, after);
        if (end !== undefined) {
          spans.push({ start: token.start, end: tokens[end - 1].end });
          break;
        }
      }
    }
    // "*14.03.1990", "*1990": the star directly before the date (a list bullet has a space after it).
    if (isPunct(tokens, i, '*') && tokens[i + 1]?.kind === 'num' && (i === 0 || tokens[i - 1].kind !== 'word')) {
      const end = birthAfter(tokens, i + 1);
      if (end !== undefined) spans.push({ start: token.start, end: tokens[end - 1].end });
    }
    if (birth && (token.kind === 'num' || token.kind === 'word')) {
      const date = dateAt(tokens, i);
      if (date && isBirthDate(date, birth)) spans.push({ start: token.start, end: tokens[date.next - 1].end });
      // The birthday without the year still narrows the candidate down: "am 21. Juni Geburtstag".
      const dayMonth = date ? undefined : dayMonthAt(tokens, i);
      if (dayMonth && dayMonth.month === birth.month && dayMonth.day === birth.day) spans.push({ start: token.start, end: tokens[dayMonth.next - 1].end });
    }
  }
  return spans;
}

/** An adult's age: younger numbers are durations ("das System war 3 Jahre alt"). */
const ageNumber = (token: Token | undefined): boolean => token?.kind === 'num' && token.text.length === 2 && Number(token.text) >= 14;
const AGE_NOUNS = new Set(['jahre', 'years', 'yrs', 'year', 'jahren', 'j']);
/** What a "-jährig" number describes when it is no age: "10-jährige Berufserfahrung". */
const DURATION_NOUNS = ['erfahrung', 'zugehörigkeit', 'tätigkeit', 'projekt', 'laufzeit', 'jubiläum', 'ausbildung', 'studium', 'karriere', 'praxis', 'bestehen', 'geschichte', 'partnerschaft', 'vertrag', 'zusammenarbeit', 'mitarbeit', 'leitung', 'führung', 'amtszeit', 'dienstzeit', 'expertise', 'engagement', 'beschäftigung', 'anstellung', 'kooperation'];


/** "35 Jahre alt", "35 years old", "35-year-old", "35-jährige Kandidatin": the token after, from a number at i. */
function ageFromNumber(tokens: readonly Token[], i: number): number | undefined {
  if (!ageNumber(tokens[i])) return undefined;
  let j = skipGap(tokens, i + 1, 1);
  if (isPunct(tokens, j, '-')) j++;
  const noun = tokens[j];
  if (noun?.kind !== 'word') return undefined;
  const word = lower(noun.text);
  if (word.startsWith('jährig') || word.startsWith('jaehrig')) {
    const next = tokens[skipGap(tokens, j + 1, 1)];
    if (next?.kind === 'word' && DURATION_NOUNS.some((duration) => lower(next.text).includes(duration))) return undefined;
    return j + 1;
  }
  if (word === 'y' && isPunct(tokens, j + 1, '/') && wordIs(tokens[j + 2], 'o')) return j + 3;
  if (!AGE_NOUNS.has(word)) return undefined;
  let k = isPunct(tokens, j + 1, '.') ? j + 2 : j + 1;
  if (isPunct(tokens, k, '-')) k++;
  else k = skipGap(tokens, k, 1);
  if (wordIs(tokens[k], 'alt', 'jung', 'old', 'young')) return k + 1;
  if (wordIs(tokens[k], 'of') && wordIs(tokens[skipGap(tokens, k + 1, 1)], 'age')) return skipGap(tokens, k + 1, 1) + 1;
  return undefined;
}

/** "Alter: 35", "im Alter von 35 Jahren", "aged 35", "age: 35", "at the age of 35": the token after, from the word at i. */
function ageFromWord(tokens: readonly Token[], i: number): number | undefined {
  if (!wordIs(tokens[i], 'alter', 'age', 'aged')) return undefined;
  let j = isPunct(tokens, i + 1, ':') ? i + 2 : i + 1;
  j = skipGap(tokens, j, 2);
  if (wordIs(tokens[j], 'von', 'of')) j = skipGap(tokens, j + 1, 1);
  if (j === i + 1 || !ageNumber(tokens[j])) return undefined;
  const unit = skipGap(tokens, j + 1, 1);
  if (unit !== j + 1 && wordIs(tokens[unit], 'jahre', 'jahren', 'years', 'j')) return isPunct(tokens, unit + 1, '.') && wordIs(tokens[unit], 'j') ? unit + 2 : unit + 1;
  return j + 1;
}

/** Statements of age, which an anonymous profile leaves out like the date of birth. */
export function findAges(tokens: readonly Token[]): Span[] {
  const spans: Span[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const end = ageFromNumber(tokens, i) ?? ageFromWord(tokens, i);
    if (end !== undefined) spans.push({ start: tokens[i].start, end: tokens[end - 1].end });
  }
  return spans;
}
