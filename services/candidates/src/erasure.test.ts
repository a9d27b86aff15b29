import { anonymisedNameOf, CONTACT_PERSON_FIELDS, planCandidateErasure } from './erasure';
import { DEFAULT_SETTINGS } from './settings/store';

const active = { state: 'active' as const, linkedToContactPerson: false };

describe("the plan of an erasure for a candidate's record", () => {
  it('delete: everything goes, held or not (a replay finds nothing more)', () => {
    expect(planCandidateErasure({ mode: 'delete', keepFields: [] }, active)).toEqual({ action: 'delete' });
    expect(planCandidateErasure({ mode: 'delete', keepFields: [] }, undefined)).toEqual({ action: 'delete' });
  });

  it('anonymise: personal data goes, the notes as the policy says, once', () => {
    expect(planCandidateErasure({ mode: 'anonymise', keepFields: [], notes: 'keep' }, active)).toMatchObject({ action: 'keep', fields: ['notes'], state: 'anonymised', deleteActivities: false, keepSource: true });
    expect(planCandidateErasure({ mode: 'anonymise', keepFields: [], notes: 'empty' }, active)).toMatchObject({ action: 'keep', fields: [], deleteActivities: false });
    expect(planCandidateErasure({ mode: 'anonymise', keepFields: [], notes: 'delete' }, active)).toMatchObject({ action: 'keep', fields: [], deleteActivities: true });
    expect(planCandidateErasure({ mode: 'anonymise', keepFields: [] }, active)).toMatchObject({ fields: [], deleteActivities: false });
    expect(planCandidateErasure({ mode: 'anonymise', keepFields: [], notes: 'keep' }, { ...active, state: 'anonymised' })).toEqual({ action: 'nothing' });
    expect(planCandidateErasure({ mode: 'anonymise', keepFields: [] }, undefined)).toEqual({ action: 'nothing' });
  });

  it('reduce: the skeleton fields the command names, as this service stores them', () => {
    const plan = planCandidateErasure({ mode: 'reduce', keepFields: ['name', 'address', 'source', 'applicationDate'] }, active);
    expect(plan).toMatchObject({ action: 'keep', state: 'reduced', keepSource: true, keepInboundChannel: false, deleteActivities: false });
    expect(plan.action === 'keep' && [...plan.fields].sort()).toEqual(['city', 'country', 'firstName', 'lastName', 'salutation', 'street', 'title', 'zip']);
  });

  it("a candidate who is also a contact person keeps name, address and contact data in every mode, and says why", () => {
    const linked = { ...active, linkedToContactPerson: true };
    for (const mode of ['delete', 'anonymise'] as const) {
      const plan = planCandidateErasure({ mode, keepFields: [], notes: mode === 'anonymise' ? 'delete' : undefined }, linked);
      expect(plan).toMatchObject({ action: 'keep', state: 'reduced', retainedReason: 'LINKED_CONTACT_PERSON', deleteActivities: mode === 'delete' });
      expect(plan.action === 'keep' && [...plan.fields].sort()).toEqual([...CONTACT_PERSON_FIELDS].sort());
    }
    const reduced = planCandidateErasure({ mode: 'reduce', keepFields: ['dateOfBirth'] }, linked);
    expect(reduced.action === 'keep' && reduced.fields).toEqual(expect.arrayContaining(['dateOfBirth', ...CONTACT_PERSON_FIELDS]));
  });
});

describe('the name of an anonymised candidate', () => {
  it('is the initials, or the tenant character when asked for or when there is no name', () => {
    expect(anonymisedNameOf({ firstName: 'erika', lastName: 'Mustermann' }, DEFAULT_SETTINGS)).toBe('E. M.');
    expect(anonymisedNameOf({ lastName: 'Ölmann' }, DEFAULT_SETTINGS)).toBe('Ö.');
    expect(anonymisedNameOf({}, DEFAULT_SETTINGS)).toBe('X');
    expect(anonymisedNameOf({ firstName: 'Erika' }, { anonymisedNameStyle: 'ANONYMISED_NAME_STYLE_CHARACTER', anonymisationCharacter: '#' })).toBe('#');
  });
});
