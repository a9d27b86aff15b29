import type { CandidateIdentity } from '../../src/redaction/identifiers';
import { redact } from '../../src/redaction/redact';

/** A candidate with every kind of identifier, for the unit tests. */
export const ANNA: CandidateIdentity = {
  salutation: 'Frau',
  title: 'Dr.',
  firstName: 'Anna',
  lastName: 'Müller',
  dateOfBirth: '1990-03-14',
  email: 'anna.mueller88@gmail.com',
  phone: '+49 170 1234567',
  address: { street: 'Lindenstraße 5', zip: '10115', city: 'Berlin', country: 'DE' },
  profileUrls: ['https://www.linkedin.com/in/anna-mueller-123', 'https://github.com/annam88'],
};

/** The German redaction of a text. */
export const de = (text: string, identity: CandidateIdentity = ANNA): string => redact(text, identity, 'de').text;

/** The English redaction of a text. */
export const en = (text: string, identity: CandidateIdentity = ANNA): string => redact(text, identity, 'en').text;

/** A candidate with only names. */
export const named = (firstName: string, lastName: string): CandidateIdentity => ({ firstName, lastName, profileUrls: [] });
