import { retainedInWords } from './retained-words';

describe('what a service kept, in words', () => {
  it('names the fields and the reason of a candidate who is also a contact person, in German and English', () => {
    expect(retainedInWords({ fields: ['email', 'firstName', 'lastName'], reason: 'LINKED_CONTACT_PERSON' })).toEqual({
      de: 'Diese Angaben wurden nicht gelöscht: E-Mail-Adresse, Vorname, Nachname. Grund: Sie sind auch Ansprechpartner·in bei einem unserer Kunden, und für die Zusammenarbeit mit diesem Unternehmen brauchen wir diese Angaben weiterhin.',
      en: 'These details were not deleted: email address, first name, last name. Why: you are also a contact person at one of our client companies, and we still need these details to work with that company.',
    });
  });

  it('shows a field or reason it has no words for as it is, never leaving it out', () => {
    const words = retainedInWords({ fields: ['street', 'badge'], reason: 'LEGAL_HOLD' });
    expect(words.de).toBe('Diese Angaben wurden nicht gelöscht: Straße und Hausnummer, badge. Grund (Code): LEGAL_HOLD.');
    expect(words.en).toBe('These details were not deleted: street address, badge. Why (code): LEGAL_HOLD.');
  });
});
