import { createHash } from 'node:crypto';
import type { PersonalData__Output } from '@lethe/protos';
import { anonymousLabel } from '../redaction/anonymous';
import type { CandidateIdentity } from '../redaction/identifiers';
import { redact } from '../redaction/redact';
import type { LabelStyle } from '../settings/settings';

export type ProfileKindName = 'anonymous' | 'clear-data';
export type Language = 'de' | 'en';

export interface ProfileSection {
  key: string;
  title: string;
  paragraphs: string[];
}

export interface ProfileFact {
  label: string;
  value: string;
}

/** One of the candidate's files sent with a clear-data profile, named as the candidate's record names it. */
export interface ProfileAttachment {
  fileId: string;
  name: string;
}

/** What a profile says: the label the client knows the candidate by, its sections, facts and attached files. */
export interface ProfileContent {
  candidateLabel: string;
  sections: ProfileSection[];
  facts: ProfileFact[];
  attachments: ProfileAttachment[];
}

const WORDS = {
  de: { experience: 'Berufserfahrung', skills: 'Kenntnisse', languages: 'Sprachen', city: 'Wohnort', email: 'E-Mail', phone: 'Telefon', neutral: 'Kandidat/in' },
  en: { experience: 'Experience', skills: 'Skills', languages: 'Languages', city: 'Place of residence', email: 'Email', phone: 'Phone', neutral: 'Candidate' },
} as const;

/** The identifiers of the candidate an anonymous profile must not carry. */
export function identityOf(personal: PersonalData__Output): CandidateIdentity {
  return {
    salutation: personal.salutation || undefined,
    title: personal.title || undefined,
    firstName: personal.firstName || undefined,
    lastName: personal.lastName || undefined,
    dateOfBirth: personal.dateOfBirth || undefined,
    email: personal.email || undefined,
    phone: personal.phone || undefined,
    address: personal.address ? { street: personal.address.street || undefined, zip: personal.address.zip || undefined, city: personal.address.city || undefined, country: personal.address.country || undefined } : undefined,
    profileUrls: Object.values(personal.customFields ?? {}).filter((value) => /^(https?:\/\/)?(www\.)?[a-z0-9.-]+\.[a-z]{2,}\/\S+$/i.test(value)),
  };
}

const paragraphsOf = (text: string) =>
  text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);

/**
 * The first version of a profile from the candidate's data: experience, skills and languages;
 * the place of residence (never the street); name and contact data only in a clear-data profile.
 * An anonymous profile is labelled by initials or a neutral word and its free text is redacted.
 */
export function initialContent(personal: PersonalData__Output, kind: ProfileKindName, language: Language, labelStyle: LabelStyle): { content: ProfileContent; redactions: number } {
  const words = WORDS[language];
  const sections: ProfileSection[] = [];
  if (personal.experience?.trim()) sections.push({ key: 'experience', title: words.experience, paragraphs: paragraphsOf(personal.experience) });
  if (personal.skills?.length) sections.push({ key: 'skills', title: words.skills, paragraphs: [personal.skills.join(', ')] });
  if (personal.languages?.length) sections.push({ key: 'languages', title: words.languages, paragraphs: [personal.languages.join(', ')] });
  const facts: ProfileFact[] = [];
  if (personal.address?.city) facts.push({ label: words.city, value: personal.address.city });
  const identity = identityOf(personal);
  if (kind === 'clear-data') {
    if (personal.email) facts.push({ label: words.email, value: personal.email });
    if (personal.phone) facts.push({ label: words.phone, value: personal.phone });
    const name = [personal.salutation, personal.title, personal.firstName, personal.lastName].filter(Boolean).join(' ');
    return { content: { candidateLabel: name || words.neutral, sections, facts, attachments: [] }, redactions: 0 };
  }
  return anonymised({ candidateLabel: anonymousLabel(identity, labelStyle, language), sections, facts, attachments: [] }, identity, language);
}

/** The content with every identifier of the candidate removed from its text (an anonymous profile, after every edit too). */
export function anonymised(content: ProfileContent, identity: CandidateIdentity, language: Language): { content: ProfileContent; redactions: number } {
  let redactions = 0;
  const clean = (text: string) => {
    const result = redact(text, identity, language);
    redactions += result.redactions;
    return result.text;
  };
  return {
    content: {
      candidateLabel: content.candidateLabel,
      sections: content.sections.map((section) => ({ key: section.key, title: clean(section.title), paragraphs: section.paragraphs.map(clean) })),
      facts: content.facts.map((fact) => ({ label: clean(fact.label), value: clean(fact.value) })),
      // A file cannot be redacted, so an anonymous profile carries none.
      attachments: [],
    },
    redactions,
  };
}

/** What is sent, as one hash: kind, language, content and attachments — what was previewed is what goes out. */
export function contentHash(kind: ProfileKindName, language: Language, content: ProfileContent): string {
  const canonical = JSON.stringify({
    kind,
    language,
    candidateLabel: content.candidateLabel,
    sections: content.sections.map(({ key, title, paragraphs }) => ({ key, title, paragraphs })),
    facts: content.facts.map(({ label, value }) => ({ label, value })),
    attachments: content.attachments.map(({ fileId, name }) => ({ fileId, name })),
  });
  return createHash('sha256').update(canonical).digest('hex');
}
