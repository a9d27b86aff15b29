import type { Retained } from './progress';

export type ReceiptLanguage = 'de' | 'en';

/** The fields services keep on purpose, as a candidate calls them; a field not named here is shown as it is. */
const FIELD_WORDS: Readonly<Record<string, Readonly<Record<ReceiptLanguage, string>>>> = {
  salutation: { de: 'Anrede', en: 'salutation' },
  title: { de: 'Titel', en: 'title' },
  name: { de: 'Name', en: 'name' },
  firstName: { de: 'Vorname', en: 'first name' },
  lastName: { de: 'Nachname', en: 'last name' },
  dateOfBirth: { de: 'Geburtsdatum', en: 'date of birth' },
  gender: { de: 'Geschlecht', en: 'gender' },
  nationality: { de: 'Staatsangehörigkeit', en: 'nationality' },
  email: { de: 'E-Mail-Adresse', en: 'email address' },
  phone: { de: 'Telefonnummer', en: 'phone number' },
  address: { de: 'Anschrift', en: 'postal address' },
  street: { de: 'Straße und Hausnummer', en: 'street address' },
  zip: { de: 'Postleitzahl', en: 'postcode' },
  city: { de: 'Ort', en: 'town or city' },
  country: { de: 'Land', en: 'country' },
  notes: { de: 'Notizen', en: 'notes' },
  source: { de: 'wie Sie auf uns aufmerksam wurden', en: 'how you found us' },
  inboundChannel: { de: 'Eingangskanal Ihrer Bewerbung', en: 'how your application reached us' },
  applicationDate: { de: 'Datum Ihrer Bewerbung', en: 'the date of your application' },
};

/** Why a service keeps fields, as a sentence to the candidate; an unknown reason is named by its code. */
const REASON_WORDS: Readonly<Record<string, Readonly<Record<ReceiptLanguage, string>>>> = {
  LINKED_CONTACT_PERSON: {
    de: 'Grund: Sie sind auch Ansprechpartner·in bei einem unserer Kunden, und für die Zusammenarbeit mit diesem Unternehmen brauchen wir diese Angaben weiterhin.',
    en: 'Why: you are also a contact person at one of our client companies, and we still need these details to work with that company.',
  },
};

const KEPT: Readonly<Record<ReceiptLanguage, string>> = { de: 'Diese Angaben wurden nicht gelöscht', en: 'These details were not deleted' };
const UNKNOWN_REASON: Readonly<Record<ReceiptLanguage, (code: string) => string>> = {
  de: (code) => `Grund (Code): ${code}.`,
  en: (code) => `Why (code): ${code}.`,
};

/** What a service kept and why, in German and English words a candidate understands. */
export function retainedInWords(retained: Retained): Record<ReceiptLanguage, string> {
  const sentence = (language: ReceiptLanguage) => {
    const fields = retained.fields.map((field) => FIELD_WORDS[field]?.[language] ?? field).join(', ');
    const reason = REASON_WORDS[retained.reason]?.[language] ?? UNKNOWN_REASON[language](retained.reason);
    return `${KEPT[language]}: ${fields}. ${reason}`;
  };
  return { de: sentence('de'), en: sentence('en') };
}
