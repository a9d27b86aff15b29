import type { LabelStyle } from '../settings/settings';
import { PARTICLES, lower, type CandidateIdentity } from './identifiers';

const NEUTRAL = { de: 'Kandidat/in', en: 'Candidate' } as const;

/** "Anna Maria" → "A. M.", "Müller-Lüdenscheidt" → "M.-L.", "von der Heide" → "H." (particles left out). */
function initials(name: string | undefined): string {
  return (name ?? '')
    .normalize('NFC')
    .trim()
    .split(/\s+/)
    .filter((word) => word && !PARTICLES.has(lower(word)))
    .map((word) =>
      word
        .split('-')
        .map((part) => [...part].find((ch) => /\p{L}/u.test(ch))?.toUpperCase())
        .filter(Boolean)
        .map((letter) => `${letter}.`)
        .join('-'),
    )
    .filter(Boolean)
    .join(' ');
}

/**
 * How an anonymous profile names the candidate: the initials of first and last name ("A. M.",
 * "A. M.-L."), or a neutral word. Without both names there are no initials, so the label is neutral.
 */
export function anonymousLabel(identity: CandidateIdentity, style: LabelStyle, language: 'de' | 'en'): string {
  if (style === 'initials') {
    const first = initials(identity.firstName);
    const last = initials(identity.lastName);
    if (first && last) return `${first} ${last}`;
  }
  return NEUTRAL[language];
}
