import { findAddresses } from './address';
import { findAges, findBirthDates } from './birth';
import { findEmails, findHandles } from './email';
import { isNameInWord, nameInfo, type CandidateIdentity } from './identifiers';
import { findNames } from './names';
import { findOwnPhone, findPhones, nationalDigits } from './phone';
import { mergeSpans, tokenize, type Span } from './text';
import { findCandidateHandles, findUrls, profileData } from './urls';

export const MARKERS = { de: '[entfernt]', en: '[removed]' } as const;

/**
 * The text with every identifier of the candidate replaced by one marker each: names, email
 * addresses, phone numbers, street addresses, the date of birth and age, profile links and
 * handles. Overlapping finds become one marker. The text is compared in NFC and otherwise left as
 * it is (escaping is the renderer's).
 */
export function redact(text: string, identity: CandidateIdentity, language: 'de' | 'en'): { text: string; redactions: number } {
  const normalised = text.normalize('NFC');
  const merged = redactionSpans(normalised, identity);
  // Joined from the pieces between spans in one pass: replacing span by span would copy the text once per find.
  const pieces: string[] = [];
  let from = 0;
  for (const span of merged) {
    pieces.push(normalised.slice(from, span.start), MARKERS[language]);
    from = span.end;
  }
  pieces.push(normalised.slice(from));
  return { text: pieces.join(''), redactions: merged.length };
}

/** The spans of an NFC text that hold identifiers of the candidate, sorted, overlapping ones merged. */
export function redactionSpans(normalised: string, identity: CandidateIdentity): Span[] {
  const tokens = tokenize(normalised);
  const names = nameInfo(identity);
  const isName = (word: string) => isNameInWord(word, names);
  const profile = profileData(identity, isName);
  const spans: Span[] = [
    ...findNames(normalised, tokens, names),
    ...findEmails(tokens, isName),
    ...findHandles(tokens),
    ...findPhones(tokens),
    ...findOwnPhone(tokens, nationalDigits(identity.phone)),
    ...findAddresses(tokens, identity.address),
    ...findBirthDates(tokens, identity.dateOfBirth),
    ...findAges(tokens),
    ...findUrls(normalised, profile, isName),
    ...findCandidateHandles(tokens, profile.handles),
  ];
  return mergeSpans(spans);
}
