import { ANONYMISED_NOTES } from '@lethe/platform/erasure';
import { initialOf, planTalentErasure } from './erasure';

describe('the erasure plan', () => {
  it('delete: the talent and every note go', () => {
    expect(planTalentErasure({ mode: 'delete', keepFields: [] })).toEqual({ talent: 'delete', notes: 'delete' });
  });

  it('anonymise: the talent stays under initials; the notes as the command (the retention policy) says, emptied when it does not', () => {
    for (const notes of ANONYMISED_NOTES.names) expect(planTalentErasure({ mode: 'anonymise', keepFields: [], notes })).toEqual({ talent: 'anonymise', notes });
    expect(planTalentErasure({ mode: 'anonymise', keepFields: [] })).toEqual({ talent: 'anonymise', notes: 'empty' });
  });

  it('reduce: only the skeleton fields the command names stay; email and phone only when named; notes go', () => {
    expect(planTalentErasure({ mode: 'reduce', keepFields: ['name', 'dateOfBirth', 'address', 'source', 'applicationDate'] })).toEqual({
      talent: 'reduce',
      keep: ['firstName', 'lastName', 'city', 'country'],
      notes: 'delete',
    });
    expect(planTalentErasure({ mode: 'reduce', keepFields: ['lastName', 'city', 'email', 'phone'] })).toEqual({ talent: 'reduce', keep: ['lastName', 'city', 'email', 'phone'], notes: 'delete' });
    expect(planTalentErasure({ mode: 'reduce', keepFields: [] })).toEqual({ talent: 'reduce', keep: [], notes: 'delete' });
  });

  it('stands an initial for a name', () => {
    expect([initialOf(' jana'), initialOf('Őrs'), initialOf('')]).toEqual(['J.', 'Ő.', '']);
  });
});
